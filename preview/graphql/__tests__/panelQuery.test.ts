// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The panel's real query against the user's schema: validated by graphql-js like the org would (an
// unknown field fails it), narrowed by permission sets (`@optional` fields the user cannot read are left
// out; anything else they cannot read fails), and executed on the committed sample data set.
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import {
    QUERY_OBJECTS,
    type HiddenSource,
    type QueryObject
} from '../../../force-app/main/default/lwc/siAccountData/access';
import {
    accountInsightQueryText,
    planAccountInsightQuery,
    SUBQUERY_ALIASES,
    type SubqueryAlias
} from '../../../force-app/main/default/lwc/siAccountData/query';
import {
    queryVariables,
    windowVariables,
    type AccountKey
} from '../../../force-app/main/default/lwc/siAccountData/variables';
import { mapAccountData } from '../../../force-app/main/default/lwc/siAccountData/mapping';
import { DEFAULT_CONFIG } from '../../../force-app/main/default/lwc/siEngine/config';
import { readWindows } from '../../../force-app/main/default/lwc/siEngine/engagement';
import { computeInsight } from '../../../force-app/main/default/lwc/siEngine/insight';
import { groupAccountData, matchLead } from '../../../force-app/main/default/lwc/siEngine/matching';
import type { Dataset, ReachCounts } from '../../../force-app/main/default/lwc/siEngine/types';
import {
    ReachBins,
    binReachCounts,
    reachCountsOf,
    summarizeReach
} from '../../../force-app/main/default/lwc/siEngine/reachCounts';
import { QualityNotes } from '../../../force-app/main/default/lwc/siEngine/quality';
import { parseAsOf } from '../../../force-app/main/default/lwc/siEngine/dates';
import { SAMPLE_AS_OF } from '../../../lib/asOf';
import { loadDataset } from '../../server/dataset';
import type { Catalog } from '../catalog';
import { executeGraphQL, RULES, withoutUnavailableOptionalFields } from '../execute';
import { restrictCatalog } from '../permissions';
import { buildGraphQLSchema } from '../schema';
import { contextFor, messages, ROOT, store } from './support/context';

const sales = contextFor(store({}));

/** The query's variables for an account on `asOf` (the shipped settings' windows). */
function vars(account: AccountKey, asOf: string = SAMPLE_AS_OF): Record<string, unknown> {
    return { ...queryVariables(account, windowVariables(asOf, readWindows(DEFAULT_CONFIG.settings))) };
}

function errorsOf(query: string, ctx = sales): string[] {
    const doc = withoutUnavailableOptionalFields(ctx.schema, parse(query));
    return validate(ctx.schema, doc, RULES).map((e) => e.message);
}

describe("the panel's query is checked against the user's schema", () => {
    it('validates as built, with and without extra criteria fields', () => {
        expect(errorsOf(accountInsightQueryText())).toEqual([]);
        expect(
            errorsOf(accountInsightQueryText({ accountFields: ['Rating', 'Ownership', 'SI_Profile_Fit_Score__c'] }))
        ).toEqual([]);
    });

    it('fails on an unknown field, as the org would', () => {
        const broken = accountInsightQueryText().replace(
            'Title @optional { value }',
            'Title @optional { value }\n                    Shoe_Size__c { value }'
        );
        expect(broken).not.toBe(accountInsightQueryText());
        expect(errorsOf(broken)).toEqual([
            expect.stringMatching(/Cannot query field "Shoe_Size__c" on type "Contact"/)
        ]);
        // A criteria field the org does not have fails too, unless the query marks it optional (the panel does).
        expect(errorsOf(accountInsightQueryText({ accountFields: ['Not_A_Field__c'] }))).toEqual([]);
        expect(
            errorsOf(
                accountInsightQueryText({ accountFields: ['Not_A_Field__c'] }).replace(
                    'Not_A_Field__c @optional',
                    'Not_A_Field__c'
                )
            )
        ).toEqual([expect.stringMatching(/Cannot query field "Not_A_Field__c" on type "Account"/)]);
    });

    it('leaves out @optional fields the permission sets do not grant, and fails on a required one', () => {
        const none = contextFor(store({}), SAMPLE_AS_OF, []);
        // Without the app's permission sets the custom fields are not in the user's schema ...
        expect(
            errorsOf('{ uiapi { query { Account { edges { node { SI_ABM_Tier__c { value } } } } } } }', none)
        ).toEqual([expect.stringMatching(/Cannot query field "SI_ABM_Tier__c" on type "Account"/)]);
        const optional = executeGraphQL(
            '{ uiapi { query { Account { edges { node { Id SI_ABM_Tier__c @optional { value } } } } } } }',
            {},
            {
                ...none,
                store: store({ Account: [{ Id: '001000000000001AAA', SI_ABM_Tier__c: 'Tier 1' }] })
            }
        );
        expect(optional).toEqual({
            data: { uiapi: { query: { Account: { edges: [{ node: { Id: '001000000000001AAA' } }] } } } }
        });
        // ... and neither is the intent signal object, which the panel queries without @optional: the whole
        // query fails for such a user (the panel-at-scale issue makes the panel degrade instead).
        expect(errorsOf(accountInsightQueryText(), none)).toEqual([
            expect.stringMatching(/Cannot query field "SI_Intent_Signal__c" on type "RecordQuery"/)
        ]);
        // With the sales rep's set the same field is there.
        expect(errorsOf('{ uiapi { query { Account { edges { node { SI_ABM_Tier__c { value } } } } } } }')).toEqual([]);
    });
});

