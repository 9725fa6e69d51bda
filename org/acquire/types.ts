// Record shapes of contact acquisition (issue 17): the candidates a provider supplies, the org's people and
// accounts the pipeline reads, the orchestration definition and every candidate's one outcome.
import type { JobFunction, Seniority } from '../../force-app/main/default/lwc/siEngine/siEngine';

/** How created people are stored (`SI_Orchestration__c.Create_As__c`). */
export const CREATE_AS = ['Lead', 'Contact'] as const;
export type CreateAs = (typeof CREATE_AS)[number];

/** When an orchestration runs (`SI_Orchestration__c.Schedule__c`). */
export const SCHEDULES = ['Manual', 'Daily', 'Weekdays'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/** How a Lead or Contact came into the org (`Lead.SI_Source_Type__c`, `Contact.SI_Source_Type__c`). */
export const SOURCE_TYPES = ['Orchestration', 'Import', 'Manual'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A candidate's outcome (`SI_Acquisition_Result__c.Outcome__c`): exactly one per candidate. */
export const OUTCOMES = ['Eligible', 'Skipped', 'Created', 'Error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Why a candidate was skipped, in the order the rules are applied (the first that applies is the reason). */
export const SKIP_REASONS = [
    'Invalid row',
    'No email',
    'Already in CRM',
    'Duplicate in batch',
    'GDPR region',
    'Location unknown',
    'Geography excluded',
    'Geography not included',
    'Title excluded',
    'Title not included',
    'Level not wanted',
    'Function not wanted',
    'No account match',
    'Ambiguous account',
    'Not a target account',
    'Account in cooldown',
    'Persona not missing',
    'Account cap reached'
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One person a provider offers. Text fields are trimmed; empty is null. */
export interface Candidate {
    /** Position in the batch (0-based): candidates are reported and decided in this order. */
    index: number;
    /** Where the person came from, for messages: `vendor.csv line 7`. */
    source: string;
    firstName: string | null;
    lastName: string | null;
    title: string | null;
    email: string | null;
    phone: string | null;
    company: string | null;
    domain: string | null;
    country: string | null;
    state: string | null;
    linkedInUrl: string | null;
    /** Set when the provider could not read the row: `vendor.csv line 7, field email: "x" is not an email`. */
    invalid: string | null;
}

/** A Contact or Lead already in the org (for the email dedupe and the persona map). */
export interface ExistingPerson {
    id: string;
    object: 'Contact' | 'Lead';
    email: string | null;
    /** Contacts: their account; leads: null. */
    accountId: string | null;
    title: string | null;
}

/** An account the candidates may be matched to. */
export interface AcquireAccount {
    Id: string;
    Name: string | null;
    Website: string | null;
    BillingCountry: string | null;
    [field: string]: unknown;
}

/** The orchestration definition (`SI_Orchestration__c`), checked (see definition.ts). */
export interface Orchestration {
    name: string;
    goal: string | null;
    /** The segment whose current members are the target accounts, or null with `accountIds`. */
    segmentId: string | null;
    /** An explicit list of target accounts (used when no segment is given). */
    accountIds: string[];
    provider: string;
    createAs: CreateAs;
    mappingProfile: string | null;
    titleInclude: string[];
    titleExclude: string[];
    levels: Seniority[];
    functions: JobFunction[];
    /** Countries (ISO codes) and regions (place keys) to include; empty: everywhere. */
    geographyInclude: GeoList;
    geographyExclude: GeoList;
    perAccountCap: number;
    cooldownDays: number;
    schedule: Schedule;
    /** ISO codes never acquired; never empty (see definition.ts). */
    gdprCountries: string[];
}

export interface GeoList {
    countries: string[];
    regions: string[];
}

/** The decision for one candidate. */
export interface Decision {
    candidate: Candidate;
    outcome: Outcome;
    /** Skipped: the rule; otherwise null. */
    skipReason: SkipReason | null;
    /** Human-readable why: the persona filled, or the skip's detail (the matching record, the tie). */
    reason: string;
    accountId: string | null;
    accountName: string | null;
    /** The persona key the candidate was placed in (Other when none), null before placement. */
    persona: string | null;
    /** Already in CRM: the record that has the email; Duplicate in batch: null (see reason). */
    matchedRecordId: string | null;
    /** Created: the new record's Id. */
    recordId: string | null;
    /** Error: Salesforce's error (`CODE: message`). */
    error: string | null;
}
