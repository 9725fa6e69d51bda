// A checked definition as a UI API GraphQL `Account_Filter` (the builder's live count and first accounts:
// passed as the `$where` variable, never spliced into the query text). Selects what the predicate selects.
import { isGroup, partsOf, type SegmentCondition, type SegmentDefinition, type SegmentPart } from './definition';

export type GraphqlFilter = Record<string, unknown>;

function condition(c: SegmentCondition): GraphqlFilter {
    const f = c.field;
    switch (c.op) {
        case 'in':
            return { [f]: { in: [...(c.values ?? [])] } };
        case 'notIn':
            return { [f]: { nin: [...(c.values ?? [])] } };
        case 'gte':
            return { [f]: { gte: c.value } };
        case 'lte':
            return { [f]: { lte: c.value } };
        case 'between': {
            const [min, max] = c.values ?? [];
            return { [f]: { gte: min, lte: max } };
        }
        case 'is':
            // A blank checkbox counts as false: `ne: true` selects it, as SOQL's != does.
            return c.value === true ? { [f]: { eq: true } } : { [f]: { ne: true } };
        case 'isBlank':
            return { [f]: { eq: null } };
        case 'isNotBlank':
            return { [f]: { ne: null } };
        default:
            throw new Error(`unknown operator ${String(c.op)}`);
    }
}

function part(p: SegmentPart): GraphqlFilter {
    if (!isGroup(p)) return condition(p);
    const { every, parts } = partsOf(p);
    return { [every ? 'and' : 'or']: parts.map(part) };
}

/** The `where` of `uiapi { query { Account(where: $where) } }` for a definition checked by `checkDefinition`. */
export function segmentGraphqlWhere(definition: SegmentDefinition): GraphqlFilter {
    return part(definition);
}
