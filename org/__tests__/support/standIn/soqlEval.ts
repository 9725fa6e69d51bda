// SOQL binding and evaluation: field paths resolved against the schema (unknown objects INVALID_TYPE,
// unknown fields and relationships INVALID_FIELD, literals of the wrong type INVALID_FIELD; all HTTP 400),
// relationship paths (`Campaign.Name` through `CampaignId`, `Foo__r.Bar__c` through `Foo__c`) followed in
// the store, comparisons as SOQL makes them (strings case-insensitively, `!=` also matching null).
import { normalizeId } from './ids';
import { isDateString, isDateTimeString, type SchemaModel } from './schema';
import type { CmpOp, Cond, Literal, ParsedQuery } from './soql';
import { SfApiError, type FieldInfo, type FieldType, type SfRecord, type SfValue } from './types';

export interface FieldPath {
    /** Canonical text, e.g. `Campaign.Name` (used as the CSV column header). */
    text: string;
    /** Relationship hops: the reference field on the current object and its possible targets. */
    hops: { refField: string; relationshipName: string; targets: string[] }[];
    /** Last segment as written (resolved per target object at evaluation time). */
    leaf: string;
    /** Leaf field info when the target object is known, for type-aware comparison. */
    info?: FieldInfo;
}

export interface RecordLookup {
    get(object: string, id18: string): SfRecord | undefined;
    objectForId(id: string): string | undefined;
}

const NO_SUCH_COLUMN = (field: string, object: string): SfApiError =>
    new SfApiError(
        400,
        'INVALID_FIELD',
        `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
    );

export function unsupportedType(object: string): SfApiError {
    return new SfApiError(
        400,
        'INVALID_TYPE',
        `sObject type '${object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
    );
}

