// Public API of the account data library: the one GraphQL query per account view (built with `gql` from
// `lightning/graphql`), its variables, and the mapping of its result to the engine's `AccountData`.
import { gql } from 'lightning/graphql';
import { accountInsightQueryText, type QueryOptions } from './query';

export * from './graphqlTypes';
export { storedScores, withStoredScores } from './storedScores';
export type { StoredScores } from './storedScores';
export { ACTIVITY_ALIASES, ACTIVITY_SOURCE, reachCountsOf } from './activities';
export {
    ACCOUNT_FIELDS,
    QueryBuildError,
    STORED_SCORE_FIELDS,
    SUBQUERY_ALIASES,
    accountFieldList,
    accountInsightQueryText,
    planAccountInsightQuery
} from './query';
export type { QueryOptions, QueryPlan, SubqueryAlias } from './query';
export { QUERY_OBJECTS, accessFromObjectInfos, canRead } from './access';
export type { HiddenSource, InsightSource, QueryAccess, QueryObject } from './access';
export { MAX_SUBQUERIES, PAGE_SIZE } from './queryParts';
export {
    NO_MATCH_PATTERN,
    companyPrefix,
    escapeLike,
    queryVariables,
    websiteDomain,
    windowVariables
} from './variables';
export type { AccountInsightVariables, AccountKey, WindowDays, WindowVariables } from './variables';
export { AccountDataError, mapAccountData } from './mapping';
export type { AccountDataResult, LeadMatcher, MapOptions, TruncatedCollection } from './mapping';

/** The parsed query document for the `graphql` wire adapter (dynamic construction: `lightning/graphql` v2). */
export function buildAccountInsightQuery(options: QueryOptions = {}): unknown {
    return queryDocument(accountInsightQueryText(options));
}

/** The document for a query text already planned (`planAccountInsightQuery(...).text`). */
export function queryDocument(text: string): unknown {
    return gql`
        ${text}
    `;
}
