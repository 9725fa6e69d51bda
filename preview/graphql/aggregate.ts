// `uiapi { aggregate { <Object>(groupBy, where, orderBy, first, after) { edges { node { aggregate { ... } } } } } }`:
// the UI API's aggregate queries (v58.0+), the SOQL GROUP BY of GraphQL. Per object: `<Object>_GroupBy`
// (fields with `GroupByClause { group }`, dates and date/times with `GroupByDateFunction { function }`),
// `<Object>AggregateConnection`/`Edge`, `<Object>Aggregate { aggregate: <Object>AggregateResult }`, and per
// field a `<Kind>Aggregate` with the grouped `value` and the functions its type supports (count,
// countDistinct, min, max, sum, avg, grouping, calendarMonth, ...). Without groupBy the result is one row
// over every matching record (SOQL's `SELECT COUNT(Id) FROM X`), so it is never empty. ROLLUP and CUBE are
// in the schema and refused at execution (the preview does not compute subtotals).
import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap
} from 'graphql';
import type { FieldKind, ObjectSchema } from './catalog';
import { decodeCursor, encodeCursor, MAX_FIRST, pageInfo, QueryArgumentError } from './connection';
import { compareValues, matches, normalizeId } from './filter';
import { clauseDirection, compareNullable, inQueryOrder } from './order';
import type { SchemaBuilder } from './schema';
import type { DataRecord, ExecutionData } from './store';
import { displayValue, KIND_SCALARS, LongValue, VALUE_TYPES, wrap, type WrappedValue } from './values';

/** Kinds that can be grouped (`group: true`) or, for dates, grouped by a function. */
const GROUPABLE: ReadonlySet<FieldKind> = new Set([
    'ID',
    'String',
    'Email',
    'Url',
    'PhoneNumber',
    'Picklist',
    'Boolean',
    'Int',
    'Date',
    'DateTime'
]);
/** Kinds with no aggregate at all. */
const NOT_AGGREGATABLE: ReadonlySet<FieldKind> = new Set(['LongTextArea', 'MultiPicklist']);
const NUMERIC: ReadonlySet<FieldKind> = new Set(['Int', 'Double', 'Currency', 'Percent']);
const DATES: ReadonlySet<FieldKind> = new Set(['Date', 'DateTime']);

/** `GroupByFunction` values and the date part each takes (UTC; fiscal year = calendar year, weeks from Sunday). */
const DATE_FUNCTIONS: Record<string, { field: string; part: (d: Date) => number | string }> = {
    CALENDAR_MONTH: { field: 'calendarMonth', part: (d) => d.getUTCMonth() + 1 },
    CALENDAR_QUARTER: { field: 'calendarQuarter', part: (d) => Math.floor(d.getUTCMonth() / 3) + 1 },
    CALENDAR_YEAR: { field: 'calendarYear', part: (d) => d.getUTCFullYear() },
    DAY_IN_MONTH: { field: 'dayInMonth', part: (d) => d.getUTCDate() },
    DAY_IN_WEEK: { field: 'dayInWeek', part: (d) => d.getUTCDay() + 1 },
    DAY_IN_YEAR: {
        field: 'dayInYear',
        part: (d) => Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
    },
    DAY_ONLY: { field: 'dayOnly', part: (d) => d.toISOString().slice(0, 10) },
    FISCAL_MONTH: { field: 'fiscalMonth', part: (d) => d.getUTCMonth() + 1 },
    FISCAL_QUARTER: { field: 'fiscalQuarter', part: (d) => Math.floor(d.getUTCMonth() / 3) + 1 },
    FISCAL_YEAR: { field: 'fiscalYear', part: (d) => d.getUTCFullYear() },
    HOUR_IN_DAY: { field: 'hourInDay', part: (d) => d.getUTCHours() },
    WEEK_IN_MONTH: { field: 'weekInMonth', part: (d) => Math.floor((d.getUTCDate() - 1) / 7) + 1 },
    WEEK_IN_YEAR: {
        field: 'weekInYear',
        part: (d) => Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / (7 * 86_400_000)) + 1
    }
};