export function bindPath(schema: SchemaModel, object: string, written: string): FieldPath {
    const segments = written.split('.');
    const hops: FieldPath['hops'] = [];
    const canonical: string[] = [];
    let current: string[] = [object];
    for (const rel of segments.slice(0, -1)) {
        const refs = current.map((o) => schema.relationship(o, rel)).filter((r): r is FieldInfo => !!r);
        if (current.length > 0 && refs.length === 0) {
            throw new SfApiError(
                400,
                'INVALID_FIELD',
                `Didn't understand relationship '${rel}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
            );
        }
        const ref = refs[0];
        const targets = [...new Set(refs.flatMap((r) => r.referenceTo))];
        hops.push({ refField: ref?.name ?? rel, relationshipName: ref?.relationshipName ?? rel, targets });
        canonical.push(ref?.relationshipName ?? rel);
        current = targets;
    }
    const leaf = segments[segments.length - 1]!;
    let info: FieldInfo | undefined;
    if (current.length > 0) {
        const found = current.map((o) => schema.field(o, leaf)).filter((f): f is FieldInfo => !!f);
        if (found.length === 0) throw NO_SUCH_COLUMN(leaf, current[0]!);
        info = found[0];
    }
    canonical.push(info?.name ?? leaf);
    return { text: canonical.join('.'), hops, leaf, info };
}

export function valueAt(record: SfRecord, path: FieldPath, lookup: RecordLookup, schema: SchemaModel): SfValue {
    let rec: SfRecord | undefined = record;
    let object: string | undefined;
    for (const hop of path.hops) {
        const id = normalizeId(rec[hop.refField]);
        if (!id) return null;
        object = hop.targets.length === 1 ? hop.targets[0] : lookup.objectForId(id);
        rec = object ? lookup.get(object, id) : undefined;
        if (!rec) return null;
    }
    const name = object ? (schema.field(object, path.leaf)?.name ?? path.leaf) : (path.info?.name ?? path.leaf);
    const v = rec[name];
    return v === undefined || v === '' ? null : v;
}

/** The record as the REST API returns it: `attributes`, and nested objects for relationship fields. */
export function restShape(
    record: SfRecord,
    object: string,
    paths: readonly FieldPath[],
    lookup: RecordLookup,
    schema: SchemaModel,
    version: string
): Record<string, unknown> {
    const attrs = (type: string, id: unknown) => ({
        type,
        url: `/services/data/v${version}/sobjects/${type}/${String(id)}`
    });
    const out: Record<string, unknown> = { attributes: attrs(object, record.Id) };
    for (const path of paths) {
        let node = out;
        let rec: SfRecord | undefined = record;
        let missing = false;
        for (const hop of path.hops) {
            const id: string | undefined = missing ? undefined : normalizeId(rec?.[hop.refField]);
            const target: string | undefined = id
                ? hop.targets.length === 1
                    ? hop.targets[0]
                    : lookup.objectForId(id)
                : undefined;
            rec = id && target ? lookup.get(target, id) : undefined;
            if (!rec || !target) {
                if (!(hop.relationshipName in node)) node[hop.relationshipName] = null;
                missing = true;
                break;
            }
            let child = node[hop.relationshipName] as Record<string, unknown> | null | undefined;
            if (!child) node[hop.relationshipName] = child = { attributes: attrs(target, rec.Id) };
            node = child;
        }
        if (missing) continue;
        node[path.text.split('.').pop()!] = valueAt(record, path, lookup, schema);
    }
    return out;
}

// ----- comparison -----

const STRINGISH: ReadonlySet<FieldType> = new Set([
    'id',
    'string',
    'textarea',
    'email',
    'url',
    'phone',
    'picklist',
    'multipicklist',
    'reference'
]);
const NUMERIC: ReadonlySet<FieldType> = new Set(['double', 'int', 'currency', 'percent']);

function checkLiteral(path: FieldPath, lit: Literal): void {
    const info = path.info;
    if (!info?.typeKnown || lit.kind === 'null') return;
    const bad = (type: string, quoted: boolean): SfApiError =>
        new SfApiError(
            400,
            'INVALID_FIELD',
            `value of filter criterion for field '${info.name}' must be of type ${type} and should ${quoted ? '' : 'not '}be enclosed in quotes`
        );
    if (STRINGISH.has(info.type) && lit.kind !== 'string') throw bad('string', true);
    if (NUMERIC.has(info.type) && lit.kind !== 'number') throw bad('double', false);
    if (info.type === 'boolean' && lit.kind !== 'boolean') throw bad('boolean', false);
    if (info.type === 'date' && lit.kind !== 'date' && lit.kind !== 'range') throw bad('date', false);
    if (info.type === 'datetime' && lit.kind !== 'datetime' && lit.kind !== 'range') throw bad('dateTime', false);
}

function epochOf(v: SfValue): number | undefined {
    if (typeof v !== 'string') return undefined;
    if (isDateString(v)) return Date.parse(`${v}T00:00:00Z`);
    if (isDateTimeString(v)) return Date.parse(v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return undefined;
}

/** -1/0/1 ordering of a stored value against a literal, or undefined when they do not compare. */
function order(value: SfValue, lit: Literal, type: FieldType | undefined): number | undefined {
    const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
    switch (lit.kind) {
        case 'number':
            return typeof value === 'number' ? sign(value - lit.value) : undefined;
        case 'boolean':
            return typeof value === 'boolean' ? (value === lit.value ? 0 : undefined) : undefined;
        case 'date':
        case 'datetime': {
            const a = epochOf(value);
            const b = lit.kind === 'date' ? Date.parse(`${lit.value}T00:00:00Z`) : lit.epoch;
            return a === undefined ? undefined : sign(a - b);
        }
        case 'range': {
            const a = epochOf(value);
            if (a === undefined) return undefined;
            return a < lit.from ? -1 : a >= lit.to ? 1 : 0;
        }
        case 'string': {
            if (typeof value !== 'string') return undefined;
            if (type === 'id' || type === 'reference') {
                const a = normalizeId(value);
                const b = normalizeId(lit.value);
                if (a && b) return a === b ? 0 : sign(a.localeCompare(b));
            }
            const a = value.toLowerCase();
            const b = lit.value.toLowerCase();
            return a === b ? 0 : a < b ? -1 : 1;
        }
        default:
            return undefined;
    }
}

function compare(value: SfValue, op: CmpOp, lit: Literal, type: FieldType | undefined): boolean {
    if (lit.kind === 'null') {
        if (op === '=') return value === null;
        if (op === '!=') return value !== null;
        return false;
    }
    if (value === null) return op === '!=';
    const o = order(value, lit, type);
    if (o === undefined) return op === '!=';
    switch (op) {
        case '=':
            return o === 0;
        case '!=':
            return o !== 0;
        case '<':
            return o < 0;
        case '<=':
            return o <= 0;
        case '>':
            return o > 0;
        default:
            return o >= 0;
    }
}

function likeRegex(pattern: string): RegExp {
    const body = pattern
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/%/g, '.*')
        .replace(/_/g, '.');
    return new RegExp(`^${body}$`, 'is');
}

/** A compiled query: the fields to output and a predicate over records of `object`. */
export interface BoundQuery {
    object: string;
    fields: FieldPath[];
    matches(record: SfRecord): boolean;
    sort(records: SfRecord[]): SfRecord[];
    limit?: number;
    offset?: number;
}

export function bindQuery(parsed: ParsedQuery, schema: SchemaModel, lookup: RecordLookup): BoundQuery {
    const object = schema.resolveObject(parsed.object);
    if (!object) throw unsupportedType(parsed.object);
    const fields = parsed.fields.map((f) => bindPath(schema, object, f));
    const paths = new Map<string, FieldPath>();
    const pathOf = (f: string): FieldPath => {
        let p = paths.get(f.toLowerCase());
        if (!p) paths.set(f.toLowerCase(), (p = bindPath(schema, object, f)));
        return p;
    };
    const compile = (cond: Cond): ((r: SfRecord) => boolean) => {
        switch (cond.type) {
            case 'and': {
                const parts = cond.items.map(compile);
                return (r) => parts.every((p) => p(r));
            }
            case 'or': {
                const parts = cond.items.map(compile);
                return (r) => parts.some((p) => p(r));
            }
            case 'not': {
                const inner = compile(cond.item);
                return (r) => !inner(r);
            }
            case 'cmp': {
                const path = pathOf(cond.field);
                checkLiteral(path, cond.value);
                return (r) => compare(valueAt(r, path, lookup, schema), cond.op, cond.value, path.info?.type);
            }
            case 'in': {
                const path = pathOf(cond.field);
                cond.values.forEach((v) => checkLiteral(path, v));
                return (r) => {
                    const v = valueAt(r, path, lookup, schema);
                    const hit = cond.values.some((lit) => compare(v, '=', lit, path.info?.type));
                    return cond.negate ? !hit : hit;
                };
            }
            case 'like': {
                const path = pathOf(cond.field);
                const re = likeRegex(cond.pattern);
                return (r) => {
                    const v = valueAt(r, path, lookup, schema);
                    const hit = typeof v === 'string' && re.test(v);
                    return cond.negate ? !hit : hit;
                };
            }
        }
    };
    const predicate = parsed.where ? compile(parsed.where) : () => true;
    const keys = parsed.orderBy.map((o) => ({ ...o, path: pathOf(o.field) }));
    return {
        object,
        fields,
        matches: predicate,
        limit: parsed.limit,
        offset: parsed.offset,
        sort(records) {
            if (keys.length === 0) return records;
            const cmp = (a: SfValue, b: SfValue): number => {
                if (typeof a === 'number' && typeof b === 'number') return a - b;
                if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
                return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
            };
            return [...records].sort((x, y) => {
                for (const k of keys) {
                    const a = valueAt(x, k.path, lookup, schema);
                    const b = valueAt(y, k.path, lookup, schema);
                    if (a === null && b === null) continue;
                    if (a === null || b === null) return (a === null) === k.nullsLast ? 1 : -1;
                    const c = cmp(a, b);
                    if (c !== 0) return k.desc ? -c : c;
                }
                return 0;
            });
        }
    };
}

/** Runs a bound query over the store: filter (soft-deleted rows only with `includeDeleted`), sort, offset, limit. */
export function runQuery(bound: BoundQuery, schema: SchemaModel, includeDeleted: boolean): SfRecord[] {
    const rows: SfRecord[] = [];
    for (const record of schema.records(bound.object)) {
        if (!includeDeleted && record.IsDeleted === true) continue;
        if (bound.matches(record)) rows.push(record);
    }
    const sorted = bound.sort(rows);
    const start = bound.offset ?? 0;
    return sorted.slice(start, bound.limit === undefined ? undefined : start + bound.limit);
}
