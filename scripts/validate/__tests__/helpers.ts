/** Shared helpers for the validate tests: a temp copy of a fixture project and a CLI runner. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..', '..');
export const FIXTURE = join(__dirname, 'fixtures', 'valid-project');
/** A project whose permission sets grant every permission with what it depends on (`permission-deps`). */
export const PERMISSIONS_FIXTURE = join(__dirname, 'fixtures', 'permissions-project');
export const BUNDLE = 'force-app/main/default/lwc/siHello';
export const CLASS = 'force-app/main/default/classes/SI_Hello.cls';
export const FIELD = 'force-app/main/default/objects/SI_Thing__c/fields/Stage__c.field-meta.xml';
export const PERMSET = 'force-app/main/default/permissionsets/SI_Fixture_User.permissionset-meta.xml';

const created: string[] = [];

/** A fresh copy of a fixture (the valid one by default) in a temp folder, with the repository's node_modules linked in. */
export function copyFixture(fixture: string = FIXTURE): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-validate-fixture-'));
    cpSync(fixture, dir, { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    created.push(dir);
    return dir;
}

export function removeFixtures(): void {
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function read(root: string, file: string): string {
    return readFileSync(join(root, file), 'utf8');
}

export function write(root: string, file: string, text: string): void {
    writeFileSync(join(root, file), text);
}

/** Replaces `from` (which must occur) in a fixture file. */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
    const text = read(root, file);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit of ${file}: ${String(from)} not found`);
    write(root, file, next);
}

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
    /** `FAIL [check] location message` lines for findings (not the per-check total lines). */
    failures: string[];
}

const findingLines = (stdout: string): string[] =>
    stdout.split('\n').filter((l) => l.startsWith('FAIL [') && !/ finding\(s\) \(\d/.test(l));

function run(script: string, args: string[]): CliResult {
    const result = spawnSync(
        process.execPath,
        [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO, script), ...args],
        {
            cwd: REPO,
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
            env: { ...process.env, SF_DISABLE_TELEMETRY: 'true', SF_DISABLE_AUTOUPDATE: 'true', FORCE_COLOR: '0' }
        }
    );
    return {
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr,
        failures: findingLines(result.stdout)
    };
}

/** The real command line, as `npm run validate` runs it. */
export function validate(root: string, ...args: string[]): CliResult {
    return run('scripts/validate/index.ts', ['--root', root, ...args]);
}

export function checkEmittedCli(root: string): CliResult {
    return run('scripts/check-emitted.ts', ['--root', root]);
}

/** One broken-fixture case: the check to run and how to break a fresh copy of the valid fixture. */
export interface BrokenCase {
    /** The check to run (or several). */
    check: string | string[];
    breakIt: (root: string) => void;
    /** The fixture to copy; the valid fixture when absent. */
    fixture?: string;
}

/**
 * Copies the case's fixture once per case, breaks it, and runs each case's check in one batch process
 * (`batch.ts`). Each result's `status` is 1 when its check failed, else 0.
 */
export function runCases<K extends string>(cases: Record<K, BrokenCase>): Record<K, CliResult> {
    const keys = Object.keys(cases) as K[];
    const items = keys.map((key) => {
        const { check, breakIt, fixture } = cases[key];
        const root = copyFixture(fixture);
        breakIt(root);
        return { root, only: Array.isArray(check) ? check : [check] };
    });
    const batch = run('scripts/validate/__tests__/batch.ts', [JSON.stringify(items)]);
    let parsed: Array<{ root: string; lines: string[]; failed: number }>;
    try {
        parsed = JSON.parse(batch.stdout) as typeof parsed;
    } catch {
        throw new Error(`batch run failed (status ${batch.status}):\n${batch.stdout}\n${batch.stderr}`);
    }
    const out = {} as Record<K, CliResult>;
    keys.forEach((key, i) => {
        const result = parsed[i];
        if (!result) throw new Error(`batch run returned no result for ${key}`);
        const stdout = result.lines.join('\n');
        out[key] = { status: result.failed > 0 ? 1 : 0, stdout, stderr: batch.stderr, failures: findingLines(stdout) };
    });
    return out;
}

/** Asserts a failed run with a finding line of `check` at `location` (file or file:line) containing `text`. */
export function expectFinding(result: CliResult, check: string, location: string, text: string | RegExp): void {
    const prefix = `FAIL [${check}] ${location}`;
    const match = result.failures.find(
        (l) =>
            (l.startsWith(`${prefix} `) || l.startsWith(`${prefix}:`)) &&
            (typeof text === 'string' ? l.includes(text) : text.test(l))
    );
    if (!match)
        throw new Error(
            `expected a finding "${prefix} ... ${String(text)}"; output was:\n${result.stdout}\n${result.stderr}`
        );
    expect(result.status).toBe(1);
}
