// Reach counts, the aggregated form of Tasks and Events: the engine computes the same insight from the
// counts `summarizeReach` makes of the records as from the records themselves, for every sample account
// and every as-of date tried; malformed rows are noted, rows outside the window count nothing.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
    DEFAULT_CONFIG,
    computeInsight,
    groupAccountData,
    summarizeReach,
    type AccountData,
    type ReachCounts
} from 'c/siEngine';
import { readSObjectTree } from '../../../../../../lib/sobjectTree';
import { datasetFromTree } from '../../../../../../scripts/insight';
import { addDays, readDataAsOf } from '../../../../../../lib/asOf';

const ROOT = join(__dirname, '../../../../../..');
const settings = DEFAULT_CONFIG.settings;

function sampleAccounts(): AccountData[] {
    const tree = readSObjectTree(join(ROOT, 'data'));
    const { dataset } = datasetFromTree(tree);
    return groupAccountData(dataset).accounts;
}

/** The account's data with its Tasks and Events replaced by their reach counts. */
function withCounts(data: AccountData, asOf: string): AccountData {
    const { tasks, events, ...rest } = data;
    return { ...rest, reachCounts: summarizeReach(tasks, events, asOf, settings) };
}

describe('summarizeReach', () => {
    const asOf = '2025-06-01';

    it('counts closed activities of the window by day and kind, and per person', () => {
        const counts = summarizeReach(
            [
                { Id: 'T1', WhoId: 'C1', ActivityDate: '2025-05-30', TaskSubtype: 'Call', IsClosed: true },
                { Id: 'T2', WhoId: ' C1 ', ActivityDate: '2025-05-30', TaskSubtype: 'Call', IsClosed: true },
                { Id: 'T3', WhoId: 'C2', ActivityDate: '2025-05-31', Subject: 'Email: hello', Status: 'Completed' },
                { Id: 'T4', WhoId: 'C2', ActivityDate: '2025-05-31', Status: 'Not Started' },
                { Id: 'T5', WhoId: 'C1', ActivityDate: '2025-06-02', TaskSubtype: 'Call', IsClosed: true },
                { Id: 'T6', WhoId: 'C1', ActivityDate: addDays(asOf, -settings.Reach_Window_Days), IsClosed: true },
                { Id: 'T7', ActivityDate: '2025-06-01', Type: 'Meeting', IsClosed: true }
            ],
            [{ Id: 'E1', WhoId: 'C2', ActivityDateTime: '2025-05-31T23:30:00.000Z' }],
            asOf,
            settings
        );
        expect(counts).toEqual({
            days: [
                { day: '2025-05-30', kind: 'Call', count: 2 },
                { day: '2025-05-31', kind: 'Meeting', count: 1 },
                { day: '2025-05-31', kind: 'Email', count: 1 },
                { day: '2025-06-01', kind: 'Meeting', count: 1 }
            ],
            people: [
                { whoId: 'C1', count: 2, lastDay: '2025-05-30' },
                { whoId: 'C2', count: 2, lastDay: '2025-05-31' }
            ]
        } satisfies ReachCounts);
    });

    it('gives the insight of the records for every sample account, on the data set day and around it', () => {
        const accounts = sampleAccounts();
        const dataDay = readDataAsOf(join(ROOT, 'data')) as string;
        expect(accounts.length).toBeGreaterThan(5);
        let reached = 0;
        for (const day of [dataDay, addDays(dataDay, -45), addDays(dataDay, 60)]) {
            for (const data of accounts) {
                const fromRecords = computeInsight(data, DEFAULT_CONFIG, day);
                const fromCounts = computeInsight(withCounts(data, day), DEFAULT_CONFIG, day);
                expect(fromCounts).toEqual(fromRecords);
                if (fromRecords.reach.activityCount > 0) reached++;
            }
        }
        // The comparison is about something: most accounts have activities in the window.
        expect(reached).toBeGreaterThan(accounts.length);
    });

    it('a count off by one changes the insight (the counts are what reach is computed from)', () => {
        const data = sampleAccounts().sort((a, b) => (b.tasks?.length ?? 0) - (a.tasks?.length ?? 0))[0] as AccountData;
        const dataDay = readDataAsOf(join(ROOT, 'data')) as string;
        const counted = withCounts(data, dataDay);
        const counts = counted.reachCounts as ReachCounts;
        const first = counts.days[0];
        if (!first) throw new Error('the largest sample account has no activity in the window');
        const changed = {
            ...counted,
            reachCounts: { ...counts, days: [{ ...first, count: first.count + 1 }, ...counts.days.slice(1)] }
        };
        const a = computeInsight(counted, DEFAULT_CONFIG, dataDay);
        const b = computeInsight(changed, DEFAULT_CONFIG, dataDay);
        expect(b.reach.activityCount).toBe(a.reach.activityCount + 1);
    });
});

describe('computeInsight with reach counts', () => {
    const asOf = '2025-06-01';
    const account = { Id: '001' };
    const contacts = [{ Id: 'C1', Title: 'CTO' }];

    it('notes malformed rows and leaves them out; rows outside the window count nothing', () => {
        const insight = computeInsight(
            {
                account,
                contacts,
                reachCounts: {
                    days: [
                        { day: '2025-05-30', kind: 'Call', count: 2 },
                        { day: 'yesterday', kind: 'Call', count: 1 },
                        { day: '2025-05-30', kind: 'Fax', count: 1 },
                        { day: '2025-05-30', kind: 'Email', count: 0 },
                        { day: '2025-06-05', kind: 'Email', count: 3 }
                    ] as ReachCounts['days'],
                    people: [
                        { whoId: 'C1', count: 2, lastDay: '2025-05-30' },
                        { whoId: '', count: 1, lastDay: '2025-05-30' },
                        { whoId: 'C1', count: 1, lastDay: '2024-01-01' }
                    ]
                }
            },
            DEFAULT_CONFIG,
            asOf
        );
        expect(insight.reach).toMatchObject({ activityCount: 2, peopleReached: 1 });
        expect(insight.people[0]).toMatchObject({ reachCount: 2, lastReachedDate: '2025-05-30' });
        const notes = insight.dataQuality.filter((n) => n.object === 'Reach counts');
        expect(notes.map((n) => [n.field, n.count])).toEqual([
            ['days', 3],
            ['people', 1]
        ]);
    });

    it('counts a person who is not the account for the account only, with a note of how many', () => {
        const insight = computeInsight(
            {
                account,
                contacts,
                reachCounts: {
                    days: [{ day: '2025-05-30', kind: 'Meeting', count: 4 }],
                    people: [{ whoId: '003OTHER', count: 4, lastDay: '2025-05-30' }]
                }
            },
            DEFAULT_CONFIG,
            asOf
        );
        expect(insight.reach).toMatchObject({ activityCount: 4, peopleReached: 0 });
        expect(insight.dataQuality.find((n) => n.object === 'Activity')).toMatchObject({
            field: 'WhoId',
            count: 4,
            examples: ['003OTHER']
        });
    });

    it('uses the counts when records are given too, and says the records were ignored', () => {
        const insight = computeInsight(
            {
                account,
                contacts,
                tasks: [{ Id: 'T1', WhoId: 'C1', ActivityDate: '2025-05-30', TaskSubtype: 'Call', IsClosed: true }],
                reachCounts: { days: [], people: [] }
            },
            DEFAULT_CONFIG,
            asOf
        );
        expect(insight.reach.activityCount).toBe(0);
        expect(insight.dataQuality.find((n) => n.object === 'Task')).toMatchObject({ field: '(list)', count: 1 });
    });
});