const GroupByFunction = new GraphQLEnumType({
    name: 'GroupByFunction',
    values: Object.fromEntries(Object.keys(DATE_FUNCTIONS).map((f) => [f, { value: f }]))
});
const GroupByType = new GraphQLEnumType({
    name: 'GroupByType',
    values: { GROUP_BY: { value: 'GROUP_BY' }, ROLLUP: { value: 'ROLLUP' }, CUBE: { value: 'CUBE' } }
});
const GroupByClause = new GraphQLInputObjectType({
    name: 'GroupByClause',
    fields: { group: { type: GraphQLBoolean } }
});
/**
 * A date or date/time field's group clause: by a function (`DAY_ONLY`, `CALENDAR_MONTH`, ...), or, for a
 * Date, by its value (`group: true`). A DateTime is grouped only by a function (Salesforce's Group By
 * schema: DateTime and Time fields take GroupByFunction); `group: true` on one is refused at execution.
 */
const GroupByDateFunction = new GraphQLInputObjectType({
    name: 'GroupByDateFunction',
    fields: { function: { type: GroupByFunction }, group: { type: GraphQLBoolean } }
});

/** One group of an aggregate result: its records and the grouped values, by field. */
interface Group {
    object: ObjectSchema;
    rows: readonly DataRecord[];
    /** Field to its grouped value: `{ value }` for `group: true`, `{ fn, value }` for a date function. */
    keys: Map<string, { fn: string | null; value: unknown }>;
}

interface FieldAggregate {
    group: Group;
    field: string;
    kind: FieldKind;
}

function values(a: FieldAggregate): unknown[] {
    const out: unknown[] = [];
    for (const r of a.group.rows) {
        const v = r[a.field];
        if (v !== null && v !== undefined && v !== '') out.push(v);
    }
    return out;
}

function grouped(a: FieldAggregate, fn: string | null): unknown {
    const key = a.group.keys.get(a.field);
    if (!key || key.fn !== fn) {
        const how = fn ? `groupBy: { ${a.field}: { function: ${fn} } }` : `groupBy: { ${a.field}: { group: true } }`;
        throw new QueryArgumentError(`${a.group.object.name}.${a.field} is not grouped that way: add ${how}`);
    }
    return key.value;
}

function minMax(a: FieldAggregate, sign: 1 | -1): WrappedValue {
    let best: unknown = null;
    for (const v of values(a)) if (best === null || compareValues(v, best) * sign > 0) best = v;
    return wrap(best, a.kind);
}

const aggregateTypes = new Map<FieldKind, GraphQLObjectType<FieldAggregate, ExecutionData>>();

/** `<Kind>Aggregate`: the grouped value and the functions a field of this kind supports. */
function aggregateType(kind: FieldKind): GraphQLObjectType<FieldAggregate, ExecutionData> {
    let type = aggregateTypes.get(kind);
    if (type) return type;
    const fields: GraphQLFieldConfigMap<FieldAggregate, ExecutionData> = {
        value: { type: KIND_SCALARS[kind], resolve: (a) => grouped(a, null) },
        displayValue: { type: GraphQLString, resolve: (a) => displayValue(grouped(a, null), kind) }
    };
    if (kind !== 'Boolean') {
        fields.count = { type: LongValue, resolve: (a) => wrap(values(a).length, 'Int') };
        fields.countDistinct = {
            type: LongValue,
            resolve: (a) =>
                wrap(
                    new Set(
                        values(a).map((v) =>
                            kind === 'ID' ? normalizeId(String(v)) : typeof v === 'string' ? v.toLowerCase() : v
                        )
                    ).size,
                    'Int'
                )
        };
        fields.min = { type: VALUE_TYPES[kind], resolve: (a) => minMax(a, -1) };
        fields.max = { type: VALUE_TYPES[kind], resolve: (a) => minMax(a, 1) };
    }
    if (NUMERIC.has(kind)) {
        const sum = (a: FieldAggregate): number | null => {
            const list = values(a) as number[];
            return list.length === 0 ? null : list.reduce((s, v) => s + v, 0);
        };
        fields.sum = { type: kind === 'Int' ? LongValue : VALUE_TYPES[kind], resolve: (a) => wrap(sum(a), kind) };
        fields.avg = {
            type: VALUE_TYPES.Double,
            resolve: (a) => {
                const s = sum(a);
                return wrap(s === null ? null : s / values(a).length, 'Double');
            }
        };
    }
    if (!DATES.has(kind)) fields.grouping = { type: VALUE_TYPES.Int, resolve: () => wrap(0, 'Int') };
    if (DATES.has(kind)) {
        for (const [fn, { field }] of Object.entries(DATE_FUNCTIONS)) {
            if (fn === 'HOUR_IN_DAY' && kind === 'Date') continue;
            fields[field] = {
                type: fn === 'DAY_ONLY' ? VALUE_TYPES.Date : VALUE_TYPES.Int,
                resolve: (a) => wrap(grouped(a, fn), fn === 'DAY_ONLY' ? 'Date' : 'Int')
            };
        }
    }
    type = new GraphQLObjectType<FieldAggregate, ExecutionData>({ name: `${kind}Aggregate`, fields });
    aggregateTypes.set(kind, type);
    return type;
}

