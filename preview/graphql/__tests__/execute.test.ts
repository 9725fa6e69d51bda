// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The UI API GraphQL stand-in executing queries through graphql-js: value wrappers, filters, dates,
// ordering, paging and its limits, relationships (polymorphic ones too) and the error phases.
import { likeRegExp } from '../filter';
import { contextFor, messages, nodes, runner, store } from './support/context';

const ACME = '001000000000001AAA';
const GLOBEX = '001000000000002AAA';
const LEE = '00Q000000000001AAA';
const ZED = '003000000000001AAA';
const small = store({
    Account: [
        { Id: ACME, Name: 'Acme', Website: 'acme.com', NumberOfEmployees: 500, AnnualRevenue: 1250000 },
        { Id: GLOBEX, Name: 'Globex', Website: null, NumberOfEmployees: null }
    ],
    Contact: [
        { Id: ZED, AccountId: ACME, LastName: 'Zed', Email: 'z@acme.com', Title: 'CTO' },
        { Id: '003000000000002AAA', AccountId: ACME, LastName: 'Adams', Email: 'a_b@acme.com', Title: null },
        { Id: '003000000000003AAA', AccountId: GLOBEX, LastName: 'Moe', Email: 'moe@globex.com', Title: 'VP Sales' }
    ],
    Lead: [
        { Id: LEE, LastName: 'Lee', Email: 'lee@acme.com', Company: 'Acme Inc', IsConverted: false },
        { Id: '00Q000000000002AAA', LastName: 'Old', Email: 'old@acme.com', Company: 'Acme', IsConverted: true }
    ],
    Task: [
        {
            Id: '00T000000000001AAA',
            WhoId: LEE,
            AccountId: null,
            ActivityDate: '2026-10-01',
            CompletedDateTime: '2026-10-01T15:00:00.000Z'
        },
        { Id: '00T000000000002AAA', WhoId: ZED, AccountId: ACME, ActivityDate: null },
        { Id: '00T000000000003AAA', WhoId: '003000000000002AAA', AccountId: ACME, ActivityDate: '2026-09-01' }
    ]
});
const ctx = contextFor(small);
const run = runner(ctx);

describe('values, paging and counts', () => {
    it('wraps field values as { value, displayValue }, returns Id unwrapped, and counts', () => {
        const r = run(`query { uiapi { query { Account(where: { Id: { eq: "${ACME}" } }) {
            edges { node { Id ApiName Name { value } NumberOfEmployees { value displayValue } AnnualRevenue { displayValue } } }
            totalCount pageInfo { hasNextPage endCursor } } } } }`);
        expect(nodes(r, 'Account')).toEqual([
            {
                Id: ACME,
                ApiName: 'Account',
                Name: { value: 'Acme' },
                NumberOfEmployees: { value: 500, displayValue: '500' },
                AnnualRevenue: { displayValue: '$1,250,000' }
            }
        ]);
        const conn = (r.data as any).uiapi.query.Account;
        expect(conn.totalCount).toBe(1);
        expect(conn.pageInfo.hasNextPage).toBe(false);
    });

    it('defaults first to 10, pages with after, and refuses first above 2000 for that subquery only', () => {
        const r = run(
            '{ uiapi { query { Contact(first: 2, orderBy: { LastName: { order: ASC } }) { edges { node { LastName { value } } cursor } pageInfo { hasNextPage endCursor } totalCount } } } }'
        );
        const conn = (r.data as any).uiapi.query.Contact;
        expect(conn.edges.map((e: any) => e.node.LastName.value)).toEqual(['Adams', 'Moe']);
        expect(conn.pageInfo.hasNextPage).toBe(true);
        expect(conn.totalCount).toBe(3);
        const next = run(
            `{ uiapi { query { Contact(first: 2, after: "${conn.pageInfo.endCursor}", orderBy: { LastName: { order: ASC } }) { edges { node { LastName { value } } } pageInfo { hasNextPage } } } } }`
        );
        expect(nodes(next, 'Contact').map((n) => n.LastName.value)).toEqual(['Zed']);
        expect((next.data as any).uiapi.query.Contact.pageInfo.hasNextPage).toBe(false);

        const tooMany = run(
            '{ uiapi { query { Big: Contact(first: 2001) { totalCount } Fine: Lead { totalCount } } } }'
        );
        expect(messages(tooMany)).toEqual([expect.stringMatching(/'first' on 'Contact' is 2001; the maximum is 2000/)]);
        expect(tooMany.errors?.[0]?.path).toEqual(['uiapi', 'query', 'Big']);
        expect(tooMany.errors?.[0]?.extensions?.ErrorType).toBe('DataFetchingException');
        expect((tooMany.data as any).uiapi.query.Fine.totalCount).toBe(2);
        expect(messages(run('{ uiapi { query { Contact(after: "bm9wZQ==") { totalCount } } } }'))).toEqual([
            expect.stringMatching(/not a cursor/)
        ]);
    });

    it('pages past 4,000 records only with upperBound, whose first is 200 to 2000', () => {
        const many = store({
            Contact: Array.from({ length: 4100 }, (_, i) => ({
                Id: `003${String(i).padStart(12, '0')}AAA`,
                LastName: `C${i}`
            }))
        });
        const big = runner(contextFor(many));
        let after: string | null = null;
        for (let page = 0; page < 2; page++) {
            const r = big(
                `query q($after: String) { uiapi { query { Contact(first: 2000, after: $after) { pageInfo { endCursor } } } } }`,
                { after }
            );
            expect(r.errors).toBeUndefined();
            after = (r.data as any).uiapi.query.Contact.pageInfo.endCursor;
        }
        const third = big(
            `query q($after: String) { uiapi { query { Contact(first: 2000, after: $after) { totalCount } } } }`,
            { after }
        );
        expect(messages(third)).toEqual([expect.stringMatching(/past 4000 records needs upperBound/)]);
        const bounded = big(
            `query q($after: String) { uiapi { query { Contact(first: 2000, after: $after, upperBound: 5000) { edges { cursor } } } } }`,
            { after }
        );
        expect((bounded.data as any).uiapi.query.Contact.edges).toHaveLength(100);
        expect(messages(big('{ uiapi { query { Contact(first: 100, upperBound: 5000) { totalCount } } } }'))).toEqual([
            expect.stringMatching(/must be 200 to 2000 with upperBound/)
        ]);
    });
});

