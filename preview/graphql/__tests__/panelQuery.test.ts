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
import { queryVariables } from '../../../force-app/main/default/lwc/siAccountData/variables';
import { SAMPLE_AS_OF } from '../../../lib/asOf';
import { loadDataset } from '../../server/dataset';
import type { Catalog } from '../catalog';
import { executeGraphQL, RULES, withoutUnavailableOptionalFields } from '../execute';
import { restrictCatalog } from '../permissions';
import { buildGraphQLSchema } from '../schema';
import { contextFor, messages, ROOT, store } from './support/context';

const sales = contextFor(store({}));

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
            const variables = queryVariables({
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
            const signals = data.records('SI_Intent_Signal__c').filter((s) => s.Account__c === account.Id);
            expect(q.IntentSignals.totalCount).toBe(signals.length);
            const accountTasks = data.records('Task').filter((t) => t.AccountId === account.Id);
            expect(q.AccountTasks.totalCount).toBe(accountTasks.length);
            expect(q.Account.edges[0].node.Id).toBe(account.Id);
            expect(q.Account.edges[0].node.Name).toEqual({ value: account.Name });
            // Newest first, nulls last.
            const taskDates = q.AccountTasks.edges.map((e: any) => e.node.ActivityDate.value);
            expect(taskDates).toEqual(
                [...taskDates].sort((a: string | null, b: string | null) =>
                    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1
                )
            );
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
        ['Event', 'AccountId', { source: 'activities', object: 'Event', fields: ['AccountId'] }, ['AccountEvents']],
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
        const result = executeGraphQL(plan.text, { ...queryVariables(account) }, user, 'siAccountInsight');
        expect(messages(result)).toEqual([]);
        const q = (result.data as any).uiapi.query;
        expect(q.AccountTasks).toBeUndefined();
        expect(q.Contacts.totalCount).toBe(data.records('Contact').filter((c) => c.AccountId === account.Id).length);
        expect(q.AccountEvents.totalCount).toBeGreaterThan(0);
    });
});

describe("the panel's activity subqueries", () => {
    it('ask only what happened by today: a scheduled or open task and a future meeting take no place in the page', () => {
        const ACME = '001000000000001AAA';
        const task = (n: number, fields: Record<string, unknown>) => ({
            Id: `00T00000000000${n}AAA`,
            AccountId: ACME,
            WhoId: null,
            ...fields
        });
        const data = store({
            Account: [{ Id: ACME, Name: 'Acme', Website: 'acme.com' }],
            Task: [
                task(1, { ActivityDate: '2026-10-30', IsClosed: true }),
                task(2, { ActivityDate: '2026-11-20', IsClosed: false }),
                task(3, { ActivityDate: '2026-10-29', IsClosed: false }),
                task(4, { ActivityDate: null, IsClosed: true, CompletedDateTime: '2026-10-01T10:00:00.000Z' }),
                task(5, { ActivityDate: '2026-11-02', IsClosed: true })
            ],
            Event: [
                { Id: '00U000000000001AAA', AccountId: ACME, ActivityDateTime: '2026-11-01T15:00:00.000Z' },
                { Id: '00U000000000002AAA', AccountId: ACME, ActivityDateTime: '2026-11-03T09:00:00.000Z' }
            ]
        });
        const ctx = contextFor(data, '2026-11-02');
        const result = executeGraphQL(
            accountInsightQueryText(),
            { ...queryVariables({ Id: ACME, Name: 'Acme', Website: 'acme.com' }) },
            ctx,
            'siAccountInsight'
        );
        expect(messages(result)).toEqual([]);
        const q = (result.data as any).uiapi.query;
        expect(q.AccountTasks.edges.map((e: any) => e.node.Id)).toEqual([
            '00T000000000005AAA',
            '00T000000000001AAA',
            '00T000000000004AAA'
        ]);
        expect(q.AccountEvents.edges.map((e: any) => e.node.Id)).toEqual(['00U000000000001AAA']);
        // On the day after, the meeting of the 3rd counts too.
        const later = executeGraphQL(
            accountInsightQueryText(),
            { ...queryVariables({ Id: ACME, Name: 'Acme', Website: 'acme.com' }) },
            contextFor(data, '2026-11-03'),
            'siAccountInsight'
        );
        expect((later.data as any).uiapi.query.AccountEvents.totalCount).toBe(2);
    });
});
