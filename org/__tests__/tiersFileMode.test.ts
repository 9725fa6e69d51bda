// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_AS_OF } from '../../lib/asOf';
import { main, type TiersResult } from '../tiers/main';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'data');
const RECIPES = join(ROOT, 'lib', '__tests__', 'data', 'lwc-recipes');
/** Ten accounts with the readiness fields, one intent signal each (as of 2026-11-02). */
const FIXTURE = join(__dirname, 'data', 'tiers', 'accounts');
/** The shipped tiers with small capacities: Tier 1 1-2, Tier 2 2, Tier 3 2. */
const SMALL_TIERS = join(__dirname, 'data', 'tiers', 'customMetadata');
const AS_OF = '2026-11-02';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), today: () => '2025-06-01' });
    return { code, out, err };
}

async function json(argv: string[]): Promise<TiersResult> {
    const { code, out } = await run([...argv, '--json']);
    expect(code).toBe(0);
    return JSON.parse(out) as TiersResult;
}

const scratch: string[] = [];
afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('npm run tiers', () => {
    it('recommends moves within each tier capacity, with reasons, and lists the waitlist and readiness', async () => {
        const { code, out, err } = await run(['--data', FIXTURE, '--config', SMALL_TIERS, '--as-of', AS_OF]);
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(out.split('\n')[0]).toBe('As of 2026-11-02 (from --as-of)');
        expect(out).toContain('  Tier 1: 2 of 1-2, full, 3 waitlisted\n  Tier 2: 2 of 2, full, 2 waitlisted\n');
        expect(out).toMatch(/Galloway Retail\s+AccountRef7\s+Tier 2\s+no tier\s+Remove\s+170\s+85 not ready/);
        expect(out).toMatch(/Borealis Data\s+AccountRef2\s+-\s+Tier 1\s+Add\s+150\s+95/);
        expect(out).toMatch(/Cinder Systems\s+AccountRef3\s+Tier 1\s+Tier 2\s+Demote\s+140/);
        expect(out).toContain(
            'Tier 2 is full (2 of 2): waitlisted 1st (priority 135; tied on priority 135 with the last placed, Eastgate Health, which the tie rule puts first)'
        );
        expect(out).toContain('    - Not ready: missing SDR; also recommended: Parent hierarchy');
        expect(out).toContain('  Tier 3\n    1. Juniper Foods (priority 65; no tier meanwhile)');
        expect(out).toMatch(/Harbor Pharma\s+AccountRef8\s+75\s+no\s+GTM strategy\s+ABM tier, Parent hierarchy/);
        expect(out).not.toContain('Not in the data');
    });

    it('gives the whole plan as JSON', async () => {
        const result = await json(['--data', FIXTURE, '--config', SMALL_TIERS, '--as-of', AS_OF]);
        expect(result.asOfSource).toBe('--as-of');
        expect(result.moves.map((m) => [m.accountId, m.move, m.recommendedTier])).toEqual([
            ['AccountRef7', 'Remove', null],
            ['AccountRef2', 'Add', 'Tier 1'],
            ['AccountRef3', 'Demote', 'Tier 2'],
            ['AccountRef4', 'Add', 'Tier 3']
        ]);
        for (const t of result.tiers) expect(t.accounts.length).toBeLessThanOrEqual(t.capacityMax);
        expect(
            result.readiness.find((r) => r.accountId === 'AccountRef8')?.readiness.missingRequired[0]?.helpText
        ).toMatch(/Go-to-market strategy/);
        expect(result.fieldsNotInData).toEqual([]);
    });

    it('uses the shipped tiers by default (nothing is full with ten accounts)', async () => {
        const result = await json(['--data', FIXTURE, '--as-of', AS_OF]);
        expect(result.config).toBe('the shipped defaults');
        expect(result.tiers.map((t) => [t.tier, t.accounts.length, t.full])).toEqual([
            ['Tier 1', 5, false],
            ['Tier 2', 1, false],
            ['Tier 3', 1, false]
        ]);
    });

    it('an account that loses a required field loses its tier in the next report', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'si-tiers-'));
        scratch.push(dir);
        cpSync(FIXTURE, dir, { recursive: true });
        const file = join(dir, 'Account.json');
        const tree = JSON.parse(readFileSync(file, 'utf8')) as { records: Record<string, unknown>[] };
        const acme = tree.records.find((r) => r.Name === 'Acme Cloud') as Record<string, unknown>;
        delete acme.OwnerId;
        writeFileSync(file, JSON.stringify(tree));
        const result = await json(['--data', dir, '--config', SMALL_TIERS, '--as-of', AS_OF]);
        const move = result.moves.find((m) => m.accountId === 'AccountRef1');
        expect(move?.move).toBe('Remove');
        expect(move?.reasons).toEqual(['Now Tier 1, recommended no tier', 'Not ready: missing Owner']);
        // Its Tier 1 place goes to the next in line, Cinder Systems, which stays in Tier 1.
        expect(result.tiers[0]?.accounts).toEqual(['AccountRef2', 'AccountRef3']);
        expect(result.moves.map((m) => m.accountId)).not.toContain('AccountRef3');
    });

    it('reads the sample data and says which readiness fields the data does not have', async () => {
        const { code, out, err } = await run(['--data', DATA, '--as-of', SAMPLE_AS_OF]);
        expect(code).toBe(0);
        expect(err).toContain(
            'tiers: warning: no Account record of ' +
                `${DATA} has SI_GTM_Strategy__c, OwnerId, SI_SDR__c, SI_Technologies__c, ParentId: every account counts them as missing`
        );
        expect(out).toContain('Recommended moves (7)');
        expect(out).toMatch(/Northwind Analytics\s+AccountRef1\s+Tier 1\s+no tier\s+Remove\s+200\s+50 not ready/);
        expect(out).toContain('Not in the data: SI_GTM_Strategy__c, OwnerId, SI_SDR__c, SI_Technologies__c, ParentId');
    });

    it('reads a real export as it is (lwc-recipes: no activity, few fields)', async () => {
        const { code, out } = await run(['--data', RECIPES]);
        expect(code).toBe(0);
        expect(out.split('\n')[0]).toBe('As of 2025-06-01 (today, the default; --as-of YYYY-MM-DD pins a day)');
        expect(out).toContain('Recommended moves: none');
        expect(out).toMatch(/Alpha Dynamics\s+AccountRef1\s+0\s+no\s+Country, Industry, GTM strategy/);
    });

    it('names the record and the field of a bad configuration record', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'si-tiers-config-'));
        scratch.push(dir);
        cpSync(SMALL_TIERS, dir, { recursive: true });
        const file = join(dir, 'SI_ABM_Tier.Tier_2.md-meta.xml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('>Tier 2</value>', '>Tier Two</value>'));
        const { code, out, err } = await run(['--data', FIXTURE, '--config', dir, '--as-of', AS_OF]);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toContain(
            'SI_ABM_Tier__mdt Tier_2: Tier_Value__c "Tier Two" is not a value of Account.SI_ABM_Tier__c (Tier 1, Tier 2, Tier 3)'
        );
    });

    it.each([
        [['--data', FIXTURE, '--target-org', 'prod'], '--data and --target-org: give one of them'],
        [['--target-org', 'prod', '--as-of', AS_OF], '--as-of does not apply with --target-org'],
        [['--data', FIXTURE, '--as-of', '2026-02-30'], '--as-of: asOf is not a real date'],
        [['--data', join(ROOT, 'no-such-dir')], 'not a directory'],
        [['--as-of', AS_OF], '--data <dir> or --target-org <alias> is required'],
        [['--data', FIXTURE, '--config', join(ROOT, 'no-such-dir')], '--config'],
        [['--data', FIXTURE, '--bogus'], 'unknown argument --bogus']
    ])('fails with a clear message and exit code 1 (%#)', async (argv, message) => {
        const { code, out, err } = await run(argv);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toContain(message);
    });

    it('runs as npm run tiers', async () => {
        const result = spawnSync(
            'npm',
            ['run', '--silent', 'tiers', '--', '--data', FIXTURE, '--config', SMALL_TIERS, '--as-of', AS_OF],
            {
                cwd: ROOT,
                encoding: 'utf8'
            }
        );
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Recommended moves (4)');
        const bad = spawnSync('npm', ['run', '--silent', 'tiers', '--', '--bogus'], { cwd: ROOT, encoding: 'utf8' });
        expect(bad.status).toBe(1);
        expect(bad.stderr).toContain('Usage: npm run tiers');
    });
});