describe('where', () => {
    const names = (where: string) =>
        nodes(
            run(`{ uiapi { query { Contact(where: ${where}) { edges { node { LastName { value } } } } } } }`),
            'Contact'
        )
            .map((n) => n.LastName.value)
            .sort();

    it('takes a where as a variable of the filter type, nested and/or included, as the literal', () => {
        const where = {
            or: [{ LastName: { eq: 'Moe' } }, { and: [{ Title: { eq: 'CTO' } }, { Email: { like: '%@acme.com' } }] }]
        };
        const byVariable = run(
            'query q($where: Contact_Filter) { uiapi { query { Contact(where: $where) { edges { node { LastName { value } } } } } } }',
            { where }
        );
        expect(messages(byVariable)).toEqual([]);
        expect(
            nodes(byVariable, 'Contact')
                .map((n) => n.LastName.value)
                .sort()
        ).toEqual(
            names(
                '{ or: [{ LastName: { eq: "Moe" } }, { and: [{ Title: { eq: "CTO" } }, { Email: { like: "%@acme.com" } }] }] }'
            )
        );
        expect(nodes(byVariable, 'Contact')).toHaveLength(2);
    });

    it('filters with eq (case-insensitive), ne (nulls included), in, like with escapes, and/or/not', () => {
        expect(names('{ LastName: { eq: "zed" } }')).toEqual(['Zed']);
        expect(names('{ Title: { ne: "CTO" } }')).toEqual(['Adams', 'Moe']);
        expect(names('{ Title: { eq: null } }')).toEqual(['Adams']);
        expect(names('{ LastName: { in: ["Moe", "Adams"] } }')).toEqual(['Adams', 'Moe']);
        expect(names('{ Email: { like: "%@acme.com" } }')).toEqual(['Adams', 'Zed']);
        // `\\_` is a literal underscore: only a_b@ matches, not any single character.
        expect(names('{ Email: { like: "a\\\\_b%" } }')).toEqual(['Adams']);
        expect(names('{ or: [{ LastName: { eq: "Moe" } }, { Title: { eq: "CTO" } }] }')).toEqual(['Moe', 'Zed']);
        expect(names(`{ and: [{ AccountId: { eq: "${ACME}" } }, { not: { LastName: { eq: "Zed" } } }] }`)).toEqual([
            'Adams'
        ]);
        // An 18-character Id matches its 15-character form.
        expect(names(`{ AccountId: { eq: "${ACME.slice(0, 15)}" } }`)).toEqual(['Adams', 'Zed']);
    });

    it('filters through a parent relationship, a polymorphic one and a semi-join (inq with ApiName)', () => {
        const r = run(`{ uiapi { query {
            ByParent: Contact(where: { Account: { Name: { eq: "Globex" } } }) { edges { node { Id } } }
            LeadTasks: Task(where: { WhoId: { inq: { Lead: { IsConverted: { eq: false } }, ApiName: "Id" } } }) { edges { node { Id } } }
            NotLead: Task(where: { WhoId: { ninq: { Lead: { IsConverted: { eq: false } }, ApiName: "Id" } } }) { edges { node { Id } } }
            ByWho: Task(where: { Who: { Contact: { LastName: { eq: "Zed" } } } }) { edges { node { Id } } }
        } } }`);
        expect(nodes(r, 'ByParent').map((n) => n.Id)).toEqual(['003000000000003AAA']);
        expect(nodes(r, 'LeadTasks').map((n) => n.Id)).toEqual(['00T000000000001AAA']);
        expect(nodes(r, 'NotLead').map((n) => n.Id)).toEqual(['00T000000000002AAA', '00T000000000003AAA']);
        expect(nodes(r, 'ByWho').map((n) => n.Id)).toEqual(['00T000000000002AAA']);
    });

    it('compares dates with { value }, { literal } and { range }, relative to the day given as today', () => {
        const ids = (where: string, today = '2026-11-02') =>
            nodes(
                runner(contextFor(small, today))(
                    `{ uiapi { query { Task(where: ${where}) { edges { node { Id } } } } } }`
                ),
                'Task'
            ).map((n) => n.Id.slice(-4, -3));
        expect(ids('{ ActivityDate: { eq: { value: "2026-09-01" } } }')).toEqual(['3']);
        expect(ids('{ ActivityDate: { eq: { value: null } } }')).toEqual(['2']);
        expect(ids('{ ActivityDate: { gte: { range: { last_n_days: 40 } } } }')).toEqual(['1']);
        expect(ids('{ ActivityDate: { gte: { range: { last_n_days: 40 } } } }', '2026-12-15')).toEqual([]);
        expect(ids('{ ActivityDate: { eq: { literal: LAST_MONTH } } }')).toEqual(['1']);
        expect(ids('{ ActivityDate: { lt: { literal: THIS_MONTH } } }')).toEqual(['1', '3']);
        expect(ids('{ CompletedDateTime: { eq: { literal: LAST_MONTH } } }')).toEqual(['1']);
        expect(ids('{ CompletedDateTime: { gt: { value: "2026-10-01T15:00:00.000Z" } } }')).toEqual([]);
        expect(ids('{ ActivityDate: { in: [{ value: "2026-09-01" }, { value: null }] } }')).toEqual(['2', '3']);
    });
});

