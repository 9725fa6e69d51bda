// A large synthetic org for `npm run score` benchmarks: the nine CSV files `sf data export bulk
// --result-format csv` writes (as `scripts/lib/treeToCsv.ts` documents them), streamed to disk in constant
// memory per record (write streams with backpressure; only per-account and per-person indexes are kept).
//   npx tsx scripts/bench/scoreData.ts --out <dir> [--accounts 5000] [--people 100000] [--activities 2000000]
//                                      [--seed 1] [--campaigns 50] [--as-of 2026-11-02]
//
// What it holds, relative to a fixed as-of date (every date in the two years before it, a few ahead):
// - accounts of very different sizes (a few large, most small, some with nobody), ICP fields that hit and
//   miss the default profile criteria, and for about a third stored scores from an earlier run (most profile
//   fits still right, some stale; qualified accounts with start dates, a few with end dates);
// - people: ~60 % contacts with titles across every shipped persona (and roles outside them, and blanks),
//   email at the account's domain; ~40 % leads matched by email domain, website or company name, some with
//   personal addresses, some of companies that are no account, some converted;
// - activities: ~70 % Tasks (calls, emails, list emails, to-dos; WhoId/WhatId/AccountId as Salesforce sets
//   them: AccountId from the contact or the related account, empty on lead tasks) and ~30 % Events,
//   concentrated on "hot" accounts and recent days;
// - campaigns (~50) with members (~0.8 per person, each person at most once per campaign), opportunities
//   (~2 per account) and intent signals (~10 per account, recent on hot accounts).
// Ids are 18-character Salesforce Ids with each object's key prefix and a valid case-safe suffix.
// Deterministic: one seeded generator per object, no clock.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG, computeProfileFit, fitBand, parseAsOf, type Account } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { mulberry32 } from '../lib/random';
import { csvRows, type CsvCell, type CsvFileInfo, type ScoreObject } from '../lib/treeToCsv';

/** The as-of date the data is generated for (every date is relative to it): the sample data's anchor. */
export const SCORE_DATA_AS_OF = '2026-11-02';

/** Key prefixes (the first three characters of an Id) of the objects generated. */
export const KEY_PREFIXES: Readonly<Record<ScoreObject, string>> = {
    Account: '001',
    Contact: '003',
    Lead: '00Q',
    Task: '00T',
    Event: '00U',
    Campaign: '701',
    CampaignMember: '00v',
    Opportunity: '006',
    // A custom object's prefix is given by the org when the object is created: a0X as an example.
    SI_Intent_Signal__c: 'a0X'
};

// ---------------------------------------------------------------------------------------------
// Salesforce Ids

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 3-character case-safe suffix of a 15-character Id: for each 5-character block, a 5-bit number whose
 * bit i is set when the block's i-th character is an upper-case letter, written with `A-Z0-5`.
 */
export function idSuffix(id15: string): string {
    if (id15.length !== 15) throw new Error(`idSuffix: a 15-character Id is needed, got ${JSON.stringify(id15)}`);
    let suffix = '';
    for (let block = 0; block < 15; block += 5) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const c = id15.charCodeAt(block + i);
            if (c >= 65 && c <= 90) bits |= 1 << i;
        }
        suffix += SUFFIX_CHARS[bits];
    }
    return suffix;
}

/** The 18-character form of a 15-character Id (an 18-character Id is returned unchanged). */
export function toId18(id: string): string {
    if (id.length === 18) return id;
    return id + idSuffix(id);
}

/** True for an 18-character alphanumeric Id whose suffix matches its first 15 characters. */
export function isValidId18(id: unknown): boolean {
    return typeof id === 'string' && /^[0-9A-Za-z]{18}$/.test(id) && idSuffix(id.slice(0, 15)) === id.slice(15);
}

/** Two characters of the Id after the key prefix: the instance (pod) that created the record. */
const POD = '8d';

/**
 * The 18-character Id of the `n`-th record of a key prefix: prefix, pod, a reserved `0`, the record number in
 * base 62 (9 digits) and the suffix. `n` must be below 62^9 (and a safe integer).
 */
export function salesforceId(prefix: string, n: number): string {
    let digits = '';
    let rest = n;
    for (let i = 0; i < 9; i++) {
        digits = BASE62[rest % 62] + digits;
        rest = Math.floor(rest / 62);
    }
    return toId18(`${prefix}${POD}0${digits}`);
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** Seeded choices over mulberry32. */
class Rng {
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
        return items[Math.floor(this.next() * items.length)] as T;
    }
}

/** FNV-1a of a text: the stream of each object, so one object's count does not move another's values. */
function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

/** Values with weights, picked with one random number. */
class Weighted<T> {
    private readonly values: T[];
    private readonly cumulative: number[];
    private readonly total: number;
    constructor(items: readonly (readonly [T, number])[]) {
        this.values = items.map(([v]) => v);
        let sum = 0;
        this.cumulative = items.map(([, w]) => (sum += w));
        this.total = sum;
    }
    pick(rng: Rng): T {
        const r = rng.next() * this.total;
        let i = 0;
        while (i < this.cumulative.length - 1 && r >= (this.cumulative[i] as number)) i++;
        return this.values[i] as T;
    }
}

