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
import { acquisitionRecords } from './sample-data-acquisitions';
import { ARCHETYPES, NAME_PREFIXES, NAME_SUFFIXES, UNMATCHED_LEADS, type Archetype } from './sample-data-archetypes';
import { calendar } from './sample-data-calendar';
import {
    CALL_SUBJECTS,
    CHAMPION_CAMPAIGN_DAYS,
    DEPARTMENTS,
    EMAIL_SUBJECTS,
    FIRST_NAMES,
    LAST_NAMES,
    MEETING_SUBJECTS,
    OTHER_TITLES,
    SIGNAL_SOURCES,
    SIGNAL_TYPES,
    TIER_WEIGHTS,
    TITLES,
    campaignPlans,
    type Fn,
    type Tier
} from './sample-data-vocabulary';

export * from './sample-data-plan';
import {
    MAX_RECORDS_PER_FILE,
    PLAN_OBJECTS,
    type AccountRecord,
    type Attributes,
    type CampaignMemberRecord,
    type CampaignRecord,
    type ContactRecord,
    type EventRecord,
    type GenerateOptions,
    type IntentSignalRecord,
    type LeadRecord,
    type PlanEntry,
    type PlanObject,
    type Ref,
    type SampleRecords,
    type TaskRecord
} from './sample-data-plan';

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

/** YYYY-MM-DD of the day `days` before `asOf` (negative: after). */
export function dateDaysAgo(days: number, asOf: string): string {
    return calendar(asOf).date(days);
}

/** Days ago, skewed towards recent: `window * u^skew` (skew > 1 means more recent). */
function recentDays(rng: Random, minDays: number, maxDays: number, skew: number): number {
    return minDays + Math.floor((maxDays - minDays) * Math.pow(rng.next(), skew));
}

// ---------------------------------------------------------------------------------------------
// Generation

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
