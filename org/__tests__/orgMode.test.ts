/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// `npm run score -- --target-org`: the real command and the real Connection (stored sf CLI auth) against
// the Bulk API 2.0 stand-in, seeded with a generated org. The file mode on the same CSV files is the
// reference: the org mode must write exactly what the file mode computes.
import './support/nodeMode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { configFromMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../config/configMetadata';
import { generateScoreData, SCORE_DATA_AS_OF } from '../../scripts/bench/scoreData';
import { scoreFiles } from '../score/fileMode';
import { playbookSettingsFromDir } from '../score/playbookConfig';
import { SEGMENT_IDS, writePlaybookFixtures } from './support/playbookFixtures';
import { main } from '../score/main';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import type { SalesforceStandIn } from './support/salesforceStandIn';
import { startScoringOrg } from './support/scoringOrg';

const ALIAS = 'scoring';
let tmp: string;
let data: string;
let expected: string;
let home: AuthHome | null = null;
let restore: (() => void) | null = null;
let sf: SalesforceStandIn | null = null;

beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'si-org-'));
    data = join(tmp, 'data');
    expected = join(tmp, 'expected');
    await generateScoreData({ dir: data, accounts: 40, people: 240, activities: 1200, seed: 11, campaigns: 6 });
    writePlaybookFixtures(data);
    await scoreFiles({
        from: data,
        out: expected,
        asOf: SCORE_DATA_AS_OF,
        config: configFromMetadata(readConfigMetadata('force-app/main/default/customMetadata')),
        shard: null,
        playbook: { settings: playbookSettingsFromDir('force-app/main/default/customMetadata'), skip: [] }
    });
}, 60000);

afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
});

/** A fresh stand-in org seeded with the generated data, and an auth home pointing at it. */
async function freshOrg(): Promise<SalesforceStandIn> {
    sf = await startScoringOrg(data);
    home = createAuthHome(standInAuthOptions(sf, { alias: ALIAS }));
    restore = home.activate();
    return sf;
}

afterEach(async () => {
    restore?.();
    home?.remove();
    await sf?.close();
    sf = null;
    home = null;
    restore = null;
    const { StateAggregator, ConfigAggregator } = await import('@salesforce/core');
    StateAggregator.clearInstance();
    ConfigAggregator.clearInstance();
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        today: () => SCORE_DATA_AS_OF,
        isTTY: false
    });
    return { code, stdout, stderr };
}

const orgArgs = (runs: string, ...more: string[]): string[] => [
    '--target-org',
    ALIAS,
    '--as-of',
    SCORE_DATA_AS_OF,
    '--runs',
    runs,
    '--poll-ms',
    '5',
    ...more
];

/** A CSV's header and its rows as sorted lines (row order follows the buckets, which differ by mode). */
function csv(path: string): { header: string[]; rows: string[] } {
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data;
    return { header: header ?? [], rows: rows.map((r) => JSON.stringify(r)).sort() };
}

function onlyRun(runs: string): string {
    const [runId, ...others] = readdirSync(runs);
    expect(others).toEqual([]);
    return runId as string;
}