/** Picks an index in proportion to weights, by binary search over the running sums (O(log n)). */
class IndexPicker {
    private readonly sums: Float64Array;
    constructor(weights: ArrayLike<number>) {
        this.sums = new Float64Array(weights.length);
        let sum = 0;
        for (let i = 0; i < weights.length; i++) this.sums[i] = sum += weights[i] as number;
    }
    get total(): number {
        return this.sums.length ? (this.sums[this.sums.length - 1] as number) : 0;
    }
    pick(rng: Rng): number {
        const r = rng.next() * this.total;
        let lo = 0;
        let hi = this.sums.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (r < (this.sums[mid] as number)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}

// ---------------------------------------------------------------------------------------------
// Dates: day strings cached, date/times as Bulk API writes them (UTC, milliseconds, Z)

const DAY_MS = 86_400_000;
/** Days after the as-of date that may be generated (upcoming tasks, events, campaigns, close dates). */
const FUTURE_DAYS = 400;
/** Days before the as-of date covered by the data (two years), and a margin for created dates. */
const HISTORY_DAYS = 730;
const PAST_DAYS = HISTORY_DAYS + 60;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

class Calendar {
    private readonly days: string[];
    constructor(asOf: string) {
        const base = parseAsOf(asOf) * DAY_MS;
        this.days = Array.from({ length: PAST_DAYS + FUTURE_DAYS + 1 }, (_, i) => new Date(base + (i - PAST_DAYS) * DAY_MS).toISOString().slice(0, 10));
    }
    /** YYYY-MM-DD of `ago` days before the as-of date (negative: after it). */
    date(ago: number): string {
        const i = PAST_DAYS - Math.round(ago);
        return this.days[Math.min(this.days.length - 1, Math.max(0, i))] as string;
    }
    /** ISO date/time of that day at the given UTC time. */
    dateTime(ago: number, hour: number, minute: number, second = 0): string {
        return `${this.date(ago)}T${TWO[hour]}:${TWO[minute]}:${TWO[second]}.000Z`;
    }
}

/** A working-hours UTC time (08:00 to 22:59: the Americas and Europe). */
function workTime(rng: Rng): [number, number, number] {
    return [rng.int(8, 22), rng.int(0, 59), rng.int(0, 59)];
}

// ---------------------------------------------------------------------------------------------
// Streaming CSV files

/** Rows buffered before one write: bounds memory, keeps papaparse calls few. */
const BATCH_ROWS = 2000;

/** One CSV file written through a write stream, waiting for `drain` when the stream's buffer is full. */
class CsvStream {
    private readonly stream: WriteStream;
    private rows: CsvCell[][] = [];
    count = 0;
    constructor(
        path: string,
        readonly name: string,
        readonly columns: readonly string[]
    ) {
        this.stream = createWriteStream(path, { highWaterMark: 1 << 20 });
        this.stream.write(csvRows([columns]));
    }
    /** Buffers a row; true when the buffer should be flushed (`await flush()`). */
    add(cells: CsvCell[]): boolean {
        if (cells.length !== this.columns.length) throw new Error(`${this.name}: ${cells.length} cells for ${this.columns.length} columns`);
        this.rows.push(cells);
        this.count++;
        return this.rows.length >= BATCH_ROWS;
    }
    async flush(): Promise<void> {
        if (this.rows.length === 0) return;
        const text = csvRows(this.rows);
        this.rows = [];
        if (!this.stream.write(text)) await once(this.stream, 'drain');
    }
    async close(): Promise<CsvFileInfo> {
        await this.flush();
        this.stream.end();
        await finished(this.stream);
        return { name: this.name, rows: this.count, columns: [...this.columns] };
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

// prettier-ignore
const ADJECTIVES = [
    'Northwind', 'Bluepeak', 'Silver', 'Granite', 'Harbor', 'Summit', 'Crescent', 'Evergreen', 'Ironwood', 'Lumen',
    'Maple', 'Nimbus', 'Orchard', 'Pinnacle', 'Quartz', 'Redwood', 'Sable', 'Tidal', 'Vertex', 'Willow',
    'Amber', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Glacier', 'Horizon', 'Indigo', 'Juniper',
    'Kestrel', 'Lakeside', 'Meridian', 'Nova', 'Onyx', 'Prairie', 'Riverbend', 'Sterling', 'Terra', 'Zenith'
] as const;
// prettier-ignore
const NOUNS = [
    'Ridge', 'Bridge', 'Field', 'Stone', 'Point', 'Bay', 'Gate', 'Forge', 'Grove', 'Crest',
    'Works', 'Path', 'Peak', 'Vale', 'Wave', 'Harvest', 'Arc', 'Lane', 'Spring', 'Rock',
    'Hollow', 'Mesa', 'Shore', 'Sky', 'Brook', 'Haven', 'Mill', 'Loop', 'Line', 'Signal',
    'Pier', 'Canyon', 'Meadow', 'Circuit', 'Anchor', 'Compass', 'Lantern', 'Quarry', 'Summit', 'Tower'
] as const;
/** Industry of each kind of company, and the word its name ends with. */
const KINDS: readonly (readonly [string, string | null])[] = [
    ['Analytics', 'Technology'],
    ['Software', 'Software'],
    ['Systems', 'Technology'],
    ['Bank', 'Banking'],
    ['Capital', 'Financial Services'],
    ['Health', 'Healthcare'],
    ['Medical', 'Healthcare'],
    ['Manufacturing', 'Manufacturing'],
    ['Machinery', 'Manufacturing'],
    ['Telecom', 'Telecommunications'],
    ['Retail', 'Retail'],
    ['Foods', 'Food & Beverage'],
    ['Logistics', 'Transportation'],
    ['Energy', 'Energy'],
    ['Media', 'Media'],
    ['Learning', 'Education'],
    ['Hotels', 'Hospitality'],
    ['Consulting', 'Consulting'],
    ['Labs', null],
    ['Partners', 'Not For Profit']
];
const LEGAL = ['', '', '', ' Inc.', ' LLC', ' Ltd', ' Group', ' GmbH', ' Corp.', ' Holdings'] as const;
const TLDS = ['com', 'com', 'com', 'com', 'io', 'co', 'net', 'de', 'co.uk', 'com.au'] as const;

/** Companies of leads that match no account: words no account name uses. */
const OTHER_COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Soylent', 'Cyberdyne', 'Wonka', 'Gringotts', 'Oscorp', 'Massive Dynamic', 'Pied Piper'] as const;
const OTHER_KINDS = ['Industries', 'Trading', 'Ventures', 'Studio', 'Outfitters', 'Collective'] as const;
const PERSONAL_DOMAINS = ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com'] as const;

const COUNTRIES = new Weighted<string | null>([
    ['United States', 40],
    ['USA', 5],
    ['US', 3],
    ['Canada', 6],
    ['United Kingdom', 8],
    ['UK', 2],
    ['Germany', 7],
    ['France', 5],
    ['Netherlands', 3],
    ['Australia', 4],
    ['India', 5],
    ['Brazil', 3],
    ['Japan', 3],
    ['Spain', 2],
    ['Singapore', 2],
    [null, 2]
]);
const STATES: Readonly<Record<string, readonly string[]>> = {
    'United States': ['CA', 'NY', 'TX', 'WA', 'MA', 'IL', 'GA', 'CO', 'FL', 'NC', 'OR', 'PA'],
    Canada: ['ON', 'BC', 'QC', 'AB'],
    Australia: ['NSW', 'VIC', 'QLD']
};
const ACCOUNT_TYPES = new Weighted<string | null>([
    ['Prospect', 55],
    ['Customer - Direct', 20],
    ['Customer - Channel', 8],
    ['Channel Partner / Reseller', 5],
    ['Technology Partner', 4],
    ['Other', 3],
    [null, 5]
]);
const ABM_TIERS = new Weighted<string | null>([
    ['Tier 1', 5],
    ['Tier 2', 10],
    ['Tier 3', 15],
    [null, 70]
]);
const STAGES = new Weighted<string>([
    ['Target', 40],
    ['Awareness', 25],
    ['Consideration', 18],
    ['Decision', 10],
    ['Purchase', 7]
]);

// prettier-ignore
const FIRST_NAMES = [
    'Ava', 'Liam', 'Maya', 'Noah', 'Priya', 'Ethan', 'Sofia', 'Lucas', 'Chloe', 'Mateo', 'Hannah', 'Omar', 'Grace', 'Daniel',
    'Aisha', 'Samuel', 'Elena', 'Jonah', 'Mei', 'Gabriel', 'Zoe', 'Ravi', 'Clara', 'Isaac', 'Nadia', 'Felix', 'Leah', 'Marcus',
    'Ingrid', 'Tomas', 'Yuki', 'Adrian', 'Fatima', 'Oliver', 'Rosa', 'Kenji', 'Amara', 'Henrik', 'Lucia', 'Dmitri', 'Naomi',
    'Caleb', 'Anika', 'Julian', 'Keira', 'Mohammed', 'Selin', 'Tobias', 'Wren', 'Arjun', 'Bianca', 'Diego', 'Esther', 'Imani'
] as const;
// prettier-ignore
const LAST_NAMES = [
    'Anderson', 'Bakshi', 'Castillo', 'Dubois', 'Eriksen', 'Fitzgerald', 'Garcia', 'Haddad', 'Ibrahim', 'Jensen', 'Kowalski',
    'Lindqvist', 'Morales', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Whitaker',
    'Xu', 'Yilmaz', 'Zimmerman', 'Brennan', 'Chen', 'Delgado', 'Fournier', 'Gupta', 'Hartmann', 'Kapoor', 'Lambert', 'Mendes',
    'Novak', "O'Neill", 'Park', 'Ramirez', 'Sato', 'Thornton', 'Vasquez', 'Walsh', 'Young', 'Zhou', 'Müller', 'Núñez', 'Smith-Jones'
] as const;

/**
 * Titles with weights (a seniority pyramid). Each shipped persona (customMetadata/SI_Persona.*) is hit by
 * its keywords or by its job function and seniority, in several spellings; then roles outside every
 * persona, and blanks (the classifier's Other).
 */
const TITLES = new Weighted<string | null>([
    // Economic Buyer (Executive, C-Level)
    ['CEO', 3],
    ['Chief Executive Officer', 2],
    ['President', 1],
    ['Co-Founder & CEO', 1],
    ['Chief Operating Officer', 1],
    ['CFO', 1],
    ['Managing Director', 1],
    // Technical Buyer (IT, C-Level)
    ['CIO', 2],
    ['Chief Technology Officer', 2],
    ['CTO', 2],
    ['VP of IT', 2],
    ['IT Director', 3],
    ['Head of IT', 2],
    // Security Leader (Security, C-Level)
    ['CISO', 2],
    ['Chief Information Security Officer', 1],
    ['Head of Security', 2],
    ['Director of IT Security', 2],
    // Engineering Leader (Engineering, VP)
    ['VP of Engineering', 3],
    ['Vice President, Engineering', 2],
    ['Director of Engineering', 3],
    ['Head of Engineering', 2],
    ['Director of Software Engineering', 2],
    // Finance Leader (Finance, VP)
    ['VP Finance', 2],
    ['Vice President of Finance', 1],
    ['Controller', 3],
    ['Finance Director', 2],
    ['Director of FP&A', 1],
    // Operations Leader (Operations, Director)
    ['Director of Operations', 3],
    ['VP of Operations', 2],
    ['VP Supply Chain', 1],
    ['Head of Operations', 2],
    // Engineering Manager (Engineering, Manager)
    ['Engineering Manager', 6],
    ['Software Development Manager', 3],
    // IT Manager (IT, Manager)
    ['IT Manager', 5],
    ['Infrastructure Manager', 2],
    ['IT Operations Manager', 2],
    // Practitioner (Engineering, Individual Contributor)
    ['Software Engineer', 14],
    ['Senior Software Engineer', 10],
    ['Data Engineer', 6],
    ['DevOps Engineer', 5],
    ['Solutions Architect', 4],
    ['Systems Administrator', 4],
    ['Data Scientist', 3],
    ['Security Analyst', 3],
    ['IT Support Specialist', 3],
    // Outside the buying committee
    ['Chief Marketing Officer', 1],
    ['VP Marketing', 2],
    ['Director of Demand Generation', 2],
    ['Marketing Manager', 6],
    ['Marketing Specialist', 6],
    ['VP of Sales', 2],
    ['Regional Sales Manager', 4],
    ['Account Executive', 8],
    ['Sales Development Representative', 6],
    ['Director of Product Management', 2],
    ['Product Manager', 5],
    ['Product Designer', 3],
    ['HR Manager', 3],
    ['Recruiter', 4],
    ['General Counsel', 1],
    ['Paralegal', 2],
    ['Customer Success Manager', 5],
    ['Financial Analyst', 4],
    ['Operations Analyst', 4],
    ['Consultant', 3],
    ['Executive Assistant', 3],
    ['Intern', 2],
    [null, 18]
]);

const CAMPAIGN_THEMES: readonly (readonly [type: string, name: string, days: number])[] = [
    ['Webinar', 'Webinar: Taming Pipeline Sprawl', 1],
    ['Email', 'Newsletter', 1],
    ['Conference', 'DataOps Summit Booth', 3],
    ['Content', 'E-book: The Observability Playbook', 60],
    ['Webinar', 'Webinar: Cost-Aware Analytics', 1],
    ['Email', 'Nurture: Data Quality', 30],
    ['Trade Show', 'Cloud Expo Stand', 3],
    ['Website', 'Website: ROI Calculator', 90],
    ['Direct Mail', 'Executive Gift Box', 10],
    ['Advertisement', 'Paid Social: Observability Guide', 30],
    ['Webinar', 'Customer Panel Webinar', 1],
    ['Other', 'Roundtable Dinner', 1]
];

// prettier-ignore
const KEYWORDS = [
    'data observability', 'data pipeline monitoring', 'data quality tools', 'real-time analytics', 'lakehouse',
    'zero trust', 'siem', 'etl', 'vector database', 'data catalog', 'cloud cost management', 'kubernetes monitoring',
    'mlops', 'data governance', 'customer data platform', 'api management', 'incident management', 'log analytics',
    'data warehouse migration', 'reverse etl', 'feature store', 'stream processing', 'fraud detection', 'supply chain analytics'
] as const;
const SIGNAL_TYPES = new Weighted<readonly [string, string]>([
    [['Keyword Research', 'Third-party intent feed'], 5],
    [['Web Visit', 'Website analytics'], 4],
    [['Content Download', 'Marketing automation'], 2],
    [['Review Site', 'Software review site'], 1]
]);

const CALL_SUBJECTS = ['Discovery call', 'Follow-up call', 'Call: pricing questions', 'Intro call', 'Check-in call', 'Left voicemail'] as const;
const EMAIL_SUBJECTS = ['Email: case study', 'Email: follow-up on webinar', 'Email: proposal next steps', 'Email: introduction', 'Email: ROI calculator', 'Re: "Q3 pricing", as discussed'] as const;
const TODO_SUBJECTS = ['Send proposal', 'Prepare demo environment', 'Meeting notes', 'Update mutual action plan', 'Research account, org chart'] as const;
const MEETING_SUBJECTS = ['Discovery meeting', 'Product demo', 'Technical deep-dive', 'Executive briefing', 'Pricing review', 'Onsite workshop'] as const;
const PRODUCTS = ['Platform', 'Expansion', 'Pilot', 'Renewal', 'Add-on Seats', 'Professional Services'] as const;
const OPEN_STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Proposal/Price Quote', 'Negotiation/Review'] as const;

// ---------------------------------------------------------------------------------------------
// Columns of each file (the SOQL a score export would run, in that order)

const COLUMNS: Readonly<Record<ScoreObject, readonly string[]>> = {
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
        'SI_Profile_Fit_Score__c',
        'SI_Profile_Fit_Band__c',
        'SI_Reach_Score__c',
        'SI_Reach_Level__c',
        'SI_Intent_Score__c',
        'SI_Buying_Stage__c',
        'SI_Qualified__c',
        'SI_Qualified_Start_Date__c',
        'SI_Qualified_End_Date__c',
        'SI_Last_Scored_At__c'
    ],
    Contact: ['Id', 'AccountId', 'FirstName', 'LastName', 'Name', 'Title', 'Email', 'HasOptedOutOfEmail'],
    Lead: ['Id', 'Company', 'FirstName', 'LastName', 'Name', 'Title', 'Email', 'Website', 'Status', 'IsConverted', 'HasOptedOutOfEmail'],
    Task: ['Id', 'WhoId', 'WhatId', 'AccountId', 'Subject', 'Type', 'TaskSubtype', 'Status', 'Priority', 'IsClosed', 'ActivityDate', 'CompletedDateTime', 'CreatedDate'],
    Event: ['Id', 'WhoId', 'WhatId', 'AccountId', 'Subject', 'Type', 'EventSubtype', 'ActivityDate', 'ActivityDateTime', 'DurationInMinutes', 'EndDateTime', 'IsAllDayEvent', 'CreatedDate'],
    Campaign: ['Id', 'Name', 'Type', 'Status', 'StartDate', 'EndDate', 'IsActive', 'CreatedDate'],
    CampaignMember: ['Id', 'CampaignId', 'ContactId', 'LeadId', 'Status', 'HasResponded', 'FirstRespondedDate', 'CreatedDate', 'Campaign.Name', 'Campaign.Type'],
    Opportunity: ['Id', 'AccountId', 'Name', 'StageName', 'Amount', 'CloseDate', 'Type', 'IsClosed', 'IsWon', 'CreatedDate'],
    SI_Intent_Signal__c: ['Id', 'Name', 'Account__c', 'Contact__c', 'Lead__c', 'Keyword__c', 'Signal_Type__c', 'Weight__c', 'Occurred_At__c', 'Source__c']
};

// ---------------------------------------------------------------------------------------------
// The generator

export interface ScoreDataOptions {
    /** Output folder (created if missing; the nine files in it are replaced). */
    dir: string;
    accounts: number;
    /** Contacts and leads together (about 60 % contacts). */
    people: number;
    /** Tasks and events together (about 70 % tasks). */
    activities: number;
    seed: number;
    /** Default 50. */
    campaigns?: number;
    /** Default SCORE_DATA_AS_OF. */
    asOf?: string;
}

export interface ScoreDataResult {
    asOf: string;
    /** The nine files, in `SCORE_OBJECTS` order (as `exportTreeAsCsv` lists them). */
    files: CsvFileInfo[];
    ms: number;
}

const bool = (value: boolean): string => (value ? 'true' : 'false');
const slug = (text: string): string =>
    text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '');

/** Everything later objects need to know about the accounts and people already written. */
interface World {
    accounts: number;
    accountIds: string[];
    accountNames: string[];
    domains: string[];
    /** How much of everything an account gets: a few large, most small, some none (weight 0). */
    size: Float64Array;
    /** 0 to 1: how active the account is now (recent activities, responses and intent). */
    heat: Float64Array;
    contactIds: string[];
    /** Contacts of account a: contactStart[a] .. contactStart[a + 1] - 1 (contacts are written by account). */
    contactStart: Int32Array;
    leadIds: string[];
    /** Account index of each lead matched to one (and not converted), else -1. */
    leadAccount: Int32Array;
    /** Leads of account a: leadOrder[leadStart[a] .. leadStart[a + 1] - 1]. */
    leadStart: Int32Array;
    leadOrder: Int32Array;
    opportunityIds: string[];
    opportunityStart: Int32Array;
    campaignIds: string[];
    campaignNames: string[];
    campaignTypes: string[];
    campaignStart: number[];
}

/** Id numbers start at a seeded offset (as in an org that has created records before). */
function idBase(rng: Rng): number {
    return 62 ** 5 + rng.int(0, 62 ** 6);
}

/** Splits `total` over buckets in proportion to weights (largest remainders), as start offsets. */
function allocate(total: number, weights: Float64Array, rng: Rng): Int32Array {
    const n = weights.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += weights[i] as number;
    const counts = new Int32Array(n);
    if (sum > 0) {
        let given = 0;
        for (let i = 0; i < n; i++) {
            const c = Math.floor((total * (weights[i] as number)) / sum);
            counts[i] = c;
            given += c;
        }
        const picker = new IndexPicker(weights);
        while (given < total) {
            const i = picker.pick(rng);
            counts[i] = (counts[i] as number) + 1;
            given++;
        }
    }
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (counts[i] as number);
    return start;
}

async function writeAccounts(dir: string, count: number, seed: number, cal: Calendar): Promise<{ info: CsvFileInfo; world: Pick<World, 'accounts' | 'accountIds' | 'accountNames' | 'domains' | 'size' | 'heat'> }> {
    const rng = new Rng(seed ^ hash('Account'));
    const base = idBase(rng);
    const out = new CsvStream(join(dir, 'Account.csv'), 'Account.csv', COLUMNS.Account);
    const accountIds: string[] = [];
    const accountNames: string[] = [];
    const domains: string[] = [];
    const size = new Float64Array(count);
    const heat = new Float64Array(count);
    // Names (and domains) in a seeded order of every adjective, noun and kind: unique, industries mixed.
    const combos = ADJECTIVES.length * NOUNS.length * KINDS.length;
    const order = Int32Array.from({ length: combos }, (_, i) => i);
    for (let i = combos - 1; i > 0; i--) {
        const j = rng.int(0, i);
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
    }
    const { criteria, settings } = DEFAULT_CONFIG;
    for (let a = 0; a < count; a++) {
        const combo = order[a % combos] as number;
        const round = Math.floor(a / combos);
        const adjective = ADJECTIVES[combo % ADJECTIVES.length] as string;
        const noun = NOUNS[Math.floor(combo / ADJECTIVES.length) % NOUNS.length] as string;
        const [kind, industry] = KINDS[Math.floor(combo / (ADJECTIVES.length * NOUNS.length))] as readonly [string, string | null];
        const baseName = `${adjective} ${noun} ${kind}${round > 0 ? ` ${round + 1}` : ''}`;
        const name = baseName + rng.pick(LEGAL);
        const domain = `${slug(adjective + noun + kind)}${round > 0 ? round + 1 : ''}.${rng.pick(TLDS)}`;
        const id = salesforceId(KEY_PREFIXES.Account, base + a);
        accountIds.push(id);
        accountNames.push(baseName);
        domains.push(domain);
        size[a] = rng.chance(0.03) ? 0 : Math.min(150, Math.pow(1 - rng.next(), -1 / 1.2));
        heat[a] = Math.pow(rng.next(), 2.5);

        const websiteForm = rng.int(0, 9);
        const website = websiteForm === 0 ? null : websiteForm < 5 ? `https://www.${domain}` : websiteForm < 7 ? `www.${domain}` : websiteForm < 9 ? domain : `http://${domain}/`;
        const sizeShare = Math.log(1 + (size[a] as number)) / Math.log(151);
        const employees = rng.chance(0.06) ? null : Math.round(5 * Math.pow(10, 4.6 * (0.55 * rng.next() + 0.45 * sizeShare)));
        const revenue = employees === null || rng.chance(0.1) ? null : Math.round((employees * rng.int(60, 420)) / 10) * 10_000;
        const country = COUNTRIES.pick(rng);
        const states = country === 'USA' || country === 'US' ? STATES['United States'] : country ? STATES[country] : undefined;
        const state = states && rng.chance(0.9) ? rng.pick(states) : null;
        const accountIndustry = industry === null || rng.chance(0.05) ? null : industry;

        const cells: CsvCell[] = [
            id,
            name,
            website,
            accountIndustry,
            employees === null ? null : String(employees),
            revenue === null ? null : String(revenue),
            country,
            state,
            ACCOUNT_TYPES.pick(rng),
            ABM_TIERS.pick(rng),
            null,
            null,
            null,
            null,
            null,
            null,
            'false',
            null,
            null,
            null
        ];
        // About a third were scored by an earlier run: most profile fits are still right, some stale.
        if (rng.chance(0.35)) {
            const record: Account = { Id: id, Name: name, Website: website, Industry: accountIndustry, NumberOfEmployees: employees, AnnualRevenue: revenue, BillingCountry: country, BillingState: state };
            const fit = computeProfileFit(record, criteria, settings, null, id).score;
            const storedFit = rng.chance(0.8) ? fit : Math.max(0, Math.min(100, fit + rng.pick([-30, -20, -10, 10, 15, 25])));
            const band = fitBand(storedFit, settings);
            const reach = rng.int(0, 100);
            const stage = STAGES.pick(rng);
            const qualified = band !== 'Weak' && (stage === 'Decision' || stage === 'Purchase');
            cells[10] = String(storedFit);
            cells[11] = band;
            cells[12] = String(reach);
            cells[13] = reach >= settings.Reach_High_Min ? 'High' : reach >= settings.Reach_Medium_Min ? 'Medium' : 'Low';
            cells[14] = String(stage === 'Target' ? 0 : rng.int(1, 100));
            cells[15] = stage;
            cells[16] = bool(qualified);
            const scoredDaysAgo = rng.int(1, 30);
            if (qualified) cells[17] = cal.date(scoredDaysAgo + rng.int(0, 400));
            else if (rng.chance(0.1)) {
                const ended = scoredDaysAgo + rng.int(0, 300);
                cells[17] = cal.date(ended + rng.int(30, 300));
                cells[18] = cal.date(ended);
            }
            const [h, m, s] = workTime(rng);
            cells[19] = cal.dateTime(scoredDaysAgo, h, m, s);
        }
        if (out.add(cells)) await out.flush();
    }
    return { info: await out.close(), world: { accounts: count, accountIds, accountNames, domains, size, heat } };
}

function personName(rng: Rng): { first: string; last: string } {
    return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

function emailLocal(rng: Rng, first: string, last: string): string {
    const f = slug(first);
    const l = slug(last);
    const form = rng.int(0, 5);
    return form < 3 ? `${f}.${l}` : form === 3 ? `${f[0] ?? 'x'}${l}` : form === 4 ? `${f}` : `${f}_${l}${rng.int(1, 99)}`;
}

async function writeContacts(dir: string, count: number, seed: number, w: Pick<World, 'accountIds' | 'domains' | 'size'>): Promise<{ info: CsvFileInfo; contactIds: string[]; contactStart: Int32Array }> {
    const rng = new Rng(seed ^ hash('Contact'));
    const base = idBase(rng);
    const contactStart = allocate(count, w.size, rng);
    const out = new CsvStream(join(dir, 'Contact.csv'), 'Contact.csv', COLUMNS.Contact);
    const contactIds: string[] = [];
    for (let a = 0; a < w.accountIds.length; a++) {
        for (let c = contactStart[a] as number; c < (contactStart[a + 1] as number); c++) {
            const id = salesforceId(KEY_PREFIXES.Contact, base + c);
            contactIds.push(id);
            const { first, last } = personName(rng);
            const email = rng.chance(0.03) ? null : `${emailLocal(rng, first, last)}@${w.domains[a] as string}`;
            if (out.add([id, w.accountIds[a] as string, first, last, `${first} ${last}`, TITLES.pick(rng), email, bool(rng.chance(0.04))])) await out.flush();
        }
    }
    return { info: await out.close(), contactIds, contactStart };
}

async function writeLeads(
    dir: string,
    count: number,
    seed: number,
    w: Pick<World, 'accountIds' | 'accountNames' | 'domains' | 'size'>
): Promise<{ info: CsvFileInfo; leadIds: string[]; leadAccount: Int32Array; leadStart: Int32Array; leadOrder: Int32Array }> {
    const rng = new Rng(seed ^ hash('Lead'));
    const base = idBase(rng);
    const accounts = new IndexPicker(w.size);
    const out = new CsvStream(join(dir, 'Lead.csv'), 'Lead.csv', COLUMNS.Lead);
    const leadIds: string[] = [];
    const leadAccount = new Int32Array(count).fill(-1);
    const matchable = accounts.total > 0;
    for (let l = 0; l < count; l++) {
        const id = salesforceId(KEY_PREFIXES.Lead, base + l);
        leadIds.push(id);
        const { first, last } = personName(rng);
        const local = emailLocal(rng, first, last);
        const how = rng.next();
        let company: string;
        let email: string | null;
        let website: string | null = null;
        let account = -1;
        if (matchable && how < 0.55) {
            // Email at the account's domain; the company as the rep typed it.
            account = accounts.pick(rng);
            const name = w.accountNames[account] as string;
            company = rng.chance(0.7) ? name : rng.chance(0.5) ? `${name.toUpperCase()} INC` : `${name.split(' ').slice(0, 2).join(' ')} (${rng.pick(['EMEA', 'US', 'Holdings'])})`;
            email = `${local}@${w.domains[account] as string}`;
            if (rng.chance(0.3)) website = `https://${w.domains[account] as string}`;
        } else if (matchable && how < 0.65) {
            // A personal address: matched by the website the lead gave.
            account = accounts.pick(rng);
            company = `${(w.accountNames[account] as string).split(' ')[0] as string} Division`;
            email = `${local}@${rng.pick(PERSONAL_DOMAINS)}`;
            website = `www.${w.domains[account] as string}`;
        } else if (matchable && how < 0.78) {
            // A personal address and the company's name: matched by name only.
            account = accounts.pick(rng);
            company = `The ${w.accountNames[account] as string}${rng.pick(['', ' Inc', ', LLC', ' Ltd.'])}`;
            email = `${local}@${rng.pick(PERSONAL_DOMAINS)}`;
        } else {
            // A company that is no account.
            const other = `${rng.pick(OTHER_COMPANIES)} ${rng.pick(OTHER_KINDS)}`;
            company = other;
            email = rng.chance(0.3) ? `${local}@${rng.pick(PERSONAL_DOMAINS)}` : `${local}@${slug(other)}.com`;
        }
        if (rng.chance(0.03)) email = null;
        const converted = rng.chance(0.06);
        if (!converted) leadAccount[l] = account;
        const status = converted ? 'Closed - Converted' : rng.pick(['Open - Not Contacted', 'Open - Not Contacted', 'Working - Contacted', 'Working - Contacted', 'Closed - Not Converted']);
        if (out.add([id, company, first, last, `${first} ${last}`, TITLES.pick(rng), email, website, status, bool(converted), bool(rng.chance(0.05))])) await out.flush();
    }
    // Leads by account (a counting sort), for intent signals that name one.
    const leadStart = new Int32Array(w.accountIds.length + 1);
    for (let l = 0; l < count; l++) {
        const a = leadAccount[l] as number;
        if (a >= 0) leadStart[a + 1] = (leadStart[a + 1] as number) + 1;
    }
    for (let a = 0; a < w.accountIds.length; a++) leadStart[a + 1] = (leadStart[a + 1] as number) + (leadStart[a] as number);
    const fill = leadStart.slice(0, w.accountIds.length);
    const leadOrder = new Int32Array(leadStart[w.accountIds.length] as number);
    for (let l = 0; l < count; l++) {
        const a = leadAccount[l] as number;
        if (a < 0) continue;
        const at = fill[a] as number;
        leadOrder[at] = l;
        fill[a] = at + 1;
    }
    return { info: await out.close(), leadIds, leadAccount, leadStart, leadOrder };
}

async function writeCampaigns(dir: string, count: number, seed: number, cal: Calendar): Promise<{ info: CsvFileInfo; campaignIds: string[]; campaignNames: string[]; campaignTypes: string[]; campaignStart: number[] }> {
    const rng = new Rng(seed ^ hash('Campaign'));
    const base = idBase(rng);
    const out = new CsvStream(join(dir, 'Campaign.csv'), 'Campaign.csv', COLUMNS.Campaign);
    const campaignIds: string[] = [];
    const campaignNames: string[] = [];
    const campaignTypes: string[] = [];
    const campaignStart: number[] = [];
    const step = (HISTORY_DAYS - 20) / Math.max(1, count);
    for (let i = 0; i < count; i++) {
        const [type, theme, length] = CAMPAIGN_THEMES[i % CAMPAIGN_THEMES.length] as readonly [string, string, number];
        // Newest first; the two newest start after the as-of date (planned).
        const startAgo = i < 2 && count > 4 ? -rng.int(5, 40) : Math.round(5 + (i - 2) * step + rng.int(0, Math.max(0, Math.floor(step) - 1)));
        const id = salesforceId(KEY_PREFIXES.Campaign, base + i);
        const name = `${cal.date(startAgo).slice(0, 7)} ${theme}`;
        const endAgo = startAgo - length;
        const status = startAgo < 0 ? 'Planned' : endAgo > 0 ? 'Completed' : 'In Progress';
        const [h, m, s] = workTime(rng);
        campaignIds.push(id);
        campaignNames.push(name);
        campaignTypes.push(type);
        campaignStart.push(startAgo);
        if (out.add([id, name, type, status, cal.date(startAgo), cal.date(endAgo), bool(status !== 'Completed'), cal.dateTime(Math.max(startAgo, 0) + rng.int(10, 45), h, m, s)])) await out.flush();
    }
    return { info: await out.close(), campaignIds, campaignNames, campaignTypes, campaignStart };
}

async function writeCampaignMembers(dir: string, seed: number, cal: Calendar, w: World): Promise<CsvFileInfo> {
    const rng = new Rng(seed ^ hash('CampaignMember'));
    let next = idBase(rng);
    const out = new CsvStream(join(dir, 'CampaignMember.csv'), 'CampaignMember.csv', COLUMNS.CampaignMember);
    const campaigns = w.campaignIds.length;
    if (campaigns === 0) return out.close();
    const chosen = new Set<number>();
    const contactAccount = new Int32Array(w.contactIds.length);
    for (let a = 0; a < w.accounts; a++) for (let c = w.contactStart[a] as number; c < (w.contactStart[a + 1] as number); c++) contactAccount[c] = a;
    const people = w.contactIds.length + w.leadIds.length;
    for (let p = 0; p < people; p++) {
        const lead = p >= w.contactIds.length;
        const index = lead ? p - w.contactIds.length : p;
        const account = lead ? (w.leadAccount[index] as number) : (contactAccount[index] as number);
        const heat = account >= 0 ? (w.heat[account] as number) : 0.1;
        const u = rng.next();
        const k = Math.min(campaigns, u < 0.52 ? 0 : u < 0.82 ? 1 : u < 0.93 ? 2 : u < 0.975 ? 3 : 5);
        chosen.clear();
        while (chosen.size < k) chosen.add(rng.int(0, campaigns - 1));
        for (const c of [...chosen].sort((x, y) => x - y)) {
            const startAgo = w.campaignStart[c] as number;
            const type = w.campaignTypes[c] as string;
            const responded = startAgo >= 0 && rng.chance(0.15 + 0.5 * heat);
            const status = responded
                ? type === 'Webinar' || type === 'Conference' || type === 'Trade Show'
                    ? rng.pick(['Attended', 'Responded'])
                    : type === 'Email'
                      ? rng.pick(['Clicked', 'Responded'])
                      : type === 'Content' || type === 'Website'
                        ? rng.pick(['Downloaded', 'Responded'])
                        : 'Responded'
                : rng.pick(type === 'Webinar' ? ['Sent', 'Registered'] : ['Sent', 'Sent', 'Opened']);
            const respondedAgo = Math.max(0, startAgo - rng.int(0, 10));
            const [h, m, s] = workTime(rng);
            const personId = lead ? (w.leadIds[index] as string) : (w.contactIds[index] as string);
            const cells: CsvCell[] = [
                salesforceId(KEY_PREFIXES.CampaignMember, next++),
                w.campaignIds[c] as string,
                lead ? null : personId,
                lead ? personId : null,
                status,
                bool(responded),
                responded ? cal.date(respondedAgo) : null,
                cal.dateTime(Math.max(startAgo, 0) + rng.int(0, 7), h, m, s),
                w.campaignNames[c] as string,
                type
            ];
            if (out.add(cells)) await out.flush();
        }
    }
    return out.close();
}

async function writeOpportunities(dir: string, count: number, seed: number, cal: Calendar, w: Pick<World, 'accountIds' | 'accountNames' | 'size'>): Promise<{ info: CsvFileInfo; opportunityIds: string[]; opportunityStart: Int32Array }> {
    const rng = new Rng(seed ^ hash('Opportunity'));
    const base = idBase(rng);
    const weights = new Float64Array(w.size.length);
    for (let a = 0; a < weights.length; a++) weights[a] = Math.sqrt(w.size[a] as number);
    const opportunityStart = allocate(count, weights, rng);
    const out = new CsvStream(join(dir, 'Opportunity.csv'), 'Opportunity.csv', COLUMNS.Opportunity);
    const opportunityIds: string[] = [];
    for (let a = 0; a < w.accountIds.length; a++) {
        for (let o = opportunityStart[a] as number; o < (opportunityStart[a + 1] as number); o++) {
            const id = salesforceId(KEY_PREFIXES.Opportunity, base + o);
            opportunityIds.push(id);
            const u = rng.next();
            const won = u < 0.25;
            const closed = u < 0.6;
            const closeAgo = closed ? rng.int(1, HISTORY_DAYS - 30) : rng.chance(0.85) ? -rng.int(1, 240) : rng.int(1, 60);
            const stage = won ? 'Closed Won' : closed ? 'Closed Lost' : rng.pick(OPEN_STAGES);
            const [h, m, s] = workTime(rng);
            const cells: CsvCell[] = [
                id,
                w.accountIds[a] as string,
                `${w.accountNames[a] as string} - ${rng.pick(PRODUCTS)}`,
                stage,
                rng.chance(0.05) ? null : String(rng.int(50, 8000) * 100),
                cal.date(closeAgo),
                rng.pick(['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Renewal']),
                bool(closed),
                bool(won),
                cal.dateTime(Math.max(closeAgo, 0) + rng.int(20, 200), h, m, s)
            ];
            if (out.add(cells)) await out.flush();
        }
    }
    return { info: await out.close(), opportunityIds, opportunityStart };
}

/** Days before the as-of date of an activity: recent ones more likely, more so on hot accounts; a few upcoming. */
function activityAgo(rng: Rng, heat: number, upcoming: number): number {
    if (rng.chance(upcoming)) return -rng.int(1, 45);
    return Math.floor(HISTORY_DAYS * Math.pow(rng.next(), 1.2 + 2.5 * heat));
}

async function writeActivities(dir: string, tasks: number, events: number, seed: number, cal: Calendar, w: World): Promise<CsvFileInfo[]> {
    const rng = new Rng(seed ^ hash('Activity'));
    let nextTask = idBase(rng);
    let nextEvent = idBase(rng);
    const taskOut = new CsvStream(join(dir, 'Task.csv'), 'Task.csv', COLUMNS.Task);
    const eventOut = new CsvStream(join(dir, 'Event.csv'), 'Event.csv', COLUMNS.Event);
    const activity = new Float64Array(w.accounts);
    for (let a = 0; a < w.accounts; a++) activity[a] = (w.size[a] as number) * (0.15 + (w.heat[a] as number));
    const accounts = new IndexPicker(activity);
    const leads = w.leadIds.length;
    const hasAccounts = accounts.total > 0;

    // Who and what an activity is about, as Salesforce fills WhoId, WhatId and AccountId.
    const subject = (): [who: string | null, what: string | null, accountId: string | null, heat: number] => {
        const r = rng.next();
        if ((r < 0.2 || !hasAccounts) && leads > 0) {
            const l = rng.int(0, leads - 1);
            const a = w.leadAccount[l] as number;
            return [w.leadIds[l] as string, null, null, a >= 0 ? (w.heat[a] as number) : 0.1];
        }
        if (!hasAccounts) return [null, null, null, 0];
        const a = accounts.pick(rng);
        const heat = w.heat[a] as number;
        const accountId = w.accountIds[a] as string;
        const from = w.contactStart[a] as number;
        const to = w.contactStart[a + 1] as number;
        const oFrom = w.opportunityStart[a] as number;
        const oTo = w.opportunityStart[a + 1] as number;
        const related = (p: number): string | null => {
            const x = rng.next();
            if (x < p && oTo > oFrom) return w.opportunityIds[rng.int(oFrom, oTo - 1)] as string;
            return x < 0.7 ? accountId : null;
        };
        if (r < 0.28 || to === from) {
            const what = related(0.3) ?? accountId; // on the account (or a deal) only
            return [null, what, accountId, heat];
        }
        return [w.contactIds[rng.int(from, to - 1)] as string, related(0.15), accountId, heat];
    };

    for (let t = 0; t < tasks; t++) {
        const [who, what, accountId, heat] = subject();
        const ago = activityAgo(rng, heat, 0.03);
        const future = ago < 0;
        const kind = rng.next();
        let type: string | null;
        let subtype: string;
        let text: string;
        if (kind < 0.35 && !future) {
            subtype = 'Call';
            type = rng.chance(0.9) ? 'Call' : null;
            text = rng.pick(CALL_SUBJECTS);
        } else if (kind < 0.8 && !future) {
            subtype = 'Email';
            type = rng.chance(0.7) ? 'Email' : null;
            text = rng.pick(EMAIL_SUBJECTS);
        } else if (kind < 0.85 && !future) {
            subtype = 'ListEmail';
            type = null;
            text = `List Email: ${rng.pick(EMAIL_SUBJECTS).replace(/^Email: /, '')}`;
        } else {
            subtype = 'Task';
            type = rng.pick(['Meeting', 'Other', 'Other', null, null]);
            text = rng.pick(TODO_SUBJECTS);
        }
        const status = future ? rng.pick(['Not Started', 'Not Started', 'In Progress']) : subtype === 'Task' && rng.chance(0.15) ? rng.pick(['Not Started', 'In Progress', 'Deferred']) : 'Completed';
        const closed = status === 'Completed';
        const [h, m, s] = workTime(rng);
        const createdAgo = subtype === 'Task' ? Math.max(ago, 0) + rng.int(0, 14) : Math.max(ago, 0);
        const cells: CsvCell[] = [
            salesforceId(KEY_PREFIXES.Task, nextTask++),
            who,
            what,
            accountId,
            text,
            type,
            subtype,
            status,
            rng.chance(0.15) ? 'High' : 'Normal',
            bool(closed),
            subtype === 'ListEmail' && rng.chance(0.5) ? null : cal.date(ago),
            closed ? cal.dateTime(ago, h, m, s) : null,
            cal.dateTime(createdAgo, h, Math.max(0, m - 5), s)
        ];
        if (taskOut.add(cells)) await taskOut.flush();
    }
    for (let e = 0; e < events; e++) {
        const [who, what, accountId, heat] = subject();
        const ago = activityAgo(rng, heat, 0.05);
        const allDay = rng.chance(0.02);
        const [h, m] = allDay ? [0, 0] : [rng.int(13, 21), rng.pick([0, 0, 15, 30, 30, 45])];
        const duration = allDay ? 1440 : rng.pick([30, 30, 45, 60, 60, 90]);
        const endMinutes = h * 60 + m + duration;
        const end = endMinutes >= 1440 ? cal.dateTime(ago - 1, Math.floor((endMinutes - 1440) / 60), (endMinutes - 1440) % 60) : cal.dateTime(ago, Math.floor(endMinutes / 60), endMinutes % 60);
        const [ch, cm, cs] = workTime(rng);
        const cells: CsvCell[] = [
            salesforceId(KEY_PREFIXES.Event, nextEvent++),
            who,
            what,
            accountId,
            rng.pick(MEETING_SUBJECTS),
            rng.pick(['Meeting', 'Meeting', 'Meeting', 'Meeting', 'Call', 'Other', null]),
            'Event',
            cal.date(ago),
            cal.dateTime(ago, h, m),
            String(duration),
            end,
            bool(allDay),
            cal.dateTime(Math.max(ago, 0) + rng.int(1, 21), ch, cm, cs)
        ];
        if (eventOut.add(cells)) await eventOut.flush();
    }
    return [await taskOut.close(), await eventOut.close()];
}

async function writeIntentSignals(dir: string, count: number, seed: number, cal: Calendar, w: World): Promise<CsvFileInfo> {
    const rng = new Rng(seed ^ hash('SI_Intent_Signal__c'));
    const base = idBase(rng);
    const out = new CsvStream(join(dir, 'SI_Intent_Signal__c.csv'), 'SI_Intent_Signal__c.csv', COLUMNS.SI_Intent_Signal__c);
    const weights = new Float64Array(w.accounts);
    for (let a = 0; a < w.accounts; a++) weights[a] = 0.2 + 6 * (w.heat[a] as number) + 0.05 * (w.size[a] as number);
    const accounts = new IndexPicker(weights);
    for (let i = 0; i < count && w.accounts > 0; i++) {
        const a = accounts.pick(rng);
        const heat = w.heat[a] as number;
        // Each account researches a few topics of its own, and now and then something else.
        const topic = rng.chance(0.85) ? (hash(`${a}`) + rng.int(0, 3) * 7) % KEYWORDS.length : rng.int(0, KEYWORDS.length - 1);
        const [signalType, source] = SIGNAL_TYPES.pick(rng);
        const cFrom = w.contactStart[a] as number;
        const cTo = w.contactStart[a + 1] as number;
        const lFrom = w.leadStart[a] as number;
        const lTo = w.leadStart[a + 1] as number;
        const x = rng.next();
        const contact = x < 0.2 && cTo > cFrom ? (w.contactIds[rng.int(cFrom, cTo - 1)] as string) : null;
        const lead = x >= 0.2 && x < 0.25 && lTo > lFrom ? (w.leadIds[w.leadOrder[rng.int(lFrom, lTo - 1)] as number] as string) : null;
        const ago = Math.floor(HISTORY_DAYS * Math.pow(rng.next(), 1 + 4 * heat));
        const [h, m, s] = workTime(rng);
        const cells: CsvCell[] = [
            salesforceId(KEY_PREFIXES.SI_Intent_Signal__c, base + i),
            `SIG-${String(i + 1).padStart(6, '0')}`,
            w.accountIds[a] as string,
            contact,
            lead,
            KEYWORDS[topic] as string,
            signalType,
            rng.chance(0.03) ? null : (rng.int(10, 1000) / 100).toFixed(2).replace(/\.?0+$/, ''),
            cal.dateTime(ago, h, m, s),
            source
        ];
        if (out.add(cells)) await out.flush();
    }
    return out.close();
}

function checkCount(name: string, value: number, min: number): void {
    if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
}

/**
 * Writes the nine CSV files of a synthetic org into `dir`: `accounts` accounts, `people` contacts and
 * leads, `activities` tasks and events, about 2 opportunities and 10 intent signals per account, campaigns
 * and members. Streams every file (constant memory per record). Same options, same bytes.
 */
export async function generateScoreData(options: ScoreDataOptions): Promise<ScoreDataResult> {
    const started = performance.now();
    const { dir, accounts, people, activities, seed } = options;
    const campaigns = options.campaigns ?? 50;
    const asOf = options.asOf ?? SCORE_DATA_AS_OF;
    checkCount('accounts', accounts, 1);
    checkCount('people', people, 0);
    checkCount('activities', activities, 0);
    checkCount('campaigns', campaigns, 0);
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
    const cal = new Calendar(asOf);
    mkdirSync(dir, { recursive: true });

    const contacts = Math.round(people * 0.6);
    const tasks = Math.round(activities * 0.7);
    const s = seed >>> 0;
    const a = await writeAccounts(dir, accounts, s, cal);
    const c = await writeContacts(dir, contacts, s, a.world);
    const l = await writeLeads(dir, people - contacts, s, a.world);
    const k = await writeCampaigns(dir, campaigns, s, cal);
    const o = await writeOpportunities(dir, accounts * 2, s, cal, a.world);
    const world: World = { ...a.world, ...c, ...l, ...k, ...o };
    const members = await writeCampaignMembers(dir, s, cal, world);
    const [taskInfo, eventInfo] = await writeActivities(dir, tasks, activities - tasks, s, cal, world);
    const signals = await writeIntentSignals(dir, accounts * 10, s, cal, world);
    const files = [a.info, c.info, l.info, taskInfo as CsvFileInfo, eventInfo as CsvFileInfo, k.info, members, o.info, signals];
    return { asOf, files, ms: performance.now() - started };
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = 'Usage: npx tsx scripts/bench/scoreData.ts --out <dir> [--accounts 5000] [--people 100000] [--activities 2000000] [--seed 1] [--campaigns 50] [--as-of YYYY-MM-DD]';

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ScoreDataOptions {
    const options: ScoreDataOptions = { dir: '', accounts: 5000, people: 100_000, activities: 2_000_000, seed: 1 };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        const whole = (): number => {
            const v = value();
            if (!/^\d+$/.test(v)) throw new UsageError(`${arg} must be a whole number, got ${v}`);
            return Number(v);
        };
        if (arg === '--out') options.dir = value();
        else if (arg === '--accounts') options.accounts = whole();
        else if (arg === '--people') options.people = whole();
        else if (arg === '--activities') options.activities = whole();
        else if (arg === '--seed') options.seed = whole();
        else if (arg === '--campaigns') options.campaigns = whole();
        else if (arg === '--as-of') options.asOf = value();
        else throw new UsageError(`unknown argument ${arg}`);
    }
    if (!options.dir) throw new UsageError('--out <dir> is required');
    if (options.accounts < 1) throw new UsageError('--accounts must be at least 1');
    if (options.asOf !== undefined) {
        try {
            parseAsOf(options.asOf);
        } catch (e) {
            throw new UsageError(`--as-of: ${(e as Error).message}`);
        }
    }
    return options;
}

export async function main(argv: readonly string[], io: { stdout: (t: string) => void; stderr: (t: string) => void }): Promise<number> {
    let options: ScoreDataOptions;
    try {
        options = parseArgs(argv);
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        io.stderr(`scoreData: ${e.message}\n${USAGE}\n`);
        return 1;
    }
    const result = await generateScoreData(options);
    const rows = result.files.reduce((sum, f) => sum + f.rows, 0);
    const width = Math.max(...result.files.map((f) => f.name.length));
    io.stdout(
        [
            `Wrote ${rows.toLocaleString('en-US')} rows to ${options.dir} (as of ${result.asOf}, seed ${options.seed}) in ${(result.ms / 1000).toFixed(1)} s:`,
            ...result.files.map((f) => `  ${f.name.padEnd(width)}  ${f.rows.toLocaleString('en-US').padStart(11)} rows`),
            `Score it: npm run score -- --from ${options.dir} --as-of ${result.asOf} --out <dir>`
        ].join('\n') + '\n'
    );
    return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then(
        (code) => (process.exitCode = code),
        (e: unknown) => {
            process.stderr.write(`scoreData: ${e instanceof Error ? e.message : String(e)}\n`);
            process.exitCode = 1;
        }
    );
}
