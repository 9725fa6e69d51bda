// The run folder (`runs/<RUN_ID>/`) and its checkpoint.json: what a run has done, saved after every step
// that changes something in the org, so `--resume RUN_ID` goes on from there without writing any row twice.
//   read    -> the query job of each object (a finished job's results are read again, not queried again)
//   scored  -> the update CSVs and summary.json are in the run folder (scoring is not repeated)
//   writes  -> per update file, its ingest jobs: created (Open: aborted and replaced on resume; an Open
//              job is never processed), closed (UploadComplete: only waited for on resume), done
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { RunSummary } from './scoring';

export interface IngestAttempt {
    jobId: string;
    /** The CSV uploaded (the update file, or a file of rows to try again). */
    source: string;
    state: 'created' | 'closed' | 'done';
    succeeded?: number;
    failed?: number;
}

export interface FileWrite {
    file: string;
    object: string;
    operation: 'update' | 'insert';
    /** CSVs still to upload, in order (a lock retry or a failed job's unprocessed rows add one). */
    pending: string[];
    attempts: IngestAttempt[];
    done: boolean;
}

export interface Checkpoint {
    version: 1;
    runId: string;
    /** The alias or username given (empty: the default target-org) and the username it was. */
    targetOrg: string;
    username: string;
    asOf: string;
    shard: string | null;
    where: string | null;
    dryRun: boolean;
    /** Playbook steps skipped (`--skip`); absent in runs before the playbook. */
    skip?: string[];
    startedAt: string;
    runRecordId: string | null;
    queries: Record<string, string>;
    scored: boolean;
    summary: RunSummary | null;
    writes: FileWrite[];
    finished: boolean;
}

export class RunFolder {
    readonly dir: string;

    constructor(
        root: string,
        readonly runId: string
    ) {
        this.dir = join(root, runId);
    }

    /** A new run id: the start time (UTC) and 4 random hex digits, e.g. 20261203T101502Z-3fa9. */
    static newRunId(now: Date): string {
        return `${now
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`;
    }

    path(file: string): string {
        return join(this.dir, file);
    }

    get checkpointPath(): string {
        return this.path('checkpoint.json');
    }

    exists(): boolean {
        return existsSync(this.checkpointPath);
    }

    load(): Checkpoint {
        const checkpoint = JSON.parse(readFileSync(this.checkpointPath, 'utf8')) as Checkpoint;
        if (checkpoint.version !== 1 || checkpoint.runId !== this.runId)
            throw new Error(`${this.checkpointPath} is not a checkpoint of run ${this.runId}`);
        return checkpoint;
    }

    /** Writes the checkpoint atomically (a crash leaves the old one or the new one, never half of one). */
    save(checkpoint: Checkpoint): void {
        mkdirSync(this.dir, { recursive: true });
        const temp = `${this.checkpointPath}.tmp`;
        writeFileSync(temp, `${JSON.stringify(checkpoint, null, 2)}\n`);
        renameSync(temp, this.checkpointPath);
    }
}
