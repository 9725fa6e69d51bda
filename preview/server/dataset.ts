// The record store behind the preview's GraphQL and UI API stand-ins: a `data/` sObject tree set
// (data-plan.json + tree files) loaded into memory, references resolved.
import { readSObjectTree } from '../../lib/sobjectTree';
import type { DataRecord, RecordStore } from '../graphql/store';

export class Dataset implements RecordStore {
    private readonly byType = new Map<string, DataRecord[]>();
    private readonly byId = new Map<string, { type: string; record: DataRecord }>();

    records(type: string): readonly DataRecord[] {
        return this.byType.get(type) ?? [];
    }

    get(id: string): { type: string; record: DataRecord } | undefined {
        return this.byId.get(id);
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
 * Loads a data folder through the shared sObject tree reader (lib/sobjectTree.ts), the same
 * reader `npm run insight` uses: same records, same Ids (a record's referenceId when it has no Id), same
 * resolved references. Then derives only what an org always sets and the panel's query depends on
 * (see `derivePlatformFields`); every other field is served exactly as the files hold it.
 */
export function loadDataset(dir: string): Dataset {
    const tree = readSObjectTree(dir);
    const data = new Dataset();
    for (const [type, records] of tree.byType) {
        for (const raw of records) {
            const { attributes, ...fields } = raw;
            const id = typeof fields.Id === 'string' && fields.Id ? fields.Id : attributes.referenceId;
            data.add(type, { ...fields, Id: id });
        }
    }
    derivePlatformFields(data);
    return data;
}

/**
 * Fields an org sets on every record and that tree files cannot carry (they are not createable), where
 * the panel's query reads them:
 * - `AccountId` of a Task or Event: its What when an Account, else its What's or Who's AccountId;
 * - `IsConverted` false on a new Lead; `HasOptedOutOfEmail` false (a checkbox is never blank);
 *   `Name` of a Contact or Lead (first and last name);
 * - `Task.IsClosed`: the `Completed` status is the closed one in a new org;
 * - `Opportunity.IsClosed`/`IsWon`: the standard `Closed Won`/`Closed Lost` stages;
 * - `CampaignMember.HasResponded` for the responded status (`Responded`, the second status the data
 *   generator gives a campaign) and its `FirstRespondedDate`: the campaign's StartDate, the date the data
 *   generator gives a response (an org would stamp the import day).
 * CreatedDate, CompletedDateTime and the like stay absent (an org would stamp the import time, which
 * says nothing). The engine reads the same facts from the raw files for `npm run insight` (Status,
 * StageName, Campaign.StartDate), so both give the same insight - the browser tests check that.
 */
function derivePlatformFields(data: Dataset): void {
    for (const r of [...data.records('Contact'), ...data.records('Lead')]) {
        if (r.Name === undefined)
            r.Name = [r.FirstName, r.LastName].filter((p) => typeof p === 'string' && p).join(' ');
        if (r.HasOptedOutOfEmail === undefined) r.HasOptedOutOfEmail = false;
    }
    for (const r of data.records('Lead')) if (r.IsConverted === undefined) r.IsConverted = false;
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
        }
    }
    for (const r of data.records('Task')) {
        if (r.IsClosed === undefined && typeof r.Status === 'string') r.IsClosed = r.Status === 'Completed';
    }
    for (const r of data.records('Opportunity')) {
        if (typeof r.StageName !== 'string') continue;
        if (r.IsClosed === undefined) r.IsClosed = r.StageName === 'Closed Won' || r.StageName === 'Closed Lost';
        if (r.IsWon === undefined) r.IsWon = r.StageName === 'Closed Won';
    }
    for (const r of data.records('CampaignMember')) {
        if (r.HasResponded === undefined && typeof r.Status === 'string') r.HasResponded = r.Status === 'Responded';
        if (r.FirstRespondedDate === undefined && r.HasResponded === true && typeof r.CampaignId === 'string') {
            const start = data.get(r.CampaignId)?.record.StartDate;
            if (typeof start === 'string') r.FirstRespondedDate = start;
        }
    }
}
