// A segment definition: filters over Account fields, the app's own stored scores among them, in AND/OR
// groups. Fields come from one allow-list with their kind and, for picklists, their values; a definition is
// checked against it once (`checkDefinition`), every problem named by its path, before anything is compiled
// (predicate.ts, graphqlWhere.ts, soqlWhere.ts), so the three compile only what was checked. No run-time
// import of another bundle (the org-wide job loads this in Node): the picklist values are the engine's
// vocabulary, written out here; a test keeps them equal to it.
/** The picklist values of the app's own fields (siEngine/vocabulary.ts). */
export const APP_PICKLISTS = {
    FIT_BANDS: ['Strong', 'Moderate', 'Weak'],
    REACH_LEVELS: ['High', 'Medium', 'Low'],
    INTENT_TRENDS: ['Rising', 'Steady', 'Falling'],
    BUYING_STAGES: ['Target', 'Awareness', 'Consideration', 'Decision', 'Purchase'],
    ABM_TIERS: ['Tier 1', 'Tier 2', 'Tier 3']
};
const { ABM_TIERS, BUYING_STAGES, FIT_BANDS, INTENT_TRENDS, REACH_LEVELS } = APP_PICKLISTS;
/** `SI_Segment__c.Type__c`: members from the definition (Filter) or from an uploaded list (List). */
export const SEGMENT_TYPES = ['Filter', 'List'];
/** `SI_Segment__c.Status__c`: only Published segments are written into Account and kept by the job. */
export const SEGMENT_STATUSES = ['Draft', 'Published', 'Unpublished'];
/** The Account fields a segment can filter on. */
export const SEGMENT_FIELDS = {
    SI_Profile_Fit_Band__c: { kind: 'picklist', values: FIT_BANDS },
    SI_Profile_Fit_Score__c: { kind: 'number', values: null },
    SI_Reach_Level__c: { kind: 'picklist', values: REACH_LEVELS },
    SI_Reach_Score__c: { kind: 'number', values: null },
    SI_Intent_Score__c: { kind: 'number', values: null },
    SI_Intent_Trend__c: { kind: 'picklist', values: INTENT_TRENDS },
    SI_Buying_Stage__c: { kind: 'picklist', values: BUYING_STAGES },
    SI_Qualified__c: { kind: 'boolean', values: null },
    SI_ABM_Tier__c: { kind: 'picklist', values: ABM_TIERS },
    Industry: { kind: 'picklist', values: null },
    Type: { kind: 'picklist', values: null },
    BillingCountry: { kind: 'text', values: null },
    BillingState: { kind: 'text', values: null },
    NumberOfEmployees: { kind: 'number', values: null },
    AnnualRevenue: { kind: 'number', values: null },
    OwnerId: { kind: 'id', values: null }
};
/** The operators of each field kind. */
export const OPERATORS = {
    picklist: ['in', 'notIn', 'isBlank', 'isNotBlank'],
    text: ['in', 'notIn', 'isBlank', 'isNotBlank'],
    id: ['in', 'notIn', 'isBlank', 'isNotBlank'],
    number: ['gte', 'lte', 'between', 'isBlank', 'isNotBlank'],
    boolean: ['is']
};
/** Groups nested deeper than this are refused (a definition a builder makes is two or three deep). */
export const MAX_DEPTH = 5;
/** Values one condition may list. */
export const MAX_VALUES = 200;
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
export class SegmentDefinitionError extends Error {
    problems;
    constructor(problems) {
        super(`The segment definition is not valid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'SegmentDefinitionError';
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function isGroup(part) {
    return 'all' in part || 'any' in part;
}
/** The parts of a group and whether every one must hold. */
export function partsOf(group) {
    return 'all' in group ? { every: true, parts: group.all } : { every: false, parts: group.any };
}
function checkValues(c, field, path, problems) {
    const values = c.values;
    if (!Array.isArray(values) || values.length === 0) {
        problems.push(`${path}.values: a list of at least one value`);
        return;
    }
    if (values.length > MAX_VALUES)
        problems.push(`${path}.values: at most ${MAX_VALUES} values, got ${values.length}`);
    values.forEach((v, i) => {
        if (typeof v !== 'string' || v.trim() === '')
            problems.push(`${path}.values[${i}]: not a text value`);
        else if (field.kind === 'id' && !ID.test(v))
            problems.push(`${path}.values[${i}]: "${v}" is not a record Id`);
        else if (field.values && !field.values.includes(v))
            problems.push(`${path}.values[${i}]: "${v}" is not one of ${field.values.join(', ')}`);
    });
}
function checkCondition(c, path, problems) {
    const name = c.field;
    const field = typeof name === 'string' ? SEGMENT_FIELDS[name] : undefined;
    if (!field) {
        problems.push(`${path}.field: ${JSON.stringify(name)} is not a field segments filter on (${Object.keys(SEGMENT_FIELDS).join(', ')})`);
        return;
    }
    const op = c.op;
    if (!OPERATORS[field.kind].includes(op)) {
        problems.push(`${path}.op: ${JSON.stringify(c.op)} does not apply to ${String(name)} (${OPERATORS[field.kind].join(', ')})`);
        return;
    }
    const number = (v) => typeof v === 'number' && Number.isFinite(v);
    switch (op) {
        case 'in':
        case 'notIn':
            checkValues(c, field, path, problems);
            break;
        case 'gte':
        case 'lte':
            if (!number(c.value))
                problems.push(`${path}.value: a number`);
            break;
        case 'between': {
            const v = c.values;
            if (!Array.isArray(v) || v.length !== 2 || !number(v[0]) || !number(v[1]))
                problems.push(`${path}.values: [min, max], two numbers`);
            else if (v[0] > v[1])
                problems.push(`${path}.values: min ${v[0]} is above max ${v[1]}`);
            break;
        }
        case 'is':
            if (typeof c.value !== 'boolean')
                problems.push(`${path}.value: true or false`);
            break;
        default:
            break;
    }
}
function checkPart(part, path, depth, problems) {
    if (!isObject(part)) {
        problems.push(`${path}: not a condition or a group`);
        return;
    }
    const groupKeys = ['all', 'any'].filter((k) => k in part);
    if (groupKeys.length > 1) {
        problems.push(`${path}: a group has "all" or "any", not both`);
        return;
    }
    if (groupKeys.length === 1) {
        const key = groupKeys[0];
        if (depth >= MAX_DEPTH) {
            problems.push(`${path}: groups nested deeper than ${MAX_DEPTH}`);
            return;
        }
        const parts = part[key];
        if (!Array.isArray(parts) || parts.length === 0) {
            problems.push(`${path}.${key}: a list of at least one condition or group`);
            return;
        }
        parts.forEach((p, i) => checkPart(p, `${path}.${key}[${i}]`, depth + 1, problems));
        return;
    }
    checkCondition(part, path, problems);
}
/** The definition, checked: throws SegmentDefinitionError listing every problem by its path. */
export function checkDefinition(definition) {
    const problems = [];
    if (!isObject(definition) || !('all' in definition || 'any' in definition))
        problems.push('definition: a group ({ "all": [...] } or { "any": [...] })');
    else
        checkPart(definition, 'definition', 0, problems);
    if (problems.length > 0)
        throw new SegmentDefinitionError(problems);
    return definition;
}
