// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_AS_OF_FILE, SAMPLE_AS_OF, addDays } from '../../lib/asOf';
import { STALE_DATA_DAYS, main, type DataFreshness } from '../insight';

const ROOT = join(__dirname, '..', '..');
const RECIPES = join(__dirname, '..', '..', 'lib', '__tests__', 'data', 'lwc-recipes');

function run(argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), today: () => '2025-06-01' });
    return { code, out, err };
}

describe('npm run insight', () => {
    it('prints a table of every account of a real export, as of today by default', () => {
        const { code, out, err } = run(['--data', RECIPES]);
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(out.split('\n')[0]).toBe('As of 2025-06-01 (today, the default; --as-of YYYY-MM-DD pins a day)');
        expect(out.split('\n')[2]).toMatch(/^Account\s+Id\s+Fit\s+Reach\s+Engagement\s+Intent\s+Stage\s+Qualified/);
        // Only NumberOfEmployees (12,345: 25 points) is in the export; no activities at all.
        expect(out).toMatch(/Alpha Dynamics\s+AccountRef1\s+25 Weak\s+0 Low\s+0\s+0 Steady\s+Target\s+no\s+-/);
    });

    it('prints one account in detail, chosen by referenceId', () => {
        const { code, out } = run(['--data', RECIPES, '--account', 'AccountRef1', '--as-of', '2024-01-31']);
        expect(code).toBe(0);
        expect(out).toContain('Alpha Dynamics (AccountRef1), as of 2024-01-31');
        expect(out).toMatch(/Engineering Leader \[Strong\]\s+Amy Taylor \(D\)/);
        expect(out).toContain(
            '1. Jennifer Wu (Economic_Buyer, grade D): Nobody in strong persona Economic Buyer has been reached'
        );
    });

    it('prints the full result as JSON', () => {
        const { code, out } = run(['--data', RECIPES, '--json', '--as-of', '2024-01-31']);
        expect(code).toBe(0);
        const parsed = JSON.parse(out) as {
            asOf: string;
            asOfSource: string;
            accounts: { accountId: string; people: unknown[] }[];
        };
        expect(parsed.asOf).toBe('2024-01-31');
        expect(parsed.asOfSource).toBe('--as-of');
        expect(
            (JSON.parse(run(['--data', RECIPES, '--json']).out) as { asOf: string; asOfSource: string }).asOfSource
        ).toBe('today');
        expect(parsed.accounts.find((a) => a.accountId === 'AccountRef1')?.people.length).toBeGreaterThan(0);
    });

    it.each([
        [['--data', RECIPES, '--account', 'Nope'], 'unknown account Nope; accounts in'],
        [['--data', RECIPES, '--as-of', '2025-02-30'], '--as-of: asOf is not a real date'],
        [['--data', join(ROOT, 'no-such-dir')], 'not a directory'],
        [['--account', 'x'], '--data <dir> is required'],
        [['--data', RECIPES, '--bogus'], 'unknown argument --bogus'],
        [
            ['--data', RECIPES, '--config', join(RECIPES, 'Accounts.json')],
            'has 3 problems:\n- settings must be an object of setting key to number'
        ]
    ])('fails with a clear message and exit code 1 (%#)', (argv, message) => {
        const { code, out, err } = run(argv);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toContain(message);
    });

    it('runs as a process with a non-zero exit on bad input', () => {
        const result = spawnSync(
            'npx',
            ['tsx', 'scripts/insight.ts', '--data', 'lib/__tests__/data/lwc-recipes', '--account', 'Nope'],
            { cwd: ROOT, encoding: 'utf8' }
        );
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('insight: unknown account Nope');
    });
});

const DATA = join(ROOT, 'data');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ (its newest activity is 2026-11-02), changed by `edit`. */
function dataCopy(edit: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-insight-'));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    edit(dir);
    return dir;
}

describe('npm run insight: qualified dates', () => {
    it('prints the stored start date of a qualified account, and never a made-up one', () => {
        const { out } = run(['--data', DATA, '--as-of', SAMPLE_AS_OF]);
        const json = JSON.parse(run(['--data', DATA, '--as-of', SAMPLE_AS_OF, '--json']).out) as {
            accounts: Array<{ accountName: string; qualified: { qualified: boolean; startDate: string | null } }>;
        };
        const noStart = json.accounts.filter((a) => a.qualified.qualified && a.qualified.startDate === null);
        const withStart = json.accounts.filter((a) => a.qualified.qualified && a.qualified.startDate !== null);
        expect(noStart.length).toBeGreaterThan(0);
        expect(withStart.length).toBeGreaterThan(0);
        const row = (name: string) => out.split('\n').find((l) => l.startsWith(name)) ?? '';
        for (const a of noStart) expect(row(a.accountName)).toContain('yes (start not recorded)');
        for (const a of withStart) expect(row(a.accountName)).toContain(`yes since ${a.qualified.startDate}`);
        expect(out).not.toContain('since ?');
    });
});