interface AggregateArgs {
    groupBy?: Readonly<Record<string, unknown>> | null;
    where?: Readonly<Record<string, unknown>> | null;
    orderBy?: Readonly<Record<string, unknown>> | null;
    first?: number | null;
    after?: string | null;
}

interface AggregateConnection {
    groups: Group[];
    offset: number;
    page: Group[];
}

/** The date part a function takes of a date or date/time value, or null. */
function datePart(value: unknown, fn: string): number | string | null {
    if (typeof value !== 'string' || value === '') return null;
    const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(d.getTime())) return null;
    return (DATE_FUNCTIONS[fn] as { part: (d: Date) => number | string }).part(d);
}

function groupRecords(object: ObjectSchema, args: AggregateArgs, data: ExecutionData): AggregateConnection {
    const what = `aggregate ${object.name}`;
    const first = args.first === undefined || args.first === null ? MAX_FIRST : args.first;
    if (first < 0 || first > MAX_FIRST)
        throw new QueryArgumentError(`'first' on '${what}' must be 0 to ${MAX_FIRST}, got ${first}`);
    const offset = args.after === undefined || args.after === null ? 0 : decodeCursor(args.after, what);
    let rows = data.store.records(object.name);
    if (args.where) {
        const where = args.where;
        rows = rows.filter((r) => matches(r, object, where, data));
    }
    const spec: Array<{ field: string; fn: string | null }> = [];
    for (const [field, clause] of Object.entries(args.groupBy ?? {})) {
        if (clause === null || clause === undefined) continue;
        if (field === 'type') {
            if (clause !== 'GROUP_BY')
                throw new QueryArgumentError(
                    `groupBy type ${String(clause)} on '${what}' is not supported by the preview (no subtotals)`
                );
            continue;
        }
        const c = clause as { group?: boolean | null; function?: string | null };
        if (c.function) spec.push({ field, fn: c.function });
        else if (c.group === true) {
            if (object.fields.get(field) === 'DateTime')
                throw new QueryArgumentError(
                    `${object.name}.${field} is a date/time: group it by a function, such as { function: DAY_ONLY }`
                );
            spec.push({ field, fn: null });
        }
    }
    const groups: Group[] = [];
    if (spec.length === 0) {
        groups.push({ object, rows, keys: new Map() });
    } else {
        const byKey = new Map<
            string,
            { rows: DataRecord[]; keys: Map<string, { fn: string | null; value: unknown }> }
        >();
        for (const r of rows) {
            const keys = new Map<string, { fn: string | null; value: unknown }>();
            const parts: string[] = [];
            for (const { field, fn } of spec) {
                const raw = r[field] ?? null;
                const value = fn ? datePart(raw, fn) : raw;
                keys.set(field, { fn, value });
                const text =
                    value === null
                        ? '\u0000'
                        : object.fields.get(field) === 'ID'
                          ? normalizeId(String(value))
                          : String(value).toLowerCase();
                parts.push(text);
            }
            const key = JSON.stringify(parts);
            let g = byKey.get(key);
            if (!g) byKey.set(key, (g = { rows: [], keys }));
            g.rows.push(r);
        }
        for (const g of byKey.values()) groups.push({ object, rows: g.rows, keys: g.keys });
    }
    if (args.orderBy) {
        const order = Object.entries(args.orderBy).filter(([, v]) => v !== null && v !== undefined);
        for (const [field] of order) {
            if (!spec.some((s) => s.field === field))
                throw new QueryArgumentError(
                    `orderBy ${field} on '${what}': only grouped fields can order an aggregate in the preview`
                );
        }
        const indexed = groups.map((g, i) => ({ g, i }));
        indexed.sort((a, b) => {
            for (const [field, clause] of order) {
                const { descending, nullsFirst } = clauseDirection(clause as Readonly<Record<string, unknown>>);
                const c = compareNullable(
                    a.g.keys.get(field)?.value,
                    b.g.keys.get(field)?.value,
                    descending,
                    nullsFirst
                );
                if (c !== 0) return c;
            }
            return a.i - b.i;
        });
        groups.splice(0, groups.length, ...indexed.map((x) => x.g));
    }
    return { groups, offset, page: groups.slice(offset, offset + first) };
}