describe("the panel's query on the sample data", () => {
    const data = loadDataset(join(ROOT, 'data'));
    const ctx = { ...contextFor(data, SAMPLE_AS_OF) };

    it.each(data.records('Account').map((a) => [String(a.Name), a] as const))(
        'returns exactly the records of %s',
        (_name, account) => {
            const variables = vars({
                Id: account.Id,
                Name: account.Name as string,
                Website: account.Website as string
            });
            const result = executeGraphQL(accountInsightQueryText(), { ...variables }, ctx, 'siAccountInsight');
            expect(messages(result)).toEqual([]);
            const q = (result.data as any).uiapi.query;
            // Independent expectations, computed straight from the records.
            const contacts = data.records('Contact').filter((c) => c.AccountId === account.Id);
            expect(q.Contacts.totalCount).toBe(contacts.length);
            expect(new Set(q.Contacts.edges.map((e: any) => e.node.Id))).toEqual(new Set(contacts.map((c) => c.Id)));
            const opportunities = data.records('Opportunity').filter((o) => o.AccountId === account.Id);
            expect(q.Opportunities.totalCount).toBe(opportunities.length);
            const engagementFrom = windowVariables(
                SAMPLE_AS_OF,
                readWindows(DEFAULT_CONFIG.settings)
            ).engagementFromTime;
            const signals = data
                .records('SI_Intent_Signal__c')
                .filter((s) => s.Account__c === account.Id && String(s.Occurred_At__c) >= engagementFrom);
            expect(q.IntentSignals.totalCount).toBe(signals.length);
            expect(q.Account.edges[0].node.Id).toBe(account.Id);
            expect(q.Account.edges[0].node.Name).toEqual({ value: account.Name });
            // The account's closed tasks of the reach window, counted in groups.
            const from = windowVariables(SAMPLE_AS_OF, readWindows(DEFAULT_CONFIG.settings)).reachFrom;
            const accountTasks = data
                .records('Task')
                .filter(
                    (t) =>
                        t.AccountId === account.Id &&
                        t.IsClosed !== false &&
                        typeof t.ActivityDate === 'string' &&
                        t.ActivityDate >= from &&
                        t.ActivityDate <= SAMPLE_AS_OF
                );
            const groups = (result.data as any).uiapi.aggregate.AccountTasks.edges;
            expect(groups.reduce((n: number, e: any) => n + e.node.aggregate.n.v.v, 0)).toBe(accountTasks.length);
        }
    );
});

