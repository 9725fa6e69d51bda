import { describe, expect, it } from '@jest/globals';
import {
    DEFAULT_CONFIG,
    END_DATE_NOT_RECORDED,
    START_DATE_NOT_RECORDED,
    computeInsight,
    type AccountData,
    type Scored
} from 'c/siEngine';
import { idShard } from '../insight';
import acme from './data/acmeAccount.json';

const AS_OF = '2025-06-01';
const data = acme as unknown as AccountData;
const sum = (s: Scored) => s.factors.reduce((t, f) => t + f.points, 0);

describe('computeInsight on a small account', () => {
    const insight = computeInsight(data, DEFAULT_CONFIG, AS_OF);

    it('scores profile fit from the account fields', () => {
        expect(insight.profileFit).toMatchObject({ score: 100, band: 'Strong' });
    });

    it('counts closed reach activities in the window, recency-weighted, with people and personas', () => {
        // Call 12 days old: 4 * 0.5^(12/45) = 3.33 -> 3; meeting 7 days old: 6 * 0.5^(7/45) = 5.4 -> 5.
        // Nothing capped: each factor gives its points; the persona by its label, not its developer name.
        expect(insight.reach.factors).toEqual([
            { label: '1 meeting in the last 90 days (recency-weighted)', points: 5, rawPoints: 5 },
            { label: '1 call in the last 90 days (recency-weighted)', points: 3, rawPoints: 3 },
            { label: '1 person reached', points: 6, rawPoints: 6 },
            { label: '1 persona reached: Technical Buyer', points: 8, rawPoints: 8 }
        ]);
        expect(insight.reach.caps).toEqual([]);
        expect(insight.reach.personasReached).toEqual(['Technical_Buyer']);
        expect(insight.reach).toMatchObject({
            score: 22,
            level: 'Low',
            activityCount: 2,
            peopleReached: 1,
            lastReachedDate: '2025-05-25'
        });
    });

    it('scores each person with a grade, ordered by engagement', () => {
        expect(insight.people.map((p) => [p.id, p.score, p.grade])).toEqual([
            ['003B', 18, 'C'], // webinar 20 * 0.5^(4/30)
            ['003C', 14, 'D'], // form fill 15 * 0.5^(2/30)
            ['003A', 8, 'D'], // web visit signal weight 8 linked to the person, 1 day old
            ['00QA', 5, 'D'], // email click 5 * 0.5^(2/30) = 4.77
            ['003D', 0, 'D']
        ]);
        expect(insight.people.find((p) => p.id === '00QA')?.matchedBy).toBe('Email domain');
    });

    it('computes intent from signals and responses in the window, its trend and top keywords', () => {
        // Keyword Research 20 + Web Visit 8 + responses (20 + 5 + 15) * 0.5 = 48; prior period: one Web Visit at the default weight 5.
        expect(insight.intent).toMatchObject({ score: 48, priorScore: 5, trend: 'Rising' });
        expect(insight.intent.topKeywords).toEqual([{ keyword: 'zero trust', weight: 28, count: 2 }]);
    });

    it('derives stage, qualified, persona map and contacts to reach', () => {
        expect(insight.buyingStage.stage).toBe('Decision'); // Consideration by intent, lifted by the open opportunity
        // Newly qualified: no start date is stored, so none is known; the scoring job stores AS_OF.
        expect(insight.qualified).toMatchObject({
            qualified: true,
            startDate: null,
            startDateMissing: START_DATE_NOT_RECORDED,
            toStore: { startDate: AS_OF, endDate: null },
            change: 'Became qualified'
        });
        expect(insight.personaMap.gaps).toEqual([
            'IT_Manager',
            'Engineering_Manager',
            'Finance_Leader',
            'Operations_Leader'
        ]);
        expect(insight.personaMap.personas.find((p) => p.key === 'Security_Leader')?.people).toEqual(['003D']);
        expect(insight.contactsToReach.map((c) => [c.id, c.reasonKind])).toEqual([
            ['003B', 'Engaged but not reached'],
            ['003C', 'Engaged but not reached'],
            ['00QA', 'Engaged but not reached']
        ]); // 003D is opted out; 003A was reached
    });

    it('keeps every factor list summing to its score', () => {
        for (const s of [insight.profileFit, insight.reach, insight.engagement, insight.intent, ...insight.people])
            expect(sum(s)).toBe(s.score);
    });

    it('reports freshness and data-quality notes instead of failing', () => {
        expect(insight.freshness).toEqual({ newestActivityDate: '2025-05-31', asOf: AS_OF, daysSinceNewest: 1 });
        expect(insight.dataQuality.map((n) => `${n.object}.${n.field}: ${n.issue} (${n.examples.join(',')})`)).toEqual([
            'SI_Intent_Signal__c.Weight__c: Not a number of 0 or more: default weight 5 used (a02)',
            'Task.ActivityDate: Not a date: not counted (00TB)'
        ]);
    });

    it('is deterministic', () => {
        expect(computeInsight(data, DEFAULT_CONFIG, AS_OF)).toEqual(insight);
    });
});

