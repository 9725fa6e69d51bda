// `npm run seats`: the seat audit. Lists every active user holding one of the app's permission sets (the
// SI_* sets of force-app/main/default/permissionsets) with last login, days inactive, the sets and the
// licences they need; with --revoke removes those of users inactive longer than --days and records each
// removal in SI_Seat_Audit__c; --undo RUN_ID assigns again what a run removed.
//   npm run seats -- --target-org ALIAS [--days 180] [--revoke [--include-modify-all-data]] [--licence NAME]...
//                    [--out DIR] [--json]
//   npm run seats -- --target-org ALIAS --undo RUN_ID [--out DIR] [--json]
// Exit codes: 0 done; 1 stopped (usage, org, query or request error); 2 done, but some records failed.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { Connection } from '@salesforce/core';
import { connectOrg } from '../salesforce/connection';
import { SalesforceError } from '../salesforce/errors';
import { planSeats, type SeatPlan } from './plan';
import { readSeats } from './read';
import { formatTable, reportRows, restoreRows, toCsv, type ReportRow } from './report';
import { revokeSeats, type RemovalResult } from './revoke';
import { RUN_ID, undoRun } from './undo';

export interface SeatOptions {
    targetOrg: string;
    days: number;
    revoke: boolean;
    includeModifyAllData: boolean;
    licences: string[];
    undo: string | null;
    out: string;
    json: boolean;
    /** Folder of the app's permission sets (their names are the allow-list). */
    permissionSets: string;
}

export interface SeatIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    now: () => Date;
}

export class UsageError extends Error {}

/** A run that stopped part-way (a request failed): the report of what it did before is in `report`. */
export class RunStoppedError extends Error {
    constructor(
        readonly report: string,
        readonly reason: unknown
    ) {
        super((reason as Error).message);
    }
}

const USAGE = [
    'Usage: npm run seats -- --target-org ALIAS [--days 180] [--revoke [--include-modify-all-data]]',
    '                        [--licence PERMISSION_SET_LICENSE_DEVELOPER_NAME]... [--out runs/seats] [--json]',
    '       npm run seats -- --target-org ALIAS --undo RUN_ID [--out runs/seats] [--json]'
].join('\n');

export function parseArgs(argv: readonly string[]): SeatOptions {
    const options: SeatOptions = {
        targetOrg: '',
        days: 180,
        revoke: false,
        includeModifyAllData: false,
        licences: [],
        undo: null,
        out: 'runs/seats',
        json: false,
        permissionSets: 'force-app/main/default/permissionsets'
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--target-org' || arg === '-o') options.targetOrg = value();
        else if (arg === '--days') {
            const v = value();
            if (!/^\d{1,5}$/.test(v)) throw new UsageError(`--days ${v}: expected a whole number of days, e.g. 180`);
            options.days = Number(v);
        } else if (arg === '--revoke') options.revoke = true;
        else if (arg === '--include-modify-all-data') options.includeModifyAllData = true;
        else if (arg === '--licence' || arg === '--license') {
            const v = value();
            if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(v))
                throw new UsageError(`${arg} ${v}: expected a permission set licence DeveloperName`);
            options.licences.push(v);
        } else if (arg === '--undo') {
            const v = value();
            if (!RUN_ID.test(v)) throw new UsageError(`--undo ${v}: expected a run id such as 20261203T101502Z-3fa9`);
            options.undo = v;
        } else if (arg === '--out') options.out = value();
        else if (arg === '--json') options.json = true;
        else if (arg === '--permission-sets') options.permissionSets = value();
        else throw new UsageError(`unknown argument ${arg}`);
    }
    if (options.undo && (options.revoke || options.includeModifyAllData || argv.includes('--days')))
        throw new UsageError(
            '--undo restores what a run removed; give it without --revoke, --days or --include-modify-all-data'
        );
    if (options.includeModifyAllData && !options.revoke)
        throw new UsageError('--include-modify-all-data only changes what --revoke removes; add --revoke');
    return options;
}

