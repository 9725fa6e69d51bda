// `npm run score`: scores every account with the shared engine and writes back what changed.
//   npm run score -- --from DIR --as-of YYYY-MM-DD --out OUTDIR [--config DIR] [--shard I/N] [--json]
// (The org mode, --target-org through Bulk API 2.0, is being built on org/salesforce/.)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, configFromMetadata, parseAsOf } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../../scripts/configMetadata';
import { InputError } from './csvSource';
import { scoreFiles, type RunSummary } from './fileMode';
import type { Shard } from './group';

export interface ScoreOptions {
    from: string;
    out: string;
    asOf: string;
    config: string;
    shard: Shard | null;
    json: boolean;
}

export interface ScoreIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    today: () => string;
    isTTY: boolean;
}

export class UsageError extends Error {}

const USAGE =
    'Usage: npm run score -- --from DIR --as-of YYYY-MM-DD --out OUTDIR [--config <customMetadata dir>] [--shard I/N] [--json]';

export function parseArgs(argv: readonly string[], today: () => string): ScoreOptions {
    const options: ScoreOptions = {
        from: '',
        out: '',
        asOf: '',
        config: 'force-app/main/default/customMetadata',
        shard: null,
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
        else if (arg === '--shard') {
            const v = value();
            const m = /^(\d+)\/(\d+)$/.exec(v);
            const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
            if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count)
                throw new UsageError(`--shard ${v}: expected I/N with 1 <= I <= N, e.g. 2/4`);
            options.shard = shard;
        } else if (arg === '--target-org' || arg === '--resume' || arg === '--where' || arg === '--dry-run')
            throw new UsageError(
                `${arg}: the org mode is not available yet; export the org with sf data export bulk and use --from`
            );
        else throw new UsageError(`unknown argument ${arg}`);
    }
    if (!options.from) throw new UsageError('--from DIR is required');
    if (!options.out) throw new UsageError('--out OUTDIR is required');
    if (resolve(options.out) === resolve(options.from)) throw new UsageError('--out must not be the --from folder');
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
    lines.push(`Files: ${s.files.map((f) => `${f.file} (${f.rows} rows)`).join(', ') || 'none (nothing changed)'}`);
    return `${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[], io: ScoreIo): Promise<number> {
    try {
        const options = parseArgs(argv, io.today);
        const config = configFromMetadata(readConfigMetadata(options.config));
        const bar =
            io.isTTY && !options.json
                ? new SingleBar(
                      { format: ' {phase} [{bar}] {value}/{total} | ETA {eta}s', clearOnComplete: true },
                      Presets.shades_classic
                  )
                : null;
        let phase = '';
        const summary = await scoreFiles({
            from: options.from,
            out: options.out,
            asOf: options.asOf,
            config,
            shard: options.shard,
            onProgress: (p, done, total) => {
                if (!bar) return;
                if (p !== phase) {
                    if (phase) bar.stop();
                    phase = p;
                    bar.start(total, done, { phase: p === 'read' ? 'Reading files  ' : 'Scoring buckets' });
                } else bar.update(done);
            }
        });
        bar?.stop();
        io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
        return 0;
    } catch (e) {
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
