// Account readiness: whether an account's record holds what ABM tiering needs. The items are configuration
// (`SI_Readiness_Item__mdt`: an Account field, required or recommended, a weight, a label and help text);
// an account is ready when every active required item is filled in, and its readiness score is the weight
// of the done items over the weight of all active items. docs/ENGINE.md explains the rules.
import { ConfigError } from './config';
import type { Account, Maybe } from './types';

/** One readiness item: an Account field that should be filled in. */
export interface ReadinessItem {
    /** DeveloperName. */
    key: string;
    /** For reps: "SDR", "GTM strategy". */
    label: string;
    /** Account field API name. */
    field: string;
    /** Required: the account is not ready while it is blank. Otherwise recommended. */
    required: boolean;
    /** Share of the readiness score (0 or more). */
    weight: number;
    helpText: string;
    sortOrder: number;
}

function item(
    key: string,
    label: string,
    field: string,
    required: boolean,
    weight: number,
    helpText: string,
    sortOrder: number
): ReadinessItem {
    return { key, label, field, required, weight, helpText, sortOrder };
}

/**
 * The shipped readiness items (the `SI_Readiness_Item__mdt` records mirror them). Weights add up to 100.
 * ABM tier is recommended, not required: it is what a ready account is recommended. Parent hierarchy is
 * recommended: a top-level company has no parent.
 */
export const DEFAULT_READINESS_ITEMS: readonly ReadinessItem[] = Object.freeze([
    item(
        'Country',
        'Country',
        'BillingCountry',
        true,
        15,
        'Billing country: sets the region, territory and language of the campaign.',
        10
    ),
    item('Industry', 'Industry', 'Industry', true, 15, 'Industry: chooses the messaging and the profile fit.', 20),
    item(
        'GTM_Strategy',
        'GTM strategy',
        'SI_GTM_Strategy__c',
        true,
        15,
        'Go-to-market strategy (new logo, expansion, win-back, partner-led): decides the play.',
        30
    ),
    item(
        'ABM_Tier',
        'ABM tier',
        'SI_ABM_Tier__c',
        false,
        5,
        'ABM tier: set it once the account is placed (npm run tiers recommends one).',
        40
    ),
    item(
        'Website',
        'Domain or website',
        'Website',
        true,
        15,
        'Website: its domain links leads and intent signals to the account.',
        50
    ),
    item('Owner', 'Owner', 'OwnerId', true, 10, 'Account owner: who is accountable for the account.', 60),
    item(
        'SDR',
        'SDR',
        'SI_SDR__c',
        true,
        10,
        'Sales development rep: who prospects into the account with the owner.',
        70
    ),
    item(
        'Technologies',
        'Technology',
        'SI_Technologies__c',
        false,
        10,
        'Technologies the account uses: the stack the pitch builds on.',
        80
    ),
    item(
        'Parent_Account',
        'Parent hierarchy',
        'ParentId',
        false,
        5,
        'Parent account: places the account in its corporate hierarchy (blank for a top-level company).',
        90
    )
]) as readonly ReadinessItem[];

/** One item's state for one account. */
export interface ReadinessItemResult {
    key: string;
    label: string;
    field: string;
    required: boolean;
    weight: number;
    helpText: string;
    done: boolean;
}

export interface ReadinessResult {
    /** 0-100: the weight of the done items over the weight of all items, rounded down (100 only when all are done). */
    score: number;
    /** Every required item done. An account that is not ready gets no ABM tier. */
    ready: boolean;
    /** Every item, in sort order. */
    items: ReadinessItemResult[];
    done: ReadinessItemResult[];
    missingRequired: ReadinessItemResult[];
    missingRecommended: ReadinessItemResult[];
    /** "Ready: 9 of 9 items done" / "Not ready: missing SDR, GTM strategy". */
    reason: string;
}

/** A field value counts as filled in: not null, not blank text, a finite number, a checked checkbox. */
export function isFilled(value: unknown): boolean {
    if (value === null || value === undefined) return false;
    if (typeof value === 'string') return value.trim().length > 0;
    if (typeof value === 'number') return Number.isFinite(value);
    if (typeof value === 'boolean') return value;
    if (Array.isArray(value)) return value.length > 0;
    return true;
}

function labels(items: readonly ReadinessItemResult[]): string {
    return items.map((i) => i.label).join(', ');
}