describe("the panel's query planned for what the user can read", () => {
    const full = contextFor(store({}));
    /** The user's access as object info would describe it: the readable objects and their fields. */
    const accessOf = (catalog: Catalog): Map<QueryObject, ReadonlySet<string>> =>
        new Map(QUERY_OBJECTS.filter((o) => catalog.has(o)).map((o) => [o, new Set(catalog.get(o)?.fields.keys())]));
    /** The sales rep's catalog without `object`, or without `object.field`. */
    const without = (object: QueryObject, field?: string): ReturnType<typeof contextFor> => {
        const catalog = restrictCatalog(full.catalog, {
            object: (name) => name !== object || field !== undefined,
            field: (name, f) => name !== object || f !== field
        });
        return { ...full, catalog, schema: buildGraphQLSchema(catalog) };
    };

    it('asks for everything, and hides nothing, when the user can read everything', () => {
        const plan = planAccountInsightQuery({ access: accessOf(full.catalog) });
        expect(plan.hidden).toEqual([]);
        expect(plan.aliases).toEqual([...SUBQUERY_ALIASES]);
        expect(plan.text).toBe(accountInsightQueryText());
    });

    const cases: Array<[QueryObject, string | undefined, Partial<HiddenSource>, SubqueryAlias[]]> = [
        ['Contact', undefined, { source: 'contacts', object: 'Contact', fields: [] }, ['Contacts']],
        ['Contact', 'AccountId', { source: 'contacts', object: 'Contact', fields: ['AccountId'] }, ['Contacts']],
        ['Lead', undefined, { source: 'leads', object: 'Lead', fields: [] }, ['Leads', 'LeadTasks', 'LeadEvents']],
        ['Lead', 'Email', { source: 'leads', object: 'Lead', fields: ['Email'] }, []],
        ['Lead', 'IsConverted', { source: 'leads', object: 'Lead' }, ['Leads', 'LeadTasks', 'LeadEvents']],
        ['Task', undefined, { source: 'activities', object: 'Task', fields: [] }, ['AccountTasks', 'LeadTasks']],
        [
            'Task',
            'ActivityDate',
            { source: 'activities', object: 'Task', fields: ['ActivityDate'] },
            ['AccountTasks', 'LeadTasks']
        ],
        ['Task', 'WhoId', { source: 'activities', object: 'Task', fields: ['WhoId'] }, ['LeadTasks']],
        ['Event', undefined, { source: 'activities', object: 'Event', fields: [] }, ['AccountEvents', 'LeadEvents']],
        // Lead meetings with an account are that account's: without AccountId they cannot be told apart.
        [
            'Event',
            'AccountId',
            { source: 'activities', object: 'Event', fields: ['AccountId'] },
            ['AccountEvents', 'LeadEvents']
        ],
        [
            'CampaignMember',
            undefined,
            { source: 'campaignResponses', object: 'CampaignMember', fields: [] },
            ['CampaignMembers']
        ],
        ['Campaign', undefined, { source: 'campaignResponses', object: 'Campaign', fields: [] }, ['CampaignMembers']],
        [
            'Campaign',
            'Type',
            { source: 'campaignResponses', object: 'Campaign', fields: ['Type'] },
            ['CampaignMembers']
        ],
        ['Opportunity', undefined, { source: 'opportunities', object: 'Opportunity', fields: [] }, ['Opportunities']],
        [
            'Opportunity',
            'CloseDate',
            { source: 'opportunities', object: 'Opportunity', fields: ['CloseDate'] },
            ['Opportunities']
        ],
        [
            'SI_Intent_Signal__c',
            undefined,
            { source: 'intentSignals', object: 'SI_Intent_Signal__c', fields: [] },
            ['IntentSignals']
        ]
    ];

    it.each(cases)(
        'without %s %s: the query validates, leaves out what it cannot run and names it',
        (object, field, hidden, leftOut) => {
            const user = without(object, field);
            const plan = planAccountInsightQuery({ access: accessOf(user.catalog) });
            expect(errorsOf(plan.text, user)).toEqual([]);
            expect(plan.hidden).toEqual(expect.arrayContaining([expect.objectContaining(hidden)]));
            expect(plan.aliases).toEqual(SUBQUERY_ALIASES.filter((a) => !leftOut.includes(a)));
            // Each case is one the org would reject the full query for (a filter cannot be @optional). Without
            // Campaign the full query runs, its campaigns left out by @optional, but responses without their
            // campaign's type cannot be scored by type: the plan hides them rather than miscount them.
            const rejectedInFull = errorsOf(accountInsightQueryText(), user).length > 0;
            expect(rejectedInFull).toBe(object !== 'Campaign');
        }
    );

    it('answers the planned query for a user without Task on the sample data: no activities, the rest intact', () => {
        const data = loadDataset(join(ROOT, 'data'));
        const user = { ...without('Task'), store: data, today: SAMPLE_AS_OF };
        const account = data.records('Account')[0] as { Id: string; Name: string; Website: string };
        const plan = planAccountInsightQuery({ access: accessOf(user.catalog) });
        const result = executeGraphQL(plan.text, vars(account), user, 'siAccountInsight');
        expect(messages(result)).toEqual([]);
        const q = (result.data as any).uiapi.query;
        const aggregate = (result.data as any).uiapi.aggregate;
        expect(aggregate.AccountTasks).toBeUndefined();
        expect(q.Contacts.totalCount).toBe(data.records('Contact').filter((c) => c.AccountId === account.Id).length);
        expect(aggregate.AccountEvents.edges.length).toBeGreaterThan(0);
    });
});

