// The "why" of every score as a rep reads it: each factor shows its share of the score actually given
// (a capped group's maximum shared out by largest remainder), the factors sum exactly to the score, the
// caps are notes, and labels are readable (persona labels, criterion labels), never API names.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import fc from 'fast-check';
import {
    DEFAULT_CONFIG,
    accountEngagement,
    apportion,
    computeInsight,
    computeReach,
    configFromMetadata,
    explanationLines,
    formatDay,
    groupAccountData,
    type AccountInsight,
    type Dataset,
    type EngineConfig,
    type Factor,
    type Scored
} from 'c/siEngine';
import type { ReachTally } from '../reach';
import { readConfigMetadata } from '../../../../../../org/config/configMetadata';
import { readSObjectTree } from '../../../../../../lib/sobjectTree';
import { readDataAsOf } from '../../../../../../lib/asOf';

const ROOT = join(__dirname, '../../../../../..');
const settings = DEFAULT_CONFIG.settings;
const factors = (points: number[]): Factor[] => points.map((p, i) => ({ label: `f${i}`, points: p, rawPoints: p }));
const given = (fs: Factor[]): number[] => fs.map((f) => f.points);

/** An API name in a label: a custom field or object (`__c`, `__mdt`, `__r`), or words joined by underscores. */
const API_NAME = /__(c|r|mdt|e|x)\b|[A-Za-z0-9]_[A-Za-z0-9]/;

describe('apportion (largest remainder)', () => {
    it('shares the maximum out in proportion, the points left over to the largest remainders', () => {
        // The largest sample account's reach activities: 517 + 644 + 409 = 1,570 points, at most 40.
        // Exact shares 13.17, 16.41, 10.42: whole parts 13 + 16 + 10 = 39, the last point to the emails (.42).
        const fs = factors([517, 644, 409]);
        expect(apportion(fs, 0, 3, 40)).toBe(true);
        expect(given(fs)).toEqual([13, 16, 11]);
        expect(fs.map((f) => f.rawPoints)).toEqual([517, 644, 409]);
    });

    it('breaks ties by the larger points, then the earlier factor', () => {
        const equal = factors([1, 1, 1]);
        apportion(equal, 0, 3, 2);
        expect(given(equal)).toEqual([1, 1, 0]);
        // 3 * 2 / 4 = 1.5 and 1 * 2 / 4 = 0.5: the same remainder, the larger factor wins.
        const uneven = factors([1, 3]);
        apportion(uneven, 0, 2, 2);
        expect(given(uneven)).toEqual([0, 2]);
    });

    it('shares out only within its range, zero and negative factors keep their points', () => {
        const fs = factors([5, 30, 0, 30, -10, 7]);
        apportion(fs, 1, 5, 20);
        // 30 and 30 share 20 + 10 (the negative factor keeps its -10): 15 each.
        expect(given(fs)).toEqual([5, 15, 0, 15, -10, 7]);
    });

    it('gives everything 0 under a maximum of 0 and changes nothing when nothing can share', () => {
        const zero = factors([4, 6]);
        expect(apportion(zero, 0, 2, 0)).toBe(true);
        expect(given(zero)).toEqual([0, 0]);
        const none = factors([0, -3]);
        expect(apportion(none, 0, 2, -5)).toBe(false);
        expect(given(none)).toEqual([0, -3]);
    });

    it('always sums to the maximum, never gives a factor more than it had, keeps the order of sizes', () => {
        fc.assert(
            fc.property(
                fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 12 }),
                fc.integer({ min: 0, max: 200 }),
                (points, max) => {
                    const total = points.reduce((a, b) => a + b, 0);
                    fc.pre(total > max);
                    const fs = factors(points);
                    expect(apportion(fs, 0, fs.length, max)).toBe(true);
                    expect(fs.reduce((t, f) => t + f.points, 0)).toBe(max);
                    fs.forEach((f, i) => {
                        expect(Number.isInteger(f.points)).toBe(true);
                        expect(f.points).toBeGreaterThanOrEqual(0);
                        expect(f.points).toBeLessThanOrEqual(points[i] as number);
                        // Within one point of the exact share.
                        expect(Math.abs(f.points - ((points[i] as number) * max) / total)).toBeLessThan(1);
                    });
                    // A factor with more points never gets fewer.
                    const inverted = [];
                    for (let a = 0; a < points.length; a++)
                        for (let b = 0; b < points.length; b++)
                            if (
                                (points[a] as number) > (points[b] as number) &&
                                (fs[a] as Factor).points < (fs[b] as Factor).points
                            )
                                inverted.push([a, b]);
                    expect(inverted).toEqual([]);
                    // Deterministic: the same input, the same shares.
                    const again = factors(points);
                    apportion(again, 0, again.length, max);
                    expect(given(again)).toEqual(given(fs));
                }
            ),
            { numRuns: 300 }
        );
    });
});

