// `where`: whether a record matches a filter, the way SOQL decides it. The filter arrives already
// coerced by graphql-js against the schema's `<Object>_Filter` input types (unknown fields, operators
// and wrongly typed operands were rejected before execution), so this module only evaluates it:
// field operators (eq ne lt lte gt gte in nin like includes excludes inq ninq), `and`, `or`, `not`,
// parent-relationship filters, and the date inputs `{ value }`, `{ literal }`, `{ range }`.
import type { FieldKind, ObjectSchema } from './catalog';
import { dateInterval, type DateOperand } from './dates';
import type { DataRecord, ExecutionData } from './store';

type Filter = Readonly<Record<string, unknown>>;

/** Salesforce Ids compare on their first 15 characters (case-sensitive); the 18-character suffix is a checksum. */
export function normalizeId(id: string): string {
    return /^[a-zA-Z0-9]{18}$/.test(id) ? id.slice(0, 15) : id;
}

export function sameId(a: unknown, b: unknown): boolean {
    return typeof a === 'string' && typeof b === 'string' && normalizeId(a) === normalizeId(b);
}

type Predicate = (record: DataRecord) => boolean;

const compiled = new WeakMap<object, Predicate>();

/** Whether `record` of `object` matches `filter` (an `<Object>_Filter` value). */
export function matches(record: DataRecord, object: ObjectSchema, filter: Filter, data: ExecutionData): boolean {
    return compileFilter(object, filter, data)(record);
}

/**
 * The filter as a predicate, compiled once per coerced filter value (graphql-js coerces a field's
 * arguments once per execution of the field, so a connection's records share one compiled predicate).
 */
export function compileFilter(object: ObjectSchema, filter: Filter, data: ExecutionData): Predicate {
    let predicate = compiled.get(filter);
    if (predicate) return predicate;
    const parts: Predicate[] = [];
    for (const [name, condition] of Object.entries(filter)) {
        if (condition === null || condition === undefined) continue;
        if (name === 'and' || name === 'or') {
            const inner = (condition as Filter[]).map((p) => compileFilter(object, p, data));
            parts.push(name === 'and' ? (r) => inner.every((p) => p(r)) : (r) => inner.some((p) => p(r)));
        } else if (name === 'not') {
            const inner = compileFilter(object, condition as Filter, data);
            parts.push((r) => !inner(r));
        } else if (object.fields.has(name)) {
            const kind = object.fields.get(name) as FieldKind;
            const ops = condition as Filter;
            parts.push((r) => fieldMatches(r[name], kind, ops, data));
        } else {
            const rel = object.parents.get(name);
            if (!rel)
                throw new Error(
                    `the filter names '${name}', which is neither a field nor a relationship of ${object.name}`
                );
            // A polymorphic relationship's filter (`<Object>_<Relationship>_Filters`) has one filter per
            // target type: the record matches when its parent is of a type given and matches that filter.
            const polymorphic = rel.referenceTo.length > 1;
            const inner = condition as Filter;
            parts.push((r) => {
                const parentId = r[rel.field];
                const parent = typeof parentId === 'string' ? data.store.get(parentId) : undefined;
                const parentSchema =
                    parent && rel.referenceTo.includes(parent.type) ? data.catalog.get(parent.type) : undefined;
                if (!parent || !parentSchema) return false;
                const parentFilter = polymorphic ? (inner[parent.type] as Filter | null | undefined) : inner;
                return (
                    parentFilter !== null &&
                    parentFilter !== undefined &&
                    compileFilter(parentSchema, parentFilter, data)(parent.record)
                );
            });
        }
    }
    predicate =
        parts.length === 0
            ? () => true
            : parts.length === 1
              ? (parts[0] as Predicate)
              : (r) => parts.every((p) => p(r));
    compiled.set(filter, predicate);
    return predicate;
}

function fieldMatches(raw: unknown, kind: FieldKind, ops: Filter, data: ExecutionData): boolean {
    const value = raw === undefined ? null : raw;
    for (const op in ops) {
        const operand = ops[op];
        if (operand === undefined) continue;
        switch (op) {
            case 'eq':
            case 'ne': {
                const equal =
                    kind === 'Date' || kind === 'DateTime'
                        ? dateEquals(value, kind, operand as DateOperand | null, data.today)
                        : equals(value, operand);
                if (op === 'eq' ? !equal : equal) return false;
                break;
            }
            case 'lt':
            case 'lte':
            case 'gt':
            case 'gte':
                if (!ordered(value, kind, op, operand, data.today)) return false;
                break;
            case 'in':
            case 'nin': {
                const list = operand as unknown[];
                const found = list.some((o) =>
                    kind === 'Date' || kind === 'DateTime'
                        ? dateEquals(value, kind, o as DateOperand, data.today)
                        : equals(value, o)
                );
                if (op === 'in' ? !found : found) return false;
                break;
            }
            case 'like':
                if (value === null || !likeRegExp(String(operand)).test(String(value))) return false;
                break;
            case 'includes':
            case 'excludes': {
                const selected = new Set(typeof value === 'string' ? value.split(';').map((v) => v.toLowerCase()) : []);
                const any = (operand as string[]).some((wanted) =>
                    wanted.split(';').every((w) => selected.has(w.toLowerCase()))
                );
                if (op === 'includes' ? !any : any) return false;
                break;
            }
            case 'inq':
            case 'ninq': {
                const ids = semiJoin(operand as Filter, data);
                const found = value !== null && ids.has(normalizeId(String(value)));
                if (op === 'inq' ? !found : found) return false;
                break;
            }
            default:
                throw new Error(`filter operator '${op}' has no evaluation in the preview`);
        }
    }
    return true;
}

