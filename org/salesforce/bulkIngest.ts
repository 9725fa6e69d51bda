// Bulk API 2.0 ingest jobs: create, upload one CSV file (streamed from disk), close (UploadComplete), wait,
// then stream the successful, failed and unprocessed results through papaparse. One upload per job: the
// update files are split at 100 MB, under the 150 MB (base64) limit of a job's data.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import Papa from 'papaparse';
import type { Connection } from '@salesforce/core';
import { SalesforceError } from './errors';
import { defaultSleep, rawRequest } from './http';
import type { WaitOptions } from './bulkQuery';

export type IngestOperation = 'insert' | 'update' | 'upsert';

export interface IngestJobInfo {
    id: string;
    object: string;
    operation: IngestOperation;
    state: 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
    numberRecordsProcessed?: number;
    numberRecordsFailed?: number;
    errorMessage?: string;
}

export type IngestResultKind = 'successfulResults' | 'failedResults' | 'unprocessedrecords';

export async function createIngestJob(
    conn: Connection,
    object: string,
    operation: IngestOperation,
    externalIdFieldName?: string
): Promise<IngestJobInfo> {
    return conn.request<IngestJobInfo>({
        method: 'POST',
        url: '/jobs/ingest',
        body: JSON.stringify({
            object,
            operation,
            contentType: 'CSV',
            lineEnding: 'LF',
            columnDelimiter: 'COMMA',
            ...(externalIdFieldName ? { externalIdFieldName } : {})
        }),
        headers: { 'content-type': 'application/json' }
    });
}

/** PUTs the CSV file as the job's data, streamed from disk (opened again if the request is repeated). */
export async function uploadIngestData(
    conn: Connection,
    jobId: string,
    csvPath: string,
    options: { retries?: number; sleep?: (ms: number) => Promise<void> } = {}
): Promise<void> {
    const response = await rawRequest(conn, `/jobs/ingest/${jobId}/batches`, {
        method: 'PUT',
        what: `upload of ${csvPath} to ingest job ${jobId}`,
        headers: { 'content-type': 'text/csv', 'content-length': String(statSync(csvPath).size) },
        body: () => Readable.toWeb(createReadStream(csvPath)) as unknown as BodyInit,
        retries: options.retries,
        sleep: options.sleep
    });
    await response.body?.cancel();
}

async function setState(conn: Connection, jobId: string, state: 'UploadComplete' | 'Aborted'): Promise<IngestJobInfo> {
    return conn.request<IngestJobInfo>({
        method: 'PATCH',
        url: `/jobs/ingest/${jobId}`,
        body: JSON.stringify({ state }),
        headers: { 'content-type': 'application/json' }
    });
}

/** Marks the upload complete: Salesforce starts processing the job. */
export function closeIngestJob(conn: Connection, jobId: string): Promise<IngestJobInfo> {
    return setState(conn, jobId, 'UploadComplete');
}

/** Aborts a job (an Open job's data is never processed). */
export function abortIngestJob(conn: Connection, jobId: string): Promise<IngestJobInfo> {
    return setState(conn, jobId, 'Aborted');
}

export function getIngestJob(conn: Connection, jobId: string): Promise<IngestJobInfo> {
    return conn.request<IngestJobInfo>({ method: 'GET', url: `/jobs/ingest/${jobId}` });
}

/**
 * Polls until the job is JobComplete, Failed or Aborted and returns it (a Failed job may have processed
 * some rows: its results are still read). Polling past `timeoutMs` is a Timeout error.
 */
export async function waitForIngestJob(
    conn: Connection,
    jobId: string,
    options: WaitOptions = {}
): Promise<IngestJobInfo> {
    const pollMs = options.pollMs ?? 2000;
    const timeoutMs = options.timeoutMs ?? 60 * 60 * 1000;
    const sleep = options.sleep ?? defaultSleep;
    const started = Date.now();
    for (;;) {
        const job = await getIngestJob(conn, jobId);
        if (job.state === 'JobComplete' || job.state === 'Failed' || job.state === 'Aborted') return job;
        if (Date.now() - started > timeoutMs)
            throw new SalesforceError(
                'Timeout',
                `ingest job ${jobId} still ${job.state} after ${Math.round(timeoutMs / 1000)} s`
            );
        await sleep(pollMs);
    }
}

/**
 * Streams one results CSV of a finished job: `onHeader` gets the header (`sf__Id`, `sf__Error` or
 * `sf__Created`, then the uploaded columns), `onRow` each row. Returns the number of rows.
 */
export async function readIngestResults(
    conn: Connection,
    jobId: string,
    kind: IngestResultKind,
    onHeader: (header: string[]) => void,
    onRow: (row: string[]) => void
): Promise<number> {
    const response = await rawRequest(conn, `/jobs/ingest/${jobId}/${kind}`, {
        what: `${kind} of ingest job ${jobId}`,
        headers: { Accept: 'text/csv' }
    });
    if (!response.body) return 0;
    const body = Readable.fromWeb(response.body as unknown as WebReadableStream);
    return new Promise((resolve, reject) => {
        let header = false;
        let rows = 0;
        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
            header: false,
            skipEmptyLines: true
        }) as NodeJS.ReadWriteStream;
        parser.on('data', (cells: string[]) => {
            if (!header) {
                header = true;
                onHeader(cells);
                return;
            }
            rows++;
            onRow(cells);
        });
        parser.on('end', () => resolve(rows));
        parser.on('error', reject);
        body.on('error', reject);
        body.pipe(parser);
    });
}
