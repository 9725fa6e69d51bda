// Strict types of the UI API GraphQL response our query asks for. Every field value comes wrapped as
// `{ value }`; a field marked `@optional` that the user cannot read is absent, and any value may be null.
// Nothing here is trusted further than its type says: the mapping treats every level as possibly missing.

/** A `{ value }`-wrapped scalar as UI API GraphQL returns it; absent when the user cannot read the field. */
export type GqlField<T> = { value?: T | null; displayValue?: string | null } | null | undefined;

export interface GqlPageInfo {
    hasNextPage?: boolean | null;
    endCursor?: string | null;
}

export interface GqlEdge<N> {
    node?: N | null;
}

/** A Relay connection (`edges`, `pageInfo`, `totalCount`). */
export interface GqlConnection<N> {
    edges?: ReadonlyArray<GqlEdge<N> | null> | null;
    pageInfo?: GqlPageInfo | null;
    totalCount?: number | null;
}

interface GqlRecord {
    /** The record Id is returned unwrapped. */
    Id?: string | null;
}

/**
 * Account node. The standard and project fields we always ask for are listed; fields that profile
 * criteria add at run time (`buildAccountInsightQuery({ accountFields })`) arrive under their API name.
 */
export interface GqlAccount extends GqlRecord {
    Name?: GqlField<string>;
    Website?: GqlField<string>;
    Industry?: GqlField<string>;
    NumberOfEmployees?: GqlField<number>;
    AnnualRevenue?: GqlField<number>;
    BillingCountry?: GqlField<string>;
    BillingState?: GqlField<string>;
    Type?: GqlField<string>;
    SI_Qualified__c?: GqlField<boolean>;
    SI_Qualified_Start_Date__c?: GqlField<string>;
    SI_Qualified_End_Date__c?: GqlField<string>;
    SI_ABM_Tier__c?: GqlField<string>;
    SI_Last_Scored_At__c?: GqlField<string>;
    [field: string]: GqlField<string | number | boolean> | string | null | undefined;
}

export interface GqlContact extends GqlRecord {
    AccountId?: GqlField<string>;
    FirstName?: GqlField<string>;
    LastName?: GqlField<string>;
    Name?: GqlField<string>;
    Title?: GqlField<string>;
    Email?: GqlField<string>;
    HasOptedOutOfEmail?: GqlField<boolean>;
    SI_Outreach_Prospect_Id__c?: GqlField<string>;
}

export interface GqlLead extends GqlRecord {
    Company?: GqlField<string>;
    FirstName?: GqlField<string>;
    LastName?: GqlField<string>;
    Name?: GqlField<string>;
    Title?: GqlField<string>;
    Email?: GqlField<string>;
    Website?: GqlField<string>;
    HasOptedOutOfEmail?: GqlField<boolean>;
    IsConverted?: GqlField<boolean>;
    SI_Outreach_Prospect_Id__c?: GqlField<string>;
}

/** A grouped field of an aggregate row, as the query aliases it: `{ v: value }`. */
export interface GqlGroupValue {
    v?: string | number | null;
}

/** A function of a field in an aggregate row, aliased: `{ v: dayOnly { v: value } }`, `{ v: count { v: value } }`. */
export interface GqlGroupFunction {
    v?: { v?: string | number | null } | null;
}

/** One group of a Task aggregate (activities.ts, GROUP_ALIASES): its grouped fields and the count. */
export interface GqlTaskGroup {
    /** ActivityDate */
    a?: GqlGroupValue;
    /** WhoId */
    w?: GqlGroupValue;
    /** CompletedDateTime's day */
    c?: GqlGroupFunction;
    /** CreatedDate's day */
    r?: GqlGroupFunction;
    /** TaskSubtype */
    s?: GqlGroupValue;
    /** Type */
    t?: GqlGroupValue;
    /** Subject */
    j?: GqlGroupValue;
    /** count of Id */
    n?: GqlGroupFunction;
}

/** One group of an Event aggregate. */
export interface GqlEventGroup {
    /** ActivityDateTime's day */
    e?: GqlGroupFunction;
    /** ActivityDate */
    a?: GqlGroupValue;
    w?: GqlGroupValue;
    n?: GqlGroupFunction;
}

/** An aggregate connection: edges of `{ node: { aggregate } }`. */
export type GqlAggregateConnection<G> = GqlConnection<{ aggregate?: G | null }>;

export interface GqlCampaign extends GqlRecord {
    Name?: GqlField<string>;
    Type?: GqlField<string>;
    StartDate?: GqlField<string>;
}

export interface GqlCampaignMember extends GqlRecord {
    CampaignId?: GqlField<string>;
    ContactId?: GqlField<string>;
    LeadId?: GqlField<string>;
    HasResponded?: GqlField<boolean>;
    FirstRespondedDate?: GqlField<string>;
    Status?: GqlField<string>;
    CreatedDate?: GqlField<string>;
    /** Parent relationship: a node, not a connection. */
    Campaign?: GqlCampaign | null;
}

export interface GqlOpportunity extends GqlRecord {
    AccountId?: GqlField<string>;
    Name?: GqlField<string>;
    IsClosed?: GqlField<boolean>;
    IsWon?: GqlField<boolean>;
    StageName?: GqlField<string>;
    Amount?: GqlField<number>;
    CloseDate?: GqlField<string>;
    CreatedDate?: GqlField<string>;
}

export interface GqlIntentSignal extends GqlRecord {
    Account__c?: GqlField<string>;
    Contact__c?: GqlField<string>;
    Lead__c?: GqlField<string>;
    Keyword__c?: GqlField<string>;
    Signal_Type__c?: GqlField<string>;
    Weight__c?: GqlField<number>;
    Occurred_At__c?: GqlField<string>;
    Source__c?: GqlField<string>;
}

/** `uiapi.query` of our one query: one connection per alias (see `query.ts`). */
export interface GqlAccountInsightQuery {
    Account?: GqlConnection<GqlAccount> | null;
    Contacts?: GqlConnection<GqlContact> | null;
    Leads?: GqlConnection<GqlLead> | null;
    CampaignMembers?: GqlConnection<GqlCampaignMember> | null;
    Opportunities?: GqlConnection<GqlOpportunity> | null;
    IntentSignals?: GqlConnection<GqlIntentSignal> | null;
}

/** `uiapi.aggregate` of our one query: the activity aggregates (see `activities.ts`). */
export interface GqlAccountInsightAggregate {
    AccountTasks?: GqlAggregateConnection<GqlTaskGroup> | null;
    LeadTasks?: GqlAggregateConnection<GqlTaskGroup> | null;
    AccountEvents?: GqlAggregateConnection<GqlEventGroup> | null;
    LeadEvents?: GqlAggregateConnection<GqlEventGroup> | null;
}

/** The `data` the `lightning/graphql` wire emits for our query. */
export interface GqlAccountInsightData {
    uiapi?: { query?: GqlAccountInsightQuery | null; aggregate?: GqlAccountInsightAggregate | null } | null;
}

/** One error the `lightning/graphql` wire emits in `errors`. */
export interface GqlError {
    message?: string;
    locations?: ReadonlyArray<{ line?: number; column?: number }>;
    path?: ReadonlyArray<string | number>;
    extensions?: Record<string, unknown>;
}
