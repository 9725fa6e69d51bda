// Generates the sample data set in `data/`: Salesforce sObject tree files and a plan, importable with
// `sf data import tree --plan data/data-plan.json`, and read by the engine's command line, tests and preview.
//
// Deterministic: a seeded PRNG per account, and every date is a number of days before the as-of date,
// the day the data set is meant to be scored at (`npm run insight -- --data data --as-of 2026-11-02`).
// Generated for any as-of, the accounts show the same stages, bands and grades on that day. The as-of is
// a parameter; only the command line reads the clock (its default: today). The committed `data/` is
// the set generated for SAMPLE_AS_OF (lib/asOf.ts); the folder names its as-of in `sample-as-of.json`.
//
// Usage: npm run generate:data -- [--as-of YYYY-MM-DD] [--out <dir>] [--scale <n>] [--accounts <n>]
//   --as-of     the day the dates are relative to (default: today, on this machine's calendar)
//   --out       output folder (default `data`, relative to the working directory)
//   --scale     multiplies the people and activities of every account (default 1: the committed set)
//   --accounts  number of accounts (default 10: the ten hand-tuned archetypes; more repeats the
//               archetypes under generated company names, fewer takes the first n)
//
// Import rules the files respect (a real org rejects anything else):
// - only createable fields: no HasResponded, FirstRespondedDate, IsClosed, IsWon, CreatedDate, ...
//   (so a campaign response is Status 'Responded', dated by its Campaign's StartDate, and an
//   opportunity's outcome is its StageName);
// - required fields present; CampaignMember Status is one of a new campaign's default statuses;
// - references are `@<Type>Ref<n>` (the form `sf data import tree` resolves), to records of files
//   earlier in the plan; a Task or Event on a Lead has no WhatId;
// - at most 200 records per file (the sObject Tree API limit), larger objects split into several files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAsOf } from '../force-app/main/default/lwc/siEngine/siEngine';
import { DATA_AS_OF_FILE, dataAsOfJson, localToday } from '../lib/asOf';
import { mulberry32 } from '../lib/random';
import { acquisitionRecords, type AcquisitionRecords } from './sample-data-acquisitions';

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
type Ref = `@${string}Ref${number}`;
interface Attributes<T extends PlanObject> {
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

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and dates

/** Seeded random choices over mulberry32: same seed, same sequence. */
export class Random {
    /** Uniform in [0, 1). */
    readonly next: () => number;
    constructor(seed: number) {
        this.next = mulberry32(seed);
    }
    /** Integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    chance(p: number): boolean {
        return this.next() < p;
    }
    pick<T>(items: readonly T[]): T {
        if (items.length === 0) throw new Error('Random.pick: empty list');
        return items[Math.floor(this.next() * items.length)] as T;
    }
    /** Picks by weight: `[[value, weight], ...]`. */
    weighted<T>(items: readonly (readonly [T, number])[]): T {
        const total = items.reduce((sum, [, w]) => sum + w, 0);
        let r = this.next() * total;
        for (const [value, w] of items) {
            r -= w;
            if (r < 0) return value;
        }
        const last = items[items.length - 1];
        if (!last) throw new Error('Random.weighted: empty list');
        return last[0];
    }
    /** `count` distinct items, in list order. */
    sample<T>(items: readonly T[], count: number): T[] {
        const indexes = items.map((_, i) => i);
        for (let i = indexes.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
        }
        return indexes
            .slice(0, Math.min(count, items.length))
            .sort((a, b) => a - b)
            .map((i) => items[i] as T);
    }
}

/** FNV-1a hash of a string: a stable seed per account. */
export function seedOf(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of the day `days` before `asOf` (negative: after). */
export function dateDaysAgo(days: number, asOf: string): string {
    return calendar(asOf).date(days);
}

/** The dates of one data set: days before its as-of, as dates and as ISO date/times (UTC). */
interface Calendar {
    date(daysAgo: number): string;
    dateTime(daysAgo: number, hour: number, minute: number): string;
}

/** The calendar of `asOf`; throws a clear error unless it is a real YYYY-MM-DD. */
function calendar(asOf: string): Calendar {
    const base = parseAsOf(asOf) * DAY_MS; // midnight UTC of the as-of
    return {
        date: (daysAgo) => new Date(base - daysAgo * DAY_MS).toISOString().slice(0, 10),
        dateTime: (daysAgo, hour, minute) =>
            new Date(base - daysAgo * DAY_MS + (hour * 60 + minute) * 60_000).toISOString()
    };
}

/** Days ago, skewed towards recent: `window * u^skew` (skew > 1 means more recent). */
function recentDays(rng: Random, minDays: number, maxDays: number, skew: number): number {
    return minDays + Math.floor((maxDays - minDays) * Math.pow(rng.next(), skew));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of the fictional world

// prettier-ignore
const FIRST_NAMES = [
    'Ava', 'Liam', 'Maya', 'Noah', 'Priya', 'Ethan', 'Sofia', 'Lucas', 'Chloe', 'Mateo', 'Hannah', 'Omar',
    'Grace', 'Daniel', 'Aisha', 'Samuel', 'Elena', 'Jonah', 'Mei', 'Gabriel', 'Zoe', 'Ravi', 'Clara', 'Isaac',
    'Nadia', 'Felix', 'Leah', 'Marcus', 'Ingrid', 'Tomas', 'Yuki', 'Adrian', 'Fatima', 'Oliver', 'Rosa', 'Kenji',
    'Amara', 'Henrik', 'Lucia', 'Dmitri', 'Naomi', 'Caleb', 'Anika', 'Julian', 'Keira', 'Mohammed', 'Selin',
    'Tobias', 'Wren', 'Arjun', 'Bianca', 'Diego', 'Esther', 'Frederik', 'Imani', 'Jasper', 'Laila', 'Nikolai',
    'Paloma', 'Rohan', 'Sienna', 'Theo', 'Valentina', 'Wei'
] as const;
// prettier-ignore
const LAST_NAMES = [
    'Anderson', 'Bakshi', 'Castillo', 'Dubois', 'Eriksen', 'Fitzgerald', 'Garcia', 'Haddad', 'Ibrahim', 'Jensen',
    'Kowalski', 'Lindqvist', 'Morales', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka',
    'Usman', 'Varga', 'Whitaker', 'Xu', 'Yilmaz', 'Zimmerman', 'Abbott', 'Brennan', 'Chen', 'Delgado', 'Ellison',
    'Fournier', 'Gupta', 'Hartmann', 'Iversen', 'Johansson', 'Kapoor', 'Lambert', 'Mendes', 'Novak', "O'Neill",
    'Park', 'Ramirez', 'Sato', 'Thornton', 'Underwood', 'Vasquez', 'Walsh', 'Young', 'Zhou', 'Ahmed', 'Bauer',
    'Costa', 'Dalton', 'Esposito', 'Fischer', 'Gallagher', 'Holm', 'Ivanova', 'Kim', 'Larsen', 'Moreau', 'Nguyen',
    'Osei', 'Pereira', 'Reyes', 'Silva', 'Torres', 'Vogel', 'Weber'
] as const;

/** Seniority tiers used to build titles (the engine classifies them from the title text). */
type Tier = 'C' | 'VP' | 'Dir' | 'Mgr' | 'IC';
/** Functions used to build titles. */
type Fn =
    | 'Executive'
    | 'Engineering'
    | 'IT'
    | 'Security'
    | 'Marketing'
    | 'Sales'
    | 'Finance'
    | 'Operations'
    | 'Product'
    | 'HR'
    | 'Legal'
    | 'CustomerSuccess';

/** Title variants per function and seniority, including abbreviations the classifier must understand. */
const TITLES: Readonly<Record<Fn, Readonly<Partial<Record<Tier, readonly string[]>>>>> = {
    Executive: { C: ['Chief Executive Officer', 'CEO', 'President and CEO', 'Co-Founder & CEO'] },
    Engineering: {
        C: ['Chief Technology Officer', 'CTO'],
        VP: ['VP of Engineering', 'Vice President, Engineering', 'SVP Engineering'],
        Dir: ['Director of Software Engineering', 'Engineering Director', 'Head of Platform Engineering'],
        Mgr: ['Engineering Manager', 'Software Development Manager', 'Manager, Data Engineering'],
        IC: [
            'Senior Software Engineer',
            'Software Engineer',
            'Data Engineer',
            'Site Reliability Engineer',
            'Staff Engineer'
        ]
    },
    IT: {
        C: ['Chief Information Officer', 'CIO'],
        VP: ['VP, Information Technology', 'Vice President of IT'],
        Dir: ['IT Director', 'Director of IT Infrastructure', 'Sr. Director, Enterprise Applications'],
        Mgr: ['IT Manager', 'Manager, IT Service Delivery'],
        IC: ['Systems Administrator', 'IT Support Specialist', 'Business Systems Analyst']
    },
    Security: {
        C: ['Chief Information Security Officer', 'CISO'],
        VP: ['VP of Security'],
        Dir: ['Director of Information Security'],
        Mgr: ['Security Operations Manager'],
        IC: ['Security Analyst', 'Security Engineer']
    },
    Marketing: {
        C: ['Chief Marketing Officer', 'CMO'],
        VP: ['VP Marketing', 'Vice President, Demand Generation'],
        Dir: ['Director of Demand Generation', 'Director, Product Marketing', 'Head of Marketing'],
        Mgr: ['Marketing Operations Manager', 'Field Marketing Manager'],
        IC: ['Marketing Specialist', 'Content Marketing Associate', 'Marketing Coordinator']
    },
    Sales: {
        C: ['Chief Revenue Officer', 'CRO'],
        VP: ['VP of Sales', 'Vice President, Global Sales'],
        Dir: ['Sales Director, EMEA', 'Director of Sales Operations'],
        Mgr: ['Regional Sales Manager', 'Inside Sales Manager'],
        IC: ['Account Executive', 'Sales Development Representative', 'Sales Engineer']
    },
    Finance: {
        C: ['Chief Financial Officer', 'CFO'],
        VP: ['VP Finance', 'Vice President of Finance'],
        Dir: ['Director of Financial Planning & Analysis', 'Finance Director'],
        Mgr: ['Finance Manager', 'Procurement Manager'],
        IC: ['Financial Analyst', 'Senior Accountant']
    },
    Operations: {
        C: ['Chief Operating Officer', 'COO'],
        VP: ['VP of Operations', 'Vice President, Supply Chain'],
        Dir: ['Director of Operations', 'Director, Logistics'],
        Mgr: ['Operations Manager', 'Warehouse Operations Manager'],
        IC: ['Operations Analyst', 'Logistics Coordinator']
    },
    Product: {
        C: ['Chief Product Officer'],
        VP: ['VP of Product'],
        Dir: ['Director of Product Management'],
        Mgr: ['Group Product Manager'],
        IC: ['Product Analyst', 'Product Designer']
    },
    HR: {
        C: ['Chief People Officer'],
        VP: ['VP Human Resources'],
        Dir: ['HR Director'],
        Mgr: ['HR Manager'],
        IC: ['Recruiter', 'HR Generalist']
    },
    Legal: {
        C: ['General Counsel'],
        VP: ['VP Legal'],
        Dir: ['Director of Legal Affairs'],
        Mgr: ['Legal Operations Manager'],
        IC: ['Paralegal', 'Corporate Counsel']
    },
    CustomerSuccess: {
        C: ['Chief Customer Officer'],
        VP: ['VP Customer Success'],
        Dir: ['Director of Customer Success'],
        Mgr: ['Customer Success Manager'],
        IC: ['Customer Success Associate', 'Technical Support Engineer']
    }
};

/** Titles no persona matches, and people with no title at all (the classifier's `Other`). */
const OTHER_TITLES: readonly (string | undefined)[] = [
    'Consultant',
    'Executive Assistant',
    'Intern',
    'Board Advisor',
    undefined
];

const DEPARTMENTS: Readonly<Record<Fn, string>> = {
    Executive: 'Executive',
    Engineering: 'Engineering',
    IT: 'Information Technology',
    Security: 'Security',
    Marketing: 'Marketing',
    Sales: 'Sales',
    Finance: 'Finance',
    Operations: 'Operations',
    Product: 'Product',
    HR: 'Human Resources',
    Legal: 'Legal',
    CustomerSuccess: 'Customer Success'
};

/** Seniority mix of filler people: a pyramid. */
const TIER_WEIGHTS: readonly (readonly [Tier, number])[] = [
    ['C', 2],
    ['VP', 6],
    ['Dir', 14],
    ['Mgr', 26],
    ['IC', 52]
];

const SIGNAL_TYPES: readonly (readonly [string, number])[] = [
    ['Keyword Research', 5],
    ['Web Visit', 4],
    ['Content Download', 2],
    ['Review Site', 1]
];
const SIGNAL_SOURCES: Readonly<Record<string, string>> = {
    'Keyword Research': 'Third-party intent feed',
    'Web Visit': 'Website analytics',
    'Content Download': 'Marketing automation',
    'Review Site': 'Software review site'
};

const CALL_SUBJECTS = ['Discovery call', 'Follow-up call', 'Call: pricing questions', 'Intro call', 'Check-in call'];
const EMAIL_SUBJECTS = [
    'Email: case study',
    'Email: follow-up on webinar',
    'Email: proposal next steps',
    'Email: introduction',
    'Email: ROI calculator'
];
const MEETING_SUBJECTS = [
    'Discovery meeting',
    'Product demo',
    'Technical deep-dive',
    'Executive briefing',
    'Pricing review'
];

// ---------------------------------------------------------------------------------------------
// Campaigns: shared by all accounts; a response is dated by its campaign's StartDate.

interface CampaignPlan {
    name: string;
    type: string;
    /** Days before the as-of the campaign started. */
    startDaysAgo: number;
    lengthDays: number;
}

const CAMPAIGN_THEMES: readonly (readonly [string, string, number])[] = [
    ['Webinar', 'Webinar: Taming Pipeline Sprawl', 1],
    ['Email', 'Newsletter', 1],
    ['Conference', 'DataOps Summit Booth', 3],
    ['Webinar', 'Webinar: Cost-Aware Analytics', 1],
    ['Email', 'Nurture: Data Quality Playbook', 14],
    ['Trade Show', 'Cloud Expo Stand', 3],
    ['Direct Mail', 'Executive Gift Box', 10],
    ['Advertisement', 'Paid Social: Observability Guide', 30],
    ['Webinar', 'Customer Panel Webinar', 1],
    ['Email', 'Product Launch Announcement', 2],
    ['Referral Program', 'Customer Referral Drive', 30],
    ['Other', 'Roundtable Dinner', 1]
];

/** Champions respond to the campaigns that started fewer days ago than this (the engagement window). */
const CHAMPION_CAMPAIGN_DAYS = 90;

/**
 * Two campaigns a month over the last 14 months, newest a few days before the as-of. A campaign's name
 * starts with the month it started in, so it changes with the as-of (nothing the engine reads).
 */
function campaignPlans(dates: Calendar): CampaignPlan[] {
    const plans: CampaignPlan[] = [];
    for (let i = 0; i < 28; i++) {
        const theme = CAMPAIGN_THEMES[i % CAMPAIGN_THEMES.length] as readonly [string, string, number];
        const startDaysAgo = 4 + i * 15;
        const start = dates.date(startDaysAgo);
        const label = `${start.slice(0, 7)} ${theme[1]}`;
        plans.push({ name: label, type: theme[0], startDaysAgo, lengthDays: theme[2] });
    }
    return plans;
}

// ---------------------------------------------------------------------------------------------
// Account archetypes: the hand-tuned accounts of the committed data set.

interface KeyPerson {
    fn: Fn;
    tier: Tier;
    /** Lead instead of contact. */
    lead?: boolean;
}

interface OpportunityPlan {
    name: string;
    stage: string;
    /** Days before the as-of of the close date (negative: expected in the future). */
    closeDaysAgo: number;
    amount: number;
    type: string;
}

type SignalBatch = readonly [
    count: number,
    fromDaysAgo: number,
    toDaysAgo: number,
    minWeight: number,
    maxWeight: number
];

interface Archetype {
    key: string;
    name: string;
    domain: string;
    industry: string;
    employees: number;
    revenue: number;
    city: string;
    country: string;
    accountType: string;
    tier?: string;
    description: string;
    /** Stored `SI_Qualified__c` true and `SI_Qualified_Start_Date__c` this many days before the as-of. */
    qualifiedSinceDaysAgo?: number;
    /** Named people every copy of the account has (they make persona coverage and gaps deliberate). */
    keyPeople: readonly KeyPerson[];
    /** Filler contacts and leads at scale 1, drawn from `fillerFunctions`. */
    fillerContacts: number;
    fillerLeads: number;
    fillerFunctions: readonly Fn[];
    /** Leads whose Company differs from the account name: matched to it by email domain only. */
    domainOnlyLeads?: { company: string; count: number };
    /** Leads with a personal email address and the account's name: matched by company name only. */
    nameOnlyLeads?: number;
    /** Reach: tasks and events at scale 1, spread over the last `reachWindow` days (skewed recent). */
    tasks: number;
    events: number;
    reachWindow: readonly [number, number];
    /** Share of people who are members of campaigns, campaigns each, and the share who responded. */
    campaignReach: number;
    campaignsPerPerson: number;
    responseRate: number;
    /** Campaigns considered, by age in days. */
    campaignWindow: readonly [number, number];
    /**
     * Account-level intent signals at scale 1, in batches `[count, fromDaysAgo, toDaysAgo, minWeight,
     * maxWeight]` spread evenly over the days: the batches inside the engine's 30-day intent window set
     * the account's intent (and so its stage); older ones give volume and the prior-period trend.
     */
    signals: readonly SignalBatch[];
    keywords: readonly string[];
    /**
     * Champions: the first key people get extra engagement, each this many content downloads and web
     * visits tied to them in the last 45 days (at scale 1), plus responses to the recent campaigns.
     */
    champions: readonly number[];
    opportunities: readonly OpportunityPlan[];
}

const ARCHETYPES: readonly Archetype[] = [
    {
        // The largest account: a few hundred people, a few thousand activities; Strong fit, Decision,
        // qualified since August (the stored start date is kept).
        key: 'northwind',
        name: 'Northwind Analytics',
        domain: 'northwindanalytics.com',
        industry: 'Technology',
        employees: 4200,
        revenue: 860_000_000,
        city: 'San Francisco',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 1',
        description: 'Cloud analytics platform; migrating to a lakehouse, evaluating observability tooling.',
        qualifiedSinceDaysAgo: 77,
        keyPeople: [
            { fn: 'Executive', tier: 'C' },
            { fn: 'Engineering', tier: 'C' },
            { fn: 'IT', tier: 'C' },
            { fn: 'Finance', tier: 'C' },
            { fn: 'Marketing', tier: 'C' },
            { fn: 'Security', tier: 'C' },
            { fn: 'Engineering', tier: 'VP' },
            { fn: 'IT', tier: 'VP' },
            { fn: 'Operations', tier: 'VP' },
            { fn: 'Finance', tier: 'VP' },
            { fn: 'Product', tier: 'VP' },
            { fn: 'Engineering', tier: 'Dir' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Security', tier: 'Dir' },
            { fn: 'Operations', tier: 'Dir' },
            { fn: 'Finance', tier: 'Dir' },
            { fn: 'Engineering', tier: 'Mgr' },
            { fn: 'IT', tier: 'Mgr' }
        ],
        fillerContacts: 222,
        fillerLeads: 60,
        fillerFunctions: [
            'Engineering',
            'Engineering',
            'Engineering',
            'IT',
            'IT',
            'Security',
            'Marketing',
            'Sales',
            'Finance',
            'Operations',
            'Product',
            'HR',
            'Legal',
            'CustomerSuccess'
        ],
        tasks: 1500,
        events: 320,
        reachWindow: [1, 420],
        campaignReach: 0.8,
        campaignsPerPerson: 3,
        responseRate: 0.35,
        campaignWindow: [0, 420],
        signals: [
            [20, 0, 29, 1, 4],
            [25, 30, 59, 1, 4],
            [330, 60, 400, 1, 4]
        ],
        champions: [10, 8, 6, 5, 4, 3, 2],
        keywords: ['data observability', 'data pipeline monitoring', 'data quality tools', 'real-time analytics'],
        opportunities: [
            {
                name: 'Northwind Analytics - Platform Expansion',
                stage: 'Negotiation/Review',
                closeDaysAgo: -45,
                amount: 420_000,
                type: 'New Customer'
            },
            {
                name: 'Northwind Analytics - Pilot',
                stage: 'Closed Lost',
                closeDaysAgo: 540,
                amount: 60_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Strong fit, Purchase: closed won three weeks ago; qualified.
        key: 'bluepeak',
        name: 'Bluepeak Software',
        domain: 'bluepeaksoftware.io',
        industry: 'Technology',
        employees: 1200,
        revenue: 210_000_000,
        city: 'Toronto',
        country: 'Canada',
        accountType: 'Customer - Direct',
        tier: 'Tier 1',
        description: 'Developer tools vendor with a large data platform team.',
        qualifiedSinceDaysAgo: 120,
        keyPeople: [
            { fn: 'Engineering', tier: 'C' },
            { fn: 'Engineering', tier: 'VP' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Finance', tier: 'VP' },
            { fn: 'Engineering', tier: 'Mgr' },
            { fn: 'Operations', tier: 'Dir', lead: true }
        ],
        fillerContacts: 22,
        fillerLeads: 5,
        fillerFunctions: ['Engineering', 'Engineering', 'IT', 'Product', 'Finance', 'Marketing'],
        tasks: 160,
        events: 40,
        reachWindow: [2, 200],
        campaignReach: 0.9,
        campaignsPerPerson: 3,
        responseRate: 0.45,
        campaignWindow: [0, 200],
        signals: [
            [4, 0, 29, 2, 4],
            [8, 30, 59, 2, 5],
            [40, 60, 300, 1, 5]
        ],
        champions: [3, 2],
        keywords: ['data observability', 'ETL automation', 'reverse ETL'],
        opportunities: [
            {
                name: 'Bluepeak Software - Enterprise Subscription',
                stage: 'Closed Won',
                closeDaysAgo: 21,
                amount: 185_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Moderate fit (industry outside the profile), Decision: strong intent and an open proposal;
        // qualified. No engineering or IT leaders (persona gaps). Leads from its trading name
        // "MFG Logistics Services" use the meridianfreight.com domain: matched by email domain only.
        key: 'meridian',
        name: 'Meridian Freight Group',
        domain: 'meridianfreight.com',
        industry: 'Transportation',
        employees: 3100,
        revenue: 640_000_000,
        city: 'Chicago',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 2',
        description: 'Freight forwarding and logistics; consolidating shipment data from 40 systems.',
        keyPeople: [
            { fn: 'Operations', tier: 'C' },
            { fn: 'Operations', tier: 'VP' },
            { fn: 'Finance', tier: 'Dir' },
            { fn: 'Operations', tier: 'Mgr' }
        ],
        fillerContacts: 14,
        fillerLeads: 2,
        fillerFunctions: ['Operations', 'Operations', 'Finance', 'Sales', 'CustomerSuccess'],
        domainOnlyLeads: { company: 'MFG Logistics Services', count: 3 },
        tasks: 90,
        events: 18,
        reachWindow: [1, 150],
        campaignReach: 0.9,
        campaignsPerPerson: 3,
        responseRate: 0.5,
        campaignWindow: [0, 150],
        signals: [
            [6, 0, 29, 3, 5],
            [6, 30, 59, 2, 5],
            [30, 60, 200, 1, 5]
        ],
        champions: [5, 3],
        keywords: ['data pipeline monitoring', 'data quality tools', 'real-time analytics'],
        opportunities: [
            {
                name: 'Meridian Freight Group - Shipment Data Hub',
                stage: 'Proposal/Price Quote',
                closeDaysAgo: -30,
                amount: 240_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Strong fit, Consideration: steady engagement, some intent, no opportunity yet; not qualified.
        key: 'helixa',
        name: 'Helixa Health Systems',
        domain: 'helixahealth.com',
        industry: 'Healthcare',
        employees: 2600,
        revenue: 480_000_000,
        city: 'Boston',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 2',
        description: 'Regional hospital network modernising its clinical data warehouse.',
        keyPeople: [
            { fn: 'IT', tier: 'C' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Engineering', tier: 'Dir' },
            { fn: 'Security', tier: 'Mgr' }
        ],
        fillerContacts: 26,
        fillerLeads: 6,
        fillerFunctions: ['IT', 'IT', 'Engineering', 'Operations', 'Finance', 'Legal'],
        tasks: 40,
        events: 6,
        reachWindow: [5, 300],
        campaignReach: 0.6,
        campaignsPerPerson: 2,
        responseRate: 0.3,
        campaignWindow: [0, 200],
        signals: [
            [5, 0, 29, 2, 5],
            [5, 30, 59, 1, 4],
            [15, 60, 250, 1, 4]
        ],
        champions: [3],
        keywords: ['data governance platform', 'data catalog', 'data quality tools'],
        opportunities: []
    },
    {
        // Weak fit (small retailer abroad) with high intent and an open deal: Decision but not qualified.
        key: 'larkspur',
        name: 'Larkspur Home & Garden',
        domain: 'larkspurhome.com.au',
        industry: 'Retail',
        employees: 85,
        revenue: 12_000_000,
        city: 'Melbourne',
        country: 'Australia',
        accountType: 'Prospect',
        description: 'Online garden retailer; two-person data team.',
        keyPeople: [
            { fn: 'Executive', tier: 'C' },
            { fn: 'Marketing', tier: 'Mgr' },
            { fn: 'IT', tier: 'IC' }
        ],
        fillerContacts: 8,
        fillerLeads: 2,
        fillerFunctions: ['Marketing', 'Operations', 'Sales'],
        tasks: 45,
        events: 8,
        reachWindow: [1, 90],
        campaignReach: 1,
        campaignsPerPerson: 3,
        responseRate: 0.6,
        campaignWindow: [0, 90],
        signals: [
            [3, 0, 29, 2, 4],
            [6, 30, 59, 2, 4],
            [10, 60, 150, 1, 4]
        ],
        champions: [2, 1],
        keywords: ['cloud cost management', 'real-time analytics'],
        opportunities: [
            {
                name: 'Larkspur Home & Garden - Starter Plan',
                stage: 'Negotiation/Review',
                closeDaysAgo: -14,
                amount: 18_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Moderate fit, Awareness: a few recent responses, light intent.
        key: 'cobalt',
        name: 'Cobalt Ridge Machinery',
        domain: 'cobaltridge.de',
        industry: 'Machinery',
        employees: 900,
        revenue: 150_000_000,
        city: 'Stuttgart',
        country: 'Germany',
        accountType: 'Prospect',
        tier: 'Tier 3',
        description: 'Precision components maker connecting plant sensors to the cloud.',
        keyPeople: [
            { fn: 'Operations', tier: 'VP' },
            { fn: 'IT', tier: 'Mgr' },
            { fn: 'Engineering', tier: 'IC' }
        ],
        fillerContacts: 10,
        fillerLeads: 3,
        fillerFunctions: ['Operations', 'Engineering', 'IT', 'Finance'],
        tasks: 12,
        events: 1,
        reachWindow: [20, 330],
        campaignReach: 0.4,
        campaignsPerPerson: 1,
        responseRate: 0.3,
        campaignWindow: [0, 120],
        signals: [
            [2, 0, 29, 1, 3],
            [2, 30, 59, 1, 3],
            [4, 60, 200, 1, 3]
        ],
        champions: [],
        keywords: ['real-time analytics', 'ETL automation'],
        opportunities: []
    },
    {
        // Weak fit, Awareness: a small media company, occasional responses.
        key: 'quillfeather',
        name: 'Quillfeather Media',
        domain: 'quillfeather.co.uk',
        industry: 'Media',
        employees: 140,
        revenue: 18_000_000,
        city: 'Manchester',
        country: 'United Kingdom',
        accountType: 'Prospect',
        description: 'Digital publisher; audience analytics on spreadsheets today.',
        keyPeople: [
            { fn: 'Marketing', tier: 'Dir' },
            { fn: 'Engineering', tier: 'Mgr' }
        ],
        fillerContacts: 5,
        fillerLeads: 3,
        fillerFunctions: ['Marketing', 'Sales', 'Engineering'],
        tasks: 6,
        events: 0,
        reachWindow: [30, 300],
        campaignReach: 0.5,
        campaignsPerPerson: 1,
        responseRate: 0.4,
        campaignWindow: [0, 150],
        signals: [
            [1, 0, 29, 2, 3],
            [2, 60, 200, 1, 2]
        ],
        champions: [],
        keywords: ['real-time analytics'],
        opportunities: []
    },
    {
        // Strong fit, Target: contacts known but nothing in over a year. It was qualified last
        // spring (stored start date), so it is now "no longer qualified" with an end date.
        key: 'sterling',
        name: 'Sterling Fjord Bank',
        domain: 'sterlingfjord.no',
        industry: 'Banking',
        employees: 5200,
        revenue: 1_900_000_000,
        city: 'Oslo',
        country: 'Norway',
        accountType: 'Prospect',
        tier: 'Tier 2',
        description: 'Retail and commercial bank; regulatory reporting on an ageing warehouse.',
        qualifiedSinceDaysAgo: 245,
        keyPeople: [
            { fn: 'IT', tier: 'C' },
            { fn: 'Finance', tier: 'Dir' },
            { fn: 'Security', tier: 'VP' }
        ],
        fillerContacts: 9,
        fillerLeads: 0,
        fillerFunctions: ['IT', 'Finance', 'Security', 'Legal'],
        tasks: 20,
        events: 3,
        reachWindow: [400, 700],
        campaignReach: 0.5,
        campaignsPerPerson: 1,
        responseRate: 0.3,
        campaignWindow: [390, 420],
        signals: [[6, 400, 500, 1, 4]],
        champions: [],
        keywords: ['data governance platform'],
        opportunities: [
            {
                name: 'Sterling Fjord Bank - Reporting Modernisation',
                stage: 'Closed Lost',
                closeDaysAgo: 200,
                amount: 310_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Moderate fit, no people at all (nobody loaded yet): Target, every persona a gap.
        key: 'tidewater',
        name: 'Tidewater Energy Partners',
        domain: 'tidewaterenergy.com',
        industry: 'Energy',
        employees: 700,
        revenue: 260_000_000,
        city: 'Houston',
        country: 'United States',
        accountType: 'Prospect',
        description: 'Midstream energy operator; new account from a list purchase, no contacts yet.',
        keyPeople: [],
        fillerContacts: 0,
        fillerLeads: 0,
        fillerFunctions: [],
        tasks: 0,
        events: 0,
        reachWindow: [0, 0],
        campaignReach: 0,
        campaignsPerPerson: 0,
        responseRate: 0,
        campaignWindow: [0, 0],
        signals: [],
        champions: [],
        keywords: ['data governance platform'],
        opportunities: []
    },
    {
        // Moderate fit, Consideration: engaged, a deal lost last year. A lead from a personal
        // address with the account's name: matched by company name.
        key: 'orchard',
        name: 'Orchard Lane Foods',
        domain: 'orchardlanefoods.com',
        industry: 'Food & Beverage',
        employees: 1500,
        revenue: 390_000_000,
        city: 'Minneapolis',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 3',
        description: 'Packaged foods producer; supply chain analytics team of twelve.',
        keyPeople: [
            { fn: 'Operations', tier: 'VP' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Finance', tier: 'Mgr' }
        ],
        fillerContacts: 12,
        fillerLeads: 3,
        fillerFunctions: ['Operations', 'IT', 'Finance', 'Marketing'],
        nameOnlyLeads: 1,
        tasks: 30,
        events: 5,
        reachWindow: [3, 200],
        campaignReach: 0.7,
        campaignsPerPerson: 2,
        responseRate: 0.35,
        campaignWindow: [0, 180],
        signals: [
            [4, 0, 29, 2, 5],
            [4, 30, 59, 2, 5],
            [8, 60, 200, 1, 4]
        ],
        champions: [2],
        keywords: ['data quality tools', 'data catalog'],
        opportunities: [
            {
                name: 'Orchard Lane Foods - Demand Forecasting',
                stage: 'Closed Lost',
                closeDaysAgo: 400,
                amount: 95_000,
                type: 'New Customer'
            }
        ]
    }
];

/** Leads of companies that are not accounts: they match no account and belong to none. */
const UNMATCHED_LEADS: readonly { company: string; domain: string; title: string }[] = [
    { company: 'Fernhill Dental Group', domain: 'fernhilldental.com', title: 'Practice Manager' },
    { company: 'Ostara Robotics', domain: 'ostararobotics.ai', title: 'VP of Engineering' },
    { company: 'Brightwater Logistics', domain: 'brightwater-logistics.com', title: 'IT Director' }
];

const NAME_PREFIXES = [
    'Amber',
    'Granite',
    'Silver',
    'Harbor',
    'Summit',
    'Copper',
    'Juniper',
    'Falcon',
    'Aurora',
    'Redwood'
];
const NAME_SUFFIXES = ['Systems', 'Labs', 'Group', 'Holdings', 'Networks', 'Partners', 'Works', 'Dynamics'];

/** The i-th account: an archetype, renamed for copies beyond the first round. */
function archetypeFor(index: number): Archetype {
    const base = ARCHETYPES[index % ARCHETYPES.length] as Archetype;
    const round = Math.floor(index / ARCHETYPES.length);
    if (round === 0) return base;
    const rng = new Random(seedOf(`name:${index}`));
    const name = `${rng.pick(NAME_PREFIXES)} ${base.name.split(' ')[0] ?? 'Acme'} ${rng.pick(NAME_SUFFIXES)} ${round + 1}`;
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`;
    return {
        ...base,
        key: `${base.key}${round + 1}`,
        name,
        domain,
        domainOnlyLeads: base.domainOnlyLeads && { ...base.domainOnlyLeads, company: `${name} Trading` },
        opportunities: base.opportunities.map((o) => ({ ...o, name: o.name.replace(base.name, name) }))
    };
}

// ---------------------------------------------------------------------------------------------
// Generation

interface Person {
    ref: Ref;
    kind: 'Contact' | 'Lead';
}

class RefCounter {
    private readonly counts = new Map<PlanObject, number>();
    next<T extends PlanObject>(type: T): { attributes: Attributes<T>; ref: Ref } {
        const n = (this.counts.get(type) ?? 0) + 1;
        this.counts.set(type, n);
        const referenceId = `${type}Ref${n}`;
        return { attributes: { type, referenceId }, ref: `@${referenceId}` as Ref };
    }
}

function scaled(count: number, scale: number): number {
    return Math.round(count * scale);
}

function titleFor(rng: Random, fn: Fn, tier: Tier): string {
    const byTier = TITLES[fn];
    const options = byTier[tier] ?? byTier.C ?? [];
    return rng.pick(options);
}

/** Validates options and returns the records of the whole data set, dated relative to `options.asOf`. */
export function generateRecords(options: GenerateOptions): SampleRecords {
    const dates = calendar(options.asOf);
    const scale = options.scale ?? 1;
    const accountCount = options.accounts ?? ARCHETYPES.length;
    if (!Number.isFinite(scale) || scale <= 0) {
        throw new Error(`--scale must be a positive number, got ${String(options.scale)}`);
    }
    if (!Number.isInteger(accountCount) || accountCount < 1) {
        throw new Error(`--accounts must be a positive whole number, got ${String(options.accounts)}`);
    }

    const refs = new RefCounter();
    const out: SampleRecords = {
        Account: [],
        Contact: [],
        Lead: [],
        Campaign: [],
        CampaignMember: [],
        Opportunity: [],
        Task: [],
        Event: [],
        SI_Intent_Signal__c: [],
        SI_Orchestration__c: [],
        SI_Acquisition_Result__c: []
    };

    const campaigns = campaignPlans(dates).map((plan) => {
        const { attributes, ref } = refs.next('Campaign');
        const record: CampaignRecord = {
            attributes,
            Name: plan.name,
            Type: plan.type,
            Status: plan.startDaysAgo - plan.lengthDays > 0 ? 'Completed' : 'In Progress',
            StartDate: dates.date(plan.startDaysAgo),
            EndDate: dates.date(plan.startDaysAgo - plan.lengthDays),
            IsActive: plan.startDaysAgo - plan.lengthDays <= 0
        };
        out.Campaign.push(record);
        return { plan, ref };
    });

    for (let index = 0; index < accountCount; index++) {
        const a = archetypeFor(index);
        const rng = new Random(seedOf(`account:${a.key}`));
        const { attributes: accountAttributes, ref: accountRef } = refs.next('Account');
        const account: AccountRecord = {
            attributes: accountAttributes,
            Name: a.name,
            Website: `https://www.${a.domain}`,
            Industry: a.industry,
            NumberOfEmployees: a.employees,
            AnnualRevenue: a.revenue,
            BillingCity: a.city,
            BillingCountry: a.country,
            Type: a.accountType,
            Description: a.description
        };
        if (a.tier) account.SI_ABM_Tier__c = a.tier;
        if (a.qualifiedSinceDaysAgo !== undefined) {
            // Stored state of the last scoring: qualified since that date.
            account.SI_Qualified__c = true;
            account.SI_Qualified_Start_Date__c = dates.date(a.qualifiedSinceDaysAgo);
        }
        out.Account.push(account);

        // People: key people first, then filler, then leads matched by domain or name only.
        const people: Person[] = [];
        const usedEmails = new Set<string>();
        const newName = (): { first: string; last: string; local: string } => {
            for (;;) {
                const first = rng.pick(FIRST_NAMES);
                const last = rng.pick(LAST_NAMES);
                let local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
                for (let n = 2; usedEmails.has(local); n++)
                    local = `${first}.${last}${n}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
                usedEmails.add(local);
                return { first, last, local };
            }
        };
        const addContact = (fn: Fn | null, tier: Tier | null): void => {
            const { first, last, local } = newName();
            const { attributes, ref } = refs.next('Contact');
            const record: ContactRecord = {
                attributes,
                AccountId: accountRef,
                FirstName: first,
                LastName: last,
                Email: `${local}@${a.domain}`
            };
            const title = fn && tier ? titleFor(rng, fn, tier) : rng.pick(OTHER_TITLES);
            if (title !== undefined) record.Title = title;
            if (fn && rng.chance(0.6)) record.Department = DEPARTMENTS[fn];
            if (rng.chance(0.04)) record.HasOptedOutOfEmail = true;
            out.Contact.push(record);
            people.push({ ref, kind: 'Contact' });
        };
        const addLead = (fn: Fn | null, tier: Tier | null, company: string, emailDomain: string): void => {
            const { first, last, local } = newName();
            const { attributes, ref } = refs.next('Lead');
            const record: LeadRecord = {
                attributes,
                FirstName: first,
                LastName: last,
                Company: company,
                Email: `${local}@${emailDomain}`,
                Status: rng.pick(['Open - Not Contacted', 'Working - Contacted', 'Working - Contacted']),
                LeadSource: rng.pick(['Web', 'Web', 'Partner Referral', 'Purchased List', 'Phone Inquiry'])
            };
            const title = fn && tier ? titleFor(rng, fn, tier) : rng.pick(OTHER_TITLES);
            if (title !== undefined) record.Title = title;
            out.Lead.push(record);
            people.push({ ref, kind: 'Lead' });
        };
        const fillerRole = (): [Fn | null, Tier | null] =>
            rng.chance(0.05) ? [null, null] : [rng.pick(a.fillerFunctions), rng.weighted(TIER_WEIGHTS)];

        const addMember = (person: Person, campaign: Ref, status: CampaignMemberRecord['Status']): void => {
            const { attributes } = refs.next('CampaignMember');
            const member: CampaignMemberRecord = { attributes, CampaignId: campaign, Status: status };
            if (person.kind === 'Contact') member.ContactId = person.ref;
            else member.LeadId = person.ref;
            out.CampaignMember.push(member);
        };
        const addSignal = (type: string, weight: number, daysAgo: number, who: Person | null): void => {
            const { attributes } = refs.next('SI_Intent_Signal__c');
            const signal: IntentSignalRecord = {
                attributes,
                Account__c: accountRef,
                Keyword__c: rng.pick(a.keywords),
                Signal_Type__c: type,
                Weight__c: weight,
                Occurred_At__c: dates.dateTime(daysAgo, rng.int(0, 23), rng.int(0, 59)),
                Source__c: SIGNAL_SOURCES[type] ?? 'Other'
            };
            if (who?.kind === 'Contact') signal.Contact__c = who.ref;
            else if (who?.kind === 'Lead') signal.Lead__c = who.ref;
            out.SI_Intent_Signal__c.push(signal);
        };

        for (const p of a.keyPeople) {
            if (p.lead) addLead(p.fn, p.tier, a.name, a.domain);
            else addContact(p.fn, p.tier);
        }
        for (let i = 0; i < scaled(a.fillerContacts, scale); i++) addContact(...fillerRole());
        for (let i = 0; i < scaled(a.fillerLeads, scale); i++) addLead(...fillerRole(), a.name, a.domain);
        if (a.domainOnlyLeads) {
            for (let i = 0; i < Math.max(1, scaled(a.domainOnlyLeads.count, scale)); i++) {
                addLead(...fillerRole(), a.domainOnlyLeads.company, a.domain);
            }
        }
        for (let i = 0; i < (a.nameOnlyLeads ?? 0); i++) addLead(...fillerRole(), a.name, 'gmail.com');

        // Opportunities: the open ones get some of the account's tasks (WhatId) below.
        const openDeals: Ref[] = [];
        for (const o of a.opportunities) {
            const { attributes, ref } = refs.next('Opportunity');
            if (!o.stage.startsWith('Closed')) openDeals.push(ref);
            out.Opportunity.push({
                attributes,
                AccountId: accountRef,
                Name: o.name,
                StageName: o.stage,
                CloseDate: dates.date(o.closeDaysAgo),
                Amount: o.amount,
                Type: o.type
            });
        }

        if (people.length === 0) continue;

        // Reach: calls and emails (Tasks), meetings (Events) by sales and marketing.
        for (let i = 0; i < scaled(a.tasks, scale); i++) {
            const who = rng.pick(people);
            const call = rng.chance(0.45);
            const { attributes } = refs.next('Task');
            const task: TaskRecord = {
                attributes,
                WhoId: who.ref,
                Subject: call ? rng.pick(CALL_SUBJECTS) : rng.pick(EMAIL_SUBJECTS),
                Type: call ? 'Call' : 'Email',
                TaskSubtype: call ? 'Call' : 'Email',
                Status: 'Completed',
                Priority: rng.chance(0.15) ? 'High' : 'Normal',
                ActivityDate: dates.date(recentDays(rng, a.reachWindow[0], a.reachWindow[1], 1.8))
            };
            if (who.kind === 'Contact')
                task.WhatId = openDeals.length > 0 && rng.chance(0.25) ? rng.pick(openDeals) : accountRef;
            out.Task.push(task);
        }
        for (let i = 0; i < scaled(a.events, scale); i++) {
            const who = rng.pick(people);
            const { attributes } = refs.next('Event');
            const event: EventRecord = {
                attributes,
                WhoId: who.ref,
                Subject: rng.pick(MEETING_SUBJECTS),
                Type: 'Meeting',
                ActivityDateTime: dates.dateTime(
                    recentDays(rng, a.reachWindow[0], a.reachWindow[1], 1.8),
                    rng.int(14, 21),
                    rng.pick([0, 30])
                ),
                DurationInMinutes: rng.pick([30, 45, 60])
            };
            if (who.kind === 'Contact') event.WhatId = accountRef;
            out.Event.push(event);
        }

        // Champions: the first key people, each with person-linked signals in the last 45 days and
        // responses to the campaigns of the engagement window (so grades spread from A to D).
        const champions = people.slice(0, a.champions.length);
        for (const [n, person] of champions.entries()) {
            for (let i = 0; i < scaled(a.champions[n] as number, scale); i++) {
                const type = rng.pick(['Content Download', 'Web Visit'] as const);
                addSignal(type, rng.int(4, 9), rng.int(0, 44), person);
            }
            for (const c of campaigns.filter((x) => x.plan.startDaysAgo < CHAMPION_CAMPAIGN_DAYS)) {
                if (rng.chance(0.75)) addMember(person, c.ref, 'Responded');
            }
        }

        // Engagement: campaign memberships of everybody else, a share of them responded (a response is
        // dated by its campaign's StartDate).
        const eligible = campaigns.filter(
            (c) => c.plan.startDaysAgo >= a.campaignWindow[0] && c.plan.startDaysAgo <= a.campaignWindow[1]
        );
        for (const person of people.slice(champions.length)) {
            if (!rng.chance(a.campaignReach) || eligible.length === 0) continue;
            const count = Math.min(eligible.length, Math.max(1, Math.round(a.campaignsPerPerson * (0.5 + rng.next()))));
            for (const c of rng.sample(eligible, count))
                addMember(person, c.ref, rng.chance(a.responseRate) ? 'Responded' : 'Sent');
        }

        // Intent: externally imported signals of the account, some tied to a person.
        for (const [count, fromDays, toDays, minWeight, maxWeight] of a.signals) {
            for (let i = 0; i < scaled(count, scale); i++) {
                const type = rng.weighted(SIGNAL_TYPES);
                const who = type !== 'Keyword Research' && rng.chance(0.3) ? rng.pick(people) : null;
                addSignal(type, rng.int(minWeight, maxWeight), rng.int(fromDays, toDays), who);
            }
        }
    }

    // Leads of companies that are not customers' accounts.
    const rng = new Random(seedOf('unmatched'));
    for (const u of UNMATCHED_LEADS) {
        const { attributes, ref } = refs.next('Lead');
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(LAST_NAMES);
        out.Lead.push({
            attributes,
            FirstName: first,
            LastName: last,
            Company: u.company,
            Title: u.title,
            Email: `${first}.${last}@${u.domain}`.toLowerCase().replace(/'/g, ''),
            Status: 'Open - Not Contacted',
            LeadSource: 'Web'
        });
        const { attributes: taskAttributes } = refs.next('Task');
        out.Task.push({
            attributes: taskAttributes,
            WhoId: ref,
            Subject: 'Intro call',
            Type: 'Call',
            TaskSubtype: 'Call',
            Status: 'Completed',
            Priority: 'Normal',
            ActivityDate: dates.date(rng.int(5, 60))
        });
    }
    // The acquire-contacts history, for the accounts with persona gaps (any two accounts of a smaller set).
    const accountRef = (name: string, fallback: number): Ref => {
        const account = out.Account.find((a) => a.Name === name) ?? out.Account[fallback] ?? out.Account[0];
        return `@${(account as AccountRecord).attributes.referenceId}` as Ref;
    };
    Object.assign(
        out,
        acquisitionRecords([accountRef('Meridian Freight Group', 0), accountRef('Tidewater Energy Partners', 1)], dates)
    );
    return out;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
}

/**
 * The whole data set as files: name -> content (sObject tree JSON and `data-plan.json`, in plan order,
 * then DATA_AS_OF_FILE, which names the as-of and which the plan does not list). An object's records go
 * to `Account.json`, or `Task-01.json`, `Task-02.json`... when there are more than MAX_RECORDS_PER_FILE.
 * Objects without records get no file and no plan entry.
 */
export function generateSampleData(options: GenerateOptions, records = generateRecords(options)): Map<string, string> {
    const files = new Map<string, string>();
    const plan: PlanEntry[] = [];
    // saveRefs: other records reference this object's; resolveRefs: this object's records reference others.
    const typeOfRef = new Map<string, PlanObject>();
    const referenced = new Set<PlanObject>();
    const referencing = new Set<PlanObject>();
    for (const type of PLAN_OBJECTS) {
        for (const record of records[type]) typeOfRef.set(`@${record.attributes.referenceId}`, type);
    }
    for (const type of PLAN_OBJECTS) {
        for (const record of records[type]) {
            for (const value of Object.values(record)) {
                const target = typeof value === 'string' ? typeOfRef.get(value) : undefined;
                if (target) {
                    referenced.add(target);
                    referencing.add(type);
                }
            }
        }
    }
    for (const type of PLAN_OBJECTS) {
        const list: readonly object[] = records[type];
        if (list.length === 0) continue;
        const parts = chunk(list, MAX_RECORDS_PER_FILE);
        const width = String(parts.length).length;
        const names = parts.map((_, i) =>
            parts.length === 1 ? `${type}.json` : `${type}-${String(i + 1).padStart(width, '0')}.json`
        );
        parts.forEach((part, i) => files.set(names[i] as string, `${JSON.stringify({ records: part }, null, 2)}\n`));
        plan.push({
            sobject: type,
            saveRefs: referenced.has(type),
            resolveRefs: referencing.has(type),
            files: names
        });
    }
    files.set('data-plan.json', `${JSON.stringify(plan, null, 2)}\n`);
    files.set(DATA_AS_OF_FILE, dataAsOfJson(options.asOf));
    return files;
}

/** Matches the files this generator writes (and only those), so stale ones can be removed. */
const GENERATED_FILE = new RegExp(`^(data-plan|(${PLAN_OBJECTS.join('|')})(-\\d+)?)\\.json$`);

/** Writes the data set to `dir`, removing generated files of an earlier run that no longer exist. */
export function writeSampleData(dir: string, files: ReadonlyMap<string, string>): void {
    fs.mkdirSync(dir, { recursive: true });
    for (const existing of fs.readdirSync(dir)) {
        const generated = GENERATED_FILE.test(existing) || existing === DATA_AS_OF_FILE;
        if (generated && !files.has(existing)) fs.rmSync(path.join(dir, existing));
    }
    for (const [name, content] of files) fs.writeFileSync(path.join(dir, name), content);
}

export type CliOptions = { out: string; asOfIsToday: boolean } & GenerateOptions;

const USAGE = 'usage: generate-sample-data [--as-of YYYY-MM-DD] [--out <dir>] [--scale <n>] [--accounts <n>]';

/**
 * Parses `--as-of`, `--out`, `--scale`, `--accounts`; throws a clear error on anything else. `today`
 * (YYYY-MM-DD) is the default as-of: the caller reads the clock, once.
 */
export function parseArgs(argv: readonly string[], today: string): CliOptions {
    const result: CliOptions = { out: 'data', asOf: today, asOfIsToday: true };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = argv[i + 1];
        const needValue = (): string => {
            if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
            i++;
            return value;
        };
        const needNumber = (): number => {
            const text = needValue();
            const n = Number(text);
            if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`${flag} must be a number, got "${text}"`);
            return n;
        };
        switch (flag) {
            case '--as-of':
                result.asOf = needValue();
                result.asOfIsToday = false;
                break;
            case '--out':
                result.out = needValue();
                break;
            case '--scale':
                result.scale = needNumber();
                break;
            case '--accounts':
                result.accounts = needNumber();
                break;
            case '--help':
            case '-h':
                throw new Error(USAGE);
            default:
                throw new Error(`unknown option "${flag}" (expected --as-of, --out, --scale, --accounts)`);
        }
    }
    try {
        parseAsOf(result.asOf);
    } catch (e) {
        throw new Error(`--as-of: ${(e as Error).message}`);
    }
    return result;
}

function main(): void {
    try {
        const { out, asOfIsToday, ...options } = parseArgs(process.argv.slice(2), localToday());
        const records = generateRecords(options);
        const files = generateSampleData(options, records);
        writeSampleData(out, files);
        const counts = PLAN_OBJECTS.map((t) => `${t} ${records[t].length}`).join(', ');
        const asOf = `as of ${options.asOf}${asOfIsToday ? ', today' : ''}`;
        console.log(`Wrote ${files.size} files to ${out} (${asOf}): ${counts}`);
    } catch (e) {
        console.error(`generate-sample-data: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 1;
    }
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('generate-sample-data')) main();