/** The readiness of one account against the (valid, active) items. */
export function computeReadiness(account: Account, items: readonly ReadinessItem[]): ReadinessResult {
    const ordered = [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
    const results: ReadinessItemResult[] = ordered.map((i) => ({
        key: i.key,
        label: i.label,
        field: i.field,
        required: i.required,
        weight: i.weight,
        helpText: i.helpText,
        done: isFilled(account[i.field])
    }));
    const done = results.filter((r) => r.done);
    const missingRequired = results.filter((r) => !r.done && r.required);
    const missingRecommended = results.filter((r) => !r.done && !r.required);
    const total = results.reduce((sum, r) => sum + r.weight, 0);
    const doneWeight = done.reduce((sum, r) => sum + r.weight, 0);
    let score: number;
    if (done.length === results.length) score = 100;
    else if (total > 0) score = Math.min(99, Math.floor((100 * doneWeight) / total));
    else score = Math.min(99, Math.floor((100 * done.length) / results.length));
    const ready = missingRequired.length === 0;
    let reason: string;
    if (!ready) {
        reason = `Not ready: missing ${labels(missingRequired)}`;
        if (missingRecommended.length > 0) reason += `; also recommended: ${labels(missingRecommended)}`;
    } else if (missingRecommended.length > 0) {
        reason = `Ready; recommended: ${labels(missingRecommended)}`;
    } else {
        reason = `Ready: ${done.length} of ${results.length} items done`;
    }
    return { score, ready, items: results, done, missingRequired, missingRecommended, reason };
}

// ---------------------------------------------------------------------------------------------
// Configuration: validation and the custom metadata mapping

/** `SI_Readiness_Item__mdt` as the configuration read returns it. */
export interface SI_Readiness_Item__mdt {
    DeveloperName?: Maybe<string>;
    MasterLabel?: Maybe<string>;
    Field__c?: Maybe<string>;
    Required__c?: Maybe<boolean>;
    Weight__c?: Maybe<number>;
    Help_Text__c?: Maybe<string>;
    Sort_Order__c?: Maybe<number>;
    Active__c?: Maybe<boolean>;
}

const DEVELOPER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** Every problem of a list of readiness items (of unknown origin); empty when valid. */
export function readinessItemProblems(items: unknown): string[] {
    if (!Array.isArray(items)) return ['readiness items must be a list'];
    const problems: string[] = [];
    const keys = new Set<string>();
    const fields = new Map<string, string>();
    let total = 0;
    items.forEach((raw: unknown, n) => {
        if (!isRecord(raw)) {
            problems.push(`readiness item ${n + 1} must be an object`);
            return;
        }
        const name = typeof raw.key === 'string' && raw.key ? `readiness item ${raw.key}` : `readiness item ${n + 1}`;
        if (typeof raw.key !== 'string' || !DEVELOPER_NAME.test(raw.key))
            problems.push(`${name}: key must be a developer name, got ${JSON.stringify(raw.key)}`);
        else if (keys.has(raw.key)) problems.push(`${name}: duplicate key`);
        else keys.add(raw.key);
        if (typeof raw.label !== 'string' || !raw.label.trim()) problems.push(`${name}: label is blank`);
        if (typeof raw.field !== 'string' || !FIELD_NAME.test(raw.field)) {
            problems.push(`${name}: field must be an Account field API name, got ${JSON.stringify(raw.field)}`);
        } else {
            const other = fields.get(raw.field.toLowerCase());
            if (other !== undefined) problems.push(`${name}: field ${raw.field} is already checked by ${other}`);
            else fields.set(raw.field.toLowerCase(), typeof raw.key === 'string' ? raw.key : String(n + 1));
        }
        if (typeof raw.required !== 'boolean') problems.push(`${name}: required must be true or false`);
        if (!isFiniteNumber(raw.weight))
            problems.push(`${name}: weight must be a number, got ${JSON.stringify(raw.weight) ?? 'undefined'}`);
        else if (raw.weight < 0) problems.push(`${name}: weight must not be negative, got ${raw.weight}`);
        else total += raw.weight;
        if (typeof raw.helpText !== 'string') problems.push(`${name}: helpText must be text`);
        if (!isFiniteNumber(raw.sortOrder)) problems.push(`${name}: sortOrder must be a number`);
    });
    if (items.length > 0 && total === 0 && problems.length === 0)
        problems.push('readiness items: the weights add up to 0; give at least one item a weight');
    return problems;
}

/** Returns the items typed when valid; otherwise throws one `ConfigError` listing every problem. */
export function validateReadinessItems(items: unknown, source = 'Readiness items'): ReadinessItem[] {
    const problems = readinessItemProblems(items);
    if (problems.length > 0) throw new ConfigError(source, problems);
    return items as ReadinessItem[];
}

/**
 * The readiness items from the custom metadata records. Inactive records (`Active__c` false) are left out.
 * Throws one `ConfigError` whose problems name the record and the field (`SI_Readiness_Item__mdt SDR:
 * Weight__c must not be negative, got -5`).
 */
export function readinessItemsFromMetadata(records: readonly SI_Readiness_Item__mdt[]): ReadinessItem[] {
    const problems: string[] = [];
    const items: ReadinessItem[] = [];
    const keys = new Set<string>();
    const fields = new Map<string, string>();
    records.forEach((record, n) => {
        const key = record?.DeveloperName;
        if (typeof key !== 'string' || !DEVELOPER_NAME.test(key)) {
            problems.push(
                `SI_Readiness_Item__mdt record ${n + 1}: DeveloperName must be a developer name, got ${JSON.stringify(key) ?? 'undefined'}`
            );
            return;
        }
        const where = `SI_Readiness_Item__mdt ${key}`;
        if (keys.has(key)) problems.push(`${where}: duplicate record`);
        keys.add(key);
        if (record.Active__c === false) return;
        const label = record.MasterLabel;
        if (typeof label !== 'string' || !label.trim()) problems.push(`${where}: MasterLabel is blank`);
        const field = record.Field__c;
        if (typeof field !== 'string' || !FIELD_NAME.test(field)) {
            problems.push(
                `${where}: Field__c must be an Account field API name, got ${JSON.stringify(field) ?? 'undefined'}`
            );
        } else {
            const other = fields.get(field.toLowerCase());
            if (other !== undefined) problems.push(`${where}: Field__c ${field} is already checked by ${other}`);
            else fields.set(field.toLowerCase(), key);
        }
        const weight = record.Weight__c;
        if (!isFiniteNumber(weight))
            problems.push(`${where}: Weight__c must be a number, got ${JSON.stringify(weight) ?? 'undefined'}`);
        else if (weight < 0) problems.push(`${where}: Weight__c must not be negative, got ${weight}`);
        if (
            record.Required__c !== undefined &&
            record.Required__c !== null &&
            typeof record.Required__c !== 'boolean'
        ) {
            problems.push(`${where}: Required__c must be true or false, got ${JSON.stringify(record.Required__c)}`);
        }
        const sortOrder = record.Sort_Order__c;
        if (sortOrder !== undefined && sortOrder !== null && !isFiniteNumber(sortOrder)) {
            problems.push(`${where}: Sort_Order__c must be a number, got ${JSON.stringify(sortOrder)}`);
        }
        items.push({
            key,
            label: typeof label === 'string' ? label : '',
            field: typeof field === 'string' ? field : '',
            required: record.Required__c === true,
            weight: isFiniteNumber(weight) ? weight : 0,
            helpText: typeof record.Help_Text__c === 'string' ? record.Help_Text__c : '',
            sortOrder: isFiniteNumber(sortOrder) ? sortOrder : Number.MAX_SAFE_INTEGER
        });
    });
    if (problems.length === 0 && items.length > 0 && items.every((i) => i.weight === 0)) {
        problems.push("SI_Readiness_Item__mdt: the active records' Weight__c add up to 0; give at least one a weight");
    }
    if (problems.length > 0) throw new ConfigError('Readiness items (SI_Readiness_Item__mdt)', problems);
    return items.sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
}

/** The custom metadata records of readiness items: the inverse of `readinessItemsFromMetadata`. */
export function readinessItemsToMetadata(items: readonly ReadinessItem[]): SI_Readiness_Item__mdt[] {
    return items.map((i) => ({
        DeveloperName: i.key,
        MasterLabel: i.label,
        Field__c: i.field,
        Required__c: i.required,
        Weight__c: i.weight,
        Help_Text__c: i.helpText,
        Sort_Order__c: i.sortOrder,
        Active__c: true
    }));
}
