// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The UI API GraphQL stand-in: parsing, filters, ordering, paging, wrapping and errors, and the panel's
// real query (siAccountData) executed against the committed sample data set.
import { join } from 'node:path';
import { accountInsightQueryText, queryVariables } from '../../../force-app/main/default/lwc/siAccountData/siAccountData';
import { SAMPLE_AS_OF } from '../../../scripts/generate-sample-data';
import { loadDataset } from '../../server/dataset';
import { readCustomFields } from '../../server/metadata';
import { executeGraphQL, likeRegExp, type DataRecord, type RecordStore } from '../execute';
import { parseGraphQL } from '../parse';
import { buildSchema } from '../schema';

const ROOT = join(__dirname, '../../..');
const schema = buildSchema(readCustomFields(ROOT));

function store(records: Record<string, DataRecord[]>): RecordStore {
    const byId = new Map<string, { type: string; record: DataRecord }>();
    for (const [type, list] of Object.entries(records)) for (const record of list) byId.set(record.Id, { type, record });
    return { records: (type) => records[type] ?? [], get: (id) => byId.get(id) };
}

const ACME = '001000000000001AAA';
const GLOBEX = '001000000000002AAA';
const small = store({
    Account: [
        { Id: ACME, Name: 'Acme', Website: 'acme.com', NumberOfEmployees: 500 },
        { Id: GLOBEX, Name: 'Globex', Website: null, NumberOfEmployees: null }
    ],
    Contact: [
        { Id: '003000000000001AAA', AccountId: ACME, LastName: 'Zed', Email: 'z@acme.com', Title: 'CTO' },
        { Id: '003000000000002AAA', AccountId: ACME, LastName: 'Adams', Email: 'a_b@acme.com', Title: null },
        { Id: '003000000000003AAA', AccountId: GLOBEX, LastName: 'Moe', Email: 'moe@globex.com', Title: 'VP Sales' }
    ],
    Lead: [
        { Id: '00Q000000000001AAA', LastName: 'Lee', Email: 'lee@acme.com', Company: 'Acme Inc', IsConverted: false },
        { Id: '00Q000000000002AAA', LastName: 'Old', Email: 'old@acme.com', Company: 'Acme', IsConverted: true }
    ],
    Task: [
        { Id: '00T000000000001AAA', WhoId: '00Q000000000001AAA', AccountId: null, ActivityDate: '2026-10-01' },
        { Id: '00T000000000002AAA', WhoId: '003000000000001AAA', AccountId: ACME, ActivityDate: null },
        { Id: '00T000000000003AAA', WhoId: '003000000000002AAA', AccountId: ACME, ActivityDate: '2026-09-01' }
    ]
});
const ctx = { schema, store: small, today: '2026-11-02' };

function run(query: string, variables: Record<string, unknown> = {}) {
    return executeGraphQL(query, variables, ctx);
}

function nodes(result: ReturnType<typeof run>, alias: string): Array<Record<string, unknown>> {
    const q = (result.data as { uiapi: { query: Record<string, { edges: Array<{ node: Record<string, unknown> }> }> } }).uiapi.query;
    return (q[alias] as { edges: Array<{ node: Record<string, unknown> }> }).edges.map((e) => e.node);
}

describe('parseGraphQL', () => {
    it('parses operations, variables, aliases, arguments, directives and fragments', () => {
        const doc = parseGraphQL(`
            # comment
            query q($id: ID!, $n: Int = 5) { uiapi { query { A: Account(first: $n, where: { Id: { eq: $id } }) @optional { ...F } } } }
            fragment F on AccountConnection { totalCount }`);
        expect(doc.operations).toHaveLength(1);
        expect(doc.operations[0]?.variables.map((v) => [v.name, v.type, v.nonNull])).toEqual([
            ['id', 'ID!', true],
            ['n', 'Int', false]
        ]);
        expect(doc.fragments.get('F')?.typeCondition).toBe('AccountConnection');
    });

    it('names the line and column of a syntax error', () => {
        expect(() => parseGraphQL('query {\n  uiapi { query { Account( } }\n}')).toThrow(/line 2, column 28/);
        expect(() => parseGraphQL('{ a(x: "unterminated) }')).toThrow(/unterminated string/);
    });
});

