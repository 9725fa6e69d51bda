// REST API calls of the org commands: describe (which fields exist and the user can read), small queries
// (custom metadata), and upsert of one record by an external Id. Through the Connection, so a 401 refreshes.
import type { Connection } from '@salesforce/core';
import { errorCodeOf, SalesforceError } from './errors';

export interface DescribedField {
    name: string;
    type: string;
    updateable: boolean;
    createable: boolean;
}

export interface DescribedObject {
    name: string;
    fields: Map<string, DescribedField>;
}

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Checks an object or field API name before it goes into a URL or a query (never spliced unchecked). */
export function apiName(name: string, what = 'API name'): string {
    if (!API_NAME.test(name)) throw new SalesforceError('InvalidQuery', `${what} "${name}" is not a valid API name`);
    return name;
}

/**
 * The object's fields the running user can see (field-level security hides the others from describe).
 * An object the user cannot see, or that is not deployed, is a MissingField error.
 */
export async function describeObject(conn: Connection, object: string): Promise<DescribedObject> {
    try {
        const result = await conn.request<{ name: string; fields: DescribedField[] }>({
            method: 'GET',
            url: `/sobjects/${apiName(object, 'object')}/describe`
        });
        return {
            name: result.name,
            fields: new Map(
                result.fields.map((f) => [
                    f.name,
                    { name: f.name, type: f.type, updateable: f.updateable, createable: f.createable }
                ])
            )
        };
    } catch (e) {
        if (errorCodeOf(e) === 'NOT_FOUND' || errorCodeOf(e) === 'INVALID_TYPE')
            throw new SalesforceError(
                'MissingField',
                `the object ${object} is not in the org or not visible to this user`
            );
        throw e;
    }
}

/** Every record of a small query (REST, following nextRecordsUrl); a rejected query is InvalidQuery. */
export async function queryAll<T>(conn: Connection, soql: string): Promise<T[]> {
    const records: T[] = [];
    try {
        let page = await conn.request<{ records: T[]; done: boolean; nextRecordsUrl?: string }>({
            method: 'GET',
            url: `/query?q=${encodeURIComponent(soql)}`
        });
        records.push(...page.records);
        while (!page.done && page.nextRecordsUrl) {
            page = await conn.request({ method: 'GET', url: page.nextRecordsUrl });
            records.push(...page.records);
        }
    } catch (e) {
        if (/INVALID|MALFORMED/.test(errorCodeOf(e)))
            throw new SalesforceError('InvalidQuery', `${(e as Error).message} (query: ${soql})`);
        throw e;
    }
    for (const r of records) delete (r as { attributes?: unknown }).attributes;
    return records;
}

/** Upserts one record by an external Id field (PATCH sobjects/{object}/{field}/{value}); returns its Id. */
export async function upsertRecord(
    conn: Connection,
    object: string,
    externalIdField: string,
    value: string,
    fields: Record<string, unknown>
): Promise<string> {
    const result = await conn.request<{ id: string; created: boolean } | ''>({
        method: 'PATCH',
        url: `/sobjects/${apiName(object, 'object')}/${apiName(externalIdField, 'field')}/${encodeURIComponent(value)}`,
        body: JSON.stringify(fields),
        headers: { 'content-type': 'application/json' }
    });
    // API v46.0+ answers an update with 200 and the Id, as it answers a create with 201 (not 204).
    if (result && typeof result === 'object' && result.id) return result.id;
    throw new Error(`upsert of ${object} ${externalIdField} = ${value} returned no Id`);
}
