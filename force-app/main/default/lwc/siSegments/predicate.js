// A checked definition as a predicate over Account records (the CLI, the org-wide job and tests evaluate
// it): the same accounts its GraphQL filter and its SOQL condition select, with Salesforce's comparisons
// (text case-insensitively, Ids by their 15 case-sensitive characters, NOT IN also selecting a blank field).
import { isGroup, partsOf, SEGMENT_FIELDS } from './definition';
function blank(value) {
    return value === null || value === undefined || value === '';
}
function key(value, kind) {
    const text = String(value);
    return kind === 'id' ? text.slice(0, 15) : text.toLowerCase();
}
function conditionHolds(c, account) {
    const value = account[c.field];
    const kind = SEGMENT_FIELDS[c.field]?.kind ?? 'text';
    switch (c.op) {
        case 'in':
        case 'notIn': {
            const found = !blank(value) && (c.values ?? []).some((v) => key(v, kind) === key(value, kind));
            return c.op === 'in' ? found : !found;
        }
        case 'gte':
            return typeof value === 'number' && value >= c.value;
        case 'lte':
            return typeof value === 'number' && value <= c.value;
        case 'between': {
            const [min, max] = (c.values ?? []);
            return typeof value === 'number' && value >= min && value <= max;
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
function holds(part, account) {
    if (!isGroup(part))
        return conditionHolds(part, account);
    const { every, parts } = partsOf(part);
    return every ? parts.every((p) => holds(p, account)) : parts.some((p) => holds(p, account));
}
/** The predicate of a definition checked by `checkDefinition`. */
export function segmentPredicate(definition) {
    return (account) => holds(definition, account);
}