/** Ids written successfully per object, over every ingest job of the stand-in, with how often. */
function writesPerId(standIn: SalesforceStandIn, object: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const job of standIn.ingestJobs.values()) {
        if (job.object !== object) continue;
        const id = job.header.indexOf(object === 'SI_Account_Score_History__c' ? 'Account__c' : 'Id');
        for (const row of job.successful) {
            const key = row[id + 2] as string; // sf__Id, sf__Created, then the uploaded cells
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

describe('score --target-org', () => {
    it('writes what the file mode computes, records the run and history, and writes nothing on a second run', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-1');
        const first = await run(orgArgs(runs));
        expect(first.stderr).toBe('');
        expect(first.code).toBe(0);
        const runId = onlyRun(runs);
        const folder = join(runs, runId);
        for (const file of [
            'Account.csv',
            'Contact.csv',
            'Lead.csv',
            'SI_Points_Ledger__c.csv',
            'SI_Qualification_Change__e.csv',
            'SI_Segment_Membership__c.added.csv',
            'SI_Segment_Membership__c.removed.csv',
            'points-decisions.csv'
        ]) {
            // No ledger file: nobody's points are due on the first day an account is seen qualified.
            const present = file !== 'SI_Points_Ledger__c.csv';
            expect([file, existsSync(join(expected, file)), existsSync(join(folder, file))]).toEqual([
                file,
                present,
                present
            ]);
            expect(present ? csv(join(folder, file)) : null).toEqual(present ? csv(join(expected, file)) : null);
        }
        // The playbook's rows are in the org: change events, memberships (the unpublished segment's row
        // closed, kept), each published segment's member count.
        expect(org.records('SI_Qualification_Change__e')).toHaveLength(
            csv(join(expected, 'SI_Qualification_Change__e.csv')).rows.length
        );
        const memberships = org.records('SI_Segment_Membership__c');
        const old = memberships.find((m) => m.Segment__c === SEGMENT_IDS.unpublished);
        expect(old?.Removed_On__c).toBe(SCORE_DATA_AS_OF);
        const summaryJson = JSON.parse(readFileSync(join(expected, 'summary.json'), 'utf8'));
        for (const segment of org.records('SI_Segment__c').filter((s) => s.Status__c === 'Published')) {
            const open = memberships.filter((m) => m.Segment__c === segment.Id && !m.Removed_On__c);
            expect(segment.Member_Count__c).toBe(open.length);
            expect(open.length).toBe(summaryJson.playbook.segments.members[segment.Name as string]);
        }
        // Tasks and Events older than the reach window were not read, and the scores are still the same.
        const readOrg = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')).rowsRead;
        const readFiles = JSON.parse(readFileSync(join(expected, 'summary.json'), 'utf8')).rowsRead;
        expect(readOrg.Task).toBeGreaterThan(0);
        expect(readOrg.Task).toBeLessThan(readFiles.Task);
        expect(readOrg.Event).toBeLessThan(readFiles.Event);
        expect(readOrg.Account).toBe(readFiles.Account);
        const expectedAccounts = csv(join(expected, 'Account.csv'));
        // The stored values are now the new ones.
        const header = expectedAccounts.header;
        for (const line of expectedAccounts.rows) {
            const cells = JSON.parse(line) as string[];
            const stored = org.get('Account', cells[0] as string)!;
            header.forEach((column, i) => {
                const cell = cells[i] as string;
                if (column === 'Id' || cell === '') return; // an empty cell leaves the field as it was
                const value = stored[column];
                expect(cell === '#N/A' ? null : cell).toBe(
                    value === null || value === undefined ? null : String(value)
                );
            });
        }
        const history = org.records('SI_Account_Score_History__c');
        const expectedHistory = csv(join(expected, 'SI_Account_Score_History__c.csv')).rows.length;
        expect(history).toHaveLength(expectedHistory);
        const [runRecord] = org.records('SI_Scoring_Run__c');
        expect(runRecord).toMatchObject({
            Run_Id__c: runId,
            Status__c: 'Completed',
            Accounts_Scored__c: 40,
            Records_Failed__c: 0
        });
        expect(history.every((h) => h.Scoring_Run__c === runRecord?.Id)).toBe(true);
        expect(first.stdout).toContain(`Run ${runId}: Completed.`);

        const jobsBefore = org.ingestJobs.size;
        const second = await run(orgArgs(runs));
        expect(second.code).toBe(0);
        expect(org.ingestJobs.size).toBe(jobsBefore);
        expect(second.stdout).toContain('Updates: 0 accounts, 0 contacts, 0 leads; 0 score history rows.');
        expect(org.records('SI_Scoring_Run__c')).toHaveLength(2);
    }, 60000);

    it('--dry-run writes the CSVs and the change report to the run folder and nothing to the org', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-dry');
        const result = await run(orgArgs(runs, '--dry-run'));
        expect(result.code).toBe(0);
        const folder = join(runs, onlyRun(runs));
        expect(csv(join(folder, 'Account.csv'))).toEqual(csv(join(expected, 'Account.csv')));
        expect(JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')).accounts).toHaveLength(40);
        expect(result.stdout).toContain('Dry run: nothing was written');
        expect(org.ingestJobs.size).toBe(0);
        expect(org.records('SI_Scoring_Run__c')).toHaveLength(0);
        expect(org.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/jobs/query'))).toEqual([]);
    }, 60000);

    it('retries UNABLE_TO_LOCK_ROW rows in a job of their own and reports lasting failures per record', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-lock');
        const ids = csv(join(expected, 'Account.csv')).rows.map((r) => (JSON.parse(r) as string[])[0] as string);
        const locked = ids.slice(0, 3);
        const rejected = ids.slice(3, 5);
        org.faults.lockRows(locked, 1, 'Account');
        org.faults.rejectRows(rejected, { message: 'Industry is required' }, 'Account');
        const result = await run(orgArgs(runs));
        expect(result.code).toBe(2);
        const folder = join(runs, onlyRun(runs));
        const accountJobs = [...org.ingestJobs.values()].filter((j) => j.object === 'Account');
        expect(accountJobs).toHaveLength(2);
        expect(accountJobs[1]?.rowsUploaded).toBe(locked.length);
        const failed = csv(join(folder, 'failed-Account.csv'));
        expect(failed.header.slice(0, 2)).toEqual(['sf__Id', 'sf__Error']);
        expect(failed.rows.map((r) => (JSON.parse(r) as string[])[2]).sort()).toEqual([...rejected].sort());
        expect(result.stdout).toContain('FIELD_CUSTOM_VALIDATION_EXCEPTION: 2');
        expect(org.records('SI_Scoring_Run__c')[0]).toMatchObject({
            Status__c: 'Completed With Failures',
            Records_Failed__c: 2
        });
        for (const [, n] of writesPerId(org, 'Account')) expect(n).toBe(1);
        expect(writesPerId(org, 'Account').size).toBe(ids.length - rejected.length);
    }, 60000);

    it('resumes a run killed during the write-back without writing any row twice', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-crash');
        // The first upload (Account) goes through; the second (Contact) hangs, and the process is killed.
        org.faults.delay(0, { method: 'PUT', path: '/batches' });
        org.faults.hang({ method: 'PUT', path: '/batches' });
        const child = spawn(process.execPath, ['--import', 'tsx', 'org/score/main.ts', ...orgArgs(runs)], {
            env: { ...process.env, ...home!.env },
            stdio: 'ignore'
        });
        const exited = new Promise((resolve) => child.on('exit', resolve));
        const started = Date.now();
        while (org.requestsTo('/batches', 'PUT').length < 2) {
            if (Date.now() - started > 40000) throw new Error('the child never reached the second upload');
            await new Promise((r) => setTimeout(r, 50));
        }
        child.kill('SIGKILL');
        await exited;
        const runId = onlyRun(runs);
        const checkpoint = JSON.parse(readFileSync(join(runs, runId, 'checkpoint.json'), 'utf8'));
        expect(checkpoint.writes[0].done).toBe(true);
        expect(checkpoint.writes[1].attempts[0].state).toBe('created');
        org.faults.clear();

        const resumed = await run(['--resume', runId, '--runs', runs, '--poll-ms', '5']);
        expect(resumed.stderr).toBe('');
        expect(resumed.code).toBe(0);
        for (const object of ['Account', 'Contact', 'Lead']) {
            const written = writesPerId(org, object);
            expect(written.size).toBe(csv(join(expected, `${object}.csv`)).rows.length);
            for (const [, n] of written) expect(n).toBe(1);
        }
        expect(org.records('SI_Account_Score_History__c')).toHaveLength(
            csv(join(expected, 'SI_Account_Score_History__c.csv')).rows.length
        );
        const hung = [...org.ingestJobs.values()].filter((j) => j.state === 'Aborted');
        expect(hung).toHaveLength(1);
        expect(org.records('SI_Scoring_Run__c')[0]).toMatchObject({ Status__c: 'Completed' });
    }, 90000);

    it('resumes a run that stopped after a job was closed but before the checkpoint said so: waits, does not upload again', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-closed');
        // The Contact job's UploadComplete is processed, but the answer is cut off: the run stops with the
        // job closed in Salesforce and still "created" in the checkpoint.
        org.faults.delay(0, { method: 'PATCH', path: '/jobs/ingest/' });
        org.faults.drop({ method: 'PATCH', path: '/jobs/ingest/' }, 0);
        const stopped = await run(orgArgs(runs));
        expect(stopped.code).toBe(1);
        const runId = onlyRun(runs);
        const checkpoint = JSON.parse(readFileSync(join(runs, runId, 'checkpoint.json'), 'utf8'));
        expect(checkpoint.writes[1].attempts[0].state).toBe('created');
        const contactJob = [...org.ingestJobs.values()].find((j) => j.object === 'Contact');
        expect(contactJob?.state).not.toBe('Open');
        const resumed = await run(['--resume', runId, '--runs', runs, '--poll-ms', '5']);
        expect(resumed.stderr).toBe('');
        expect(resumed.code).toBe(0);
        expect([...org.ingestJobs.values()].filter((j) => j.object === 'Contact')).toHaveLength(1);
        const written = writesPerId(org, 'Contact');
        expect(written.size).toBe(csv(join(expected, 'Contact.csv')).rows.length);
        for (const [, n] of written) expect(n).toBe(1);
    }, 60000);

    it('a Failed ingest job stops the run with a named error; --resume writes its unprocessed rows once', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-failed');
        org.faults.failNextJob('ingest', 'InternalServerError : Job failed');
        const stopped = await run(orgArgs(runs));
        expect(stopped.code).toBe(1);
        const runId = onlyRun(runs);
        expect(stopped.stderr).toContain(`run ${runId} stopped: JobFailed`);
        expect(stopped.stderr).toContain(`npm run score -- --resume ${runId}`);
        expect(org.records('SI_Scoring_Run__c')[0]).toMatchObject({ Status__c: 'Failed' });
        const resumed = await run(['--resume', runId, '--runs', runs, '--poll-ms', '5']);
        expect(resumed.code).toBe(0);
        const written = writesPerId(org, 'Account');
        expect(written.size).toBe(csv(join(expected, 'Account.csv')).rows.length);
        for (const [, n] of written) expect(n).toBe(1);
        expect(org.records('SI_Scoring_Run__c')).toHaveLength(1);
        expect(org.records('SI_Scoring_Run__c')[0]).toMatchObject({ Status__c: 'Completed' });
    }, 60000);

    it('refreshes an expired session mid-run through the stored auth', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-401');
        org.faults.expireSession({ method: 'GET', path: '/results' });
        org.faults.expireSession({ method: 'PUT', path: '/batches' });
        const result = await run(orgArgs(runs));
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(org.requestsTo('/services/oauth2/token').length).toBeGreaterThanOrEqual(2);
    }, 60000);

    it('names what is wrong: an unknown alias, a rejected --where; a --where scope scores only its accounts', async () => {
        const org = await freshOrg();
        const runs = join(tmp, 'runs-bad');
        const alias = await run(['--target-org', 'nosuchorg', '--runs', runs]);
        expect(alias.code).toBe(1);
        expect(alias.stderr).toContain('UnknownOrg: no org is stored under the alias or username "nosuchorg"');
        expect(alias.stderr).toContain('sf org list');

        const where = await run(orgArgs(runs, '--where', "Nonexistent__c = 'x'"));
        expect(where.code).toBe(1);
        expect(where.stderr).toMatch(/InvalidQuery: .*Nonexistent__c/);
        expect(org.records('SI_Scoring_Run__c')).toEqual([
            expect.objectContaining({ Status__c: 'Failed', Message__c: expect.stringContaining('Nonexistent__c') })
        ]);
        const keyword = await run(orgArgs(runs, '--where', 'Industry = null LIMIT 5'));
        expect(keyword.stderr).toContain('--where must be a condition on Account only; it contains LIMIT');

        const none = await run(orgArgs(join(tmp, 'runs-none'), '--where', "Industry = 'Nope'", '--dry-run'));
        expect(none.code).toBe(0);
        expect(none.stdout).toContain('Scored 0 accounts');

        // A real scope: only its accounts are scored, each with the same result as in a full run.
        const industry = String(org.records('Account')[0]?.Industry);
        const inScope = new Set(
            org
                .records('Account')
                .filter((a) => a.Industry === industry)
                .map((a) => String(a.Id))
        );
        expect(inScope.size).toBeGreaterThan(0);
        expect(inScope.size).toBeLessThan(40);
        const scopeRuns = join(tmp, 'runs-scope');
        const scoped = await run(orgArgs(scopeRuns, '--where', `Industry = '${industry}'`, '--dry-run'));
        expect(scoped.code).toBe(0);
        expect(scoped.stdout).toContain(`Scored ${inScope.size} accounts`);
        // The columns differ (only those changed somewhere in the file), the values may not.
        const changes = (path: string): Record<string, Record<string, string>> => {
            const { header, rows } = csv(path);
            return Object.fromEntries(
                rows.map((line) => {
                    const cells = JSON.parse(line) as string[];
                    return [
                        cells[0],
                        Object.fromEntries(header.map((c, i) => [c, cells[i] as string]).filter(([, v]) => v !== ''))
                    ];
                })
            );
        };
        const full = changes(join(expected, 'Account.csv'));
        expect(changes(join(scopeRuns, onlyRun(scopeRuns), 'Account.csv'))).toEqual(
            Object.fromEntries(Object.entries(full).filter(([id]) => inScope.has(id)))
        );
    }, 60000);
});