/** The app's permission set names: the SI_* sets the project deploys. */
export function appPermissionSets(folder: string): string[] {
    const names = readdirSync(folder)
        .map((f) => /^(SI_[A-Za-z0-9_]+)\.permissionset-meta\.xml$/.exec(f)?.[1])
        .filter((n): n is string => !!n)
        .sort();
    if (names.length === 0) throw new UsageError(`no SI_*.permissionset-meta.xml in ${folder}`);
    return names;
}

export function newRunId(now: Date): string {
    return `${now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`;
}

interface AuditOutcome {
    runId: string;
    dryRun: boolean;
    days: number;
    at: string;
    plans: SeatPlan[];
    rows: ReportRow[];
    results: RemovalResult[] | null;
    report: string;
}

function summary(o: AuditOutcome, targetOrg: string): string {
    const count = (d: string): number => o.plans.filter((p) => p.decision === d).length;
    const lines = [
        `${o.plans.length} active users hold the app's permission sets: ${count('active')} logged in within ${o.days} days, ` +
            `${count('revoke')} inactive longer${o.dryRun ? ' (their seats would be removed)' : ''}, ` +
            `${count('kept: running user') + count('kept: Modify All Data')} inactive but kept ` +
            `(running user ${count('kept: running user')}, Modify All Data ${count('kept: Modify All Data')}).`
    ];
    const never = o.plans.filter((p) => p.neverLoggedIn).length;
    if (never > 0) lines.push(`${never} never logged in (days counted from when the user was created).`);
    const planned = o.rows.filter((r) => r.result === 'would remove');
    if (o.dryRun) {
        lines.push(
            `Dry run: nothing was changed. --revoke would remove ${planned.filter((r) => r.kind === 'PermissionSet').length} permission set ` +
                `and ${planned.filter((r) => r.kind === 'PermissionSetLicense').length} licence assignments.`
        );
    } else {
        const removed = (o.results ?? []).filter((r) => r.removed);
        const failed = (o.results ?? []).filter((r) => !r.removed);
        const unaudited = removed.filter((r) => !r.auditId);
        lines.push(
            `Removed ${removed.filter((r) => r.kind === 'PermissionSet').length} permission set and ` +
                `${removed.filter((r) => r.kind === 'PermissionSetLicense').length} licence assignments; ${failed.length} failed.`
        );
        for (const f of failed)
            lines.push(`  failed: ${f.username} ${f.kind} ${f.name} (${f.assignmentId}): ${f.error}`);
        for (const u of unaudited)
            lines.push(`  removed without an audit record: ${u.username} ${u.kind} ${u.name}: ${u.auditError}`);
        if (failed.length > 0)
            lines.push('Run the same command again to retry the failed ones (nothing is removed twice).');
        if (removed.length > 0)
            lines.push(`Undo: npm run seats -- --target-org ${targetOrg || '<alias>'} --undo ${o.runId}`);
    }
    lines.push(`Report: ${o.report}`);
    return `${lines.join('\n')}\n`;
}

async function audit(
    conn: Connection,
    options: SeatOptions,
    io: SeatIo
): Promise<{ outcome: AuditOutcome; code: number }> {
    const now = io.now();
    const runId = newRunId(now);
    const read = await readSeats(conn, {
        permissionSetNames: appPermissionSets(options.permissionSets),
        licenceNames: options.licences
    });
    if (read.permissionSets.length === 0)
        throw new SalesforceError(
            'MissingField',
            `none of the app's permission sets (${read.missingPermissionSets.join(', ')}) is in the org`
        );
    if (read.missingPermissionSets.length > 0)
        io.stderr(`seats: not in the org (not deployed?): ${read.missingPermissionSets.join(', ')}\n`);
    const plans = planSeats(read.holders, {
        days: options.days,
        includeModifyAllData: options.includeModifyAllData,
        now: now.getTime()
    });
    mkdirSync(options.out, { recursive: true });
    const report = join(options.out, `${runId}${options.revoke ? '' : '-dry-run'}.csv`);
    const results: RemovalResult[] | null = options.revoke ? [] : null;
    const outcome: AuditOutcome = {
        runId,
        dryRun: !options.revoke,
        days: options.days,
        at: now.toISOString(),
        plans,
        rows: [],
        results,
        report
    };
    try {
        if (results) await revokeSeats(conn, plans, { runId, now: io.now }, results);
    } catch (e) {
        throw new RunStoppedError(report, e);
    } finally {
        // Written also when a request fails part-way: the report then says what was removed before it.
        outcome.rows = reportRows(runId, plans, results);
        writeFileSync(report, toCsv(outcome.rows));
    }
    const failed = (results ?? []).some((r) => !r.removed || !r.auditId);
    return { outcome, code: failed ? 2 : 0 };
}