describe('orderBy and relationships', () => {
    it('orders with nulls FIRST/LAST (SOQL defaults: first ascending, last descending) and keeps ties in store order', () => {
        const dates = (order: string) =>
            nodes(
                run(
                    `{ uiapi { query { Task(orderBy: { ActivityDate: ${order} }) { edges { node { ActivityDate { value } } } } } } }`
                ),
                'Task'
            ).map((n) => n.ActivityDate.value);
        expect(dates('{ order: DESC, nulls: LAST }')).toEqual(['2026-10-01', '2026-09-01', null]);
        expect(dates('{ order: DESC }')).toEqual(['2026-10-01', '2026-09-01', null]);
        expect(dates('{ order: ASC }')).toEqual([null, '2026-09-01', '2026-10-01']);
        expect(dates('{ order: ASC, nulls: LAST }')).toEqual(['2026-09-01', '2026-10-01', null]);
        const byParent = nodes(
            run(
                '{ uiapi { query { Contact(orderBy: { Account: { Name: { order: DESC } }, LastName: { order: ASC } }) { edges { node { LastName { value } } } } } } }'
            ),
            'Contact'
        );
        expect(byParent.map((n) => n.LastName.value)).toEqual(['Moe', 'Adams', 'Zed']);
    });

    it('resolves parent relationships as records, polymorphic ones by their type, and child relationships as connections', () => {
        const r = run(`{ uiapi { query {
            Contact(where: { LastName: { eq: "Zed" } }) { edges { node { Account { Id Name { value } } } } }
            Account(where: { Id: { eq: "${ACME}" } }) { edges { node { Contacts(first: 1, orderBy: { LastName: { order: DESC } }) { edges { node { Id } } totalCount } } } }
            Task(orderBy: { ActivityDate: { order: DESC } }) { edges { node { Who { __typename ... on Lead { Company { value } } ... on Contact { Title { value } } } } } }
        } } }`);
        expect(nodes(r, 'Contact')[0]).toEqual({ Account: { Id: ACME, Name: { value: 'Acme' } } });
        expect(nodes(r, 'Account')[0]).toEqual({ Contacts: { edges: [{ node: { Id: ZED } }], totalCount: 2 } });
        expect(nodes(r, 'Task').map((n) => n.Who)).toEqual([
            { __typename: 'Lead', Company: { value: 'Acme Inc' } },
            { __typename: 'Contact', Title: { value: null } },
            { __typename: 'Contact', Title: { value: 'CTO' } }
        ]);
    });
});