describe("the panel's activity aggregates", () => {
    it("count only closed tasks and meetings of the reach window, by the engine's day of each", () => {
        const ACME = '001000000000001AAA';
        const task = (n: number, fields: Record<string, unknown>) => ({
            Id: `00T00000000000${n}AAA`,
            AccountId: ACME,
            WhoId: null,
            TaskSubtype: 'Call',
            ...fields
        });
        const data = store({
            Account: [{ Id: ACME, Name: 'Acme', Website: 'acme.com' }],
            Task: [
                task(1, { ActivityDate: '2026-10-30', IsClosed: true }),
                task(2, { ActivityDate: '2026-11-20', IsClosed: false }),
                task(3, { ActivityDate: '2026-10-29', IsClosed: false }),
                task(4, { ActivityDate: null, IsClosed: true, CompletedDateTime: '2026-10-01T10:00:00.000Z' }),
                task(5, { ActivityDate: '2026-11-02', IsClosed: true }),
                task(6, { ActivityDate: '2026-11-03', IsClosed: true }),
                task(7, { ActivityDate: '2026-08-04', IsClosed: true }),
                task(8, { ActivityDate: '2026-10-30', IsClosed: true })
            ],
            Event: [
                { Id: '00U000000000001AAA', AccountId: ACME, ActivityDateTime: '2026-11-01T15:00:00.000Z' },
                { Id: '00U000000000002AAA', AccountId: ACME, ActivityDateTime: '2026-11-03T09:00:00.000Z' }
            ]
        });
        const ask = (asOf: string) => {
            const result = executeGraphQL(
                accountInsightQueryText(),
                vars({ Id: ACME, Name: 'Acme', Website: 'acme.com' }, asOf),
                contextFor(data, asOf),
                'siAccountInsight'
            );
            expect(messages(result)).toEqual([]);
            const mapped = mapAccountData(result.data as any, {
                asOf,
                reachWindowDays: DEFAULT_CONFIG.settings.Reach_Window_Days
            });
            if (mapped.status !== 'ok') throw new Error('expected ok');
            return { aggregate: (result.data as any).uiapi.aggregate, counts: mapped.data.reachCounts };
        };
        const { aggregate, counts } = ask('2026-11-02');
        // Tasks 1 and 8 share a group (same day, same kind, nobody); task 4 is dated by its completion.
        expect(
            aggregate.AccountTasks.edges.map((e: any) => [
                e.node.aggregate.a.v,
                e.node.aggregate.c.v.v,
                e.node.aggregate.n.v.v
            ])
        ).toEqual([
            ['2026-10-30', null, 2],
            [null, '2026-10-01', 1],
            ['2026-11-02', null, 1]
        ]);
        expect(counts?.days).toEqual([
            { day: '2026-10-30', kind: 'Call', count: 2 },
            { day: '2026-11-02', kind: 'Call', count: 1 },
            { day: '2026-11-01', kind: 'Meeting', count: 1 },
            { day: '2026-10-01', kind: 'Call', count: 1 }
        ]);
        // On the day after, the task and the meeting of the 3rd count too.
        const later = ask('2026-11-03');
        expect(later.counts?.days.reduce((n, d) => n + d.count, 0)).toBe(7);
    });
});