/** `RecordQueryAggregate`: one aggregate connection field per object of the builder's catalog. */
export function buildAggregateRoot(builder: SchemaBuilder): GraphQLObjectType<unknown, ExecutionData> {
    const pageInfoType = builder.pageInfoType;
    return new GraphQLObjectType<unknown, ExecutionData>({
        name: 'RecordQueryAggregate',
        fields: () => {
            const fields: GraphQLFieldConfigMap<unknown, ExecutionData> = {};
            for (const object of builder.catalog.values()) {
                const result = new GraphQLObjectType<Group, ExecutionData>({
                    name: `${object.name}AggregateResult`,
                    fields: () => {
                        const out: GraphQLFieldConfigMap<Group, ExecutionData> = {};
                        for (const [field, kind] of object.fields) {
                            if (NOT_AGGREGATABLE.has(kind)) continue;
                            out[field] = {
                                type: aggregateType(kind),
                                resolve: (group): FieldAggregate => ({ group, field, kind })
                            };
                        }
                        return out;
                    }
                });
                const node = new GraphQLObjectType<Group, ExecutionData>({
                    name: `${object.name}Aggregate`,
                    fields: { aggregate: { type: result, resolve: (g) => g } }
                });
                const edge = new GraphQLObjectType<{ group: Group; cursor: string }, ExecutionData>({
                    name: `${object.name}AggregateEdge`,
                    fields: {
                        node: { type: node, resolve: (e) => e.group },
                        cursor: { type: new GraphQLNonNull(GraphQLString) }
                    }
                });
                const connection = new GraphQLObjectType<AggregateConnection, ExecutionData>({
                    name: `${object.name}AggregateConnection`,
                    fields: {
                        edges: {
                            type: new GraphQLList(edge),
                            resolve: (c) => c.page.map((group, i) => ({ group, cursor: encodeCursor(c.offset + i) }))
                        },
                        pageInfo: {
                            type: new GraphQLNonNull(pageInfoType),
                            resolve: (c) => pageInfo(c.offset, c.page.length, c.groups.length)
                        },
                        totalCount: { type: new GraphQLNonNull(GraphQLInt), resolve: (c) => c.groups.length }
                    }
                });
                const groupBy = new GraphQLInputObjectType({
                    name: `${object.name}_GroupBy`,
                    fields: (): GraphQLInputFieldConfigMap => {
                        const out: GraphQLInputFieldConfigMap = { type: { type: GroupByType } };
                        for (const [field, kind] of object.fields) {
                            if (GROUPABLE.has(kind))
                                out[field] = { type: DATES.has(kind) ? GroupByDateFunction : GroupByClause };
                        }
                        return out;
                    }
                });
                fields[object.name] = {
                    type: connection,
                    args: {
                        groupBy: { type: groupBy },
                        where: { type: builder.filterType(object.name) },
                        orderBy: { type: builder.orderByType(object.name) },
                        first: { type: GraphQLInt },
                        after: { type: GraphQLString }
                    },
                    resolve: (_root, args: AggregateArgs, data, info) =>
                        groupRecords(
                            object,
                            args.orderBy ? { ...args, orderBy: inQueryOrder(args.orderBy, info, data) } : args,
                            data
                        )
                };
            }
            return fields;
        }
    });
}
