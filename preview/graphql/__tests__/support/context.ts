// Test support: a small in-memory store and the execution context of a schema built from the project's
// real object metadata, for a user with the given permission sets (default: the sales rep's).
import { join } from 'node:path';
import { readAccess, readCustomFields } from '../../../server/metadata';
import { buildCatalog } from '../../catalog';
import { executeGraphQL, type ExecuteContext, type GraphQLResult } from '../../execute';
import { narrowCatalog } from '../../permissions';
import { buildGraphQLSchema } from '../../schema';
import type { DataRecord, RecordStore } from '../../store';

export const ROOT = join(__dirname, '../../../..');
const customFields = readCustomFields(ROOT);

export function store(records: Record<string, DataRecord[]>): RecordStore {
    const byId = new Map<string, { type: string; record: DataRecord }>();
    for (const [type, list] of Object.entries(records))
        for (const record of list) byId.set(record.Id, { type, record });
    return { records: (type) => records[type] ?? [], get: (id) => byId.get(id) };
}

export function contextFor(
    data: RecordStore,
    today = '2026-11-02',
    permissionSets: readonly string[] = ['SI_Sales_User']
): ExecuteContext {
    const catalog = narrowCatalog(buildCatalog(customFields), readAccess(ROOT, permissionSets, customFields));
    return { schema: buildGraphQLSchema(catalog), catalog, store: data, today };
}

type Node = Record<string, any>;

/** The nodes of a root connection `alias` of `uiapi.query`. */
export function nodes(result: GraphQLResult, alias: string): Node[] {
    if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
    const q = (result.data as { uiapi: { query: Record<string, { edges: Array<{ node: Node }> }> } }).uiapi.query;
    return (q[alias] as { edges: Array<{ node: Node }> }).edges.map((e) => e.node);
}

export function messages(result: GraphQLResult): string[] {
    return (result.errors ?? []).map((e) => e.message);
}

export function runner(ctx: ExecuteContext) {
    return (query: string, variables: Record<string, unknown> = {}) => executeGraphQL(query, variables, ctx);
}
