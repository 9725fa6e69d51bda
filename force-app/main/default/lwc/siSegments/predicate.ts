// A checked definition as a predicate over Account records (the CLI, the org-wide job and tests evaluate
// it): the same accounts its GraphQL filter and its SOQL condition select, with Salesforce's comparisons
// (text case-insensitively, Ids by their 15 case-sensitive characters, NOT IN also selecting a blank field).
import {
    isGroup,
    partsOf,
    SEGMENT_FIELDS,
    type SegmentCondition,
    type SegmentDefinition,
    type SegmentPart
} from './definition';

export type AccountValues = Readonly<Record<string, unknown>>;

function blank(value: unknown): boolean {
    return value === null || value === undefined || value === '';
}

function key(value: unknown, kind: string): string {
    const text = String(value);
    return kind === 'id' ? text.slice(0, 15) : text.toLowerCase();
}

function conditionHolds(c: SegmentCondition, account: AccountValues): boolean {
    const value = account[c.field];
    const kind = SEGMENT_FIELDS[c.field]?.kind ?? 'text';
    switch (c.op) {
        case 'in':
        case 'notIn': {
            const found = !blank(value) && (c.values ?? []).some((v) => key(v, kind) === key(value, kind));
            return c.op === 'in' ? found : !found;
        }
        case 'gte':
            return typeof value === 'number' && value >= (c.value as number);
        case 'lte':
            return typeof value === 'number' && value <= (c.value as number);
        case 'between': {
            const [min, max] = (c.values ?? []) as number[];
            return typeof value === 'number' && value >= (min as number) && value <= (max as number);
        }
        case 'is':
            return (value === true) === c.value;
        case 'isBlank':
            return blank(value);
        case 'isNotBlank':
            return !blank(value);
        default:
            return false;
    }
}

function holds(part: SegmentPart, account: AccountValues): boolean {
    if (!isGroup(part)) return conditionHolds(part, account);
    const { every, parts } = partsOf(part);
    return every ? parts.every((p) => holds(p, account)) : parts.some((p) => holds(p, account));
}

/** The predicate of a definition checked by `checkDefinition`. */
export function segmentPredicate(definition: SegmentDefinition): (account: AccountValues) => boolean {
    return (account) => holds(definition, account);
}
