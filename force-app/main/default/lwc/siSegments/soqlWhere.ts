// A checked definition as a SOQL condition on Account (the org-wide job's `WHERE`). Field names come only
// from the allow-list (`SEGMENT_FIELDS`), values are escaped string literals, numbers are finite numbers and
// Ids are checked Ids: nothing a user typed reaches the query unquoted. Selects what the predicate selects.
import {
    isGroup,
    partsOf,
    SEGMENT_FIELDS,
    type SegmentCondition,
    type SegmentDefinition,
    type SegmentPart
} from './definition';

/** A SOQL string literal: backslash, quotes and control characters escaped. */
export function soqlString(value: string): string {
    const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
    return `'${value.replace(/[\\'"\n\r\t\b\f]/g, (c) => escapes[c] ?? `\\${c}`)}'`;
}

function soqlNumber(value: unknown): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`not a number: ${String(value)}`);
    return String(value);
}

function fieldName(name: string): string {
    if (!Object.prototype.hasOwnProperty.call(SEGMENT_FIELDS, name)) throw new Error(`not a segment field: ${name}`);
    return name;
}

function condition(c: SegmentCondition): string {
    const f = fieldName(c.field);
    const list = (): string => `(${(c.values ?? []).map((v) => soqlString(String(v))).join(', ')})`;
    switch (c.op) {
        case 'in':
            return `${f} IN ${list()}`;
        case 'notIn':
            return `${f} NOT IN ${list()}`;
        case 'gte':
            return `${f} >= ${soqlNumber(c.value)}`;
        case 'lte':
            return `${f} <= ${soqlNumber(c.value)}`;
        case 'between': {
            const [min, max] = c.values ?? [];
            return `(${f} >= ${soqlNumber(min)} AND ${f} <= ${soqlNumber(max)})`;
        }
        case 'is':
            return c.value === true ? `${f} = true` : `${f} != true`;
        case 'isBlank':
            return `${f} = null`;
        case 'isNotBlank':
            return `${f} != null`;
        default:
            throw new Error(`unknown operator ${String(c.op)}`);
    }
}

function part(p: SegmentPart): string {
    if (!isGroup(p)) return condition(p);
    const { every, parts } = partsOf(p);
    const inner = parts.map(part);
    return inner.length === 1 ? (inner[0] as string) : `(${inner.join(every ? ' AND ' : ' OR ')})`;
}

/** The SOQL condition of a definition checked by `checkDefinition` (for `SELECT ... FROM Account WHERE ...`). */
export function segmentSoqlWhere(definition: SegmentDefinition): string {
    return part(definition);
}