async function undo(conn: Connection, runId: string, options: SeatOptions, io: SeatIo): Promise<number> {
    const results = await undoRun(conn, runId, io.now);
    mkdirSync(options.out, { recursive: true });
    const report = join(options.out, `${runId}-undo-${newRunId(io.now())}.csv`);
    writeFileSync(report, toCsv(restoreRows(runId, results)));
    const failed = results.filter((r) => !r.restored || r.error);
    if (options.json) io.stdout(`${JSON.stringify({ runId, results, report }, null, 2)}\n`);
    else {
        const lines = [
            `Undo of run ${runId}: restored ${results.filter((r) => r.restored).length} of ${results.length} assignments not restored before.`
        ];
        for (const f of failed)
            lines.push(`  ${f.restored ? 'note' : 'failed'}: ${f.username} ${f.kind} ${f.name}: ${f.error}`);
        if (results.length === 0)
            lines.push(
                'Nothing to restore: every assignment the run removed is restored already (or the run removed none).'
            );
        lines.push(`Report: ${report}`);
        io.stdout(`${lines.join('\n')}\n`);
    }
    return failed.length > 0 ? 2 : 0;
}

export async function main(argv: readonly string[], io: SeatIo): Promise<number> {
    try {
        const options = parseArgs(argv);
        const conn = await connectOrg(options.targetOrg);
        if (options.undo) return await undo(conn, options.undo, options, io);
        const { outcome, code } = await audit(conn, options, io);
        if (options.json)
            io.stdout(
                `${JSON.stringify(
                    {
                        runId: outcome.runId,
                        dryRun: outcome.dryRun,
                        days: outcome.days,
                        at: outcome.at,
                        report: outcome.report,
                        users: outcome.plans.map((p) => ({
                            ...p.holder,
                            daysInactive: p.daysInactive === Number.MAX_SAFE_INTEGER ? null : p.daysInactive,
                            neverLoggedIn: p.neverLoggedIn,
                            decision: p.decision
                        })),
                        results: outcome.results
                    },
                    null,
                    2
                )}\n`
            );
        else io.stdout(`${formatTable(outcome.plans, outcome.rows)}\n${summary(outcome, options.targetOrg)}`);
        return code;
    } catch (caught) {
        let e = caught;
        let stopped = '';
        if (e instanceof RunStoppedError) {
            stopped = `  Report of what was done: ${e.report}\n`;
            e = e.reason;
        }
        if (e instanceof SalesforceError) {
            io.stderr(
                `seats: ${e.message}\n  Next: ${e.nextStep.replace(/ with --resume| --resume/g, '')}\n${stopped}`
            );
            return 1;
        }
        if (e instanceof UsageError) {
            io.stderr(`seats: ${e.message}\n${USAGE}\n`);
            return 1;
        }
        const code = (e as { errorCode?: unknown }).errorCode;
        if (typeof code === 'string') {
            io.stderr(
                `seats: ${code}: ${(e as Error).message}\n  Next: fix the cause and run the same command again (nothing is done twice).\n${stopped}`
            );
            return 1;
        }
        if (stopped) io.stderr(`seats: stopped\n${stopped}`);
        throw e;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    void main(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        now: () => new Date()
    }).then((code) => {
        process.exitCode = code;
    });
}
