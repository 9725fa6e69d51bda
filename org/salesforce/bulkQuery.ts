// Bulk API 2.0 query jobs: create, wait, then read the results page by page following Sforce-Locator,
// each page streamed into papaparse. jsforce's bulk2.query is not used: it buffers every page in memory.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import Papa from 'papaparse';
import type { Connection } from '@salesforce/core';
import { errorCodeOf, SalesforceError } from './errors';
import { defaultSleep, rawRequest } from './http';

export interface QueryJobInfo {
    id: string;
    state: 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
    apiVersion?: string | number;
    numberRecordsProcessed?: number;
    errorMessage?: string;
}

export interface QueryPage {
    /** Column names, from the page's header row. */
    header: string[];
    /** The page's rows, header row excluded. */
    rows: string[][];
    /** Locator of the page after this one, or null when this was the last page. */
    next: string | null;
}

export interface WaitOptions {
    pollMs?: number;
    timeoutMs?: number;
    /** Sleeps between polls (tests pass a fast one). */
    sleep?: (ms: number) => Promise<void>;
}

/** Creates a query job; a query Salesforce rejects (unknown field, malformed) is an InvalidQuery error. */
export async function createQueryJob(conn: Connection, soql: string): Promise<QueryJobInfo> {
    try {
        return await conn.request<QueryJobInfo>({
            method: 'POST',
            url: '/jobs/query',
            body: JSON.stringify({ operation: 'query', query: soql }),
            headers: { 'content-type': 'application/json' }
        });
    } catch (e) {
        const code = errorCodeOf(e);
        if (/INVALID|MALFORMED/.test(code))
            throw new SalesforceError('InvalidQuery', `${(e as Error).message} (query: ${soql})`);
        throw e;
    }
}

/** Polls the job until JobComplete; Failed and Aborted jobs and a poll past `timeoutMs` are named errors. */
export async function waitForQueryJob(conn: Connection, id: string, options: WaitOptions = {}): Promise<QueryJobInfo> {
    const pollMs = options.pollMs ?? 2000;
    const timeoutMs = options.timeoutMs ?? 30 * 60 * 1000;
    const sleep = options.sleep ?? defaultSleep;
    const started = Date.now();
    for (;;) {
        const job = await conn.request<QueryJobInfo>({ method: 'GET', url: `/jobs/query/${id}` });
        if (job.state === 'JobComplete') return job;
        if (job.state === 'Failed')
            throw new SalesforceError('JobFailed', `query job ${id} failed: ${job.errorMessage ?? 'no message'}`);
        if (job.state === 'Aborted') throw new SalesforceError('JobAborted', `query job ${id} was aborted`);
        if (Date.now() - started > timeoutMs)
            throw new SalesforceError(
                'Timeout',
                `query job ${id} still ${job.state} after ${Math.round(timeoutMs / 1000)} s`
            );
        await sleep(pollMs);
    }
}

export interface PageOptions {
    maxRecords?: number;
    /** Retries of a 429 or 5xx answer before ServerError. */
    retries?: number;
    /** Time allowed for one page request. */
    timeoutMs?: number;
    sleep?: (ms: number) => Promise<void>;
}

/** Parses a CSV body stream into rows with papaparse, as it arrives. */
function parseCsv(body: Readable): Promise<string[][]> {
    return new Promise((resolve, reject) => {
        const rows: string[][] = [];
        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
            header: false,
            skipEmptyLines: true
        }) as NodeJS.ReadWriteStream;
        parser.on('data', (row: string[]) => rows.push(row));
        parser.on('end', () => resolve(rows));
        parser.on('error', reject);
        body.on('error', reject);
        body.pipe(parser);
    });
}

/**
 * Reads one results page (`locator` null for the first). A 401 refreshes the session once through the
 * Connection (the sf CLI's stored auth); 429 and 5xx are retried with backoff.
 */
export async function fetchQueryPage(
    conn: Connection,
    jobId: string,
    locator: string | null,
    options: PageOptions = {}
): Promise<QueryPage> {
    const params = new URLSearchParams();
    if (options.maxRecords) params.set('maxRecords', String(options.maxRecords));
    if (locator) params.set('locator', locator);
    const query = params.toString();
    const response = await rawRequest(conn, `/jobs/query/${jobId}/results${query ? `?${query}` : ''}`, {
        what: `results page of query job ${jobId} (locator ${locator ?? 'first'})`,
        headers: { Accept: 'text/csv' },
        retries: options.retries,
        timeoutMs: options.timeoutMs,
        sleep: options.sleep
    });
    const rows = response.body ? await parseCsv(Readable.fromWeb(response.body as unknown as WebReadableStream)) : [];
    const nextHeader = response.headers.get('sforce-locator');
    return {
        header: rows[0] ?? [],
        rows: rows.slice(1),
        next: nextHeader && nextHeader !== 'null' ? nextHeader : null
    };
}

/** Every page of a finished job, from `locator` (null: the first page) on. */
export async function* queryPages(
    conn: Connection,
    jobId: string,
    locator: string | null = null,
    options: PageOptions = {}
): AsyncGenerator<QueryPage & { locator: string | null }> {
    let current = locator;
    for (;;) {
        const page = await fetchQueryPage(conn, jobId, current, options);
        yield { ...page, locator: current };
        if (!page.next) return;
        current = page.next;
    }
}
