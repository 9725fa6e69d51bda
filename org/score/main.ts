// `npm run score`: scores every account with the shared engine and writes back what changed.
//   npm run score -- --target-org ALIAS [--dry-run] [--as-of D] [--where COND] [--shard I/N] [--skip STEPS] [--resume RUN_ID] [--json]
//   npm run score -- --from DIR --as-of YYYY-MM-DD --out OUTDIR [--config DIR] [--shard I/N] [--skip STEPS] [--json]
// After the scores, the playbook steps (readiness, tiers, segments, points, events) run unless skipped.
// Exit codes: 0 done; 1 the run stopped (error: resume it with --resume); 2 done, some records failed.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, configFromMetadata, parseAsOf } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../config/configMetadata';
import { InputError } from './csvSource';
import { SalesforceError } from '../salesforce/errors';
import { scoreFiles, type RunSummary } from './fileMode';
import { RunStoppedError, scoreOrg, type OrgRunResult } from './orgMode';
import type { Shard } from './group';
import type { PlaybookStep, PlaybookSummary } from './playbook';
import { parseSkip, playbookSettingsFromDir } from './playbookConfig';

export interface ScoreOptions {
    /** File mode: the folder of CSV files; empty: org mode. */
    from: string;
    targetOrg: string;
    where: string | null;
    dryRun: boolean;
    resume: string | null;
    runsDir: string;
    /** Milliseconds between job status requests (org mode). */
    pollMs: number;
    out: string;
    asOf: string;
    config: string;
    shard: Shard | null;
    /** Playbook steps not to run (`--skip readiness,points`). */
    skip: PlaybookStep[];
    json: boolean;
}

export interface ScoreIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    today: () => string;
    isTTY: boolean;
}

export class UsageError extends Error {}

const USAGE = [
    'Usage: npm run score -- --target-org ALIAS [--dry-run] [--as-of YYYY-MM-DD] [--where "<Account condition>"]',
    '                        [--shard I/N] [--skip STEPS] [--resume RUN_ID] [--runs DIR] [--poll-ms 2000] [--json]',
    '       npm run score -- --from DIR --as-of YYYY-MM-DD --out OUTDIR [--config <customMetadata dir>] [--shard I/N] [--skip STEPS] [--json]',
    '  STEPS: a comma-separated list of readiness, tiers, segments, points, events (the playbook steps after scoring)'
].join('\n');

export function parseArgs(argv: readonly string[], today: () => string): ScoreOptions {
    const options: ScoreOptions = {
        from: '',
        targetOrg: '',
        where: null,
        dryRun: false,
        resume: null,
        runsDir: 'runs',
        pollMs: 2000,
        out: '',
        asOf: '',
        config: 'force-app/main/default/customMetadata',
        shard: null,
        skip: [],
        json: false
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--from') options.from = value();
        else if (arg === '--out') options.out = value();
        else if (arg === '--as-of') options.asOf = value();
        else if (arg === '--config') options.config = value();
        else if (arg === '--json') options.json = true;
        else if (arg === '--skip') {
            try {
                options.skip = parseSkip(value());
            } catch (e) {
                throw new UsageError((e as Error).message);
            }
        } else if (arg === '--shard') {
            const v = value();
            const m = /^(\d+)\/(\d+)$/.exec(v);
            const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
            if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count)
                throw new UsageError(`--shard ${v}: expected I/N with 1 <= I <= N, e.g. 2/4`);
            options.shard = shard;
        } else if (arg === '--target-org' || arg === '-o') options.targetOrg = value();
        else if (arg === '--where') options.where = value();
        else if (arg === '--dry-run') options.dryRun = true;
        else if (arg === '--runs') options.runsDir = value();
        else if (arg === '--poll-ms') {
            const v = value();
            if (!/^\d+$/.test(v) || Number(v) > 600000)
                throw new UsageError(`--poll-ms ${v}: expected 0-600000 milliseconds`);
            options.pollMs = Number(v);
        } else if (arg === '--resume') {
            const v = value();
            if (!/^[0-9TZ]+-[0-9a-f]{4}$/.test(v))
                throw new UsageError(
                    `--resume ${v}: expected a run id such as 20261203T101502Z-3fa9 (a folder in runs/)`
                );
            options.resume = v;
        } else throw new UsageError(`unknown argument ${arg}`);
    }
    if (options.from) {
        for (const [flag, set] of [
            ['--target-org', options.targetOrg],
            ['--where', options.where],
            ['--resume', options.resume],
            ['--dry-run', options.dryRun]
        ] as const)
            if (set) throw new UsageError(`${flag} is for the org mode; --from scores CSV files (and writes nothing)`);
        if (!options.out) throw new UsageError('--out OUTDIR is required with --from');
        if (resolve(options.out) === resolve(options.from)) throw new UsageError('--out must not be the --from folder');
    } else if (options.out) throw new UsageError('--out is for --from; the org mode writes to runs/<RUN_ID>/');
    if (
        options.resume &&
        (options.where !== null ||
            options.shard ||
            options.dryRun ||
            argv.includes('--as-of') ||
            argv.includes('--skip'))
    )
        throw new UsageError(
            "--resume goes on with the run's own --as-of, --where, --shard, --skip and --dry-run; give only --resume"
        );
    if (!options.asOf) options.asOf = today();
    try {
        parseAsOf(options.asOf);
    } catch (e) {
        throw new UsageError(`--as-of: ${(e as Error).message}`);
    }
    return options;
}

