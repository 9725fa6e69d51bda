// Record shapes (inputs, named and shaped like the Salesforce objects they come from, with API field
// names) and result shapes (outputs). Every input field is optional and nullable: data is messy, and a
// malformed value counts as absent and produces a data-quality note.
import type {
    AbmTier,
    BuyingStage,
    EngagementGrade,
    EngagementKind,
    FitBand,
    IntentTrend,
    JobFunction,
    PersonaImportance,
    ReachKind,
    ReachLevel,
    Seniority
} from './vocabulary';

/** A field value as it may arrive: the declared type, null, or missing. */
export type Maybe<T> = T | null | undefined;

/** `attributes` of a record as REST, GraphQL mappings and sObject tree files carry it. */
export interface SObjectAttributes {
    type?: string;
    url?: string;
    referenceId?: string;
}

interface SObjectRecord {
    attributes?: SObjectAttributes;
    Id?: Maybe<string>;
}

/** Account. Any other Account field may be present (profile criteria can use any field). */
export interface Account extends SObjectRecord {
    Name?: Maybe<string>;
    Website?: Maybe<string>;
    Industry?: Maybe<string>;
    NumberOfEmployees?: Maybe<number>;
    AnnualRevenue?: Maybe<number>;
    BillingCountry?: Maybe<string>;
    BillingState?: Maybe<string>;
    Type?: Maybe<string>;
    SI_Qualified__c?: Maybe<boolean>;
    /** YYYY-MM-DD */
    SI_Qualified_Start_Date__c?: Maybe<string>;
    /** YYYY-MM-DD */
    SI_Qualified_End_Date__c?: Maybe<string>;
    SI_ABM_Tier__c?: Maybe<string>;
    [field: string]: unknown;
}

export interface Contact extends SObjectRecord {
    AccountId?: Maybe<string>;
    FirstName?: Maybe<string>;
    LastName?: Maybe<string>;
    Name?: Maybe<string>;
    Title?: Maybe<string>;
    Email?: Maybe<string>;
    HasOptedOutOfEmail?: Maybe<boolean>;
    SI_Outreach_Prospect_Id__c?: Maybe<string>;
}

export interface Lead extends SObjectRecord {
    Company?: Maybe<string>;
    FirstName?: Maybe<string>;
    LastName?: Maybe<string>;
    Name?: Maybe<string>;
    Title?: Maybe<string>;
    Email?: Maybe<string>;
    Website?: Maybe<string>;
    HasOptedOutOfEmail?: Maybe<boolean>;
    IsConverted?: Maybe<boolean>;
    SI_Outreach_Prospect_Id__c?: Maybe<string>;
}

export interface Task extends SObjectRecord {
    /** Contact or Lead Id. */
    WhoId?: Maybe<string>;
    /** Account, Opportunity or other record Id. */
    WhatId?: Maybe<string>;
    AccountId?: Maybe<string>;
    /** YYYY-MM-DD */
    ActivityDate?: Maybe<string>;
    /** ISO date/time */
    CompletedDateTime?: Maybe<string>;
    /** ISO date/time */
    CreatedDate?: Maybe<string>;
    Type?: Maybe<string>;
    TaskSubtype?: Maybe<string>;
    Subject?: Maybe<string>;
    /** Computed by Salesforce; when absent, `Status` Completed means closed. */
    IsClosed?: Maybe<boolean>;
    Status?: Maybe<string>;
}

export interface Event extends SObjectRecord {
    WhoId?: Maybe<string>;
    WhatId?: Maybe<string>;
    AccountId?: Maybe<string>;
    /** YYYY-MM-DD */
    ActivityDate?: Maybe<string>;
    /** ISO date/time */
    ActivityDateTime?: Maybe<string>;
    Type?: Maybe<string>;
    EventSubtype?: Maybe<string>;
    Subject?: Maybe<string>;
}

export interface Campaign extends SObjectRecord {
    Name?: Maybe<string>;
    Type?: Maybe<string>;
    /** YYYY-MM-DD; dates a response that has neither FirstRespondedDate nor CreatedDate. */
    StartDate?: Maybe<string>;
}

export interface CampaignMember extends SObjectRecord {
    CampaignId?: Maybe<string>;
    ContactId?: Maybe<string>;
    LeadId?: Maybe<string>;
    /** Computed by Salesforce; when absent, derived from Status (see `isResponse`). */
    HasResponded?: Maybe<boolean>;
    /** YYYY-MM-DD */
    FirstRespondedDate?: Maybe<string>;
    Status?: Maybe<string>;
    /** ISO date/time */
    CreatedDate?: Maybe<string>;
    Campaign?: Maybe<Campaign>;
}

export interface Opportunity extends SObjectRecord {
    AccountId?: Maybe<string>;
    Name?: Maybe<string>;
    /** Computed by Salesforce; when absent, derived from StageName (`Closed Won`, `Closed ...`). */
    IsClosed?: Maybe<boolean>;
    IsWon?: Maybe<boolean>;
    StageName?: Maybe<string>;
    Amount?: Maybe<number>;
    /** YYYY-MM-DD */
    CloseDate?: Maybe<string>;
    /** ISO date/time */
    CreatedDate?: Maybe<string>;
}

