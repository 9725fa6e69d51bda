// Public API of the segments library bundle (no `lwc` imports): a segment definition is checked once and
// compiled three ways that select the same accounts.
export * from './definition';
export { segmentPredicate } from './predicate';
export type { AccountValues } from './predicate';
export { segmentGraphqlWhere } from './graphqlWhere';
export type { GraphqlFilter } from './graphqlWhere';
export { segmentSoqlWhere, soqlString } from './soqlWhere';
export { checkSegmentName, SEGMENT_NAME_EXAMPLE } from './naming';
export type { SegmentName, SegmentNameResult } from './naming';
export {
    candidateAccountsWhere,
    LIST_HEADER_ALIASES,
    listMatchReport,
    MAX_LIST_ROWS,
    parseListCsv
} from './listUpload';
export type {
    AccountRef,
    CsvParser,
    ListColumn,
    ListMatcher,
    ListReport,
    ListReportEntry,
    ListRowError,
    ListUpload,
    ListUploadRow
} from './listUpload';
