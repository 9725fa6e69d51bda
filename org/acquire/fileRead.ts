// File mode: a run's data from CSV exports (as `npm run export:csv` or `sf data export bulk` write them):
// Account.csv, Contact.csv, Lead.csv and SI_Orchestration__c.csv are needed; SI_Segment_Membership__c.csv
// (a segment's members) and SI_Acquisition_Result__c.csv (the cooldown) are read when present. The
// personas come from a custom metadata folder. A missing file or column is named with the folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configFromMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../config/configMetadata';
import { readCsvRecords, type CsvRecord } from '../score/csvSource';
import {
    ACCOUNT_FIELDS,
    accountFrom,
    CONTACT_FIELDS,
    contactFrom,
    DataError,
    id18,
    isId,
    LEAD_FIELDS,
    leadFrom,
    lastAcquiredFrom,
    type AcquireData,
    type Row
} from './data';
import { listOf, type OrchestrationRecord } from './definition';
import type { AcquireAccount, ExistingPerson } from './types';

function toRow(record: CsvRecord): Row {
    const row: Row = {};
    for (const [k, v] of Object.entries(record))
        if (v === null || typeof v !== 'object') row[k] = v === null || v === undefined ? null : String(v);
    return row;
}

async function readRows(dir: string, object: string, required: readonly string[], needed: boolean): Promise<Row[]> {
    const file = `${object}.csv`;
    const path = join(dir, file);
    if (!existsSync(path)) {
        if (needed) throw new DataError(`${path}: no such file (file mode needs ${object}.csv in ${dir})`);
        return [];
    }
    const rows: Row[] = [];
    const result = await readCsvRecords(path, file, required, (record) => rows.push(toRow(record)));
    if (result.skipped.length > 0) {
        const p = result.skipped[0]!;
        throw new DataError(`${p.file} row ${p.row}, column ${p.column}: ${p.message}`);
    }
    return rows;
}

export async function readFileData(dir: string, name: string, configDir: string): Promise<AcquireData> {
    if (!existsSync(dir)) throw new DataError(`${dir}: no such folder`);
    const orchestrations = (await readRows(dir, 'SI_Orchestration__c', ['Name'], true)).filter(
        (r) => r.Name?.trim() === name
    );
    if (orchestrations.length !== 1)
        throw new DataError(
            `${join(dir, 'SI_Orchestration__c.csv')}: ${orchestrations.length === 0 ? 'no' : orchestrations.length} orchestration${orchestrations.length === 1 ? '' : 's'} named "${name}"`
        );
    const record = orchestrations[0] as Row;
    const segment = record.Target_Segment__c;
    const [accounts, contacts, leads, members, results] = await Promise.all([
        readRows(dir, 'Account', ACCOUNT_FIELDS.slice(0, 2), true),
        readRows(dir, 'Contact', CONTACT_FIELDS.slice(0, 2), true),
        readRows(dir, 'Lead', LEAD_FIELDS.slice(0, 2), true),
        segment ? readRows(dir, 'SI_Segment_Membership__c', ['Segment__c', 'Account__c'], true) : Promise.resolve([]),
        readRows(dir, 'SI_Acquisition_Result__c', ['Account__c', 'Outcome__c', 'Run_On__c'], false)
    ]);
    const orchestrationId = isId(record.Id) ? id18(record.Id) : null;
    const targets = segment
        ? members
              .filter((m) => m.Segment__c && isId(segment) && id18(m.Segment__c) === id18(segment) && !m.Removed_On__c)
              .map((m) => m.Account__c)
              .filter(isId)
        : listOf(record.Account_Ids__c).filter(isId);
    return {
        orchestrationId,
        orchestrationRecord: record as OrchestrationRecord,
        accounts: accounts.map(accountFrom).filter((a): a is AcquireAccount => a !== null),
        people: [
            ...contacts.map(contactFrom).filter((p): p is ExistingPerson => p !== null),
            ...leads.map(leadFrom).filter((p): p is ExistingPerson => p !== null)
        ],
        targetAccountIds: new Set(targets.map(id18)),
        lastAcquired: lastAcquiredFrom(
            results.filter(
                (r) => !orchestrationId || (isId(r.Orchestration__c) && id18(r.Orchestration__c) === orchestrationId)
            )
        ),
        personas: configFromMetadata(readConfigMetadata(configDir)).personas
    };
}
