// Scores a whole org exported as CSV files (`--from DIR`), bucket by bucket, and writes the update CSVs,
// the history rows and summary.json to OUTDIR. The org mode reads the same rows through Bulk API 2.0.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { EngineConfig } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readCsvRecords } from './csvSource';
import { REQUIRED_FIELDS, SCORE_OBJECTS, type ScoreObject } from './fields';
import { AccountGrouper, rowAdders, type Shard } from './group';
import { newSummary, noteSkipped, scoreAndWrite, type RunSummary } from './scoring';

export type { RunSummary } from './scoring';

/** Bytes of input per bucket: a bucket is what is held in memory at once. */
export const BUCKET_BYTES = 4 * 1024 * 1024;

export interface FileRunOptions {
    from: string;
    out: string;
    asOf: string;
    config: EngineConfig;
    shard: Shard | null;
    onProgress?: (phase: string, done: number, total: number) => void;
}

export async function scoreFiles(options: FileRunOptions): Promise<RunSummary> {
    mkdirSync(options.out, { recursive: true });
    const work = mkdtempSync(join(tmpdir(), 'si-score-'));
    try {
        const paths = Object.fromEntries(SCORE_OBJECTS.map((o) => [o, join(options.from, `${o}.csv`)])) as Record<
            ScoreObject,
            string
        >;
        const bytes = SCORE_OBJECTS.reduce((sum, o) => sum + (existsSync(paths[o]) ? statSync(paths[o]).size : 0), 0);
        const grouper = new AccountGrouper(work, Math.max(4, Math.ceil(bytes / BUCKET_BYTES)), options.shard);
        const summary = newSummary(options.asOf, options.shard);
        const add = rowAdders(grouper);
        for (const object of SCORE_OBJECTS) {
            const file = `${object}.csv`;
            const result = await readCsvRecords(paths[object], file, REQUIRED_FIELDS[object], add[object]);
            if (object === 'Lead') grouper.flushLeads();
            summary.rowsRead[object] = result.rows;
            noteSkipped(summary, result.skipped);
            options.onProgress?.('read', SCORE_OBJECTS.indexOf(object) + 1, SCORE_OBJECTS.length);
        }
        grouper.joinPeople();
        summary.unplaced = Object.fromEntries(grouper.unplaced);

        await scoreAndWrite(grouper, {
            config: options.config,
            asOf: options.asOf,
            work,
            out: options.out,
            summary,
            onProgress: options.onProgress
        });
        return summary;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}