export function formatSummary(s: RunSummary): string {
    const lines = [
        `Scored ${s.accountsScored} accounts as of ${s.asOf}${s.shard ? ` (shard ${s.shard})` : ''}.`,
        `Updates: ${s.updates.Account} accounts, ${s.updates.Contact} contacts, ${s.updates.Lead} leads; ${s.historyRows} score history rows.`,
        `Newly qualified: ${s.newlyQualified}; no longer qualified: ${s.noLongerQualified}.`
    ];
    const moves = (title: string, m: Record<string, number>): void => {
        const entries = Object.entries(m).sort((a, b) => b[1] - a[1]);
        lines.push(`${title}: ${entries.length === 0 ? 'none' : ''}`);
        for (const [move, n] of entries) lines.push(`  ${move.padEnd(28)} ${n}`);
    };
    moves('Band moves', s.bandMoves);
    moves('Stage moves', s.stageMoves);
    if (s.skippedRows > 0) {
        lines.push(`Skipped ${s.skippedRows} malformed rows, e.g.:`);
        for (const p of s.skippedExamples.slice(0, 5))
            lines.push(`  ${p.file} row ${p.row}${p.column ? ` column ${p.column}` : ''}: ${p.message}`);
    }
    const unplaced = Object.entries(s.unplaced);
    if (unplaced.length > 0)
        lines.push(`Not placed under any account: ${unplaced.map(([k, n]) => `${k} (${n})`).join('; ')}`);
    if (s.playbook) lines.push(...formatPlaybook(s.playbook));
    lines.push(`Files: ${s.files.map((f) => `${f.file} (${f.rows} rows)`).join(', ') || 'none (nothing changed)'}`);
    return `${lines.join('\n')}\n`;
}

/** The playbook steps' lines of the summary. */
export function formatPlaybook(p: PlaybookSummary): string[] {
    const lines = ['Playbook:'];
    const off = (step: string): string | undefined => p.off[step];
    const line = (step: string, text: string): void => {
        lines.push(`  ${step.padEnd(10)} ${off(step) ? `off: ${off(step)}` : text}`);
    };
    line(
        'readiness',
        `${p.readiness.ready} ready, ${p.readiness.notReady} not ready; ${p.readiness.changed} accounts' readiness changed`
    );
    line(
        'tiers',
        `${p.tiers.changed} recommended tiers changed${p.tiers.notes.length ? `; ${p.tiers.notes.join('; ')}` : ''}`
    );
    const members = Object.entries(p.segments.members);
    line(
        'segments',
        `${p.segments.published} published; ${p.segments.added} memberships added, ${p.segments.removed} closed; ${p.segments.fieldChanges} accounts' SI_Segments__c changed${p.segments.truncated ? `; ${p.segments.truncated} accounts in more segments than the 255-character field holds (whole names kept)` : ''}`
    );
    if (!off('segments')) for (const [name, n] of members) lines.push(`    ${name}: ${n} members`);
    for (const problem of p.segments.problems) lines.push(`    problem: ${problem}`);
    const outcomes = Object.entries(p.points.outcomes)
        .map(([o, n]) => `${o} ${n}`)
        .join(', ');
    line(
        'points',
        `${p.points.applied} people get ${p.points.pointsApplied} points (${outcomes || 'no qualified account due'}); ${p.points.fieldUpdates} points fields updated (rule ${((Number(p.points.ms) || 0) / 1000).toFixed(1)} s); who and why: points-decisions.csv`
    );
    if (off('points ledger')) lines.push(`    note: ${off('points ledger')}`);
    if (off('configuration')) lines.push(`  note: ${off('configuration')}`);
    line('events', `${p.events.published} qualification change events`);
    return lines;
}

