// The run history: one SI_Acquisition_Result__c per candidate and run, written through a Bulk API 2.0 ingest
// job from a CSV the run keeps in its output folder (so rows Salesforce refuses are not lost: they stay in
// the file and are named in the report). A re-push reads its run's Error rows back by Run_Id__c.
import { writeFileSync } from 'node:fs';
import type { Connection } from '@salesforce/core';
import Papa from 'papaparse';
import {
    closeIngestJob,
    createIngestJob,
    readIngestResults,
    uploadIngestData,
    waitForIngestJob
} from '../salesforce/bulkIngest';
import type { WaitOptions } from '../salesforce/bulkQuery';
import { SalesforceError } from '../salesforce/errors';
import type { Row } from './data';
import { acquisitionKey, type RecordRequest } from './people';
import { normalizeEmail } from './rules';
import type { Decision, Outcome } from './types';

export const RESULT_OBJECT = 'SI_Acquisition_Result__c';

export const RESULT_COLUMNS = [
    'Run_Id__c',
    'Orchestration__c',
    'Repush_Of__c',
    'Candidate_Key__c',
    'Source__c',
    'Email__c',
    'Person_Name__c',
    'Title__c',
    'Account__c',
    'Persona__c',
    'Outcome__c',
    'Skip_Reason__c',
    'Reason__c',
    'Salesforce_Error__c',
    'Record_Id__c',
    'Record_Request__c',
    'Run_On__c'
] as const;
export type ResultRow = Record<(typeof RESULT_COLUMNS)[number], string>;

const cut = (value: string | null | undefined, max: number): string =>
    !value ? '' : value.length > max ? `${value.slice(0, max - 1)}…` : value;

export interface RunContext {
    runId: string;
    orchestrationId: string | null;
    repushOf: string | null;
    /** ISO date/time of the run. */
    runOn: string;
}

/** The result row of a decision (`request`: the record tried, kept on an Error row for the re-push). */
export function resultRow(run: RunContext, d: Decision, request: RecordRequest | null): ResultRow {
    const c = d.candidate;
    const email = normalizeEmail(c.email);
    return {
        Run_Id__c: run.runId,
        Orchestration__c: run.orchestrationId ?? '',
        Repush_Of__c: run.repushOf ?? '',
        Candidate_Key__c: email ? acquisitionKey(email) : '',
        Source__c: cut(c.source, 255),
        // An Email field refuses what is not an address: the raw value is in Reason then.
        Email__c: email && (c.email ?? '').trim().length <= 80 ? (c.email ?? '').trim() : '',
        Person_Name__c: cut([c.firstName, c.lastName].filter(Boolean).join(' '), 121),
        Title__c: cut(c.title, 128),
        Account__c: d.accountId ?? '',
        Persona__c: cut(d.persona, 80),
        Outcome__c: d.outcome,
        Skip_Reason__c: d.skipReason ?? '',
        Reason__c: cut(d.reason, 255),
        Salesforce_Error__c: cut(d.error, 32768),
        Record_Id__c: d.recordId ?? d.matchedRecordId ?? '',
        Record_Request__c: d.outcome === 'Error' && request ? JSON.stringify(request) : '',
        Run_On__c: run.runOn
    };
}

export function resultsCsv(rows: readonly ResultRow[]): string {
    return `${Papa.unparse({ fields: [...RESULT_COLUMNS], data: rows.map((r) => RESULT_COLUMNS.map((c) => r[c])) }, { newline: '\n' })}\n`;
}

export interface WriteResultsOutcome {
    written: number;
    /** Rows Salesforce refused: `sf__Error` per row (the rows are in the results CSV of the run). */
    failed: { row: Row; error: string }[];
}

/** Writes the rows to `csvPath`, then inserts them with one Bulk ingest job. */
export async function writeResults(
    conn: Connection,
    rows: readonly ResultRow[],
    csvPath: string,
    wait: WaitOptions
): Promise<WriteResultsOutcome> {
    writeFileSync(csvPath, resultsCsv(rows));
    if (rows.length === 0) return { written: 0, failed: [] };
    const job = await createIngestJob(conn, RESULT_OBJECT, 'insert');
    await uploadIngestData(conn, job.id, csvPath, { sleep: wait.sleep });
    await closeIngestJob(conn, job.id);
    const done = await waitForIngestJob(conn, job.id, wait);
    if (done.state !== 'JobComplete')
        throw new SalesforceError(
            'JobFailed',
            `ingest job ${job.id} of ${RESULT_OBJECT} ended ${done.state}: ${done.errorMessage ?? 'no message'} (the rows are in ${csvPath})`
        );
    const failed: WriteResultsOutcome['failed'] = [];
    let header: string[] = [];
    await readIngestResults(
        conn,
        job.id,
        'failedResults',
        (h) => (header = h),
        (cells) => {
            const row: Row = {};
            header.forEach((h, i) => (row[h] = cells[i] ?? null));
            failed.push({ row, error: row.sf__Error ?? 'no error given' });
        }
    );
    return { written: rows.length - failed.length, failed };
}

/** A stored Error row of a run, read back for the re-push. */
export interface StoredError {
    resultId: string;
    key: string;
    row: Row;
    request: RecordRequest | null;
    /** Why the stored request cannot be used (unreadable JSON), else null. */
    problem: string | null;
}

export function storedError(row: Row): StoredError {
    let request: RecordRequest | null = null;
    let problem: string | null = null;
    try {
        const parsed = JSON.parse(row.Record_Request__c ?? '') as RecordRequest;
        if (
            (parsed.object === 'Lead' || parsed.object === 'Contact') &&
            parsed.fields &&
            typeof parsed.fields === 'object'
        )
            request = parsed;
        else problem = 'Record_Request__c is not a {"object", "fields"} record';
    } catch {
        problem = 'Record_Request__c is empty or not JSON';
    }
    return { resultId: row.Id ?? '', key: (row.Candidate_Key__c ?? '').toLowerCase(), row, request, problem };
}

/** Counts of result rows per outcome. */
export function countRows(rows: readonly ResultRow[]): Record<Outcome, number> {
    const counts: Record<Outcome, number> = { Eligible: 0, Skipped: 0, Created: 0, Error: 0 };
    for (const r of rows) counts[r.Outcome__c as Outcome] += 1;
    return counts;
}