/** `SI_Intent_Signal__c`: an externally imported intent signal. */
export interface SI_Intent_Signal__c extends SObjectRecord {
    Account__c?: Maybe<string>;
    Contact__c?: Maybe<string>;
    Lead__c?: Maybe<string>;
    Keyword__c?: Maybe<string>;
    Signal_Type__c?: Maybe<string>;
    Weight__c?: Maybe<number>;
    /** ISO date/time */
    Occurred_At__c?: Maybe<string>;
    Source__c?: Maybe<string>;
}
export type IntentSignal = SI_Intent_Signal__c;

/** One account's CRM data: the input of `computeInsight`. Leads are the ones matched to the account. */
/** Reach activities of one day and kind (account level, in the reach window). */
export interface ReachDayCount {
    /** YYYY-MM-DD */
    day: string;
    kind: ReachKind;
    count: number;
}

/** One person's reach activities in the reach window: how many, and the last day. */
export interface ReachPersonCount {
    /** The activities' WhoId: a Contact or Lead Id (another's counts for the account only, noted). */
    whoId: string;
    count: number;
    /** YYYY-MM-DD */
    lastDay: string;
}

/**
 * The aggregated form of an account's Tasks and Events, which is all the engine reads of them: per day of
 * the reach window and kind, and per person reached in it (`summarizeReach` makes it from records).
 */
export interface ReachCounts {
    days: readonly ReachDayCount[];
    people: readonly ReachPersonCount[];
}

export interface AccountData {
    account: Account;
    contacts?: Maybe<readonly Contact[]>;
    leads?: Maybe<readonly Lead[]>;
    tasks?: Maybe<readonly Task[]>;
    events?: Maybe<readonly Event[]>;
    /**
     * Tasks and Events in their aggregated form (the panel's aggregate queries): when given, `tasks` and
     * `events` must not be (both: `reachCounts` is used and the records are noted as ignored).
     */
    reachCounts?: Maybe<ReachCounts>;
    campaignMembers?: Maybe<readonly CampaignMember[]>;
    opportunities?: Maybe<readonly Opportunity[]>;
    intentSignals?: Maybe<readonly SI_Intent_Signal__c[]>;
}

/** Whole datasets (many accounts), the input of `groupAccountData`. */
export interface Dataset {
    accounts?: Maybe<readonly Account[]>;
    /** Campaigns attached to members (as `CampaignMember.Campaign`) that carry only a `CampaignId`. */
    campaigns?: Maybe<readonly Campaign[]>;
    contacts?: Maybe<readonly Contact[]>;
    leads?: Maybe<readonly Lead[]>;
    tasks?: Maybe<readonly Task[]>;
    events?: Maybe<readonly Event[]>;
    campaignMembers?: Maybe<readonly CampaignMember[]>;
    opportunities?: Maybe<readonly Opportunity[]>;
    intentSignals?: Maybe<readonly SI_Intent_Signal__c[]>;
}

// ---------------------------------------------------------------------------------------------
// Results

/**
 * One reason for a score: a readable label (no API names) and the points it gave. `points` is its share of
 * the score actually given, after any cap (`Scored.caps`); `rawPoints` what it counted for before the caps.
 */
export interface Factor {
    label: string;
    /** The points given: after any cap, so that the factors' points sum exactly to the score. */
    points: number;
    /** The rounded points before any cap (the same as `points` when nothing was capped). */
    rawPoints: number;
}

/**
 * A maximum that limited a score: a group of its factors (reach activities at most 40 points) or the whole
 * score (at most 100). The points the maximum allows were shared out over the factors it limits, in
 * proportion to their points, so no factor is negative and the factors still sum to the score.
 */
export interface ScoreCap {
    /** A plain note for a rep: "Capped at 40 activity points", "Capped at 100". */
    label: string;
    /** The most the factors it limits give together. */
    max: number;
    /** The points those factors had together before this cap. */
    before: number;
    /** The factors it limits: `factors[first]` to `factors[first + count - 1]` (every factor for the score's cap). */
    first: number;
    count: number;
}

/** A score 0-100 and the factors that produced it; the factors' points sum exactly to the score. */
export interface Scored {
    score: number;
    factors: Factor[];
    /**
     * The maximums that limited the score, in the order they applied (a group's before the score's), empty
     * when none did. The engine always gives them; optional for scores that come from elsewhere.
     */
    caps?: ScoreCap[];
}

/** A score the engine computed: its caps always given. */
export interface CappedScore extends Scored {
    caps: ScoreCap[];
}

export interface ProfileFitResult extends CappedScore {
    band: FitBand;
}

export interface ReachResult extends CappedScore {
    level: ReachLevel;
    windowDays: number;
    /** Reach activities counted (in the window, not in the future). */
    activityCount: number;
    peopleReached: number;
    personasReached: string[];
    /** YYYY-MM-DD of the newest reach activity in the window, or null. */
    lastReachedDate: string | null;
}