describe('reach explained', () => {
    // The largest sample account (Northwind Analytics) as of 2026-11-02, as its tally.
    const tally: ReachTally = {
        points: Float64Array.from([517.2, 644.4, 409, 0]),
        counts: Uint32Array.from([142, 263, 321, 0]),
        people: 274,
        personas: new Set(DEFAULT_CONFIG.personas.map((p) => p.key)),
        lastDay: null
    };

    it('shows each factor its share of the capped group, the caps as notes, personas by their labels', () => {
        const reach = computeReach(tally, settings, DEFAULT_CONFIG.personas);
        expect(reach.score).toBe(100);
        expect(reach.factors).toEqual([
            { label: '142 meetings in the last 90 days (recency-weighted)', points: 13, rawPoints: 517 },
            { label: '263 calls in the last 90 days (recency-weighted)', points: 16, rawPoints: 644 },
            { label: '321 emails in the last 90 days (recency-weighted)', points: 11, rawPoints: 409 },
            { label: '274 people reached', points: 36, rawPoints: 1644 },
            {
                label:
                    '9 personas reached: Economic Buyer, Technical Buyer, Engineering Leader, Security Leader, IT Manager, ' +
                    'Engineering Manager, Finance Leader, Operations Leader, Practitioner',
                points: 24,
                rawPoints: 72
            }
        ]);
        expect(reach.caps).toEqual([
            { label: 'Capped at 40 activity points', max: 40, before: 1570, first: 0, count: 3 },
            { label: 'Capped at 36 people points', max: 36, before: 1644, first: 3, count: 1 },
            { label: 'Capped at 24 persona points', max: 24, before: 72, first: 4, count: 1 }
        ]);
        // The developer names stay in personasReached, for code.
        expect(reach.personasReached).toContain('Economic_Buyer');
        expect(explanationLines(reach).map((l) => (l.points === null ? `(${l.label})` : `${l.points}`))).toEqual([
            '13',
            '16',
            '11',
            '(Capped at 40 activity points)',
            '36',
            '(Capped at 36 people points)',
            '24',
            '(Capped at 24 persona points)'
        ]);
    });

    it('names personas without a configuration by their developer names with spaces', () => {
        const reach = computeReach({ ...tally, personas: new Set(['IT_Manager']) }, settings);
        expect(reach.factors.at(-1)?.label).toBe('1 persona reached: IT Manager');
    });

    it('shares 100 over every factor when the groups together are above it', () => {
        const generous = { ...settings, Reach_Activity_Max: 80, Reach_Person_Max: 80 };
        const reach = computeReach({ ...tally, personas: new Set() }, generous, DEFAULT_CONFIG.personas);
        // Activities 80 (26 + 33 + 21 after their cap) and people 80: 160 shared out as 100.
        expect(given(reach.factors)).toEqual([16, 21, 13, 50]);
        expect(reach.caps.map((c) => c.label)).toEqual([
            'Capped at 80 activity points',
            'Capped at 80 people points',
            'Score capped at 100'
        ]);
        expect(reach.caps.at(-1)).toEqual({ label: 'Score capped at 100', max: 100, before: 160, first: 0, count: 4 });
        expect(explanationLines(reach).at(-1)).toEqual({
            label: 'Score capped at 100',
            points: null,
            rawPoints: null,
            isCap: true
        });
    });
});

describe('account engagement explained', () => {
    it('shares the breadth cap and the score cap, no negative factor', () => {
        const people = [70, 60, 50, 40, 30, 20].map((score, i) => ({
            name: `P${i}`,
            score,
            engagementCount: 1,
            lastEngagedDay: null
        }));
        const e = accountEngagement(people, settings, formatDay);
        // 270 from the people + breadth 30 capped at 25 = 295, shared out as 100.
        expect(e.score).toBe(100);
        expect(e.factors.every((f) => f.points >= 0)).toBe(true);
        expect(e.factors.reduce((t, f) => t + f.points, 0)).toBe(100);
        expect(e.factors.map((f) => f.rawPoints)).toEqual([70, 60, 50, 40, 30, 20, 30]);
        expect(e.caps.map((c) => [c.label, c.before])).toEqual([
            ['Capped at 25 breadth points', 30],
            ['Score capped at 100', 295]
        ]);
    });
});

