// The record store behind the preview's GraphQL and UI API stand-ins: a `data/` sObject tree set
// (data-plan.json + tree files) loaded into memory with Salesforce-shaped Ids, references resolved,
// and the fields the platform sets on insert derived the way an org derives them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataRecord, RecordStore } from '../graphql/execute';

interface PlanEntry {
    sobject: string;
    files: string[];
}

/** Key prefixes of the objects a sample set holds (custom objects get `a00`, `a01`, ...). */
const KEY_PREFIX: Record<string, string> = {
    Account: '001',
    Contact: '003',
    Lead: '00Q',
    Campaign: '701',
    CampaignMember: '00v',
    Opportunity: '006',
    Task: '00T',
    Event: '00U'
};

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character form of a 15-character Id (the platform's case-safe checksum suffix). */
export function to18(id15: string): string {
    let suffix = '';
    for (let block = 0; block < 3; block++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const c = id15[block * 5 + i] as string;
            if (c >= 'A' && c <= 'Z') bits |= 1 << i;
        }
        suffix += CHECKSUM[bits];
    }
    return id15 + suffix;
}

function makeId(prefix: string, n: number): string {
    let digits = '';
    let rest = n;
    do {
        digits = BASE62[rest % 62] + digits;
        rest = Math.floor(rest / 62);
    } while (rest > 0);
    return to18(`${prefix}5g00000${digits.padStart(5, '0')}`.slice(0, 15));
}

export class Dataset implements RecordStore {
    private readonly byType = new Map<string, DataRecord[]>();
    private readonly byId = new Map<string, { type: string; record: DataRecord }>();

    records(type: string): readonly DataRecord[] {
        return this.byType.get(type) ?? [];
    }

    get(id: string): { type: string; record: DataRecord } | undefined {
        return this.byId.get(id) ?? (id.length === 15 ? this.byId.get(to18(id)) : undefined);
    }

    add(type: string, record: DataRecord): void {
        if (this.byId.has(record.Id)) throw new Error(`duplicate record Id ${record.Id}`);
        let list = this.byType.get(type);
        if (!list) this.byType.set(type, (list = []));
        list.push(record);
        this.byId.set(record.Id, { type, record });
    }

    types(): string[] {
        return [...this.byType.keys()];
    }

    /** Updates fields of a record in place (the UI API `updateRecord` stand-in). */
    update(id: string, fields: Record<string, unknown>): { type: string; record: DataRecord } {
        const found = this.get(id);
        if (!found) throw new Error(`no record with Id ${id}`);
        Object.assign(found.record, fields);
        return found;
    }
}

/**
 * Loads a data folder written by `scripts/generate-sample-data.ts` (or any `sf data import tree` plan).
 * `asOf` (YYYY-MM-DD) stands for the import day: the CreatedDate of records that have none.
 */