describe('executeGraphQL', () => {
    it('wraps field values as { value, displayValue }, returns Id unwrapped, and counts', () => {
        const r = run(`query { uiapi { query { Account(where: { Id: { eq: "${ACME}" } }) {
            edges { node { Id Name { value } NumberOfEmployees { value displayValue } } } totalCount pageInfo { hasNextPage endCursor } } } } }`);
        expect(r.errors).toBeUndefined();
        expect(nodes(r, 'Account')).toEqual([{ Id: ACME, Name: { value: 'Acme' }, NumberOfEmployees: { value: 500, displayValue: '500' } }]);
        const conn = (r.data as any).uiapi.query.Account;
        expect(conn.totalCount).toBe(1);
        expect(conn.pageInfo.hasNextPage).toBe(false);
    });

    it('defaults first to 10, pages with after, and rejects first above 2000', () => {
        const r = run('{ uiapi { query { Contact(first: 2, orderBy: { LastName: { order: ASC } }) { edges { node { LastName { value } } cursor } pageInfo { hasNextPage endCursor } totalCount } } } }');
        const conn = (r.data as any).uiapi.query.Contact;
        expect(conn.edges.map((e: any) => e.node.LastName.value)).toEqual(['Adams', 'Moe']);
        expect(conn.pageInfo.hasNextPage).toBe(true);
        expect(conn.totalCount).toBe(3);
        const next = run(`{ uiapi { query { Contact(first: 2, after: "${conn.pageInfo.endCursor}", orderBy: { LastName: { order: ASC } }) { edges { node { LastName { value } } } pageInfo { hasNextPage } } } } }`);
        expect(nodes(next, 'Contact').map((n: any) => n.LastName.value)).toEqual(['Zed']);
        expect(run('{ uiapi { query { Contact(first: 2001) { totalCount } } } }').errors?.[0]?.message).toMatch(/maximum is 2000/);
    });

    it('filters with eq (case-insensitive), ne (includes nulls), in, like with escapes, and/or/not', () => {
        const names = (where: string) => nodes(run(`{ uiapi { query { Contact(where: ${where}) { edges { node { LastName { value } } } } } } }`), 'Contact').map((n: any) => n.LastName.value).sort();
        expect(names('{ LastName: { eq: "zed" } }')).toEqual(['Zed']);
        expect(names('{ Title: { ne: "CTO" } }')).toEqual(['Adams', 'Moe']);
        expect(names('{ Title: { eq: null } }')).toEqual(['Adams']);
        expect(names('{ LastName: { in: ["Moe", "Adams"] } }')).toEqual(['Adams', 'Moe']);
        expect(names('{ Email: { like: "%@acme.com" } }')).toEqual(['Adams', 'Zed']);
        // `\\_` is a literal underscore: only a_b@ matches, not any single character.
        expect(names('{ Email: { like: "a\\\\_b%" } }')).toEqual(['Adams']);
        expect(names('{ Email: { like: "a\\\\_%" } }')).toEqual(['Adams']);
        expect(names('{ or: [{ LastName: { eq: "Moe" } }, { Title: { eq: "CTO" } }] }')).toEqual(['Moe', 'Zed']);
        expect(names('{ and: [{ AccountId: { eq: "' + ACME + '" } }, { not: { LastName: { eq: "Zed" } } }] }')).toEqual(['Adams']);
    });

    it('filters through a parent relationship and by semi-join (inq with ApiName)', () => {
        const r = run(`{ uiapi { query {
            ByParent: Contact(where: { Account: { Name: { eq: "Globex" } } }) { edges { node { Id } } }
            LeadTasks: Task(where: { WhoId: { inq: { Lead: { IsConverted: { eq: false } }, ApiName: "Id" } } }) { edges { node { Id } } }
        } } }`);
        expect(r.errors).toBeUndefined();
        expect(nodes(r, 'ByParent').map((n) => n.Id)).toEqual(['003000000000003AAA']);
        expect(nodes(r, 'LeadTasks').map((n) => n.Id)).toEqual(['00T000000000001AAA']);
    });

    it('orders with nulls FIRST/LAST and breaks ties by the stored order', () => {
        const dates = (order: string) => nodes(run(`{ uiapi { query { Task(orderBy: { ActivityDate: ${order} }) { edges { node { ActivityDate { value } } } } } } }`), 'Task').map((n: any) => n.ActivityDate.value);
        expect(dates('{ order: DESC, nulls: LAST }')).toEqual(['2026-10-01', '2026-09-01', null]);
        expect(dates('{ order: DESC }')).toEqual(['2026-10-01', '2026-09-01', null]);
        expect(dates('{ order: ASC }')).toEqual([null, '2026-09-01', '2026-10-01']);
        expect(dates('{ order: ASC, nulls: LAST }')).toEqual(['2026-09-01', '2026-10-01', null]);
    });

    it('resolves parent relationships as nodes and child relationships as connections', () => {
        const r = run(`{ uiapi { query { Contact(where: { LastName: { eq: "Zed" } }) { edges { node { Account { Id Name { value } } } } }
            Account(where: { Id: { eq: "${ACME}" } }) { edges { node { Contacts(first: 1) { edges { node { Id } } totalCount } } } } } } }`);
        expect(nodes(r, 'Contact')[0]).toEqual({ Account: { Id: ACME, Name: { value: 'Acme' } } });
        expect(nodes(r, 'Account')[0]).toEqual({ Contacts: { edges: [{ node: { Id: '003000000000001AAA' } }], totalCount: 2 } });
    });

    it('rejects unknown objects, fields, operators, arguments and missing variables, naming them', () => {
        expect(run('{ uiapi { query { Widget { totalCount } } } }').errors?.[0]?.message).toMatch(/Widget/);
        expect(run('{ uiapi { query { Contact { edges { node { Shoe { value } } } } } } }').errors?.[0]?.message).toMatch(/Field 'Shoe' in type 'Contact'/);
        expect(run('{ uiapi { query { Contact(where: { LastName: { sounds: "x" } }) { totalCount } } } }').errors?.[0]?.message).toMatch(/operator 'sounds'/);
        expect(run('{ uiapi { query { Contact(limit: 3) { totalCount } } } }').errors?.[0]?.message).toMatch(/argument 'limit'/);
        expect(run('query q($id: ID!) { uiapi { query { Contact(where: { Id: { eq: $id } }) { totalCount } } } }').errors?.[0]?.message).toMatch(/\$id/);
        expect(run('{ uiapi { query { Contact { edges { node { LastName } } } } } }').errors?.[0]?.message).toMatch(/selection of subfields/);
    });
});

describe('likeRegExp', () => {
    it('matches SOQL like semantics', () => {
        expect(likeRegExp('%acme%').test('The ACME Co')).toBe(true);
        expect(likeRegExp('a_c').test('abc')).toBe(true);
        expect(likeRegExp('a_c').test('abbc')).toBe(false);
        expect(likeRegExp('100\\%').test('100%')).toBe(true);
        expect(likeRegExp('100\\%').test('1000')).toBe(false);
        expect(likeRegExp('a.b').test('axb')).toBe(false);
    });
});

describe("the panel's real query on the sample data", () => {
    const data = loadDataset(join(ROOT, 'data'));
    const full = { schema, store: data, today: SAMPLE_AS_OF };

    it.each(data.records('Account').map((a) => [String(a.Name), a] as const))('returns exactly the records of %s', (_name, account) => {
        const variables = queryVariables({ Id: account.Id, Name: account.Name as string, Website: account.Website as string });
        const result = executeGraphQL(accountInsightQueryText(), { ...variables }, full, 'siAccountInsight');
        expect(result.errors).toBeUndefined();
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
        expect(taskDates).toEqual([...taskDates].sort((a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1)));
    });
});
