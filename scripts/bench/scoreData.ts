// A large synthetic org for `npm run score` benchmarks: the nine CSV files `sf data export bulk
// --result-format csv` writes (as `lib/treeToCsv.ts` documents them), streamed to disk in constant
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
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG, computeProfileFit, fitBand, parseAsOf, type Account } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { type CsvCell, type CsvFileInfo, type ScoreObject } from '../../lib/treeToCsv';
import { salesforceId } from './scoreDataIds';
import { Calendar, HISTORY_DAYS, IndexPicker, Rng, hash, workTime } from './scoreDataRandom';
import { CsvStream } from './scoreDataCsv';
import {
    ADJECTIVES,
    NOUNS,
    KINDS,
    LEGAL,
    TLDS,
    OTHER_COMPANIES,
    OTHER_KINDS,
    PERSONAL_DOMAINS,
    COUNTRIES,
    STATES,
    ACCOUNT_TYPES,
    ABM_TIERS,
    STAGES,
    FIRST_NAMES,
    LAST_NAMES,
    TITLES,
    CAMPAIGN_THEMES,
    KEYWORDS,
    SIGNAL_TYPES,
    CALL_SUBJECTS,
    EMAIL_SUBJECTS,
    TODO_SUBJECTS,
    MEETING_SUBJECTS,
    PRODUCTS,
    OPEN_STAGES
} from './scoreDataVocabulary';

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
            workTime(rng); // drawn as when this was a date/time, so the rest of the data set stays the same
            cells[19] = cal.date(scoredDaysAgo); // SI_Last_Scored_At__c: the as-of date of the stored scores
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
