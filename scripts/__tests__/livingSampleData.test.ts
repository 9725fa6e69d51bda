// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
// Living sample data: generated for any as-of, and scored on that day the way `npm run insight` scores it,
// the sample accounts show what the committed data/ shows on 2026-11-02 - the same stages, bands, grades.
// And the committed data/ moved by the preview's date shift is the set the generator writes for that day.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    BUYING_STAGES,
    ENGAGEMENT_GRADES,
    FIT_BANDS,
    type AccountInsight
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { DATA_AS_OF_FILE, SAMPLE_AS_OF, daysBetween, localToday, readDataAsOf, shiftRecordDates } from '../../lib/asOf';
import { generateSampleData, writeSampleData } from '../generate-sample-data';
import { main as insight } from '../insight';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(ROOT, 'data');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Days far from the anchor, before and after, across year ends, and a leap day. */
const AS_OFS = ['2026-11-02', '2027-03-15', '2030-01-01', '2028-02-29', '2025-01-31'];

/** What an account shows: the outcomes the sample accounts are tuned for, and every person's grade. */
interface Shown {
    band: string;
    stage: string;
    reach: string;
    intent: string;
    qualified: string;
    grades: Record<string, string>;
}

function shown(insights: readonly AccountInsight[]): Record<string, Shown> {
    return Object.fromEntries(
        insights.map((i) => [
            i.accountName ?? String(i.accountId),
            {
                band: i.profileFit.band,
                stage: i.buyingStage.stage,
                reach: i.reach.level,
                intent: `${i.intent.score} ${i.intent.trend}`,
                qualified: i.qualified.change,
                grades: Object.fromEntries(i.people.map((p) => [p.id, p.grade]))
            }
        ])
    );
}

/** `npm run insight -- --data <dir> --as-of <asOf> --json`, in process: the accounts it scores. */
function scoreLikeInsight(dir: string, asOf: string): AccountInsight[] {
    let out = '';
    let err = '';
    const code = insight(['--data', dir, '--as-of', asOf, '--json'], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        today: () => {
            throw new Error('the test passes --as-of: the clock must not be read');
        }
    });
    if (code !== 0) throw new Error(`insight exited ${code}: ${err}`);
    const parsed = JSON.parse(out) as { asOf: string; accounts: AccountInsight[] };
    expect(parsed.asOf).toBe(asOf);
    return parsed.accounts;
}

function everyOutcomeAppears(insights: readonly AccountInsight[]): void {
    const stages = new Set(insights.map((i) => i.buyingStage.stage));
    const bands = new Set(insights.map((i) => i.profileFit.band));
    const grades = new Set(insights.flatMap((i) => i.people.map((p) => p.grade)));
    expect(BUYING_STAGES.filter((s) => !stages.has(s))).toEqual([]);
    expect(FIT_BANDS.filter((b) => !bands.has(b))).toEqual([]);
    expect(ENGAGEMENT_GRADES.filter((g) => !grades.has(g))).toEqual([]);
}

let tmp: string;
let committed: Record<string, Shown>;
beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'si-living-'));
    committed = shown(scoreLikeInsight(DATA_DIR, SAMPLE_AS_OF));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sample data generated for any as-of', () => {
    it('the committed data/ is the set for 2026-11-02 and shows every stage, band and grade', () => {
        expect(readDataAsOf(DATA_DIR)).toBe(SAMPLE_AS_OF);
        everyOutcomeAppears(scoreLikeInsight(DATA_DIR, SAMPLE_AS_OF));
        expect(Object.keys(committed)).toHaveLength(10);
    });

    it.each(AS_OFS)('generated for %s and scored on that day, shows what data/ shows on 2026-11-02', (asOf) => {
        const dir = path.join(tmp, asOf);
        writeSampleData(dir, generateSampleData({ asOf }));
        expect(readDataAsOf(dir)).toBe(asOf);
        const insights = scoreLikeInsight(dir, asOf);
        expect(shown(insights)).toEqual(committed);
        everyOutcomeAppears(insights);
    });

    it('is not the same data on another day: scored a year later, the committed set shows other outcomes', () => {
        // Guards the test above: what it compares does change with the day when the dates do not move.
        expect(shown(scoreLikeInsight(DATA_DIR, '2027-11-02'))).not.toEqual(committed);
    });

    it('today: `generate:data -- --out DIR` then `insight -- --data DIR --as-of <today>` (the command lines)', () => {
        const dir = path.join(tmp, 'cli-today');
        const today = localToday();
        const generated = execFileSync(process.execPath, [TSX, 'scripts/generate-sample-data.ts', '--out', dir], {
            cwd: ROOT,
            encoding: 'utf8'
        });
        // Generated for the machine's today (unless the day changed between the two reads).
        const asOf = readDataAsOf(dir) as string;
        expect([today, localToday()]).toContain(asOf);
        expect(generated).toContain(`(as of ${asOf}, today)`);
        const out = execFileSync(
            process.execPath,
            [TSX, 'scripts/insight.ts', '--data', dir, '--as-of', asOf, '--json'],
            {
                cwd: ROOT,
                encoding: 'utf8',
                maxBuffer: 256 * 1024 * 1024
            }
        );
        const insights = (JSON.parse(out) as { accounts: AccountInsight[] }).accounts;
        expect(shown(insights)).toEqual(committed);
        everyOutcomeAppears(insights);
    });
});

describe('the committed data/ moved by the date shift (what the preview does to data/)', () => {
    type Tree = { records: Array<Record<string, unknown>> };
    /** The date and date/time fields the generator writes. */
    const DATE_FIELDS = [
        'ActivityDate',
        'ActivityDateTime',
        'Occurred_At__c',
        'StartDate',
        'EndDate',
        'CloseDate',
        'SI_Qualified_Start_Date__c',
        'Run_On__c',
        'Last_Run_On__c'
    ];
    const read = (file: string): Tree => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as Tree;

    it.each(AS_OFS.filter((d) => d !== SAMPLE_AS_OF))('is the set the generator writes for %s', (asOf) => {
        const days = daysBetween(SAMPLE_AS_OF, asOf);
        const generated = generateSampleData({ asOf });
        expect([...generated.keys()].sort()).toEqual(
            fs
                .readdirSync(DATA_DIR)
                .filter((f) => f.endsWith('.json'))
                .sort()
        );
        let moved = 0;
        let dated = 0;
        let renamed = 0;
        for (const [file, content] of generated) {
            if (file === DATA_AS_OF_FILE || file === 'data-plan.json') continue;
            const shifted = read(file);
            for (const record of shifted.records) dated += DATE_FIELDS.filter((f) => record[f] !== undefined).length;
            for (const record of shifted.records) moved += shiftRecordDates(record, days);
            const fresh = JSON.parse(content) as Tree;
            // A campaign's name starts with the month it started in: the generator names the new month,
            // the shift leaves names alone. Everything else is equal.
            for (const record of file.startsWith('Campaign.') ? shifted.records : []) {
                record.Name = `${String(record.StartDate).slice(0, 7)}${String(record.Name).slice(7)}`;
                renamed++;
            }
            expect(shifted).toEqual(fresh);
        }
        // Every date the generator writes moved, and nothing else did.
        expect(dated).toBeGreaterThan(2500);
        expect(moved).toBe(dated);
        expect(renamed).toBe(28);
        expect(generated.get('data-plan.json')).toBe(fs.readFileSync(path.join(DATA_DIR, 'data-plan.json'), 'utf8'));
    });
});
