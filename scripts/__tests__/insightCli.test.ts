// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../insight';

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
        expect(out.split('\n')[0]).toMatch(/^Account\s+Id\s+Fit\s+Reach\s+Engagement\s+Intent\s+Stage\s+Qualified/);
        // Only NumberOfEmployees (12,345: 25 points) is in the export; no activities at all.
        expect(out).toMatch(/Alpha Dynamics\s+AccountRef1\s+25 Weak\s+0 Low\s+0\s+0 Steady\s+Target\s+no\s+-/);
    });

    it('prints one account in detail, chosen by referenceId', () => {
        const { code, out } = run(['--data', RECIPES, '--account', 'AccountRef1', '--as-of', '2024-01-31']);
        expect(code).toBe(0);
        expect(out).toContain('Alpha Dynamics (AccountRef1), as of 2024-01-31');
        expect(out).toMatch(/Engineering Leader \[Strong\]\s+Amy Taylor \(D\)/);
        expect(out).toContain('1. Jennifer Wu (Economic_Buyer, grade D): Nobody in strong persona Economic Buyer has been reached');
    });

    it('prints the full result as JSON', () => {
        const { code, out } = run(['--data', RECIPES, '--json', '--as-of', '2024-01-31']);
        expect(code).toBe(0);
        const parsed = JSON.parse(out) as { asOf: string; accounts: { accountId: string; people: unknown[] }[] };
        expect(parsed.asOf).toBe('2024-01-31');
        expect(parsed.accounts.find((a) => a.accountId === 'AccountRef1')?.people.length).toBeGreaterThan(0);
    });

    it.each([
        [['--data', RECIPES, '--account', 'Nope'], 'unknown account Nope; accounts in'],
        [['--data', RECIPES, '--as-of', '2025-02-30'], '--as-of: asOf is not a real date'],
        [['--data', join(ROOT, 'no-such-dir')], 'not a directory'],
        [['--account', 'x'], '--data <dir> is required'],
        [['--data', RECIPES, '--bogus'], 'unknown argument --bogus'],
        [['--data', RECIPES, '--config', join(RECIPES, 'Accounts.json')], 'has 3 problems:\n- settings must be an object of setting key to number']
    ])('fails with a clear message and exit code 1 (%#)', (argv, message) => {
        const { code, out, err } = run(argv);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toContain(message);
    });

    it('runs as a process with a non-zero exit on bad input', () => {
        const result = spawnSync('npx', ['tsx', 'scripts/insight.ts', '--data', 'lib/__tests__/data/lwc-recipes', '--account', 'Nope'], { cwd: ROOT, encoding: 'utf8' });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('insight: unknown account Nope');
    });
});
