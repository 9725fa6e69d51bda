// Scores a whole org exported as CSV files (`--from DIR`), bucket by bucket, and writes the update CSVs,
// the history rows and summary.json to OUTDIR. The org mode reads the same rows through Bulk API 2.0.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { EngineConfig } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readCsvRecords } from './csvSource';
import { REQUIRED_FIELDS, SCORE_OBJECTS, type ScoreObject } from './fields';
import { AccountGrouper, rowAdders, type Shard } from './group';
import { Playbook, type PlaybookStep } from './playbook';
import { decideSteps, playbookConfig, readPlaybookFiles, type PlaybookSettings } from './playbookConfig';
import { newSummary, noteSkipped, scoreAndWrite, type RunSummary } from './scoring';
import type { SegmentRow } from '../segments/membership';

export type { RunSummary } from './scoring';

/** Bytes of input per bucket: a bucket is what is held in memory at once. */
export const BUCKET_BYTES = 4 * 1024 * 1024;

export interface FileRunOptions {
    from: string;
    out: string;
    asOf: string;
    config: EngineConfig;
    shard: Shard | null;
    /** The playbook's configuration; absent: scores only. */
    playbook?: { settings: PlaybookSettings; skip: readonly PlaybookStep[]; now?: () => Date };
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
        const decided = options.playbook
            ? decideSteps(options.playbook.settings, { skip: options.playbook.skip, wholeOrg: !options.shard })
            : null;
        grouper.keepConverted = decided?.steps.has('points') ?? false;
        for (const object of SCORE_OBJECTS) {
            const file = `${object}.csv`;
            const result = await readCsvRecords(paths[object], file, REQUIRED_FIELDS[object], add[object]);
            if (object === 'Lead') grouper.flushLeads();
            summary.rowsRead[object] = result.rows;
            noteSkipped(summary, result.skipped);
            options.onProgress?.('read', SCORE_OBJECTS.indexOf(object) + 1, SCORE_OBJECTS.length);
        }
        let playbook: Playbook | undefined;
        if (options.playbook && decided) {
            const segmentRows: SegmentRow[] = [];
            const files = await readPlaybookFiles(options.from, {
                SI_Segment__c: (r) => segmentRows.push(r as unknown as SegmentRow),
                SI_Segment_Membership__c: (r, s) => grouper.addMembership(r, s),
                SI_Points_Ledger__c: (r, s) => grouper.addLedgerRow(r, s)
            });
            Object.assign(summary.rowsRead, files.rows);
            noteSkipped(summary, files.skipped);
            const config = playbookConfig(
                options.playbook.settings,
                decided,
                files.present.has('SI_Segment__c') ? segmentRows : null,
                !options.shard,
                (options.playbook.now?.() ?? new Date()).toISOString()
            );
            if (config.steps.has('points') && !files.present.has('SI_Points_Ledger__c'))
                config.off['points ledger'] =
                    'no SI_Points_Ledger__c.csv in the export: everybody is taken as never given points';
            playbook = new Playbook(config, options.asOf);
        }
        grouper.joinPeople();
        summary.unplaced = Object.fromEntries(grouper.unplaced);

        await scoreAndWrite(grouper, {
            config: options.config,
            asOf: options.asOf,
            work,
            out: options.out,
            summary,
            playbook,
            onProgress: options.onProgress
        });
        return summary;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}
