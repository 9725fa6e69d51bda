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
    ActivityDate: 'date',
    CloseDate: 'date',
    FirstRespondedDate: 'date',
    StartDate: 'date',
    SI_Qualified_Start_Date__c: 'date',
    SI_Qualified_End_Date__c: 'date',
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
    ['SI_Qualified_Start_Date__c', (i) => i.qualified.startDate],
    ['SI_Qualified_End_Date__c', (i) => i.qualified.endDate]
];

/** Contact and Lead fields written back. */
export const PERSON_OUTPUTS = ['SI_Engagement_Grade__c', 'SI_Persona__c'] as const;
