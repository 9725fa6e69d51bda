// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The preview's day: today unless --as-of pins one, and data/ (generated for 2026-11-02) moved to it, so
// the sample accounts show on any day what they show on their own.
import { join } from 'node:path';
import {
    DEFAULT_CONFIG,
    computeInsight,
    groupAccountData,
    type AccountInsight
} from '../../../force-app/main/default/lwc/siEngine/siEngine';
import { SAMPLE_AS_OF, addDays, daysBetween } from '../../../lib/asOf';
import { readSObjectTree } from '../../../lib/sobjectTree';
import { datasetFromTree } from '../../../scripts/insight';
import { createPreviewApi, describeClock, parseServerArgs } from '../server';
import { engineDataset } from '../segments';

const ROOT = join(__dirname, '../../..');
const DATA = join(ROOT, 'data');
const RECIPES = join(ROOT, 'lib/__tests__/data/lwc-recipes');

const outcomes = (insights: AccountInsight[]): string[] =>
    insights.map(
        (i) =>
            `${i.accountName}: ${i.profileFit.band} ${i.buyingStage.stage} ${i.reach.level} ${i.intent.score} ${i.intent.trend} ${i.people.map((p) => p.grade).join('')}`
    );

describe('preview server options', () => {
    it('runs on today by default; --as-of pins a day', () => {
        expect(parseServerArgs([], {}, '2027-03-15')).toMatchObject({
            asOf: '2027-03-15',
            pinned: false,
            dataDir: DATA
        });
        expect(parseServerArgs(['--as-of', '2028-02-29'], {}, '2027-03-15')).toMatchObject({
            asOf: '2028-02-29',
            pinned: true
        });
        expect(() => parseServerArgs(['--as-of', '2027-02-29'], {}, '2027-03-15')).toThrow(
            '--as-of must be a real date as YYYY-MM-DD, got "2027-02-29"'
        );
        expect(() => parseServerArgs(['--as-of', 'today'], {}, '2027-03-15')).toThrow('--as-of must be a real date');
    });
});

describe('createPreviewApi', () => {
    const committed = readSObjectTree(DATA);
    const anchorOutcomes = outcomes(
        groupAccountData(datasetFromTree(committed).dataset).accounts.map((a) =>
            computeInsight(a, DEFAULT_CONFIG, SAMPLE_AS_OF)
        )
    );

    it('serves data/ as it is on the day it is generated for', () => {
        const { api, clock } = createPreviewApi(ROOT, { dataDir: DATA, asOf: SAMPLE_AS_OF, pinned: true });
        expect(clock).toEqual({ asOf: SAMPLE_AS_OF, pinned: true, dataAsOf: SAMPLE_AS_OF, shiftDays: 0 });
        const tasks = committed.byType.get('Task') ?? [];
        expect(api.data.records('Task').map((t) => t.ActivityDate)).toEqual(tasks.map((t) => t.ActivityDate));
        expect(describeClock(clock)).toBe(
            `as of ${SAMPLE_AS_OF} (pinned with --as-of); the data is generated for this day`
        );
    });

    it.each(['2027-03-15', '2028-02-29', '2026-01-01'])(
        'moves data/ to %s: every date by the days between, nothing else, same outcomes',
        (asOf) => {
            const days = daysBetween(SAMPLE_AS_OF, asOf);
            const { api, clock } = createPreviewApi(ROOT, { dataDir: DATA, asOf, pinned: false });
            expect(clock).toEqual({ asOf, pinned: false, dataAsOf: SAMPLE_AS_OF, shiftDays: days });
            for (const [type, field] of [
                ['Task', 'ActivityDate'],
                ['Opportunity', 'CloseDate'],
                ['Campaign', 'StartDate'],
                ['Account', 'SI_Qualified_Start_Date__c']
            ] as const) {
                const before = (committed.byType.get(type) ?? []).map((r) =>
                    typeof r[field] === 'string' ? addDays(r[field], days) : r[field]
                );
                expect(api.data.records(type).map((r) => r[field])).toEqual(before);
            }
            const signal = api.data.records('SI_Intent_Signal__c')[0]?.Occurred_At__c as string;
            const original = committed.byType.get('SI_Intent_Signal__c')?.[0]?.Occurred_At__c as string;
            expect(signal).toBe(`${addDays(original.slice(0, 10), days)}${original.slice(10)}`);
            expect(api.data.records('Account').map((a) => a.Name)).toEqual(
                (committed.byType.get('Account') ?? []).map((a) => a.Name)
            );
            // Scored on the page's day, what the preview serves shows what data/ shows on its own day.
            const served = groupAccountData(engineDataset(api.data)).accounts.map((a) =>
                computeInsight(a, DEFAULT_CONFIG, asOf)
            );
            expect(outcomes(served)).toEqual(anchorOutcomes);
            expect(describeClock(clock)).toContain(
                `the data is generated for ${SAMPLE_AS_OF}: its dates are moved ${Math.abs(days)} days ${days > 0 ? 'later' : 'earlier'}`
            );
        }
    );

    it('serves an export that declares no as-of as it is', () => {
        const { api, clock } = createPreviewApi(ROOT, { dataDir: RECIPES, asOf: '2027-03-15', pinned: false });
        expect(clock).toEqual({ asOf: '2027-03-15', pinned: false, dataAsOf: null, shiftDays: 0 });
        expect(api.data.records('Account').length).toBeGreaterThan(0);
        expect(describeClock(clock)).toBe(
            'as of 2027-03-15 (today; --as-of YYYY-MM-DD pins a day); the data declares no as-of: its dates are served as they are'
        );
    });
});
