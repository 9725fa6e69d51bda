// The objects the scoring job reads, the types of the fields the engine reads (CSV cells are text), and the
// SI_ fields it writes back.
import type { AccountInsight } from '../../force-app/main/default/lwc/siEngine/siEngine';

/** Objects in reading order: Accounts first (the others are placed under them), then people, then the rest. */
export const SCORE_OBJECTS = [
    'Account',
    'Contact',
    'Lead',
    'Campaign',
    'Task',
    'Event',
    'CampaignMember',
    'Opportunity',
    'SI_Intent_Signal__c'
] as const;
export type ScoreObject = (typeof SCORE_OBJECTS)[number];

export type FieldType = 'boolean' | 'number' | 'date' | 'datetime' | 'id';

/** Field types for converting CSV text; a field not listed stays text. */
export const FIELD_TYPES: Readonly<Record<string, FieldType>> = {
    Id: 'id',
    AccountId: 'id',
    WhoId: 'id',
    WhatId: 'id',
    CampaignId: 'id',
    ContactId: 'id',
    LeadId: 'id',
    Account__c: 'id',
    Contact__c: 'id',
    Lead__c: 'id',
    OwnerId: 'id',
    ParentId: 'id',
    ConvertedContactId: 'id',
    Segment__c: 'id',
    HasOptedOutOfEmail: 'boolean',
    IsConverted: 'boolean',
    IsClosed: 'boolean',
    IsWon: 'boolean',
    HasResponded: 'boolean',
    SI_Qualified__c: 'boolean',
    NumberOfEmployees: 'number',
    AnnualRevenue: 'number',
    Amount: 'number',
    Weight__c: 'number',
    SI_Profile_Fit_Score__c: 'number',
    SI_Reach_Score__c: 'number',
    SI_Intent_Score__c: 'number',
    SI_Engagement_Score__c: 'number',
    SI_Readiness_Score__c: 'number',
    SI_Qualified_Account_Points__c: 'number',
    Points__c: 'number',
    Member_Count__c: 'number',
    Last_Computed__c: 'datetime',
    ActivityDate: 'date',
    CloseDate: 'date',
    FirstRespondedDate: 'date',
    StartDate: 'date',
    SI_Qualified_Start_Date__c: 'date',
    SI_Qualified_End_Date__c: 'date',
    SI_Last_Scored_At__c: 'date',
    Added_On__c: 'date',
    Removed_On__c: 'date',
    Applied_On__c: 'date',
    Qualified_Start_Date__c: 'date',
    CreatedDate: 'datetime',
    CompletedDateTime: 'datetime',
    ActivityDateTime: 'datetime',
    Occurred_At__c: 'datetime'
};

export type StoredValue = string | number | boolean | null;

/** Account fields written back, with the insight value each one takes. */
export const ACCOUNT_OUTPUTS: readonly [string, (i: AccountInsight) => StoredValue][] = [
    ['SI_Profile_Fit_Score__c', (i) => i.profileFit.score],
    ['SI_Profile_Fit_Band__c', (i) => i.profileFit.band],
    ['SI_Reach_Score__c', (i) => i.reach.score],
    ['SI_Reach_Level__c', (i) => i.reach.level],
    ['SI_Intent_Score__c', (i) => i.intent.score],
    ['SI_Intent_Trend__c', (i) => i.intent.trend],
    ['SI_Buying_Stage__c', (i) => i.buyingStage.stage],
    ['SI_Qualified__c', (i) => i.qualified.qualified],
    // The dates the job records (asOf the first time it sees a period start or end), not the panel's
    // known-only ones: the panel never shows a date nobody stored.
    ['SI_Qualified_Start_Date__c', (i) => i.qualified.toStore.startDate],
    ['SI_Qualified_End_Date__c', (i) => i.qualified.toStore.endDate]
];

/**
 * The as-of date of the stored scores: written with an account's changed values, and once where it is
 * empty; never compared (written every run, it would change every account every day). The panel shows
 * stored scores with it.
 */
export const SCORED_ON_FIELD = 'SI_Last_Scored_At__c';

/**
 * Account fields of the playbook steps (readiness, tier, segments): written when they change; read to
 * compare. Readiness items add the Account fields they check.
 */
export const PLAYBOOK_ACCOUNT_FIELDS = [
    'SI_Readiness_Score__c',
    'SI_Readiness_Missing__c',
    'SI_Recommended_Tier__c',
    'SI_Segments__c'
] as const;

/** The playbook's own objects the job reads (after the engine's): each step is off when its object is not readable. */
export const PLAYBOOK_OBJECTS = ['SI_Segment__c', 'SI_Segment_Membership__c', 'SI_Points_Ledger__c'] as const;
export type PlaybookObject = (typeof PLAYBOOK_OBJECTS)[number];

