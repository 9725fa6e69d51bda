// Reads a run's data from an org: the orchestration over REST (one record by Name), everything else through
// Bulk API 2.0 query jobs (accounts, Contacts, Leads, the target segment's open memberships, this
// orchestration's Created results for the cooldown), started together and read page by page. No value is
// spliced into SOQL unchecked: Ids are checked as Ids and the one free string (the Name) is quoted with
// SOQL's escapes (org/seats/soql.ts); field lists are the fixed allow-lists of data.ts and definition.ts.
import type { Connection } from '@salesforce/core';
import { configFromMetadata, type ConfigMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { queryMetadataRecords } from '../config/orgMetadata';
import { createQueryJob, queryPages, waitForQueryJob, type WaitOptions } from '../salesforce/bulkQuery';
import { queryAll } from '../salesforce/rest';
import { soqlString } from '../seats/soql';
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
import { listOf, ORCHESTRATION_FIELDS, type OrchestrationRecord } from './definition';
import type { AcquireAccount, ExistingPerson } from './types';

/** Rows per Bulk results page. */
export const PAGE_RECORDS = 50_000;

/** Every row of a Bulk API 2.0 query, as text cells by column (empty: null). */
export async function bulkRows(conn: Connection, soql: string, wait: WaitOptions = {}): Promise<Row[]> {
    const job = await createQueryJob(conn, soql);
    await waitForQueryJob(conn, job.id, wait);
    const rows: Row[] = [];
    for await (const page of queryPages(conn, job.id, null, { maxRecords: PAGE_RECORDS, sleep: wait.sleep })) {
        const header = page.header;
        for (const cells of page.rows) {
            const row: Row = {};
            header.forEach((h, i) => {
                const v = cells[i];
                row[h] = v === undefined || v === '' ? null : v;
            });
            rows.push(row);
        }
    }
    return rows;
}

/** A quoted Id literal (checked). */
export function idLiteral(id: string): string {
    if (!isId(id)) throw new DataError(`"${id}" is not a record Id`);
    return `'${id}'`;
}

/** The orchestration named `name` (exactly one). */
export async function readOrchestration(
    conn: Connection,
    name: string
): Promise<{ id: string; record: OrchestrationRecord }> {
    const rows = await queryAll<OrchestrationRecord & { Id: string }>(
        conn,
        `SELECT ${ORCHESTRATION_FIELDS.join(', ')} FROM SI_Orchestration__c WHERE Name = ${soqlString(name)}`
    );
    if (rows.length === 0) throw new DataError(`no SI_Orchestration__c named "${name}" in the org`);
    if (rows.length > 1)
        throw new DataError(
            `${rows.length} SI_Orchestration__c records are named "${name}" (${rows.map((r) => r.Id).join(', ')}); rename all but one`
        );
    const record = rows[0] as OrchestrationRecord & { Id: string };
    return { id: id18(record.Id), record };
}

/** The personas of the org's configuration (SI_Persona__mdt). */
export async function readPersonas(conn: Connection): Promise<AcquireData['personas']> {
    const personas = await queryMetadataRecords<ConfigMetadata['personas'][number]>(conn, 'SI_Persona__mdt');
    return configFromMetadata({ personas }).personas;
}

export async function readOrgData(
    conn: Connection,
    name: string,
    wait: WaitOptions,
    onProgress: (what: string) => void = () => undefined
): Promise<AcquireData> {
    const { id, record } = await readOrchestration(conn, name);
    onProgress(`orchestration ${name} (${id})`);
    const segment = typeof record.Target_Segment__c === 'string' ? record.Target_Segment__c : null;
    const cooldown = Number(record.Cooldown_Days__c ?? 0) > 0;
    const [accountRows, contactRows, leadRows, memberRows, resultRows, personas] = await Promise.all([
        bulkRows(conn, `SELECT ${ACCOUNT_FIELDS.join(', ')} FROM Account`, wait),
        bulkRows(conn, `SELECT ${CONTACT_FIELDS.join(', ')} FROM Contact`, wait),
        bulkRows(conn, `SELECT ${LEAD_FIELDS.join(', ')} FROM Lead WHERE Email != null`, wait),
        segment
            ? bulkRows(
                  conn,
                  `SELECT Account__c FROM SI_Segment_Membership__c WHERE Segment__c = ${idLiteral(segment)} AND Removed_On__c = null`,
                  wait
              )
            : Promise.resolve([] as Row[]),
        cooldown
            ? bulkRows(
                  conn,
                  `SELECT Account__c, Outcome__c, Run_On__c FROM SI_Acquisition_Result__c WHERE Orchestration__c = ${idLiteral(id)} AND Outcome__c = 'Created'`,
                  wait
              )
            : Promise.resolve([] as Row[]),
        readPersonas(conn)
    ]);
    const accounts = accountRows.map(accountFrom).filter((a): a is AcquireAccount => a !== null);
    const people = [
        ...contactRows.map(contactFrom).filter((p): p is ExistingPerson => p !== null),
        ...leadRows.map(leadFrom).filter((p): p is ExistingPerson => p !== null)
    ];
    onProgress(`${accounts.length} accounts, ${people.length} Contacts and Leads`);
    const targets = segment
        ? memberRows.map((r) => r.Account__c).filter(isId)
        : listOf(record.Account_Ids__c).filter(isId);
    return {
        orchestrationId: id,
        orchestrationRecord: record,
        accounts,
        people,
        targetAccountIds: new Set(targets.map(id18)),
        lastAcquired: lastAcquiredFrom(resultRows),
        personas
    };
}