describe('errors, in the phase graphql-js finds them', () => {
    it('names the line and column of a syntax error (InvalidSyntax)', () => {
        const r = run('query {\n  uiapi { query { Account( } }\n}');
        expect(r.data).toBeNull();
        expect(r.errors?.[0]).toMatchObject({
            locations: [{ line: 2, column: 28 }],
            extensions: { ErrorType: 'InvalidSyntax' }
        });
    });

    it('rejects unknown objects, fields, operators, arguments, missing variables and subselections before executing (ValidationError)', () => {
        const cases: Array<[string, RegExp]> = [
            ['{ uiapi { query { Widget { totalCount } } } }', /Cannot query field "Widget" on type "RecordQuery"/],
            [
                '{ uiapi { query { Contact { edges { node { Shoe { value } } } } } } }',
                /Cannot query field "Shoe" on type "Contact"/
            ],
            [
                '{ uiapi { query { Contact(where: { LastName: { sounds: "x" } }) { totalCount } } } }',
                /"sounds" is not defined by type "StringOperators"/
            ],
            [
                '{ uiapi { query { Contact(where: { Shoe: { eq: "x" } }) { totalCount } } } }',
                /"Shoe" is not defined by type "Contact_Filter"/
            ],
            [
                '{ uiapi { query { Contact(limit: 3) { totalCount } } } }',
                /Unknown argument "limit" on field "RecordQuery.Contact"/
            ],
            [
                'query q($id: ID!) { uiapi { query { Contact(where: { Id: { eq: $id } }) { totalCount } } } }',
                /Variable "\$id" of required type "ID!" was not provided/
            ],
            [
                'query q($n: String) { uiapi { query { Contact(first: $n) { totalCount } } } }',
                /Variable "\$n" of type "String" used in position expecting type "Int"/
            ],
            ['{ uiapi { query { Contact { edges { node { LastName } } } } } }', /must have a selection of subfields/],
            ['{ uiapi { query { Task(where: { ActivityDate: { eq: "2026-01-01" } }) { totalCount } } } }', /DateInput/],
            [
                '{ uiapi { query { Task(where: { ActivityDate: { eq: { literal: LAST_EON } } }) { totalCount } } } }',
                /LAST_EON/
            ],
            ['mutation { uiapi { query { Account { totalCount } } } }', /mutation/]
        ];
        for (const [query, message] of cases) {
            const r = run(query);
            expect(r.data).toBeNull();
            expect(messages(r).join('\n')).toMatch(message);
            expect(r.errors?.[0]?.extensions?.ErrorType).toBe('ValidationError');
        }
    });

    it('allows at most 10 subqueries in one query, counting record and aggregate ones', () => {
        const subqueries = (n: number, root: 'query' | 'aggregate') =>
            `{ uiapi { ${root} { ${Array.from({ length: n }, (_, i) => `S${i}: Contact { totalCount }`).join(' ')} } } }`;
        expect(run(subqueries(10, 'query')).errors).toBeUndefined();
        expect(messages(run(subqueries(11, 'query')))).toEqual([
            expect.stringMatching(/at most 10 subqueries; 'S10' is number 11/)
        ]);
        expect(messages(run(subqueries(11, 'aggregate')))).toEqual([expect.stringMatching(/at most 10 subqueries/)]);
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
