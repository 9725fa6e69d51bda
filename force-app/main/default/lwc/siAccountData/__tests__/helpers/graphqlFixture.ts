// Test helper (not a test): builds UI API GraphQL responses of the account insight query from plain
// records, the inverse of the mapping, and generates a large account deterministically. Used to write
// the JSON fixtures in ../data/ and, at test time, the large-account fixture.
import type { GqlAccountInsightData, GqlConnection } from '../../graphqlTypes';
import { GROUP_ALIASES } from '../../activityQuery';
import { mulberry32 } from '../../../../../../../lib/random';

type Scalar = string | number | boolean | null;
export interface PlainRecord {
    Id: string;
    [field: string]: Scalar | PlainRecord | undefined;
}

export interface PlainAccountData {
    account: PlainRecord;
    contacts?: PlainRecord[];
    leads?: PlainRecord[];
    accountTasks?: PlainRecord[];
    leadTasks?: PlainRecord[];
    accountEvents?: PlainRecord[];
    leadEvents?: PlainRecord[];
    campaignMembers?: PlainRecord[];
    opportunities?: PlainRecord[];
    intentSignals?: PlainRecord[];
}

/** Wraps every field but Id as `{ value }`; nested records (parent relationships) are wrapped recursively. */
export function toNode(record: PlainRecord): Record<string, unknown> {
    const node: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
        if (value === undefined) continue; // absent: the user cannot read it
        if (key === 'Id') node[key] = value;
        else if (value !== null && typeof value === 'object') node[key] = toNode(value);
        else node[key] = { value };
    }
    return node;
}

export function connection(
    records: PlainRecord[] = [],
    options: { total?: number; limit?: number } = {}
): GqlConnection<never> {
    const limit = options.limit ?? 2000;
    const total = options.total ?? records.length;
    const loaded = records.slice(0, limit);
    return {
        edges: loaded.map((r) => ({ node: toNode(r) as never })),
        pageInfo: { hasNextPage: total > loaded.length, endCursor: loaded.length > 0 ? `c${loaded.length}` : null },
        totalCount: total
    };
}

const TASK_KEYS = [
    'ActivityDate',
    'WhoId',
    'CompletedDateTime',
    'CreatedDate',
    'TaskSubtype',
    'Type',
    'Subject'
] as const;
const EVENT_KEYS = ['ActivityDateTime', 'WhoId', 'ActivityDate'] as const;
const DATE_TIMES = new Set(['CompletedDateTime', 'CreatedDate', 'ActivityDateTime']);

/**
 * The aggregate connection the query's activity aggregates return for these records, as the platform
 * groups them (activities.ts): closed tasks (all events) by the key fields, date/times by their UTC day,
 * each group's fields under GROUP_ALIASES and its count. No window: the engine leaves out older groups.
 */
export function activityAggregate(
    records: PlainRecord[] = [],
    object: 'Task' | 'Event',
    options: { limit?: number } = {}
): GqlConnection<never> {
    const keys = object === 'Task' ? TASK_KEYS : EVENT_KEYS;
    const groups = new Map<string, { values: Array<string | null>; count: number }>();
    for (const r of records) {
        if (object === 'Task' && !(r.IsClosed === true || (r.IsClosed === undefined && r.Status === 'Completed')))
            continue;
        const values = keys.map((k) => {
            const v = r[k];
            if (typeof v !== 'string' || v === '') return null;
            return DATE_TIMES.has(k) ? v.slice(0, 10) : v;
        });
        const key = JSON.stringify(values);
        const g = groups.get(key);
        if (g) g.count++;
        else groups.set(key, { values, count: 1 });
    }
    const limit = options.limit ?? 2000;
    const all = [...groups.values()];
    const page = all.slice(0, limit);
    return {
        edges: page.map((g) => {
            const aggregate: Record<string, unknown> = {};
            keys.forEach((k, i) => {
                const alias = GROUP_ALIASES[k];
                aggregate[alias] = DATE_TIMES.has(k) ? { v: { v: g.values[i] } } : { v: g.values[i] };
            });
            aggregate.n = { v: { v: g.count } };
            return { node: { aggregate } as never };
        }),
        pageInfo: { hasNextPage: all.length > page.length, endCursor: null }
    };
}

export function toGraphqlData(data: PlainAccountData, options: { limit?: number } = {}): GqlAccountInsightData {
    const c = (records: PlainRecord[] | undefined) => connection(records ?? [], { limit: options.limit });
    return {
        uiapi: {
            query: {
                Account: connection([data.account]),
                Contacts: c(data.contacts),
                Leads: c(data.leads),
                CampaignMembers: c(data.campaignMembers),
                Opportunities: c(data.opportunities),
                IntentSignals: c(data.intentSignals)
            },
            aggregate: {
                AccountTasks: activityAggregate(data.accountTasks, 'Task', options),
                LeadTasks: activityAggregate(data.leadTasks, 'Task', options),
                AccountEvents: activityAggregate(data.accountEvents, 'Event', options),
                LeadEvents: activityAggregate(data.leadEvents, 'Event', options)
            }
        }
    };
}

const rng = mulberry32;