export type PersonType = 'Contact' | 'Lead';

export interface PersonInsight extends Scored {
    id: string;
    type: PersonType;
    name: string;
    title: string | null;
    email: string | null;
    optedOut: boolean;
    jobFunction: JobFunction;
    seniority: Seniority | null;
    /** Persona key (DeveloperName) or `Other`. */
    persona: string;
    grade: EngagementGrade;
    engagementCount: number;
    lastEngagedDate: string | null;
    lastEngagementKind: EngagementKind | null;
    reachCount: number;
    lastReachedDate: string | null;
    /** For leads: how the lead was matched to the account. */
    matchedBy: LeadMatchKind | null;
    outreachProspectId: string | null;
}

export interface AccountEngagementResult extends CappedScore {
    engagedPeople: number;
    engagementCount: number;
    lastEngagedDate: string | null;
}

export interface KeywordWeight {
    keyword: string;
    /** Recency-weighted weight, rounded to one decimal. */
    weight: number;
    count: number;
}

export interface IntentResult extends CappedScore {
    windowDays: number;
    trend: IntentTrend;
    /** The same score computed for the prior period of the same length. */
    priorScore: number;
    topKeywords: KeywordWeight[];
}

export interface BuyingStageResult {
    stage: BuyingStage;
    /** Why this stage, in the order the rules were applied. */
    reasons: string[];
}

export type QualifiedChange = 'Became qualified' | 'Still qualified' | 'No longer qualified' | 'Not qualified';

/** The qualified dates as the org-wide scoring job (`npm run score`) stores them for the state of asOf. */
export interface QualifiedDates {
    /** YYYY-MM-DD: the stored start, or asOf when the job is the first to see this qualified period. */
    startDate: string | null;
    /** YYYY-MM-DD: null while qualified; the stored end, or asOf when the job is the first to see the period end. */
    endDate: string | null;
}

export interface QualifiedResult {
    qualified: boolean;
    /**
     * YYYY-MM-DD as stored (`SI_Qualified_Start_Date__c`): the start of the current qualified period while
     * qualified, of the last one after it stops. Never invented: null while qualified when no start of
     * this period is stored yet (`startDateMissing` says why).
     */
    startDate: string | null;
    /**
     * YYYY-MM-DD as stored (`SI_Qualified_End_Date__c`): null while qualified; the end of the last qualified
     * period after it stops. Never invented: null when the end is not stored yet (`endDateMissing` says why).
     */
    endDate: string | null;
    /** Why `startDate` is null though the account is qualified; null otherwise. */
    startDateMissing: string | null;
    /** Why `endDate` is null though the account stopped being qualified; null otherwise. */
    endDateMissing: string | null;
    /** What the scoring job writes to `SI_Qualified_Start_Date__c` and `SI_Qualified_End_Date__c`. */
    toStore: QualifiedDates;
    change: QualifiedChange;
    reason: string;
}

export interface PersonaSlot {
    key: string;
    label: string;
    jobFunction: JobFunction;
    seniority: Seniority;
    importance: PersonaImportance;
    /** Person Ids, ordered by engagement (best first). */
    people: string[];
    gap: boolean;
}

export interface PersonaMapResult {
    personas: PersonaSlot[];
    /** People who fit no configured persona, ordered by engagement. */
    other: string[];
    /** Keys of personas with nobody in them, most important first. */
    gaps: string[];
}

export type ReachReasonKind = 'Engaged but not reached' | 'Unreached persona' | 'Best grade not reached';

export interface ContactToReach {
    id: string;
    type: PersonType;
    name: string;
    persona: string;
    grade: EngagementGrade;
    score: number;
    reasonKind: ReachReasonKind;
    reason: string;
}

export interface DataFreshness {
    /** YYYY-MM-DD of the newest activity or signal seen (any date up to asOf), or null. */
    newestActivityDate: string | null;
    asOf: string;
    daysSinceNewest: number | null;
}

/** A data-quality note, aggregated per object, field and issue. */
export interface DataQualityNote {
    object: string;
    field: string;
    issue: string;
    count: number;
    /** Up to three record Ids (or referenceIds) as examples. */
    examples: string[];
}

export interface AccountInsight {
    accountId: string | null;
    accountName: string | null;
    asOf: string;
    abmTier: AbmTier | null;
    profileFit: ProfileFitResult;
    reach: ReachResult;
    engagement: AccountEngagementResult;
    intent: IntentResult;
    buyingStage: BuyingStageResult;
    qualified: QualifiedResult;
    /** Every contact and lead, ordered by engagement (best first). */
    people: PersonInsight[];
    personaMap: PersonaMapResult;
    contactsToReach: ContactToReach[];
    freshness: DataFreshness;
    dataQuality: DataQualityNote[];
}

export type LeadMatchKind = 'Email domain' | 'Website domain' | 'Company name';

export interface ReachKindCount {
    kind: ReachKind;
    count: number;
}