describe("the panel computes what the CLI computes, from the stand-in's answer", () => {
    const tree = loadDataset(join(ROOT, 'data'));
    const list = (type: string) => tree.records(type) as unknown[];
    const dataset = {
        accounts: list('Account'),
        contacts: list('Contact'),
        leads: list('Lead'),
        campaigns: list('Campaign'),
        campaignMembers: list('CampaignMember'),
        opportunities: list('Opportunity'),
        tasks: list('Task'),
        events: list('Event'),
        intentSignals: list('SI_Intent_Signal__c')
    } as Dataset;
    const cli = groupAccountData(dataset).accounts;
    const ctx = contextFor(tree, SAMPLE_AS_OF);

    it.each(cli.map((d) => [String(d.account.Name), d] as const))('%s: the same insight', (_name, data) => {
        const account = data.account as { Id: string; Name: string; Website: string };
        const result = executeGraphQL(accountInsightQueryText(), vars(account), ctx, 'siAccountInsight');
        expect(messages(result)).toEqual([]);
        const mapped = mapAccountData(result.data as any, {
            asOf: SAMPLE_AS_OF,
            reachWindowDays: DEFAULT_CONFIG.settings.Reach_Window_Days,
            matchLead: (a, lead) => matchLead(a, lead) !== null
        });
        if (mapped.status !== 'ok') throw new Error('expected ok');
        expect(mapped.truncated).toEqual([]);
        const panel = computeInsight(mapped.data, DEFAULT_CONFIG, SAMPLE_AS_OF);
        const expected = computeInsight(data, DEFAULT_CONFIG, SAMPLE_AS_OF);
        const scores = (i: typeof panel) => ({
            profileFit: i.profileFit,
            reach: i.reach,
            engagement: i.engagement,
            intent: i.intent,
            buyingStage: i.buyingStage,
            qualified: i.qualified,
            people: i.people,
            personaMap: i.personaMap,
            contactsToReach: i.contactsToReach,
            freshness: i.freshness
        });
        expect(scores(panel)).toEqual(scores(expected));
    });
});

