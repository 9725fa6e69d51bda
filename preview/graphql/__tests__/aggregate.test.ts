// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// Aggregate queries (`uiapi { aggregate { ... } }`): grouping by fields and date functions, the functions
// per field type, one row without groupBy, ordering and paging of groups, and what is refused.
import { contextFor, messages, runner, store } from './support/context';

const A = '003000000000001AAA';
const B = '003000000000002AAA';
const LEAD = '00Q000000000001AAA';
const data = store({
    Task: [
        {
            Id: '00T000000000001AAA',
            WhoId: A,
            Type: 'Call',
            ActivityDate: '2026-10-01',
            CallDurationInSeconds: 60,
            CompletedDateTime: '2026-10-01T09:30:00.000Z'
        },
        { Id: '00T000000000002AAA', WhoId: A, Type: 'call', ActivityDate: '2026-10-20', CallDurationInSeconds: 120 },
        { Id: '00T000000000003AAA', WhoId: A, Type: 'Email', ActivityDate: '2026-09-05', CallDurationInSeconds: null },
        { Id: '00T000000000004AAA', WhoId: B, Type: 'Call', ActivityDate: '2026-10-11', CallDurationInSeconds: 30 },
        { Id: '00T000000000005AAA', WhoId: LEAD, Type: null, ActivityDate: null }
    ],
    Opportunity: [
        { Id: '006000000000001AAA', Amount: 100, StageName: 'Prospecting' },
        { Id: '006000000000002AAA', Amount: 250.5, StageName: 'Closed Won' }
    ]
});
const run = runner(contextFor(data));

type Row = Record<string, any>;
function rows(result: ReturnType<typeof run>, alias: string): Row[] {
    if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
    return (result.data as any).uiapi.aggregate[alias].edges.map((e: any) => e.node.aggregate);
}

