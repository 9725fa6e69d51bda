// The sample data set's plan and record shapes: the objects in import order, the fields a tree file may and
// must carry for each, and the exact fields each generated record writes (API names). Part of
// `npm run generate:data` (scripts/generate-sample-data.ts, which re-exports all of it).
import type { AcquisitionRecords } from './sample-data-acquisitions';

/** Most records in one tree file (the sObject Tree API limit per request). */
export const MAX_RECORDS_PER_FILE = 200;

/** Objects in import order: every reference points to an object earlier in this list. */
export const PLAN_OBJECTS = [
    'Account',
    'Contact',
    'Lead',
    'Campaign',
    'CampaignMember',
    'Opportunity',
    'Task',
    'Event',
    'SI_Intent_Signal__c',
    'SI_Orchestration__c',
    'SI_Acquisition_Result__c'
] as const;
export type PlanObject = (typeof PLAN_OBJECTS)[number];

/** Fields that are read-only on create for each object: never written to a tree file. */
export const READ_ONLY_FIELDS: Readonly<Record<PlanObject, readonly string[]>> = {
    Account: ['Id', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'LastActivityDate', 'IsDeleted'],
    Contact: ['Id', 'Name', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'LastActivityDate', 'IsDeleted'],
    Lead: ['Id', 'Name', 'IsConverted', 'ConvertedDate', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp'],
    Campaign: ['Id', 'CreatedDate', 'LastModifiedDate', 'NumberOfContacts', 'NumberOfLeads', 'NumberOfResponses'],
    CampaignMember: ['Id', 'HasResponded', 'FirstRespondedDate', 'CreatedDate', 'LastModifiedDate', 'Name'],
    Opportunity: ['Id', 'IsClosed', 'IsWon', 'CreatedDate', 'LastModifiedDate', 'FiscalYear', 'FiscalQuarter'],
    Task: ['Id', 'IsClosed', 'CompletedDateTime', 'CreatedDate', 'LastModifiedDate', 'AccountId', 'IsArchived'],
    Event: ['Id', 'CreatedDate', 'LastModifiedDate', 'AccountId', 'EndDateTime', 'IsArchived'],
    SI_Intent_Signal__c: ['Id', 'Name', 'CreatedDate', 'LastModifiedDate'],
    SI_Orchestration__c: ['Id', 'CreatedDate', 'LastModifiedDate'],
    SI_Acquisition_Result__c: ['Id', 'Name', 'CreatedDate', 'LastModifiedDate']
};

/** Fields a record of each object must carry to be inserted. */
export const REQUIRED_FIELDS: Readonly<Record<PlanObject, readonly string[]>> = {
    Account: ['Name'],
    Contact: ['LastName'],
    Lead: ['LastName', 'Company', 'Status'],
    Campaign: ['Name', 'Type', 'StartDate'],
    CampaignMember: ['CampaignId', 'Status'],
    Opportunity: ['Name', 'StageName', 'CloseDate'],
    Task: ['Subject', 'Status', 'Priority'],
    Event: ['Subject', 'ActivityDateTime', 'DurationInMinutes'],
    SI_Intent_Signal__c: ['Account__c', 'Signal_Type__c', 'Occurred_At__c'],
    SI_Orchestration__c: ['Name'],
    SI_Acquisition_Result__c: ['Run_Id__c', 'Outcome__c', 'Orchestration__c']
};

/** The statuses a new Campaign is created with; the second one counts as a response. */
export const CAMPAIGN_MEMBER_STATUSES = ['Sent', 'Responded'] as const;

// ---------------------------------------------------------------------------------------------
// Record shapes, exactly the fields written (API names).

/** A reference to a record of an earlier file: `@AccountRef1`. */
export type Ref = `@${string}Ref${number}`;
export interface Attributes<T extends PlanObject> {
    type: T;
    referenceId: string;
}

export interface AccountRecord {
    attributes: Attributes<'Account'>;
    Name: string;
    Website: string;
    Industry: string;
    NumberOfEmployees: number;
    AnnualRevenue: number;
    BillingCity: string;
    BillingCountry: string;
    Type: string;
    Description: string;
    SI_ABM_Tier__c?: string;
    SI_Qualified__c?: boolean;
    SI_Qualified_Start_Date__c?: string;
}
export interface ContactRecord {
    attributes: Attributes<'Contact'>;
    AccountId: Ref;
    FirstName: string;
    LastName: string;
    Title?: string;
    Department?: string;
    Email: string;
    HasOptedOutOfEmail?: boolean;
}
export interface LeadRecord {
    attributes: Attributes<'Lead'>;
    FirstName: string;
    LastName: string;
    Company: string;
    Title?: string;
    Email: string;
    Status: string;
    LeadSource: string;
}
export interface CampaignRecord {
    attributes: Attributes<'Campaign'>;
    Name: string;
    Type: string;
    Status: string;
    StartDate: string;
    EndDate: string;
    IsActive: boolean;
}
export interface CampaignMemberRecord {
    attributes: Attributes<'CampaignMember'>;
    CampaignId: Ref;
    ContactId?: Ref;
    LeadId?: Ref;
    Status: (typeof CAMPAIGN_MEMBER_STATUSES)[number];
}
export interface OpportunityRecord {
    attributes: Attributes<'Opportunity'>;
    AccountId: Ref;
    Name: string;
    StageName: string;
    CloseDate: string;
    Amount: number;
    Type: string;
}
export interface TaskRecord {
    attributes: Attributes<'Task'>;
    WhoId: Ref;
    WhatId?: Ref;
    Subject: string;
    Type: string;
    TaskSubtype: string;
    Status: string;
    Priority: string;
    ActivityDate: string;
}
export interface EventRecord {
    attributes: Attributes<'Event'>;
    WhoId: Ref;
    WhatId?: Ref;
    Subject: string;
    Type: string;
    ActivityDateTime: string;
    DurationInMinutes: number;
}
export interface IntentSignalRecord {
    attributes: Attributes<'SI_Intent_Signal__c'>;
    Account__c: Ref;
    Contact__c?: Ref;
    Lead__c?: Ref;
    Keyword__c: string;
    Signal_Type__c: string;
    Weight__c: number;
    Occurred_At__c: string;
    Source__c: string;
}

export interface SampleRecords extends AcquisitionRecords {
    Account: AccountRecord[];
    Contact: ContactRecord[];
    Lead: LeadRecord[];
    Campaign: CampaignRecord[];
    CampaignMember: CampaignMemberRecord[];
    Opportunity: OpportunityRecord[];
    Task: TaskRecord[];
    Event: EventRecord[];
    SI_Intent_Signal__c: IntentSignalRecord[];
}

/** One entry of `data-plan.json`. */
export interface PlanEntry {
    sobject: PlanObject;
    saveRefs: boolean;
    resolveRefs: boolean;
    files: string[];
}

export interface GenerateOptions {
    /** The day every date is relative to (YYYY-MM-DD): the data set is meant to be scored on it. */
    asOf: string;
    /** Multiplies people and activities (default 1). */
    scale?: number;
    /** Number of accounts (default: the archetypes, 10). */
    accounts?: number;
}