export const PLAYBOOK_QUERY_FIELDS: Readonly<Record<PlaybookObject, readonly string[]>> = {
    SI_Segment__c: ['Id', 'Name', 'Type__c', 'Status__c', 'Definition__c', 'Member_Count__c', 'Last_Computed__c'],
    SI_Segment_Membership__c: ['Id', 'Segment__c', 'Account__c', 'Added_On__c', 'Removed_On__c'],
    SI_Points_Ledger__c: [
        'Id',
        'Account__c',
        'Contact__c',
        'Lead__c',
        'Points__c',
        'Reason__c',
        'Qualified_Start_Date__c',
        'Applied_On__c',
        'Adjustment_Key__c',
        'Rule__c'
    ]
};

/** Only what a run needs: published segments, open memberships, every ledger row (the cap and the sums). */
export const PLAYBOOK_WHERE: Readonly<Record<PlaybookObject, string | null>> = {
    SI_Segment__c: "Status__c = 'Published'",
    SI_Segment_Membership__c: 'Removed_On__c = null',
    SI_Points_Ledger__c: null
};

/** Contact and Lead fields written back. */
export const PERSON_OUTPUTS = ['SI_Engagement_Grade__c', 'SI_Persona__c'] as const;

/**
 * The fields the org mode reads, per object: what the engine reads (the panel's GraphQL query reads the
 * same; org/__tests__/fields.test.ts keeps them together) and the stored SI_ values compared with the new ones. Profile criteria
 * add their Account fields. Only names from these lists and from the org's describe go into a query.
 */
export const QUERY_FIELDS: Readonly<Record<ScoreObject, readonly string[]>> = {
    Account: [
        'Id',
        'Name',
        'Website',
        'Industry',
        'NumberOfEmployees',
        'AnnualRevenue',
        'BillingCountry',
        'BillingState',
        'Type',
        'SI_ABM_Tier__c',
        'OwnerId',
        ...ACCOUNT_OUTPUTS.map(([field]) => field),
        'SI_Last_Scored_At__c',
        ...PLAYBOOK_ACCOUNT_FIELDS
    ],
    Contact: [
        'Id',
        'AccountId',
        'FirstName',
        'LastName',
        'Name',
        'Title',
        'Email',
        'HasOptedOutOfEmail',
        'SI_Outreach_Prospect_Id__c',
        ...PERSON_OUTPUTS,
        'SI_Qualified_Account_Points__c'
    ],
    Lead: [
        'Id',
        'Company',
        'FirstName',
        'LastName',
        'Name',
        'Title',
        'Email',
        'Website',
        'HasOptedOutOfEmail',
        'IsConverted',
        'ConvertedContactId',
        'Status',
        'SI_Outreach_Prospect_Id__c',
        ...PERSON_OUTPUTS,
        'SI_Qualified_Account_Points__c'
    ],
    Campaign: ['Id', 'Name', 'Type', 'StartDate'],
    Task: [
        'Id',
        'WhoId',
        'WhatId',
        'AccountId',
        'ActivityDate',
        'CompletedDateTime',
        'CreatedDate',
        'Type',
        'TaskSubtype',
        'Subject',
        'IsClosed',
        'Status'
    ],
    Event: [
        'Id',
        'WhoId',
        'WhatId',
        'AccountId',
        'ActivityDate',
        'ActivityDateTime',
        'Type',
        'EventSubtype',
        'Subject'
    ],
    CampaignMember: [
        'Id',
        'CampaignId',
        'ContactId',
        'LeadId',
        'HasResponded',
        'FirstRespondedDate',
        'Status',
        'CreatedDate'
    ],
    Opportunity: ['Id', 'AccountId', 'Name', 'IsClosed', 'IsWon', 'StageName', 'Amount', 'CloseDate', 'CreatedDate'],
    SI_Intent_Signal__c: [
        'Id',
        'Account__c',
        'Contact__c',
        'Lead__c',
        'Keyword__c',
        'Signal_Type__c',
        'Weight__c',
        'Occurred_At__c',
        'Source__c'
    ]
};

/** Columns every row needs: a file or query without them is an error (not a silent skip). */
export const REQUIRED_FIELDS: Readonly<Record<ScoreObject, readonly string[]>> = {
    Account: ['Id', 'Name'],
    Contact: ['Id', 'AccountId'],
    Lead: ['Id'],
    Campaign: ['Id'],
    Task: ['Id'],
    Event: ['Id'],
    CampaignMember: ['Id'],
    Opportunity: ['Id', 'AccountId'],
    SI_Intent_Signal__c: ['Id', 'Account__c']
};

/** The type the CSV converter gives a field of a describe type (others stay text). */
export function fieldTypeOf(describeType: string): FieldType | undefined {
    switch (describeType) {
        case 'boolean':
            return 'boolean';
        case 'double':
        case 'currency':
        case 'percent':
        case 'int':
        case 'long':
            return 'number';
        case 'date':
            return 'date';
        case 'datetime':
            return 'datetime';
        case 'id':
        case 'reference':
            return 'id';
        default:
            return undefined;
    }
}
