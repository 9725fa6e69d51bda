// Connections: the records of a `<Object>Connection` (a root query or a child relationship) after `where`,
// `orderBy`, `first` and `after`, and the cursors of its edges. `first` defaults to 10 and may not pass
// 2,000 (the UI API's page limit); a cursor is opaque to the caller and only valid for the query that
// returned it.
import type { ObjectSchema } from './catalog';
import { compileFilter } from './filter';
import { sortRecords } from './order';
import type { DataRecord, ExecutionData } from './store';

export const DEFAULT_FIRST = 10;
export const MAX_FIRST = 2000;

export interface ConnectionArgs {
    first?: number | null;
    after?: string | null;
    where?: Readonly<Record<string, unknown>> | null;
    orderBy?: Readonly<Record<string, unknown>> | null;
    upperBound?: number | null;
}

/** What a connection's fields (`edges`, `pageInfo`, `totalCount`, `pageResultCount`) resolve from. */
export interface ConnectionValue {
    object: ObjectSchema;
    /** Every matching record, sorted. */
    total: number;
    /** Index in the sorted result of the page's first record. */
    offset: number;
    page: readonly DataRecord[];
}

export class QueryArgumentError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'QueryArgumentError';
    }
}

/** The page of `source` (records of `object`) that the arguments select. `what` names the field in errors. */
export function connectionOf(
    source: readonly DataRecord[],
    object: ObjectSchema,
    args: ConnectionArgs,
    data: ExecutionData,
    what: string
): ConnectionValue {
    const first = pageSize(args.first, what);
    const offset = args.after === undefined || args.after === null ? 0 : decodeCursor(args.after, what);
    let rows = source;
    if (args.where) {
        rows = rows.filter(compileFilter(object, args.where, data));
    }
    if (args.orderBy) rows = sortRecords(rows, object, args.orderBy, data);
    return { object, total: rows.length, offset, page: rows.slice(offset, offset + first) };
}

export function pageSize(first: number | null | undefined, what: string): number {
    const n = first === undefined || first === null ? DEFAULT_FIRST : first;
    if (n < 0) throw new QueryArgumentError(`'first' on '${what}' must be 0 or more, got ${n}`);
    if (n > MAX_FIRST) throw new QueryArgumentError(`'first' on '${what}' is ${n}; the maximum is ${MAX_FIRST}`);
    return n;
}

export function pageInfo(offset: number, count: number, total: number): Record<string, unknown> {
    return {
        hasNextPage: offset + count < total,
        hasPreviousPage: offset > 0,
        startCursor: count > 0 ? encodeCursor(offset) : null,
        endCursor: count > 0 ? encodeCursor(offset + count - 1) : null
    };
}

export function encodeCursor(index: number): string {
    return btoa(`v1:${index}`);
}

/** The index after the cursor's record. */
export function decodeCursor(cursor: string, what: string): number {
    let text: string;
    try {
        text = atob(cursor);
    } catch {
        throw new QueryArgumentError(`'after' on '${what}' is not a cursor this query returned`);
    }
    const m = /^v1:(\d+)$/.exec(text);
    if (!m) throw new QueryArgumentError(`'after' on '${what}' is not a cursor this query returned`);
    return Number(m[1]) + 1;
}