// ---------------------------------------------------------------------------------------------
// Every sample account, every score.

function sampleInsights(config: EngineConfig): AccountInsight[] {
    const dir = join(ROOT, 'data');
    const tree = readSObjectTree(dir);
    const list = (type: string): unknown[] => tree.byType.get(type) ?? [];
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
    const asOf = readDataAsOf(dir) as string;
    return groupAccountData(dataset).accounts.map((data) => computeInsight(data, config, asOf));
}

const scoresOf = (i: AccountInsight): Array<[string, Scored]> => [
    ['profile fit', i.profileFit],
    ['reach', i.reach],
    ['engagement', i.engagement],
    ['intent', i.intent],
    ...i.people.map((p): [string, Scored] => [`engagement of ${p.id}`, p])
];

/** Every problem of a score's explanation: factors that do not sum, shares above the raw points, bad caps. */
function explanationProblems(what: string, s: Scored): string[] {
    const problems: string[] = [];
    const sum = s.factors.reduce((t, f) => t + f.points, 0);
    if (sum !== s.score) problems.push(`${what}: factors sum to ${sum}, score ${s.score}`);
    for (const f of s.factors) {
        if (!Number.isInteger(f.points) || f.points < 0 || f.points > f.rawPoints)
            problems.push(`${what}: '${f.label}' gives ${f.points} of ${f.rawPoints}`);
    }
    const caps = s.caps ?? [];
    if (caps.length === 0 && s.factors.some((f) => f.points !== f.rawPoints))
        problems.push(`${what}: points changed without a cap`);
    for (const c of caps) {
        if (c.first < 0 || c.count < 1 || c.first + c.count > s.factors.length)
            problems.push(`${what}: cap '${c.label}' out of range`);
        const limited = s.factors.slice(c.first, c.first + c.count).reduce((t, f) => t + f.points, 0);
        if (limited > c.max || c.before <= c.max)
            problems.push(`${what}: cap '${c.label}' gives ${limited} of ${c.before}, max ${c.max}`);
    }
    return problems;
}

function labelProblems(what: string, labels: readonly string[], fields: readonly string[]): string[] {
    return labels
        .filter((l) => API_NAME.test(l) || fields.some((f) => new RegExp(`\\b${f}\\b`).test(l)))
        .map((l) => `${what}: '${l}' names an API name`);
}

describe.each([
    ['the defaults', DEFAULT_CONFIG],
    [
        'the shipped custom metadata',
        configFromMetadata(readConfigMetadata(join(ROOT, 'force-app/main/default/customMetadata')))
    ]
])('every sample account scored with %s', (_name, config) => {
    const insights = sampleInsights(config);
    const fields = config.criteria.map((c) => c.field);

    it('scores the ten sample accounts, several of them capped', () => {
        expect(insights).toHaveLength(10);
        expect(insights.filter((i) => (i.reach.caps ?? []).length > 0).length).toBeGreaterThan(1);
    });

    it('has, for every score, factors that sum exactly to it and give at most their raw points', () => {
        expect(
            insights.flatMap((i) =>
                scoresOf(i).flatMap(([what, s]) => explanationProblems(`${i.accountName} ${what}`, s))
            )
        ).toEqual([]);
    });

    it('never shows an API name in a factor, a cap note or a stage reason', () => {
        const problems = insights.flatMap((i) =>
            scoresOf(i)
                .flatMap(([what, s]) =>
                    labelProblems(
                        `${i.accountName} ${what}`,
                        [...s.factors.map((f) => f.label), ...(s.caps ?? []).map((c) => c.label)],
                        fields
                    )
                )
                .concat(labelProblems(`${i.accountName} stage`, i.buyingStage.reasons, fields))
        );
        expect(problems).toEqual([]);
    });

    it("names the personas reached of the largest account by their labels (the records' label, not DeveloperName)", () => {
        const largest = insights.reduce((a, b) => (b.people.length > a.people.length ? b : a));
        expect(largest.accountName).toBe('Northwind Analytics');
        const personas = largest.reach.factors.find((f) => / reached: /.test(f.label));
        expect(personas?.label).toBe(`9 personas reached: ${config.personas.map((p) => p.label).join(', ')}`);
        expect(personas?.label).toContain('Economic Buyer, Technical Buyer');
        expect(largest.reach.factors.map((f) => f.points)).toEqual([13, 16, 11, 36, 24]);
        expect(
            explanationLines(largest.reach)
                .filter((l) => l.isCap)
                .map((l) => l.label)
        ).toEqual(['Capped at 40 activity points', 'Capped at 36 people points', 'Capped at 24 persona points']);
    });
});
