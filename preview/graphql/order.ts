// `orderBy`: sorting records the way SOQL's ORDER BY does. The clause arrives coerced by graphql-js against
// `<Object>_OrderBy` (fields and parent relationships, each `{ order: ASC|DESC, nulls: FIRST|LAST }`), so
// this module only applies it: keys in the order given, nulls first ascending and last descending unless
// `nulls` says otherwise, ties kept in the store's order.
import { Kind, type GraphQLResolveInfo, type ValueNode } from 'graphql';
import type { ObjectSchema } from './catalog';
import { compareValues } from './filter';
import type { DataRecord, ExecutionData } from './store';

interface SortKey {
    path: string[];
    descending: boolean;
    nullsFirst: boolean;
}

type OrderBy = Readonly<Record<string, unknown>>;

export function sortRecords(
    rows: readonly DataRecord[],
    object: ObjectSchema,
    orderBy: OrderBy,
    data: ExecutionData
): DataRecord[] {
    const keys = sortKeys(object, orderBy, [], data);
    const decorated = rows.map((record, index) => ({
        record,
        index,
        values: keys.map((k) => pathValue(record, object, k.path, data))
    }));
    decorated.sort((a, b) => {
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i] as SortKey;
            const c = compareNullable(a.values[i], b.values[i], k.descending, k.nullsFirst);
            if (c !== 0) return c;
        }
        return a.index - b.index;
    });
    return decorated.map((d) => d.record);
}

/** Compares two values for an ORDER BY key; null and undefined sort together, first or last. */
export function compareNullable(va: unknown, vb: unknown, descending: boolean, nullsFirst: boolean): number {
    const aNull = va === null || va === undefined;
    const bNull = vb === null || vb === undefined;
    if (aNull && bNull) return 0;
    if (aNull || bNull) return (aNull ? -1 : 1) * (nullsFirst ? 1 : -1);
    return compareValues(va, vb) * (descending ? -1 : 1);
}

/** `{ order, nulls }` of an OrderByClause, with SOQL's defaults. */
export function clauseDirection(spec: Readonly<Record<string, unknown>>): { descending: boolean; nullsFirst: boolean } {
    const descending = spec.order === 'DESC';
    const nullsFirst = spec.nulls === 'FIRST' ? true : spec.nulls === 'LAST' ? false : !descending;
    return { descending, nullsFirst };
}

function sortKeys(object: ObjectSchema, orderBy: OrderBy, prefix: string[], data: ExecutionData): SortKey[] {
    const keys: SortKey[] = [];
    for (const [name, raw] of Object.entries(orderBy)) {
        if (raw === null || raw === undefined) continue;
        const spec = raw as Readonly<Record<string, unknown>>;
        const rel = object.parents.get(name);
        if (rel && !object.fields.has(name)) {
            const parent = data.catalog.get(rel.referenceTo[0] as string) as ObjectSchema;
            keys.push(...sortKeys(parent, spec, [...prefix, name], data));
            continue;
        }
        keys.push({ path: [...prefix, name], ...clauseDirection(spec) });
    }
    return keys;
}

function pathValue(record: DataRecord, object: ObjectSchema, path: readonly string[], data: ExecutionData): unknown {
    let current: DataRecord | undefined = record;
    let schema: ObjectSchema | undefined = object;
    for (let i = 0; i < path.length - 1; i++) {
        const rel: { field: string } | undefined = schema?.parents.get(path[i] as string);
        const id: unknown = rel && current ? current[rel.field] : undefined;
        const parent: { type: string; record: DataRecord } | undefined =
            typeof id === 'string' ? data.store.get(id) : undefined;
        if (!parent) return null;
        current = parent.record;
        schema = data.catalog.get(parent.type);
    }
    return current ? current[path[path.length - 1] as string] : null;
}

/**
 * The coerced `orderBy` with its keys in the order the query wrote them. graphql-js coerces an input
 * object in its type's field order, which would make `{ Account: {...}, LastName: {...} }` sort by
 * LastName first; SOQL sorts by the keys as written. Literals are read from the query's AST, variables
 * from the request's variables as sent.
 */
export function inQueryOrder(
    coerced: Readonly<Record<string, unknown>>,
    info: GraphQLResolveInfo,
    data: ExecutionData,
    argument = 'orderBy'
): Record<string, unknown> {
    const node = info.fieldNodes[0]?.arguments?.find((a) => a.name.value === argument)?.value;
    return node ? reorder(coerced, node, data.variables) : { ...coerced };
}

function reorder(
    coerced: Readonly<Record<string, unknown>>,
    node: ValueNode,
    variables: Readonly<Record<string, unknown>>
): Record<string, unknown> {
    let order: string[];
    let child: (key: string) => ValueNode | unknown;
    if (node.kind === Kind.OBJECT) {
        order = node.fields.map((f) => f.name.value);
        child = (key) => node.fields.find((f) => f.name.value === key)?.value;
    } else if (node.kind === Kind.VARIABLE) {
        const raw = variables[node.name.value];
        if (typeof raw !== 'object' || raw === null) return { ...coerced };
        order = Object.keys(raw);
        child = (key) => (raw as Record<string, unknown>)[key];
    } else {
        return { ...coerced };
    }
    const out: Record<string, unknown> = {};
    for (const key of [...order, ...Object.keys(coerced)]) {
        if (key in out || !(key in coerced)) continue;
        const value = coerced[key];
        const sub = child(key);
        if (value && typeof value === 'object' && !Array.isArray(value) && sub && typeof sub === 'object') {
            out[key] = isValueNode(sub)
                ? reorder(value as Record<string, unknown>, sub, variables)
                : reorderRaw(value as Record<string, unknown>, sub as Record<string, unknown>);
        } else {
            out[key] = value;
        }
    }
    return out;
}

function reorderRaw(coerced: Record<string, unknown>, raw: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of [...Object.keys(raw), ...Object.keys(coerced)]) {
        if (key in out || !(key in coerced)) continue;
        const value = coerced[key];
        const sub = raw[key];
        out[key] =
            value && typeof value === 'object' && !Array.isArray(value) && sub && typeof sub === 'object'
                ? reorderRaw(value as Record<string, unknown>, sub as Record<string, unknown>)
                : value;
    }
    return out;
}

function isValueNode(value: unknown): value is ValueNode {
    return (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { kind?: unknown }).kind === 'string' &&
        'loc' in value
    );
}