describe("the panel's activity aggregates at the edges", () => {
    // Window boundaries, undated tasks dated by CompletedDateTime or CreatedDate, a null WhoId, open
    // tasks, kinds decided by the Subject, a rejected lead, lead and contact activities with another
    // account, all-day and timed meetings around midnight: the panel's counts equal summarizeReach of the
    // records the CLI assigns the account.
    const asOf = '2026-11-02';
    const from = '2026-08-05'; // the reach window's first day (90 days)
    const acct = { Id: '001000000000001AAA', Name: 'Acme', Website: 'https://acme.com' };
    const other = { Id: '001000000000002AAA', Name: 'Zeta', Website: 'https://zeta.com' };
    const C1 = '003000000000001AAA';
    const L1 = '00Q000000000001AAA';
    const L2 = '00Q000000000002AAA';
    let n = 0;
    const id = (prefix: string): string => `${prefix}${String(++n).padStart(15, '0')}`;
    const T = (o: Record<string, unknown>) => ({
        Id: id('00T'),
        IsClosed: true,
        Status: 'Completed',
        TaskSubtype: 'Call',
        Subject: 'Call',
        ...o
    });
    const E = (o: Record<string, unknown>) => ({ Id: id('00U'), Subject: 'Meet', ...o });
    const mine = { AccountId: acct.Id };
    const tasks = [
        T({ WhoId: C1, ...mine, ActivityDate: '2026-10-01' }),
        T({ WhoId: C1, ...mine, ActivityDate: from }),
        T({ WhoId: C1, ...mine, ActivityDate: '2026-08-04' }),
        T({ WhoId: C1, ...mine, ActivityDate: asOf }),
        T({ WhoId: C1, ...mine, ActivityDate: '2026-11-03' }),
        T({
            WhoId: C1,
            ...mine,
            ActivityDate: null,
            CompletedDateTime: '2026-10-01T23:30:00.000Z',
            CreatedDate: '2026-07-01T10:00:00.000Z'
        }),
        T({ WhoId: C1, ...mine, ActivityDate: null, CompletedDateTime: null, CreatedDate: '2026-10-02T10:00:00.000Z' }),
        T({
            WhoId: C1,
            ...mine,
            ActivityDate: null,
            CompletedDateTime: '2026-07-01T10:00:00.000Z',
            CreatedDate: '2026-10-02T10:00:00.000Z'
        }),
        T({ WhoId: C1, ...mine, ActivityDate: null, CompletedDateTime: '2026-11-02T23:59:00.000Z' }),
        T({ WhoId: C1, ...mine, ActivityDate: null, CompletedDateTime: `${from}T00:00:00.000Z` }),
        T({ WhoId: null, ...mine, ActivityDate: '2026-10-05' }),
        T({ WhoId: C1, ...mine, ActivityDate: '2026-10-05', IsClosed: false, Status: 'Not Started' }),
        T({
            WhoId: C1,
            ...mine,
            ActivityDate: '2026-10-06',
            TaskSubtype: null,
            Type: null,
            Subject: '  meeting notes'
        }),
        T({ WhoId: C1, ...mine, ActivityDate: '2026-10-06', TaskSubtype: 'Task', Type: null, Subject: 'CALL back' }),
        T({ WhoId: L1, AccountId: null, ActivityDate: '2026-10-07' }),
        T({ WhoId: L1, AccountId: null, ActivityDate: null, CreatedDate: '2026-10-08T05:00:00.000Z' }),
        T({ WhoId: L2, AccountId: null, ActivityDate: '2026-10-07' }),
        T({ WhoId: L1, AccountId: other.Id, ActivityDate: '2026-10-07' }),
        T({ WhoId: C1, AccountId: other.Id, ActivityDate: '2026-10-09' })
    ];
    const events = [
        E({ WhoId: C1, ...mine, ActivityDateTime: '2026-10-01T20:00:00.000Z', ActivityDate: '2026-10-01' }),
        E({ WhoId: C1, ...mine, ActivityDateTime: null, ActivityDate: '2026-10-03', IsAllDayEvent: true }),
        E({ WhoId: C1, ...mine, ActivityDateTime: null, ActivityDate: from, IsAllDayEvent: true }),
        E({ WhoId: C1, ...mine, ActivityDateTime: '2026-08-04T23:00:00.000Z', ActivityDate: '2026-08-05' }),
        E({ WhoId: C1, ...mine, ActivityDateTime: '2026-11-02T23:30:00.000Z', ActivityDate: '2026-11-02' }),
        E({ WhoId: C1, ...mine, ActivityDateTime: '2026-11-03T00:10:00.000Z', ActivityDate: '2026-11-02' }),
        E({ WhoId: L1, AccountId: null, ActivityDateTime: '2026-10-10T10:00:00.000Z' }),
        E({ WhoId: L2, AccountId: null, ActivityDateTime: '2026-10-10T10:00:00.000Z' })
    ];
    const contacts = [{ Id: C1, AccountId: acct.Id, Name: 'C One', Title: 'CTO', Email: 'c@acme.com' }];
    const leads = [
        { Id: L1, Company: 'Acme', Email: 'l1@acme.com', Name: 'L One', IsConverted: false },
        { Id: L2, Company: 'Acme Widgets', Email: 'l2@widgets.io', Name: 'L Two', IsConverted: false }
    ];

    /** Counts in one canonical order (rows of the same day and kind or person summed). */
    function canonical(counts: ReachCounts): ReachCounts {
        const bins = new ReachBins(parseAsOf(asOf), DEFAULT_CONFIG.settings.Reach_Window_Days);
        binReachCounts(counts, bins, new QualityNotes());
        return reachCountsOf(bins);
    }

    it("equal summarizeReach of the CLI's records", () => {
        const data = store({
            Account: [acct, other],
            Contact: contacts,
            Lead: leads,
            Task: tasks,
            Event: events
        } as never);
        const result = executeGraphQL(
            accountInsightQueryText(),
            vars(acct, asOf),
            contextFor(data, asOf),
            'siAccountInsight'
        );
        expect(messages(result)).toEqual([]);
        const mapped = mapAccountData(result.data as any, {
            asOf,
            reachWindowDays: DEFAULT_CONFIG.settings.Reach_Window_Days,
            matchLead: (a, lead) => matchLead(a, lead) !== null
        });
        if (mapped.status !== 'ok') throw new Error('expected ok');
        const cli = groupAccountData({
            accounts: [acct, other],
            contacts,
            leads,
            tasks,
            events
        } as Dataset).accounts.find((d) => d.account.Id === acct.Id);
        if (!cli) throw new Error('the CLI did not group the account');
        const expected = canonical(summarizeReach(cli.tasks, cli.events, asOf, DEFAULT_CONFIG.settings));
        expect(canonical(mapped.data.reachCounts as ReachCounts)).toEqual(expected);
        // Something of each edge is counted: undated tasks, all-day meetings, the lead's, the window's ends.
        const days = expected.days.map((d) => `${d.day} ${d.kind}`);
        expect(days).toEqual(
            expect.arrayContaining([
                `${from} Call`,
                `${asOf} Call`,
                '2026-10-03 Meeting',
                '2026-10-08 Call',
                '2026-10-06 Meeting'
            ])
        );
        expect(expected.people.map((p) => p.whoId).sort()).toEqual([C1, L1]);
    });
});
