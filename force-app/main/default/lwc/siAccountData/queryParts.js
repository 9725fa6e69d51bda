/** Records asked for per subquery: the platform's maximum per subquery in one GraphQL query. */
export const PAGE_SIZE = 2000;
/** Subqueries the platform allows in one GraphQL query. */
export const MAX_SUBQUERIES = 10;
/** The lead pre-filter's clauses: each compares one Lead field with one query variable. */
export const LEAD_CLAUSES = [
    { field: 'Email', variable: 'leadEmailPattern' },
    { field: 'Website', variable: 'leadWebsitePattern' },
    { field: 'Company', variable: 'leadCompanyPattern' },
    { field: 'Company', variable: 'leadCompanyArticlePattern' }
];
/**
 * The server-side pre-filter for leads that may belong to the account: not converted, and an email
 * or website in the account's domain, or a company name like the account's (the `clauses` the user can
 * read). It is deliberately wider than the engine's rule (SOQL `like` cannot normalize names); the
 * engine's `matchLead` decides. Variables: the clauses' (see `queryVariables`).
 */
export function leadMatchFilter(clauses) {
    const alternatives = clauses
        .map((c) => `\n                                { ${c.field}: { like: $${c.variable} } }`)
        .join('');
    return `{
                    and: [
                        { IsConverted: { eq: false } }
                        {
                            or: [${alternatives}
                            ]
                        }
                    ]
                }`;
}
/** The filter with every clause (the user can read every lead field). */
export const LEAD_MATCH_FILTER = leadMatchFilter(LEAD_CLAUSES);
/** The value of a `{ value }`-wrapped field; null when absent (no access), null or malformed wrapper. */
export function fieldValue(field) {
    if (field === null || field === undefined || typeof field !== 'object')
        return null;
    const value = field.value;
    return value === undefined ? null : value;
}
/** The record Id of a node, or null. */
export function recordId(node) {
    return typeof node.Id === 'string' && node.Id.length > 0 ? node.Id : null;
}
/** The nodes of a connection, skipping null edges and nodes (which the platform never sends). */
export function nodesOf(connection) {
    const nodes = [];
    for (const edge of connection?.edges ?? []) {
        const node = edge?.node;
        if (node !== null && node !== undefined && typeof node === 'object')
            nodes.push(node);
    }
    return nodes;
}