export function loadDataset(dir: string, asOf: string): Dataset {
    const planPath = join(dir, 'data-plan.json');
    if (!existsSync(planPath)) throw new Error(`no data-plan.json in ${dir}`);
    const plan = JSON.parse(readFileSync(planPath, 'utf8')) as PlanEntry[];
    if (!Array.isArray(plan)) throw new Error(`${planPath}: not a plan (expected an array)`);
    const refs = new Map<string, string>();
    const counters = new Map<string, number>();
    let customPrefix = 0;
    const customPrefixes = new Map<string, string>();
    const prefixOf = (type: string): string => {
        const known = KEY_PREFIX[type];
        if (known) return known;
        let p = customPrefixes.get(type);
        if (!p) customPrefixes.set(type, (p = `a0${BASE62[customPrefix++]}`));
        return p;
    };
    const pending: Array<{ type: string; record: DataRecord; file: string }> = [];
    for (const entry of plan) {
        for (const file of entry.files) {
            const path = join(dir, file);
            const tree = JSON.parse(readFileSync(path, 'utf8')) as { records?: unknown };
            if (!Array.isArray(tree.records)) throw new Error(`${file}: no "records" array`);
            for (const raw of tree.records as Array<Record<string, unknown>>) {
                const attributes = raw.attributes as { type?: string; referenceId?: string } | undefined;
                const type = attributes?.type ?? entry.sobject;
                if (type !== entry.sobject) throw new Error(`${file}: a ${type} record in the ${entry.sobject} file`);
                const n = (counters.get(type) ?? 0) + 1;
                counters.set(type, n);
                const Id = makeId(prefixOf(type), n);
                if (attributes?.referenceId) refs.set(attributes.referenceId, Id);
                const record: DataRecord = { Id };
                for (const [field, value] of Object.entries(raw)) {
                    if (field === 'attributes') continue;
                    if (value !== null && typeof value === 'object') throw new Error(`${file}: nested records under ${field} are not supported`);
                    record[field] = value;
                }
                pending.push({ type, record, file });
            }
        }
    }
    const data = new Dataset();
    for (const { type, record, file } of pending) {
        for (const [field, value] of Object.entries(record)) {
            if (typeof value === 'string' && value.startsWith('@')) {
                const id = refs.get(value.slice(1));
                if (!id) throw new Error(`${file}: ${type}.${field} references ${value}, which no earlier record defines`);
                record[field] = id;
            }
        }
        data.add(type, record);
    }
    derivePlatformFields(data, asOf);
    return data;
}

const CLOSED_WON = /^closed won$/i;
const CLOSED = /^closed /i;

/** Fields an org computes on insert; tree files cannot carry them. */
function derivePlatformFields(data: Dataset, asOf: string): void {
    const created = `${asOf}T00:00:00.000Z`;
    for (const type of data.types()) {
        for (const r of data.records(type)) {
            if (r.CreatedDate === undefined) r.CreatedDate = created;
            if (r.LastModifiedDate === undefined) r.LastModifiedDate = r.CreatedDate;
        }
    }
    for (const r of [...data.records('Contact'), ...data.records('Lead')]) {
        if (r.Name === undefined) r.Name = [r.FirstName, r.LastName].filter((p) => typeof p === 'string' && p).join(' ');
        if (r.HasOptedOutOfEmail === undefined) r.HasOptedOutOfEmail = false;
    }
    for (const r of data.records('Lead')) if (r.IsConverted === undefined) r.IsConverted = false;
    for (const r of data.records('Opportunity')) {
        const stage = typeof r.StageName === 'string' ? r.StageName : '';
        if (r.IsClosed === undefined) r.IsClosed = CLOSED.test(stage);
        if (r.IsWon === undefined) r.IsWon = CLOSED_WON.test(stage);
    }
    for (const r of data.records('CampaignMember')) {
        const campaign = typeof r.CampaignId === 'string' ? data.get(r.CampaignId)?.record : undefined;
        if (r.HasResponded === undefined) r.HasResponded = r.Status === 'Responded';
        if (r.FirstRespondedDate === undefined) r.FirstRespondedDate = r.HasResponded ? (campaign?.StartDate ?? null) : null;
    }
    const accountOf = (id: unknown): string | null => {
        if (typeof id !== 'string') return null;
        const found = data.get(id);
        if (!found) return null;
        if (found.type === 'Account') return found.record.Id;
        const parent = found.record.AccountId;
        return typeof parent === 'string' ? parent : null;
    };
    for (const type of ['Task', 'Event']) {
        for (const r of data.records(type)) {
            if (r.AccountId === undefined) r.AccountId = accountOf(r.WhatId) ?? accountOf(r.WhoId);
            if (type === 'Task') {
                if (r.IsClosed === undefined) r.IsClosed = r.Status === 'Completed';
                if (r.CompletedDateTime === undefined) r.CompletedDateTime = r.IsClosed && typeof r.ActivityDate === 'string' ? `${r.ActivityDate}T12:00:00.000Z` : null;
            } else if (r.ActivityDate === undefined && typeof r.ActivityDateTime === 'string') {
                r.ActivityDate = r.ActivityDateTime.slice(0, 10);
            }
        }
    }
}