describe('computeInsight edge cases', () => {
    it('rejects a bad asOf and a missing account with clear errors', () => {
        expect(() => computeInsight(data, DEFAULT_CONFIG, '2025-02-30')).toThrow('asOf is not a real date: 2025-02-30');
        expect(() => computeInsight(data, DEFAULT_CONFIG, '1/6/2025')).toThrow('asOf must be a date as YYYY-MM-DD');
        expect(() => computeInsight({} as AccountData, DEFAULT_CONFIG, AS_OF)).toThrow(
            'computeInsight needs data.account'
        );
    });

    it('handles an account with nothing else', () => {
        const insight = computeInsight({ account: { Id: '001' } }, DEFAULT_CONFIG, AS_OF);
        expect(insight).toMatchObject({
            reach: { score: 0, level: 'Low' },
            intent: { score: 0, trend: 'Steady' },
            buyingStage: { stage: 'Target' }
        });
        expect(insight.freshness.newestActivityDate).toBeNull();
        expect(insight.personaMap.gaps).toHaveLength(DEFAULT_CONFIG.personas.length);
    });

    it('ignores future and out-of-window activities and reports people it cannot link', () => {
        const insight = computeInsight(
            {
                account: { Id: '001' },
                contacts: [
                    { Id: 'C1', Title: 'CTO' },
                    { Id: 'C1', Title: 'dup' }
                ],
                tasks: [
                    { Id: 'T1', WhoId: 'C1', ActivityDate: '2025-06-02' },
                    { Id: 'T2', WhoId: 'C1', ActivityDate: '2025-03-02' },
                    { Id: 'T3', WhoId: 'C9', ActivityDate: '2025-05-30', Type: 'Call' }
                ]
            },
            DEFAULT_CONFIG,
            AS_OF
        );
        expect(insight.reach).toMatchObject({ activityCount: 1, peopleReached: 0 });
        // Only the reach window is read of activities: an older touch is not a last reached date.
        expect(insight.people[0]).toMatchObject({ reachCount: 0, lastReachedDate: null });
        expect(insight.freshness.newestActivityDate).toBe('2025-05-30');
        expect(insight.dataQuality.filter((n) => n.object !== 'Account').map((n) => `${n.object}.${n.field}`)).toEqual([
            'Activity.WhoId',
            'Contact.Id'
        ]);
    });

    it('derives fields Salesforce computes when imported data lacks them (HasResponded, IsClosed, IsWon)', () => {
        const insight = computeInsight(
            {
                account: { Id: '001' },
                contacts: [
                    { Id: 'C1', Title: 'CEO' },
                    { Id: 'C2', Title: 'CTO' }
                ],
                tasks: [
                    { Id: 'T1', WhoId: 'C1', ActivityDate: '2025-05-30', Status: 'Completed', TaskSubtype: 'Call' },
                    { Id: 'T2', WhoId: 'C2', ActivityDate: '2025-05-30', Status: 'Not Started' }
                ],
                campaignMembers: [
                    {
                        Id: 'M1',
                        ContactId: 'C1',
                        Status: 'Responded',
                        Campaign: { Type: 'Webinar', StartDate: '2025-05-25' }
                    },
                    { Id: 'M2', ContactId: 'C2', Status: 'Sent', Campaign: { StartDate: '2025-05-25' } }
                ],
                opportunities: [{ Id: 'O1', StageName: 'Closed Won', CloseDate: '2025-04-01' }]
            },
            DEFAULT_CONFIG,
            AS_OF
        );
        expect(insight.reach.activityCount).toBe(1);
        expect(insight.people.map((p) => [p.id, p.engagementCount, p.lastEngagedDate])).toEqual([
            ['C1', 1, '2025-05-25'],
            ['C2', 0, null]
        ]);
        expect(insight.buyingStage.stage).toBe('Purchase');
    });

    it('orders people tied on score and last engagement by name, then Id, however many', () => {
        // 40 people without engagement (one run of ties, sorted by the built-in sort) and pairs of people
        // engaged on the same day (short runs, sorted in place); names repeat so that Ids decide some ties.
        const contacts = Array.from({ length: 60 }, (_, i) => ({
            Id: `003${String((i * 37) % 60).padStart(3, '0')}`,
            LastName: `Name${(i * 7) % 23}`
        }));
        const campaignMembers = Array.from({ length: 20 }, (_, i) => ({
            Id: `00v${i}`,
            ContactId: contacts[40 + i]?.Id,
            HasResponded: true,
            FirstRespondedDate: `2025-05-${String(10 + (i % 10)).padStart(2, '0')}`,
            Status: 'Clicked'
        }));
        const people = computeInsight(
            { account: { Id: '001' }, contacts, campaignMembers },
            DEFAULT_CONFIG,
            AS_OF
        ).people;
        const expected = [...people].sort(
            (a, b) =>
                b.score - a.score ||
                (b.lastEngagedDate ?? '').localeCompare(a.lastEngagedDate ?? '') ||
                (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
                (a.id < b.id ? -1 : 1)
        );
        expect(people.map((p) => p.id)).toEqual(expected.map((p) => p.id));
        expect(people.filter((p) => p.score === 0).length).toBeGreaterThanOrEqual(40);
    });

    it('keeps the stored start date when it stops, and leaves the end date to the scoring job', () => {
        const insight = computeInsight(
            { account: { Id: '001', SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2025-01-01' } },
            DEFAULT_CONFIG,
            AS_OF
        );
        expect(insight.qualified).toEqual(
            expect.objectContaining({
                qualified: false,
                startDate: '2025-01-01',
                endDate: null,
                endDateMissing: END_DATE_NOT_RECORDED,
                toStore: { startDate: '2025-01-01', endDate: AS_OF }
            })
        );
    });
});

describe('idShard (the person index spreads Ids over its Maps)', () => {
    const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

    /** An 18-character Salesforce Id: the 15-character Id and its case checksum (one character per 5). */
    function salesforceId(prefix: string, sequence: number): string {
        let counter = '';
        for (let n = sequence, i = 0; i < 9; i++, n = Math.floor(n / 62)) counter = BASE62[n % 62] + counter;
        const id15 = `${prefix}5g0${counter}`;
        let suffix = '';
        for (let chunk = 0; chunk < 3; chunk++) {
            let bits = 0;
            for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[chunk * 5 + i] as string)) bits |= 1 << i;
            suffix += CHECKSUM[bits];
        }
        return id15 + suffix;
    }

    const spread = (ids: string[]): number[] => {
        const counts = new Array<number>(16).fill(0);
        for (const id of ids) counts[idShard(id)]! += 1;
        return counts;
    };

    it('spreads consecutive 18-character Ids (a bulk load) over every Map', () => {
        const ids = Array.from({ length: 3200 }, (_, i) => salesforceId('003', 250_000 + i));
        expect(ids[0]).toHaveLength(18);
        const counts = spread(ids);
        // 200 a Map if even; the checksum characters alone would put them in a few Maps.
        expect(Math.min(...counts)).toBeGreaterThan(100);
        expect(Math.max(...counts)).toBeLessThan(300);
        // The 15-character form of the same Ids goes to the same Maps.
        expect(ids.map((id) => idShard(id.slice(0, 15)))).toEqual(ids.map((id) => idShard(id)));
    });

    it('gives short and empty Ids a Map too', () => {
        for (const id of ['', 'a', '003', 'ContactRef12']) expect(idShard(id)).toBeGreaterThanOrEqual(0);
        expect(idShard('')).toBe(0);
    });
});