describe('npm run insight: the as-of it used, and stale data', () => {
    const NEWEST = SAMPLE_AS_OF; // data/'s newest activity
    const freshnessOf = (out: string): DataFreshness =>
        (JSON.parse(out) as { dataFreshness: DataFreshness }).dataFreshness;

    it('says which as-of it scored at, and the as-of the data folder declares', () => {
        const { out, err } = run(['--data', DATA, '--as-of', SAMPLE_AS_OF]);
        expect(out.split('\n')[0]).toBe(
            `As of ${SAMPLE_AS_OF} (from --as-of); the data is generated for ${SAMPLE_AS_OF}`
        );
        expect(err).toBe('');
        expect(freshnessOf(run(['--data', DATA, '--as-of', SAMPLE_AS_OF, '--json']).out)).toEqual({
            newestActivityDate: NEWEST,
            daysBeforeAsOf: 0,
            dataAsOf: SAMPLE_AS_OF,
            staleAfterDays: STALE_DATA_DAYS,
            stale: false,
            warning: null
        });
    });

    it(`does not warn at ${STALE_DATA_DAYS} days, warns past them on stderr and in --json, naming both fixes`, () => {
        expect(run(['--data', DATA, '--as-of', addDays(NEWEST, STALE_DATA_DAYS)]).err).toBe('');
        const asOf = addDays(NEWEST, STALE_DATA_DAYS + 1);
        const { code, err } = run(['--data', DATA, '--as-of', asOf]);
        expect(code).toBe(0);
        expect(err).toContain(
            `insight: warning: the data's newest activity is ${NEWEST}, ${STALE_DATA_DAYS + 1} days before the as-of ${asOf} (more than ${STALE_DATA_DAYS} days).`
        );
        expect(err).toContain(`--as-of ${SAMPLE_AS_OF}`);
        expect(err).toContain(`npm run generate:data -- --as-of ${asOf} --out <dir>`);
        const json = run(['--data', DATA, '--as-of', asOf, '--json']);
        const freshness = freshnessOf(json.out);
        expect(freshness).toMatchObject({
            newestActivityDate: NEWEST,
            daysBeforeAsOf: STALE_DATA_DAYS + 1,
            stale: true
        });
        expect(json.err).toBe(`insight: warning: ${freshness.warning}\n`);
    });

    it('warns by default today when the data is old, with --account too (the freshness is the whole data set)', () => {
        const today = '2027-06-01';
        let err = '';
        main(['--data', DATA, '--account', 'AccountRef9'], {
            stdout: () => undefined,
            stderr: (t) => (err += t),
            today: () => today
        });
        expect(err).toContain(`the data's newest activity is ${NEWEST}, 211 days before the as-of ${today}`);
        // An account with no activity at all in fresh data: no warning.
        const quiet = run(['--data', DATA, '--as-of', SAMPLE_AS_OF, '--account', 'AccountRef9', '--json']);
        expect(quiet.err).toBe('');
        expect(freshnessOf(quiet.out).stale).toBe(false);
    });

    it('suggests the newest activity for an export that declares no as-of', () => {
        const dir = dataCopy((d) => rmSync(join(d, DATA_AS_OF_FILE)));
        const { out, err } = run(['--data', dir, '--as-of', '2027-01-15']);
        expect(out.split('\n')[0]).toBe('As of 2027-01-15 (from --as-of)');
        expect(err).toContain(`Score it as of its newest activity with --as-of ${NEWEST}, or export it again`);
    });

    it('warns when the as-of is before all the data, but not for data with no activity at all', () => {
        const { err } = run(['--data', DATA, '--as-of', '2020-01-01', '--json']);
        expect(err).toContain('the data has no activity on or before the as-of 2020-01-01');
        expect(run(['--data', RECIPES, '--as-of', '2020-01-01']).err).toBe('');
    });

    it('fails on a broken as-of file, naming it', () => {
        const dir = dataCopy((d) => writeFileSync(join(d, DATA_AS_OF_FILE), '{"asOf":"2026-13-01"}'));
        const { code, err } = run(['--data', dir]);
        expect(code).toBe(1);
        expect(err).toContain(`${DATA_AS_OF_FILE}: "asOf" asOf is not a real date: 2026-13-01`);
    });
});