/** `{ <Object>: <filter>, ApiName: "Field" }`: the `Field` values of the matching records, computed once per operand. */
function semiJoin(join: Filter, data: ExecutionData): Set<string> {
    const cached = data.semiJoins.get(join);
    if (cached) return cached;
    const apiName = join.ApiName;
    const objects = Object.keys(join).filter((k) => k !== 'ApiName' && join[k] !== undefined && join[k] !== null);
    if (typeof apiName !== 'string')
        throw new Error('a semi-join (inq, ninq) needs ApiName: the field of the inner object to select');
    if (objects.length !== 1)
        throw new Error(
            `a semi-join (inq, ninq) names exactly one object, got ${objects.length}: ${objects.join(', ') || 'none'}`
        );
    const name = objects[0] as string;
    const inner = data.catalog.get(name) as ObjectSchema;
    if (!inner.fields.has(apiName))
        throw new Error(`the semi-join selects '${apiName}', which is not a field of ${name}`);
    const out = new Set<string>();
    for (const r of data.store.records(name)) {
        if (!matches(r, inner, join[name] as Filter, data)) continue;
        const v = r[apiName];
        if (typeof v === 'string') out.add(normalizeId(v));
    }
    data.semiJoins.set(join, out);
    return out;
}

/** SOQL equality: null matches null only; text compares case-insensitively, Ids on 15 characters. */
function equals(value: unknown, operand: unknown): boolean {
    if (operand === null || operand === undefined) return value === null;
    if (value === null) return false;
    if (value === operand) return true;
    if (typeof value === 'string' && typeof operand === 'string') {
        const idLike = (value.length === 15 || value.length === 18) && (operand.length === 15 || operand.length === 18);
        if (idLike && value.length !== operand.length && value.slice(0, 15) === operand.slice(0, 15)) return true;
        return value.length === operand.length && value.toLowerCase() === operand.toLowerCase();
    }
    if (typeof value === 'number' && typeof operand === 'number') return value === operand;
    return String(value).toLowerCase() === String(operand).toLowerCase();
}

export function compareValues(a: unknown, b: unknown): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    const sa = String(a).toLowerCase();
    const sb = String(b).toLowerCase();
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The comparable form of a date or date/time value: `YYYY-MM-DD` for a date, epoch ms for a date/time. */
function dateKey(value: unknown, kind: 'Date' | 'DateTime'): string | number | null {
    if (typeof value !== 'string' || value === '') return null;
    if (kind === 'Date') return value.slice(0, 10);
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : t;
}

/**
 * A date operand as an interval: `{ value }` is one day (or one instant), `{ literal }` and `{ range }`
 * the days they name relative to `today` (UTC: the preview user's time zone). For a date/time field the
 * interval runs from the first to the last millisecond of its days.
 */
function operandInterval(
    operand: DateOperand,
    kind: 'Date' | 'DateTime',
    today: string
): [string | number, string | number] {
    if (operand.value !== undefined && operand.value !== null) {
        const key = dateKey(operand.value, kind);
        if (key === null) throw new Error(`the date operand ${JSON.stringify(operand.value)} is not a ${kind}`);
        return [key, key];
    }
    const [from, to] = dateInterval(operand, today);
    if (kind === 'Date') return [from, to];
    return [Date.parse(`${from}T00:00:00.000Z`), Date.parse(`${to}T23:59:59.999Z`)];
}

/** `{ value: null }` (and a bare null): IS NULL. */
function isNullOperand(operand: DateOperand | null): boolean {
    return (
        operand === null ||
        (operand.value === null && (operand.literal === undefined || operand.literal === null) && !operand.range)
    );
}

function dateEquals(value: unknown, kind: FieldKind, operand: DateOperand | null, today: string): boolean {
    if (isNullOperand(operand)) return value === null || value === undefined;
    if (operand === null) return false;
    const key = dateKey(value, kind as 'Date' | 'DateTime');
    if (key === null) return false;
    const [from, to] = operandInterval(operand, kind as 'Date' | 'DateTime', today);
    return key >= from && key <= to;
}

function ordered(
    value: unknown,
    kind: FieldKind,
    op: 'lt' | 'lte' | 'gt' | 'gte',
    operand: unknown,
    today: string
): boolean {
    if (value === null || operand === null) return false;
    if (kind === 'Date' || kind === 'DateTime') {
        const key = dateKey(value, kind);
        if (key === null) return false;
        const [from, to] = operandInterval(operand as DateOperand, kind, today);
        if (op === 'lt') return key < from;
        if (op === 'gte') return key >= from;
        if (op === 'gt') return key > to;
        return key <= to;
    }
    const c = compareValues(value, operand);
    return op === 'lt' ? c < 0 : op === 'lte' ? c <= 0 : op === 'gt' ? c > 0 : c >= 0;
}

const likeCache = new Map<string, RegExp>();

/** SOQL `like`: `%` any run, `_` one character, `\` escapes; case-insensitive, whole value. */
export function likeRegExp(pattern: string): RegExp {
    let re = likeCache.get(pattern);
    if (re) return re;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] as string;
        if (c === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i] as string);
        else if (c === '%') source += '[\\s\\S]*';
        else if (c === '_') source += '[\\s\\S]';
        else source += escapeRegExp(c);
    }
    re = new RegExp(`^${source}$`, 'i');
    likeCache.set(pattern, re);
    return re;
}

function escapeRegExp(c: string): string {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