const TITLES = [
    'CEO',
    'CFO',
    'CTO',
    'CIO',
    'CISO',
    'VP of Engineering',
    'VP Finance',
    'IT Manager',
    'Engineering Manager',
    'Director of Operations',
    'Software Engineer',
    'Solutions Architect',
    'Sales Representative',
    'Marketing Specialist'
];
const CAMPAIGN_TYPES = ['Email', 'Webinar', 'Conference', 'Content'];
const KEYWORDS = ['zero trust', 'data platform', 'observability', 'cloud migration', 'sso', 'compliance'];

function day(asOf: string, daysBack: number): string {
    const d = new Date(`${asOf}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - daysBack);
    return d.toISOString().slice(0, 10);
}

/**
 * A large enterprise account in the sample data's shape: `people` contacts, activities per person and
 * signals, all within a year before `asOf`. Deterministic for a seed.
 */
export function largeAccount(options: {
    asOf: string;
    people: number;
    activitiesPerPerson: number;
    seed?: number;
}): PlainAccountData {
    const random = rng(options.seed ?? 42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const accountId = '001LARGE0000000001';
    const account: PlainRecord = {
        Id: accountId,
        Name: 'Globex Corporation',
        Website: 'https://www.globex.example',
        Industry: 'Technology',
        NumberOfEmployees: 45000,
        AnnualRevenue: 9200000000,
        BillingCountry: 'United States',
        BillingState: 'CA',
        Type: 'Customer',
        SI_Qualified__c: false,
        SI_Qualified_Start_Date__c: null,
        SI_Qualified_End_Date__c: null,
        SI_ABM_Tier__c: 'Tier 1',
        SI_Last_Scored_At__c: null
    };
    const contacts: PlainRecord[] = [];
    const accountTasks: PlainRecord[] = [];
    const accountEvents: PlainRecord[] = [];
    const campaignMembers: PlainRecord[] = [];
    const intentSignals: PlainRecord[] = [];
    for (let i = 0; i < options.people; i++) {
        const id = `003LARGE${String(i).padStart(10, '0')}`;
        contacts.push({
            Id: id,
            AccountId: accountId,
            FirstName: `Person${i}`,
            LastName: `Globex${i}`,
            Name: `Person${i} Globex${i}`,
            Title: pick(TITLES),
            Email: `person${i}@globex.example`,
            HasOptedOutOfEmail: random() < 0.05,
            SI_Outreach_Prospect_Id__c: null
        });
        for (let k = 0; k < options.activitiesPerPerson; k++) {
            const back = Math.floor(random() * 365);
            const r = random();
            if (r < 0.4) {
                accountTasks.push({
                    Id: `00TLARGE${String(accountTasks.length).padStart(10, '0')}`,
                    WhoId: id,
                    WhatId: accountId,
                    AccountId: accountId,
                    ActivityDate: day(options.asOf, back),
                    CompletedDateTime: `${day(options.asOf, back)}T15:00:00.000Z`,
                    CreatedDate: `${day(options.asOf, back)}T14:00:00.000Z`,
                    Type: pick(['Call', 'Email', 'Meeting']),
                    TaskSubtype: 'Task',
                    Subject: 'Follow up',
                    IsClosed: true
                });
            } else if (r < 0.55) {
                accountEvents.push({
                    Id: `00ULARGE${String(accountEvents.length).padStart(10, '0')}`,
                    WhoId: id,
                    WhatId: accountId,
                    AccountId: accountId,
                    ActivityDate: day(options.asOf, back),
                    ActivityDateTime: `${day(options.asOf, back)}T16:00:00.000Z`,
                    Type: 'Meeting',
                    EventSubtype: 'Event',
                    Subject: 'Meeting'
                });
            } else if (r < 0.85) {
                const type = pick(CAMPAIGN_TYPES);
                campaignMembers.push({
                    Id: `00vLARGE${String(campaignMembers.length).padStart(10, '0')}`,
                    CampaignId: `701LARGE${type}`,
                    ContactId: id,
                    LeadId: null,
                    HasResponded: true,
                    FirstRespondedDate: day(options.asOf, back),
                    Status: 'Responded',
                    CreatedDate: `${day(options.asOf, back + 3)}T10:00:00.000Z`,
                    Campaign: { Id: `701LARGE${type}`, Name: `${type} campaign`, Type: type }
                });
            } else {
                intentSignals.push({
                    Id: `a00LARGE${String(intentSignals.length).padStart(10, '0')}`,
                    Account__c: accountId,
                    Contact__c: random() < 0.5 ? id : null,
                    Lead__c: null,
                    Keyword__c: pick(KEYWORDS),
                    Signal_Type__c: pick(['Keyword Research', 'Web Visit', 'Content Download']),
                    Weight__c: 1 + Math.floor(random() * 10),
                    Occurred_At__c: `${day(options.asOf, back)}T09:00:00.000Z`,
                    Source__c: 'Bombora'
                });
            }
        }
    }
    const opportunities: PlainRecord[] = [
        {
            Id: '006LARGE0000000001',
            AccountId: accountId,
            Name: 'Globex platform expansion',
            IsClosed: false,
            IsWon: false,
            StageName: 'Negotiation',
            Amount: 1200000,
            CloseDate: day(options.asOf, -30),
            CreatedDate: `${day(options.asOf, 60)}T10:00:00.000Z`
        }
    ];
    return {
        account,
        contacts,
        accountTasks,
        accountEvents,
        campaignMembers,
        intentSignals,
        opportunities,
        leads: [],
        leadTasks: [],
        leadEvents: []
    };
}