describe('aggregate queries', () => {
    it('groups by several fields (text case-insensitively, Ids on 15 characters) and counts per group', () => {
        const r =
            run(`{ uiapi { aggregate { Task(groupBy: { WhoId: { group: true }, Type: { group: true } }, where: { WhoId: { ne: null } }) {
            edges { node { aggregate { WhoId { value } Type { value } Id { count { value } } } } } totalCount } } } }`);
        expect(rows(r, 'Task')).toEqual([
            { WhoId: { value: A }, Type: { value: 'Call' }, Id: { count: { value: 2 } } },
            { WhoId: { value: A }, Type: { value: 'Email' }, Id: { count: { value: 1 } } },
            { WhoId: { value: B }, Type: { value: 'Call' }, Id: { count: { value: 1 } } },
            { WhoId: { value: LEAD }, Type: { value: null }, Id: { count: { value: 1 } } }
        ]);
        expect((r.data as any).uiapi.aggregate.Task.totalCount).toBe(4);
    });

    it('groups dates by a function and reads the group through that function', () => {
        const r =
            run(`{ uiapi { aggregate { Task(groupBy: { ActivityDate: { function: CALENDAR_MONTH } }, where: { ActivityDate: { ne: { value: null } } },
            orderBy: { ActivityDate: { order: DESC } }) {
            edges { node { aggregate { ActivityDate { calendarMonth { value } min { value } max { value } } Id { count { value } } } } } } } } }`);
        expect(rows(r, 'Task')).toEqual([
            {
                ActivityDate: {
                    calendarMonth: { value: 10 },
                    min: { value: '2026-10-01' },
                    max: { value: '2026-10-20' }
                },
                Id: { count: { value: 3 } }
            },
            {
                ActivityDate: {
                    calendarMonth: { value: 9 },
                    min: { value: '2026-09-05' },
                    max: { value: '2026-09-05' }
                },
                Id: { count: { value: 1 } }
            }
        ]);
        const days =
            run(`{ uiapi { aggregate { Task(groupBy: { CompletedDateTime: { function: DAY_ONLY } }, where: { CompletedDateTime: { ne: { value: null } } }) {
            edges { node { aggregate { CompletedDateTime { dayOnly { value } } } } } } } } }`);
        expect(rows(days, 'Task')).toEqual([{ CompletedDateTime: { dayOnly: { value: '2026-10-01' } } }]);
    });

    it('gives one row over every matching record without groupBy, with sum, avg, min, max, count and countDistinct', () => {
        const r = run(`{ uiapi { aggregate {
            Calls: Task { edges { node { aggregate {
                CallDurationInSeconds { sum { value } avg { value } min { value } max { value } count { value } }
                Type { countDistinct { value } }
            } } } }
            None: Task(where: { Type: { eq: "Meeting" } }) { edges { node { aggregate { Id { count { value } } CallDurationInSeconds { sum { value } } } } } }
            Opportunity { edges { node { aggregate { Amount { sum { value displayValue } } } } } }
        } } }`);
        expect(rows(r, 'Calls')).toEqual([
            {
                CallDurationInSeconds: {
                    sum: { value: 210 },
                    avg: { value: 70 },
                    min: { value: 30 },
                    max: { value: 120 },
                    count: { value: 3 }
                },
                Type: { countDistinct: { value: 2 } }
            }
        ]);
        expect(rows(r, 'None')).toEqual([
            { Id: { count: { value: 0 } }, CallDurationInSeconds: { sum: { value: null } } }
        ]);
        expect(rows(r, 'Opportunity')).toEqual([{ Amount: { sum: { value: 350.5, displayValue: '$350.5' } } }]);
    });

    it('pages groups with first and after', () => {
        const first = run(
            '{ uiapi { aggregate { Task(groupBy: { WhoId: { group: true } }, first: 2) { edges { cursor node { aggregate { WhoId { value } } } } pageInfo { hasNextPage endCursor } } } } }'
        );
        const conn = (first.data as any).uiapi.aggregate.Task;
        expect(conn.edges.map((e: any) => e.node.aggregate.WhoId.value)).toEqual([A, B]);
        expect(conn.pageInfo.hasNextPage).toBe(true);
        const next = run(
            `{ uiapi { aggregate { Task(groupBy: { WhoId: { group: true } }, first: 2, after: "${conn.pageInfo.endCursor}") { edges { node { aggregate { WhoId { value } } } } pageInfo { hasNextPage } } } } }`
        );
        expect(rows(next, 'Task').map((g) => g.WhoId.value)).toEqual([LEAD]);
    });

    it('refuses what the org refuses or the preview cannot answer, naming it', () => {
        const cases: Array<[string, RegExp]> = [
            // Not grouped: the value of a field is only defined for a grouped field.
            [
                '{ uiapi { aggregate { Task { edges { node { aggregate { Type { value } } } } } } } }',
                /Task.Type is not grouped that way: add groupBy: \{ Type: \{ group: true \} \}/
            ],
            [
                '{ uiapi { aggregate { Task(groupBy: { ActivityDate: { function: CALENDAR_YEAR } }) { edges { node { aggregate { ActivityDate { calendarMonth { value } } } } } } } } }',
                /CALENDAR_MONTH/
            ],
            [
                '{ uiapi { aggregate { Task(groupBy: { type: ROLLUP, Type: { group: true } }) { totalCount } } } }',
                /ROLLUP .* not supported by the preview/
            ],
            [
                '{ uiapi { aggregate { Task(groupBy: { WhoId: { group: true } }, orderBy: { Type: { order: ASC } }) { totalCount } } } }',
                /only grouped fields/
            ]
        ];
        for (const [query, message] of cases) expect(messages(run(query)).join('\n')).toMatch(message);
        // A date/time groups by a function, not group: true (a date takes either); a currency cannot be
        // grouped; no sum of text.
        expect(
            messages(
                run('{ uiapi { aggregate { Task(groupBy: { CompletedDateTime: { group: true } }) { totalCount } } } }')
            ).join()
        ).toMatch(/Task.CompletedDateTime is a date\/time: group it by a function/);
        expect(
            messages(run('{ uiapi { aggregate { Task(groupBy: { ActivityDate: { group: true } }) { totalCount } } } }'))
        ).toEqual([]);
        expect(
            messages(
                run('{ uiapi { aggregate { Opportunity(groupBy: { Amount: { group: true } }) { totalCount } } } }')
            ).join()
        ).toMatch(/"Amount" is not defined by type "Opportunity_GroupBy"/);
        expect(
            messages(
                run('{ uiapi { aggregate { Task { edges { node { aggregate { Type { sum { value } } } } } } } } }')
            ).join()
        ).toMatch(/Cannot query field "sum" on type "PicklistAggregate"/);
    });
});