/** The write-back table of an org run: per file, rows written and failed, and the failures by error. */
export function formatOrgResult(r: OrgRunResult): string {
    const lines = [formatSummary(r.summary).trimEnd()];
    if (r.leftOut.length > 0) lines.push(`Not readable by this user, left out: ${r.leftOut.join(', ')}`);
    if (r.status === 'Dry Run') {
        lines.push(
            `Dry run: nothing was written to the org. The update CSVs, summary.json and report are in ${r.folder}.`
        );
        return `${lines.join('\n')}\n`;
    }
    lines.push('Written:');
    lines.push(`  ${'File'.padEnd(36)} ${'Written'.padStart(8)} ${'Failed'.padStart(8)}`);
    for (const w of r.writes) {
        lines.push(`  ${w.file.padEnd(36)} ${String(w.succeeded).padStart(8)} ${String(w.failed).padStart(8)}`);
        for (const [code, n] of Object.entries(w.errors))
            lines.push(`    ${code}: ${n} (see ${r.folder}/${w.failedFile})`);
    }
    lines.push(`Run ${r.runId}: ${r.status}. Files in ${r.folder}.`);
    return `${lines.join('\n')}\n`;
}

function progressBar(
    io: ScoreIo,
    json: boolean
): ((phase: string, done: number, total: number) => void) & { stop(): void } {
    const bar =
        io.isTTY && !json
            ? new SingleBar(
                  { format: ' {phase} [{bar}] {value}/{total} | ETA {eta}s', clearOnComplete: true },
                  Presets.shades_classic
              )
            : null;
    const names: Record<string, string> = {
        read: 'Reading        ',
        score: 'Scoring buckets',
        write: 'Writing back   '
    };
    let phase = '';
    const update = (p: string, done: number, total: number): void => {
        if (!bar) return;
        if (p !== phase) {
            if (phase) bar.stop();
            phase = p;
            bar.start(total, done, { phase: names[p] ?? p });
        } else bar.update(done);
    };
    return Object.assign(update, { stop: () => bar?.stop() });
}

export async function main(argv: readonly string[], io: ScoreIo): Promise<number> {
    let options: ScoreOptions | null = null;
    try {
        options = parseArgs(argv, io.today);
        const progress = progressBar(io, options.json);
        if (!options.from) {
            const result = await scoreOrg({
                targetOrg: options.targetOrg,
                asOf: options.asOf,
                where: options.where,
                shard: options.shard,
                dryRun: options.dryRun,
                skip: options.skip,
                resume: options.resume,
                runsDir: options.runsDir,
                wait: { pollMs: options.pollMs },
                onProgress: progress
            }).finally(() => progress.stop());
            io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatOrgResult(result));
            return result.status === 'Completed With Failures' ? 2 : 0;
        }
        const config = configFromMetadata(readConfigMetadata(options.config));
        const summary = await scoreFiles({
            from: options.from,
            out: options.out,
            asOf: options.asOf,
            config,
            shard: options.shard,
            playbook: { settings: playbookSettingsFromDir(options.config), skip: options.skip },
            onProgress: progress
        }).finally(() => progress.stop());
        io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
        return 0;
    } catch (e) {
        if (e instanceof RunStoppedError) {
            const next = e.cause instanceof SalesforceError ? `  Next: ${e.cause.nextStep}\n` : '';
            io.stderr(
                `score: run ${e.runId} stopped: ${e.message}\n${next}  Resume: npm run score -- --resume ${e.runId}${options?.runsDir && options.runsDir !== 'runs' ? ` --runs ${options.runsDir}` : ''}\n`
            );
            return 1;
        }
        if (e instanceof SalesforceError) {
            io.stderr(`score: ${e.message}\n  Next: ${e.nextStep}\n`);
            return 1;
        }
        if (e instanceof UsageError || e instanceof InputError || e instanceof ConfigError) {
            io.stderr(`score: ${e.message}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
            return 1;
        }
        throw e;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    void main(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        today: () => new Date().toISOString().slice(0, 10),
        isTTY: Boolean(process.stdout.isTTY)
    }).then((code) => {
        process.exitCode = code;
    });
}
