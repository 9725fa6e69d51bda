// Reads Salesforce sObject tree files (the format of `sf data export tree` and `sf data import tree`)
// from a directory, with or without a plan file, and resolves `@referenceId` references.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATA_AS_OF_FILE } from './asOf';

/** One record of a tree file, `attributes.type` and `attributes.referenceId` always present. */
export interface TreeRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: unknown;
}

export interface SObjectTree {
    /** Records by sObject type, in file order (nested children after their parents' file). */
    byType: Map<string, TreeRecord[]>;
    /** Files read, relative to the directory, in reading order. */
    files: string[];
    /** The plan file used, or null. */
    plan: string | null;
}

/** A problem with the input, naming the file (and record) at fault. */
export class SObjectTreeError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SObjectTreeError';
    }
}

interface PlanEntry {
    sobject: string;
    files: string[];
}

/**
 * Lookup field set on nested child records (`"Contacts": { "records": [...] }` under an Account), by
 * parent type and relationship name. Unlisted relationships use `<ParentType>Id`.
 */
const CHILD_LOOKUPS: Record<string, Record<string, string>> = {
    Account: { Contacts: 'AccountId', Opportunities: 'AccountId', Cases: 'AccountId', Tasks: 'WhatId', Events: 'WhatId', SI_Intent_Signals__r: 'Account__c' },
    Contact: { Tasks: 'WhoId', Events: 'WhoId', CampaignMembers: 'ContactId', SI_Intent_Signals__r: 'Contact__c' },
    Lead: { Tasks: 'WhoId', Events: 'WhoId', CampaignMembers: 'LeadId', SI_Intent_Signals__r: 'Lead__c' },
    Campaign: { CampaignMembers: 'CampaignId' },
    Opportunity: { Tasks: 'WhatId', Events: 'WhatId' }
};

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(dir: string, file: string): unknown {
    const path = join(dir, file);
    if (!existsSync(path)) throw new SObjectTreeError(`${file}: file not found in ${dir}`);
    try {
        return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (e) {
        throw new SObjectTreeError(`${file}: not valid JSON (${(e as Error).message})`);
    }
}

function readPlan(dir: string, planFile: string): PlanEntry[] {
    const plan = readJson(dir, planFile);
    if (!Array.isArray(plan)) throw new SObjectTreeError(`${planFile}: a plan must be a list of { sobject, files } entries`);
    return plan.map((entry: unknown, i) => {
        if (!isObject(entry) || typeof entry.sobject !== 'string' || !Array.isArray(entry.files) || !entry.files.every((f) => typeof f === 'string')) {
            throw new SObjectTreeError(`${planFile}: entry ${i + 1} must have "sobject" (text) and "files" (list of file names)`);
        }
        return { sobject: entry.sobject, files: entry.files as string[] };
    });
}

interface Collected {
    record: TreeRecord;
    file: string;
}

/**
 * Reads every tree file of `dir`. With a plan (`*-plan.json` or `plan.json`; more than one is an error)
 * the plan's files in its order, checking each file's records are of the plan entry's sObject; without
 * one, every `*.json` file in name order but the data set's as-of file (`DATA_AS_OF_FILE`). Nested child
 * records are flattened and get their parent's lookup field (`@parentRef`). Then every `@referenceId`
 * value is resolved to the referenced record's `Id`, or its referenceId when it has none; a record
 * without `Id` gets its referenceId as `Id`, so the engine can link records by Id. References resolve
 * across all files whatever the plan's saveRefs/resolveRefs say (as current `sf` versions do).
 * Throws `SObjectTreeError` naming the file for: a file that is not an sObject tree, invalid JSON, a
 * record without type or referenceId, a duplicate referenceId, a broken reference.
 */
export function readSObjectTree(dir: string): SObjectTree {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SObjectTreeError(`${dir}: not a directory`);
    const names = readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.json') && f !== DATA_AS_OF_FILE)
        .sort();
    const plans = names.filter((f) => f === 'plan.json' || f.endsWith('-plan.json'));
    if (plans.length > 1) throw new SObjectTreeError(`${dir}: more than one plan file (${plans.join(', ')}); keep one`);
    const plan = plans[0] ?? null;
    const order: { file: string; sobject: string | null }[] = plan
        ? readPlan(dir, plan).flatMap((e) => e.files.map((file) => ({ file, sobject: e.sobject })))
        : names.map((file) => ({ file, sobject: null }));
    if (order.length === 0) throw new SObjectTreeError(`${dir}: no sObject tree files (*.json)`);

    const collected: Collected[] = [];
    const refs = new Map<string, Collected>();
    const add = (value: unknown, file: string, where: string, expectedType: string | null, parent: Collected | null, lookup: string | null): Collected => {
        if (!isObject(value) || !isObject(value.attributes) || typeof value.attributes.type !== 'string' || !value.attributes.type) {
            throw new SObjectTreeError(`${file}: ${where} has no attributes.type`);
        }
        const type: string = value.attributes.type;
        const referenceId = value.attributes.referenceId;
        if (typeof referenceId !== 'string' || !referenceId) throw new SObjectTreeError(`${file}: ${where} has no attributes.referenceId`);
        if (expectedType && type !== expectedType) {
            throw new SObjectTreeError(`${file}: ${where} is a ${type}, but the plan lists this file under ${expectedType}`);
        }
        const record: TreeRecord = { ...value, attributes: { type, referenceId } };
        const entry: Collected = { record, file };
        const previous = refs.get(referenceId);
        if (previous) throw new SObjectTreeError(`${file}: duplicate referenceId ${referenceId} (also in ${previous.file})`);
        refs.set(referenceId, entry);
        if (parent && lookup && record[lookup] === undefined) record[lookup] = `@${parent.record.attributes.referenceId}`;
        collected.push(entry);
        for (const [field, child] of Object.entries(value)) {
            if (field === 'attributes' || !isObject(child) || !Array.isArray(child.records)) continue;
            delete record[field];
            const childLookup = CHILD_LOOKUPS[type]?.[field] ?? `${type}Id`;
            child.records.forEach((c: unknown, j) => add(c, file, `${where} > ${field} record ${j + 1}`, null, entry, childLookup));
        }
        return entry;
    };
    for (const { file, sobject } of order) {
        const content = readJson(dir, file);
        if (!isObject(content) || !Array.isArray(content.records)) {
            throw new SObjectTreeError(`${file}: not an sObject tree file (expected { "records": [ ... ] })`);
        }
        content.records.forEach((r: unknown, i) => add(r, file, `record ${i + 1}`, sobject, null, null));
    }

    for (const { record, file } of collected) {
        for (const [field, value] of Object.entries(record)) {
            if (typeof value !== 'string' || !value.startsWith('@')) continue;
            const target = refs.get(value.slice(1));
            if (!target) throw new SObjectTreeError(`${file}: broken reference ${value} in ${record.attributes.referenceId}.${field}`);
            record[field] = idOf(target.record);
        }
    }
    const byType = new Map<string, TreeRecord[]>();
    for (const { record } of collected) {
        if (typeof record.Id !== 'string' || !record.Id) record.Id = record.attributes.referenceId;
        const list = byType.get(record.attributes.type);
        if (list) list.push(record);
        else byType.set(record.attributes.type, [record]);
    }
    return { byType, files: order.map((o) => o.file), plan: plan ? basename(plan) : null };
}

function idOf(record: TreeRecord): string {
    return typeof record.Id === 'string' && record.Id ? record.Id : record.attributes.referenceId;
}
