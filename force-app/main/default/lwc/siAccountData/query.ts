// The ONE GraphQL query per account view: the account, its contacts, the leads that may match it, its
// tasks and events (see activities.ts), campaign members with their campaigns, opportunities and intent
// signals. Ten subqueries (the platform maximum), each `first: 2000` (the per-subquery maximum), top-level
// only (no child nesting), every non-Id field `@optional` so that a field the user cannot read is left
// out instead of failing the query. Each connection returns `pageInfo.hasNextPage` and `totalCount`, so
// the mapping can say which collections were truncated.
import { ACTIVITY_SUBQUERIES } from './activities';
import { LEAD_MATCH_FILTER, PAGE_SIZE } from './queryParts';

/** Account fields always read (the engine's inputs and the project's stored fields). */
export const ACCOUNT_FIELDS = [
    'Name',
    'Website',
    'Industry',
    'NumberOfEmployees',
    'AnnualRevenue',
    'BillingCountry',
    'BillingState',
    'Type',
    'SI_Qualified__c',
    'SI_Qualified_Start_Date__c',
    'SI_Qualified_End_Date__c',
    'SI_ABM_Tier__c',
    'SI_Last_Scored_At__c'
] as const;

/** Aliases of the ten subqueries, in query order. */
export const SUBQUERY_ALIASES = [
    'Account',
    'Contacts',
    'Leads',
    'AccountTasks',
    'LeadTasks',
    'AccountEvents',
    'LeadEvents',
    'CampaignMembers',
    'Opportunities',
    'IntentSignals'
] as const;
export type SubqueryAlias = (typeof SUBQUERY_ALIASES)[number];

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export class QueryBuildError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'QueryBuildError';
    }
}

export interface QueryOptions {
    /**
     * Extra Account field API names to read (the fields profile criteria use). Validated as plain API
     * names; never spliced in unchecked.
     */
    accountFields?: readonly string[];
}

/** The Account field list for a query: the fixed fields plus valid extra fields, without duplicates. */
export function accountFieldList(extra: readonly string[] = []): string[] {
    const invalid = extra.filter((f) => typeof f !== 'string' || !FIELD_NAME.test(f) || f.includes('__r'));
    if (invalid.length > 0) {
        throw new QueryBuildError(`Account field names are not valid API names: ${invalid.map((f) => JSON.stringify(f)).join(', ')}`);
    }
    const fields: string[] = [...ACCOUNT_FIELDS];
    for (const f of extra) if (f !== 'Id' && !fields.includes(f)) fields.push(f);
    return fields;
}

const TAIL = `
                pageInfo { hasNextPage endCursor }
                totalCount`;

/** The query text. `buildAccountInsightQuery` wraps it with `gql`. */
export function accountInsightQueryText(options: QueryOptions = {}): string {
    const accountFields = accountFieldList(options.accountFields)
        .map((f) => `\n                    ${f} @optional { value }`)
        .join('');
    return `query siAccountInsight(
    $recordId: ID!
    $leadEmailPattern: String!
    $leadWebsitePattern: String!
    $leadCompanyPattern: String!
) {
    uiapi {
        query {
            Account(first: 1, where: { Id: { eq: $recordId } }) {
                edges { node {
                    Id${accountFields}
                } }${TAIL}
            }
            Contacts: Contact(
                first: ${PAGE_SIZE}
                where: { AccountId: { eq: $recordId } }
                orderBy: { LastModifiedDate: { order: DESC } }
            ) {
                edges { node {
                    Id
                    AccountId @optional { value }
                    FirstName @optional { value }
                    LastName @optional { value }
                    Name @optional { value }
                    Title @optional { value }
                    Email @optional { value }
                    HasOptedOutOfEmail @optional { value }
                    SI_Outreach_Prospect_Id__c @optional { value }
                } }${TAIL}
            }
            Leads: Lead(
                first: ${PAGE_SIZE}
                where: ${LEAD_MATCH_FILTER}
                orderBy: { LastModifiedDate: { order: DESC } }
            ) {
                edges { node {
                    Id
                    Company @optional { value }
                    FirstName @optional { value }
                    LastName @optional { value }
                    Name @optional { value }
                    Title @optional { value }
                    Email @optional { value }
                    Website @optional { value }
                    HasOptedOutOfEmail @optional { value }
                    IsConverted @optional { value }
                    SI_Outreach_Prospect_Id__c @optional { value }
                } }${TAIL}
            }${ACTIVITY_SUBQUERIES}
            CampaignMembers: CampaignMember(
                first: ${PAGE_SIZE}
                where: {
                    or: [
                        { Contact: { AccountId: { eq: $recordId } } }
                        { Lead: ${LEAD_MATCH_FILTER} }
                    ]
                }
                orderBy: { CreatedDate: { order: DESC } }
            ) {
                edges { node {
                    Id
                    CampaignId @optional { value }
                    ContactId @optional { value }
                    LeadId @optional { value }
                    HasResponded @optional { value }
                    FirstRespondedDate @optional { value }
                    Status @optional { value }
                    CreatedDate @optional { value }
                    Campaign @optional {
                        Id
                        Name @optional { value }
                        Type @optional { value }
                        StartDate @optional { value }
                    }
                } }${TAIL}
            }
            Opportunities: Opportunity(
                first: ${PAGE_SIZE}
                where: { AccountId: { eq: $recordId } }
                orderBy: { CloseDate: { order: DESC, nulls: LAST } }
            ) {
                edges { node {
                    Id
                    AccountId @optional { value }
                    Name @optional { value }
                    IsClosed @optional { value }
                    IsWon @optional { value }
                    StageName @optional { value }
                    Amount @optional { value }
                    CloseDate @optional { value }
                    CreatedDate @optional { value }
                } }${TAIL}
            }
            IntentSignals: SI_Intent_Signal__c(
                first: ${PAGE_SIZE}
                where: { Account__c: { eq: $recordId } }
                orderBy: { Occurred_At__c: { order: DESC, nulls: LAST } }
            ) {
                edges { node {
                    Id
                    Account__c @optional { value }
                    Contact__c @optional { value }
                    Lead__c @optional { value }
                    Keyword__c @optional { value }
                    Signal_Type__c @optional { value }
                    Weight__c @optional { value }
                    Occurred_At__c @optional { value }
                    Source__c @optional { value }
                } }${TAIL}
            }
        }
    }
}`;
}
