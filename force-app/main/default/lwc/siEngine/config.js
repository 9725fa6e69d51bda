import { BUYING_STAGES, CRITERION_OPERATORS, JOB_FUNCTIONS, PERSONA_IMPORTANCES, SENIORITIES, isOneOf } from './vocabulary';
/**
 * Every numeric model setting, keyed by the `SI_Model_Setting__mdt` DeveloperName. The defaults are the
 * shipped records. docs/ENGINE.md explains each one.
 */
export const SETTING_SPECS = {
    Fit_Strong_Min: { default: 81, kind: 'score', description: 'Lowest profile fit score in the Strong band.' },
    Fit_Moderate_Min: { default: 50, kind: 'score', description: 'Lowest profile fit score in the Moderate band.' },
    Reach_Window_Days: { default: 90, kind: 'days', description: 'Reach counts Tasks and Events in this many days up to the scoring date.' },
    Reach_Half_Life_Days: { default: 45, kind: 'days', description: 'A reach activity this many days old counts half.' },
    Reach_Meeting_Points: { default: 6, kind: 'points', description: 'Points for a meeting (Event, or Task of type Meeting) on the scoring date.' },
    Reach_Call_Points: { default: 4, kind: 'points', description: 'Points for a call on the scoring date.' },
    Reach_Email_Points: { default: 2, kind: 'points', description: 'Points for a sales email on the scoring date.' },
    Reach_Other_Points: { default: 1, kind: 'points', description: 'Points for any other reach activity on the scoring date.' },
    Reach_Activity_Max: { default: 40, kind: 'points', description: 'Most points reach activities can add.' },
    Reach_Person_Points: { default: 6, kind: 'points', description: 'Points per distinct person reached in the window.' },
    Reach_Person_Max: { default: 36, kind: 'points', description: 'Most points distinct people reached can add.' },
    Reach_Persona_Points: { default: 8, kind: 'points', description: 'Points per distinct configured persona reached in the window.' },
    Reach_Persona_Max: { default: 24, kind: 'points', description: 'Most points personas reached can add.' },
    Reach_High_Min: { default: 60, kind: 'score', description: 'Lowest reach score with level High.' },
    Reach_Medium_Min: { default: 25, kind: 'score', description: 'Lowest reach score with level Medium.' },
    Engagement_Window_Days: { default: 90, kind: 'days', description: 'Engagement counts responses and person signals in this many days.' },
    Engagement_Half_Life_Days: { default: 30, kind: 'days', description: 'An engagement this many days old counts half.' },
    Engagement_Email_Click_Points: { default: 5, kind: 'points', description: 'Points for an email click on the scoring date.' },
    Engagement_Form_Fill_Points: { default: 15, kind: 'points', description: 'Points for a form fill or content download on the scoring date.' },
    Engagement_Webinar_Points: { default: 20, kind: 'points', description: 'Points for attending a webinar on the scoring date.' },
    Engagement_Event_Points: { default: 20, kind: 'points', description: 'Points for attending an event or trade show on the scoring date.' },
    Engagement_Other_Response_Points: { default: 8, kind: 'points', description: 'Points for any other campaign response on the scoring date.' },
    Engagement_Signal_Multiplier: { default: 1, kind: 'factor', description: 'A person-linked intent signal adds its weight times this.' },
    Grade_A_Min: { default: 60, kind: 'score', description: 'Lowest person engagement score graded A.' },
    Grade_B_Min: { default: 35, kind: 'score', description: 'Lowest person engagement score graded B.' },
    Grade_C_Min: { default: 15, kind: 'score', description: 'Lowest person engagement score graded C (below is D).' },
    Account_Engaged_Person_Points: { default: 5, kind: 'points', description: 'Account engagement points per engaged person.' },
    Account_Engaged_Person_Max: { default: 25, kind: 'points', description: 'Most points engaged people can add to account engagement.' },
    Intent_Window_Days: { default: 30, kind: 'days', description: 'Intent counts signals and engagement in this many days; the prior period has the same length.' },
    Intent_Signal_Default_Weight: { default: 5, kind: 'points', description: 'Weight of an intent signal whose Weight is blank.' },
    Intent_Engagement_Multiplier: { default: 0.5, kind: 'factor', description: 'Campaign responses add their engagement points times this to intent.' },
    Intent_Trend_Percent: { default: 20, kind: 'points', description: 'Rising or Falling when intent differs from the prior period by more than this percent.' },
    Intent_Top_Keywords: { default: 5, kind: 'count', description: 'How many top keywords to show.' },
    Stage_Awareness_Min: { default: 1, kind: 'score', description: 'Lowest intent score for Awareness.' },
    Stage_Consideration_Min: { default: 30, kind: 'score', description: 'Lowest intent score for Consideration.' },
    Stage_Decision_Min: { default: 55, kind: 'score', description: 'Lowest intent score for Decision.' },
    Stage_Purchase_Min: { default: 80, kind: 'score', description: 'Lowest intent score for Purchase.' },
    Stage_Decision_Min_People: { default: 2, kind: 'count', description: 'Engaged people needed before intent alone can reach Decision or Purchase.' },
    Stage_Open_Opportunity: { default: 4, kind: 'stage', description: 'Stage (1 Target .. 5 Purchase) an account with an open opportunity reaches at least.' },
    Stage_Won_Opportunity: { default: 5, kind: 'stage', description: 'Stage (1 Target .. 5 Purchase) an account with a recently won opportunity reaches at least.' },
    Stage_Won_Opportunity_Days: { default: 180, kind: 'days', description: 'A won opportunity closed this many days ago or less counts as recent.' },
    To_Reach_Engaged_Days: { default: 30, kind: 'days', description: 'Contacts to reach: engaged within this many days but not reached in the reach window.' },
    To_Reach_Max: { default: 10, kind: 'count', description: 'Most contacts to reach listed.' }
};
export const SETTING_KEYS = Object.keys(SETTING_SPECS);
function defaultSettings() {
    const settings = {};
    for (const key of SETTING_KEYS)
        settings[key] = SETTING_SPECS[key].default;
    return settings;
}
function persona(key, label, jobFunction, seniority, importance, titleKeywords, sortOrder) {
    return { key, label, jobFunction, seniority, importance, titleKeywords, sortOrder };
}
/** The shipped configuration; the custom metadata records mirror it (`configToMetadata`). */
export const DEFAULT_CONFIG = Object.freeze({
    personas: [
        persona('Economic_Buyer', 'Economic Buyer', 'Executive', 'C-Level', 'Strong', ['ceo', 'cfo', 'coo', 'chief executive', 'chief operating', 'president', 'founder', 'managing director'], 10),
        persona('Technical_Buyer', 'Technical Buyer', 'IT', 'C-Level', 'Strong', ['cio', 'cto', 'chief information', 'chief technology', 'vp information technology', 'vp of information technology', 'vp of it', 'it director', 'director of it', 'head of it'], 20),
        persona('Engineering_Leader', 'Engineering Leader', 'Engineering', 'VP', 'Strong', ['vp of engineering', 'vp engineering', 'head of engineering', 'engineering director', 'director of engineering', 'director of software engineering', 'vp of software engineering'], 30),
        persona('Security_Leader', 'Security Leader', 'Security', 'C-Level', 'Moderate', ['ciso', 'chief information security', 'head of security', 'vp of security', 'vp security', 'security director', 'director of security', 'head of it security', 'it security director', 'director of it security'], 40),
        persona('IT_Manager', 'IT Manager', 'IT', 'Manager', 'Moderate', ['it manager', 'systems manager', 'infrastructure manager', 'it operations manager', 'it support manager'], 50),
        persona('Engineering_Manager', 'Engineering Manager', 'Engineering', 'Manager', 'Moderate', ['engineering manager', 'development manager'], 60),
        persona('Finance_Leader', 'Finance Leader', 'Finance', 'VP', 'Moderate', ['vp finance', 'vp of finance', 'controller', 'finance director', 'director of finance', 'head of finance', 'director of financial planning', 'head of financial planning', 'fp&a director', 'director of fp&a'], 70),
        persona('Operations_Leader', 'Operations Leader', 'Operations', 'Director', 'Weak', ['operations director', 'director of operations', 'vp of operations', 'vp operations', 'head of operations', 'vp supply chain', 'vp of supply chain', 'head of supply chain'], 80),
        persona('Practitioner', 'Practitioner', 'Engineering', 'Individual Contributor', 'Weak', ['engineer', 'developer', 'architect', 'administrator', 'programmer', 'devops', 'data scientist', 'systems analyst', 'security analyst', 'it support specialist', 'it support technician'], 90)
    ],
    criteria: [
        {
            key: 'Target_Industry',
            label: 'Target industry',
            field: 'Industry',
            operator: 'In',
            values: ['Technology', 'Software', 'Financial Services', 'Banking', 'Healthcare', 'Manufacturing', 'Telecommunications'],
            min: null,
            max: null,
            points: 30
        },
        { key: 'Company_Size', label: 'Company size', field: 'NumberOfEmployees', operator: 'Between', values: [], min: 200, max: 100000, points: 25 },
        { key: 'Annual_Revenue', label: 'Annual revenue', field: 'AnnualRevenue', operator: 'Between', values: [], min: 50000000, max: 50000000000, points: 20 },
        {
            key: 'Target_Region',
            label: 'Target region',
            field: 'BillingCountry',
            operator: 'In',
            values: ['United States', 'USA', 'US', 'Canada', 'United Kingdom', 'UK', 'Germany', 'France', 'Netherlands', 'Australia'],
            min: null,
            max: null,
            points: 15
        },
        { key: 'Has_Website', label: 'Known website', field: 'Website', operator: 'Not_Blank', values: [], min: null, max: null, points: 10 }
    ],
    settings: Object.freeze(defaultSettings())
});
/** A configuration with problems; `problems` lists every one. */
export class ConfigError extends Error {
    problems;
    constructor(source, problems) {
        super(`${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function settingProblem(key, value) {
    const spec = SETTING_SPECS[key];
    if (spec.kind === 'stage' && typeof value === 'string') {
        const order = BUYING_STAGES.indexOf(value) + 1;
        return order > 0
            ? `setting ${key} must be the stage order number, ${order} for ${value}`
            : `setting ${key}: unknown stage name ${JSON.stringify(value)} (one of ${BUYING_STAGES.join(', ')})`;
    }
    if (!isFiniteNumber(value))
        return `setting ${key} must be a number, got ${JSON.stringify(value) ?? 'undefined'}`;
    switch (spec.kind) {
        case 'days':
        case 'count':
            return Number.isInteger(value) && value >= 1 ? null : `setting ${key} must be a whole number of at least 1, got ${value}`;
        case 'score':
            return value >= 0 && value <= 100 ? null : `setting ${key} must be between 0 and 100, got ${value}`;
        case 'stage':
            return Number.isInteger(value) && value >= 1 && value <= BUYING_STAGES.length
                ? null
                : `setting ${key} must be a stage order 1 (Target) to ${BUYING_STAGES.length} (Purchase), got ${value}`;
        default:
            return value >= 0 ? null : `setting ${key} must not be negative, got ${value}`;
    }
}
function ascending(problems, settings, keys, what) {
    for (let i = 1; i < keys.length; i++) {
        const lower = settings[keys[i - 1]];
        const higher = settings[keys[i]];
        if (isFiniteNumber(lower) && isFiniteNumber(higher) && !(lower < higher)) {
            problems.push(`${what}: ${keys[i - 1]} (${lower}) must be below ${keys[i]} (${higher})`);
        }
    }
}
function stringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
/** Every problem of a configuration (an `EngineConfig`-shaped value of unknown origin); empty when valid. */
export function configProblems(config) {
    const problems = [];
    if (!isRecord(config))
        return ['configuration must be an object with personas, criteria and settings'];
    const { personas, criteria, settings } = config;
    if (!isRecord(settings)) {
        problems.push('settings must be an object of setting key to number');
    }
    else {
        for (const key of Object.keys(settings)) {
            if (!(key in SETTING_SPECS))
                problems.push(`unknown setting ${key}`);
        }
        for (const key of SETTING_KEYS) {
            if (!(key in settings)) {
                problems.push(`setting ${key} is missing`);
                continue;
            }
            const problem = settingProblem(key, settings[key]);
            if (problem)
                problems.push(problem);
        }
        ascending(problems, settings, ['Fit_Moderate_Min', 'Fit_Strong_Min'], 'fit bands overlap');
        ascending(problems, settings, ['Reach_Medium_Min', 'Reach_High_Min'], 'reach levels overlap');
        ascending(problems, settings, ['Grade_C_Min', 'Grade_B_Min', 'Grade_A_Min'], 'engagement grades overlap');
        ascending(problems, settings, ['Stage_Awareness_Min', 'Stage_Consideration_Min', 'Stage_Decision_Min', 'Stage_Purchase_Min'], 'stage thresholds out of order');
        if (isFiniteNumber(settings.Stage_Awareness_Min) && settings.Stage_Awareness_Min <= 0) {
            problems.push('Stage_Awareness_Min must be above 0 (an account with no intent is a Target)');
        }
    }
    if (!Array.isArray(personas)) {
        problems.push('personas must be a list');
    }
    else {
        const keys = new Set();
        personas.forEach((p, i) => {
            const where = `persona ${i + 1}`;
            if (!isRecord(p)) {
                problems.push(`${where} must be an object`);
                return;
            }
            const name = typeof p.key === 'string' && p.key ? `persona ${p.key}` : where;
            if (typeof p.key !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(p.key))
                problems.push(`${where}: key must be a developer name, got ${JSON.stringify(p.key)}`);
            else if (p.key === 'Other')
                problems.push(`${name}: key Other is reserved for people who fit no persona`);
            else if (keys.has(p.key))
                problems.push(`${name}: duplicate key`);
            else
                keys.add(p.key);
            if (typeof p.label !== 'string' || !p.label.trim())
                problems.push(`${name}: label is blank`);
            if (!isOneOf(JOB_FUNCTIONS, p.jobFunction))
                problems.push(`${name}: unknown job function ${JSON.stringify(p.jobFunction)} (one of ${JOB_FUNCTIONS.join(', ')})`);
            if (!isOneOf(SENIORITIES, p.seniority))
                problems.push(`${name}: unknown seniority ${JSON.stringify(p.seniority)} (one of ${SENIORITIES.join(', ')})`);
            if (!isOneOf(PERSONA_IMPORTANCES, p.importance))
                problems.push(`${name}: unknown importance ${JSON.stringify(p.importance)} (one of ${PERSONA_IMPORTANCES.join(', ')})`);
            if (!stringList(p.titleKeywords))
                problems.push(`${name}: titleKeywords must be a list of text`);
            else if (p.titleKeywords.some((k) => !k.trim()))
                problems.push(`${name}: a title keyword is blank`);
            if (!isFiniteNumber(p.sortOrder))
                problems.push(`${name}: sortOrder must be a number`);
        });
    }
    if (!Array.isArray(criteria)) {
        problems.push('criteria must be a list');
    }
    else {
        const keys = new Set();
        let total = 0;
        criteria.forEach((c, i) => {
            const where = `criterion ${i + 1}`;
            if (!isRecord(c)) {
                problems.push(`${where} must be an object`);
                return;
            }
            const name = typeof c.key === 'string' && c.key ? `criterion ${c.key}` : where;
            if (typeof c.key !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(c.key))
                problems.push(`${where}: key must be a developer name, got ${JSON.stringify(c.key)}`);
            else if (keys.has(c.key))
                problems.push(`${name}: duplicate key`);
            else
                keys.add(c.key);
            if (typeof c.label !== 'string' || !c.label.trim())
                problems.push(`${name}: label is blank`);
            if (typeof c.field !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(c.field))
                problems.push(`${name}: field must be an Account field API name, got ${JSON.stringify(c.field)}`);
            if (!isFiniteNumber(c.points))
                problems.push(`${name}: points must be a number`);
            else if (c.points < 0)
                problems.push(`${name}: points must not be negative, got ${c.points}`);
            else
                total += c.points;
            if (!stringList(c.values))
                problems.push(`${name}: values must be a list of text`);
            if (c.min !== null && !isFiniteNumber(c.min))
                problems.push(`${name}: min must be a number or null`);
            if (c.max !== null && !isFiniteNumber(c.max))
                problems.push(`${name}: max must be a number or null`);
            if (!isOneOf(CRITERION_OPERATORS, c.operator)) {
                problems.push(`${name}: unknown operator ${JSON.stringify(c.operator)} (one of ${CRITERION_OPERATORS.join(', ')})`);
            }
            else if (c.operator === 'Between') {
                if (c.min === null && c.max === null)
                    problems.push(`${name}: Between needs a min, a max or both`);
                if (isFiniteNumber(c.min) && isFiniteNumber(c.max) && c.min > c.max)
                    problems.push(`${name}: min (${c.min}) is above max (${c.max})`);
            }
            else if ((c.operator === 'In' || c.operator === 'Contains') && stringList(c.values) && c.values.filter((v) => v.trim()).length === 0) {
                problems.push(`${name}: ${c.operator} needs at least one value`);
            }
        });
        if (isRecord(settings) && isFiniteNumber(settings.Fit_Strong_Min) && criteria.length > 0 && total < settings.Fit_Strong_Min) {
            problems.push(`criteria points add up to ${total}, below Fit_Strong_Min (${settings.Fit_Strong_Min}): no account could be Strong`);
        }
    }
    return problems;
}
/** Returns the configuration typed when valid; otherwise throws one `ConfigError` listing every problem. */
export function validateConfig(config, source = 'Configuration') {
    const problems = configProblems(config);
    if (problems.length > 0)
        throw new ConfigError(source, problems);
    return config;
}
function splitList(value) {
    if (typeof value !== 'string')
        return [];
    return value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v.length > 0);
}
function numberOrNull(value) {
    return isFiniteNumber(value) ? value : null;
}
/** A readable label from a developer name: `Fit_Strong_Min` -> `Fit Strong Min`. */
function labelFromKey(key) {
    return key.replace(/_/g, ' ');
}
/**
 * Builds the engine configuration from the custom metadata records. Inactive personas and criteria
 * (`Active__c` false) are left out; a setting without a record keeps its default. Unknown setting keys,
 * duplicate records, bad values and unknown picklist values are reported: the function throws one
 * `ConfigError` listing every problem.
 */
export function configFromMetadata(records) {
    const problems = [];
    const settings = defaultSettings();
    const seen = new Set();
    for (const [i, record] of (records.settings ?? []).entries()) {
        const key = record?.DeveloperName;
        if (typeof key !== 'string' || !key) {
            problems.push(`SI_Model_Setting__mdt record ${i + 1} has no DeveloperName`);
            continue;
        }
        if (!(key in SETTING_SPECS)) {
            problems.push(`SI_Model_Setting__mdt ${key}: unknown setting key`);
            continue;
        }
        if (seen.has(key))
            problems.push(`SI_Model_Setting__mdt ${key}: duplicate record`);
        seen.add(key);
        const value = record.Value__c;
        const problem = settingProblem(key, value);
        if (problem)
            problems.push(`SI_Model_Setting__mdt ${key}: ${problem.replace(`setting ${key} `, '')}`);
        else
            settings[key] = value;
    }
    const personas = [];
    for (const record of records.personas ?? []) {
        if (record?.Active__c === false)
            continue;
        personas.push({
            key: record?.DeveloperName ?? '',
            label: record?.MasterLabel ?? '',
            jobFunction: (record?.Job_Function__c ?? ''),
            seniority: (record?.Seniority__c ?? ''),
            importance: (record?.Importance__c ?? ''),
            titleKeywords: splitList(record?.Title_Keywords__c).map((k) => k.toLowerCase()),
            sortOrder: isFiniteNumber(record?.Sort_Order__c) ? record.Sort_Order__c : Number.MAX_SAFE_INTEGER
        });
    }
    personas.sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
    const criteria = [];
    for (const record of records.criteria ?? []) {
        if (record?.Active__c === false)
            continue;
        criteria.push({
            key: record?.DeveloperName ?? '',
            label: record?.MasterLabel ?? '',
            field: record?.Field__c ?? '',
            operator: (record?.Operator__c ?? ''),
            values: splitList(record?.Values__c),
            min: numberOrNull(record?.Min_Value__c),
            max: numberOrNull(record?.Max_Value__c),
            points: isFiniteNumber(record?.Points__c) ? record.Points__c : Number.NaN
        });
    }
    const config = { personas, criteria, settings };
    const all = [...problems, ...configProblems(config)];
    if (all.length > 0)
        throw new ConfigError('Custom metadata configuration', all);
    return config;
}
/** The custom metadata records for a configuration: the inverse of `configFromMetadata`. */
export function configToMetadata(config) {
    return {
        personas: config.personas.map((p) => ({
            DeveloperName: p.key,
            MasterLabel: p.label,
            Job_Function__c: p.jobFunction,
            Seniority__c: p.seniority,
            Importance__c: p.importance,
            Title_Keywords__c: p.titleKeywords.join(','),
            Sort_Order__c: p.sortOrder,
            Active__c: true
        })),
        criteria: config.criteria.map((c) => ({
            DeveloperName: c.key,
            MasterLabel: c.label,
            Field__c: c.field,
            Operator__c: c.operator,
            Values__c: c.values.length > 0 ? c.values.join(',') : null,
            Min_Value__c: c.min,
            Max_Value__c: c.max,
            Points__c: c.points,
            Active__c: true
        })),
        settings: SETTING_KEYS.map((key) => ({
            DeveloperName: key,
            MasterLabel: labelFromKey(key),
            Value__c: config.settings[key],
            Description__c: SETTING_SPECS[key].description
        }))
    };
}
/** The buying stage a `stage`-kind setting value (1-5) stands for. */
export function stageFromOrder(order) {
    return BUYING_STAGES[Math.min(BUYING_STAGES.length, Math.max(1, Math.round(order))) - 1] ?? 'Target';
}
