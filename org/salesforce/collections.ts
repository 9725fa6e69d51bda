// sObject Collections (REST `composite/sobjects`): delete, create or update up to 200 records a request,
// each record with its own result (allOrNone=false: one record's failure does not roll back the others).
// Salesforce's documentation: results come back in the request's order; a call cannot mix records of a
// Setup object (users, permission sets, their assignments) with records of other objects, so callers send
// one kind a call. Through the Connection, so a 401 refreshes the session and repeats the request.
import type { Connection } from '@salesforce/core';
import { SalesforceError } from './errors';

/** Records a collections request may carry (Salesforce's documented limit). */
export const COLLECTION_LIMIT = 200;

export interface RecordError {
    statusCode: string;
    message: string;
    fields?: string[];
}

/** One record's outcome: `id` is the record's (the deleted, created or updated one), null when none. */
export interface RecordResult {
    id: string | null;
    success: boolean;
    errors: RecordError[];
}

const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

function chunks<T>(items: readonly T[]): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += COLLECTION_LIMIT) out.push(items.slice(i, i + COLLECTION_LIMIT));
    return out;
}

function checkResults(results: unknown, expected: number, what: string): RecordResult[] {
    if (!Array.isArray(results) || results.length !== expected)
        throw new SalesforceError(
            'RequestFailed',
            `${what}: expected ${expected} results, got ${Array.isArray(results) ? results.length : typeof results}`
        );
    return results as RecordResult[];
}

/**
 * Deletes the records (any number; 200 a request), in order. `onChunk` sees each request's Ids and results
 * as they come, so the caller can record what was removed before the next request is sent.
 */
export async function deleteRecords(
    conn: Connection,
    ids: readonly string[],
    onChunk?: (ids: string[], results: RecordResult[]) => Promise<void> | void
): Promise<RecordResult[]> {
    const all: RecordResult[] = [];
    for (const part of chunks(ids)) {
        for (const id of part) if (!ID.test(id)) throw new SalesforceError('RequestFailed', `not a record Id: ${id}`);
        const results = checkResults(
            await conn.request({ method: 'DELETE', url: `/composite/sobjects?ids=${part.join(',')}&allOrNone=false` }),
            part.length,
            `delete of ${part.length} records`
        );
        await onChunk?.(part, results);
        all.push(...results);
    }
    return all;
}

async function save(
    conn: Connection,
    method: 'POST' | 'PATCH',
    type: string,
    records: readonly Record<string, unknown>[]
): Promise<RecordResult[]> {
    const all: RecordResult[] = [];
    for (const part of chunks(records)) {
        const body = { allOrNone: false, records: part.map((r) => ({ attributes: { type }, ...r })) };
        const results = checkResults(
            await conn.request({
                method,
                url: '/composite/sobjects',
                body: JSON.stringify(body),
                headers: { 'content-type': 'application/json' }
            }),
            part.length,
            `${method === 'POST' ? 'create' : 'update'} of ${part.length} ${type} records`
        );
        all.push(...results);
    }
    return all;
}

/** Creates records of one object (200 a request); results in the records' order. */
export function createRecords(
    conn: Connection,
    type: string,
    records: readonly Record<string, unknown>[]
): Promise<RecordResult[]> {
    return save(conn, 'POST', type, records);
}

/** Updates records of one object by their `id` (200 a request); results in the records' order. */
export function updateRecords(
    conn: Connection,
    type: string,
    records: readonly ({ id: string } & Record<string, unknown>)[]
): Promise<RecordResult[]> {
    return save(conn, 'PATCH', type, records);
}

/** `CODE: message` of a failed record, for reports. */
export function errorText(result: RecordResult): string {
    return result.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ') || 'failed without an error';
}
