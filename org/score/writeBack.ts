// Writes one update file into the org through Bulk API 2.0 ingest, following the run's checkpoint so a
// resumed run never uploads a row twice. Rows that fail with UNABLE_TO_LOCK_ROW are tried again, after the
// job has finished, in a job of their own (at most LOCK_RETRIES times, one job at a time); a Failed or
// Aborted job's unprocessed rows wait for `--resume`. Every other failure goes to failed-<file> in the run
// folder, in Salesforce's own failedResults format (sf__Id, sf__Error, then the uploaded columns).
import {
    appendFileSync,
    closeSync,
    createReadStream,
    existsSync,
    openSync,
    readSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import Papa from 'papaparse';
import type { Connection } from '@salesforce/core';
import {
    abortIngestJob,
    closeIngestJob,
    createIngestJob,
    getIngestJob,
    readIngestResults,
    uploadIngestData,
    waitForIngestJob
} from '../salesforce/bulkIngest';
import type { WaitOptions } from '../salesforce/bulkQuery';
import { SalesforceError } from '../salesforce/errors';
import type { Checkpoint, FileWrite, RunFolder } from './checkpoint';

export const LOCK_ERROR = 'UNABLE_TO_LOCK_ROW';
/** Jobs of lock-failed rows after the first job of a file. */
export const LOCK_RETRIES = 2;

export interface WriteResult {
    file: string;
    object: string;
    succeeded: number;
    failed: number;
    /** failed-<file> in the run folder, when some rows failed for good. */
    failedFile: string | null;
    /** Failures by error code (`UNABLE_TO_LOCK_ROW`, `FIELD_CUSTOM_VALIDATION_EXCEPTION`...). */
    errors: Record<string, number>;
}

function csvLine(cells: readonly string[]): string {
    return `${Papa.unparse([cells as string[]], { newline: '\n' })}\n`;
}

/** The error code at the start of an sf__Error cell (`UNABLE_TO_LOCK_ROW:unable to obtain...`). */
export function errorCode(message: string): string {
    const m = /^([A-Z_]+)\b/.exec(message);
    return m ? (m[1] as string) : 'UNKNOWN';
}

/** Writes `file` (a file in the run folder) with the jobs its FileWrite records; saves after each step. */
export async function writeFile(
    conn: Connection,
    folder: RunFolder,
    checkpoint: Checkpoint,
    write: FileWrite,
    options: WaitOptions & { fresh: Set<string> }
): Promise<WriteResult> {
    const save = (): void => folder.save(checkpoint);
    while (!write.done) {
        let attempt = write.attempts.at(-1);
        if (!attempt || attempt.state === 'done') {
            const source = write.pending[0];
            if (source === undefined) {
                mergeFailures(folder, write);
                write.done = true;
                save();
                removeFailureParts(folder, write);
                break;
            }
            const job = await createIngestJob(conn, write.object, write.operation);
            options.fresh.add(job.id);
            attempt = { jobId: job.id, source, state: 'created' };
            write.attempts.push(attempt);
            write.pending.shift();
            save();
        }
        if (attempt.state === 'created' && !options.fresh.has(attempt.jobId)) {
            // Created by the run that stopped. Open: its upload may be partial, and an Open job is never
            // processed, so it is aborted and the file goes to a new job. Closed before the stop (the
            // checkpoint was not saved in time): only waited for. Aborted or Failed with nothing processed:
            // the file is queued again.
            const job = await getIngestJob(conn, attempt.jobId);
            if (job.state === 'Open') {
                await abortIngestJob(conn, attempt.jobId);
                const replacement = await createIngestJob(conn, write.object, write.operation);
                options.fresh.add(replacement.id);
                attempt.jobId = replacement.id;
                save();
            } else if ((job.state === 'Aborted' || job.state === 'Failed') && !job.numberRecordsProcessed) {
                attempt.state = 'done';
                attempt.succeeded = 0;
                attempt.failed = 0;
                write.pending.unshift(attempt.source);
                save();
                continue;
            } else {
                attempt.state = 'closed';
                save();
            }
        }
        if (attempt.state === 'created') {
            // One upload per job, never repeated: if it fails the run stops, and on --resume the job is
            // still Open and is replaced.
            await uploadIngestData(conn, attempt.jobId, folder.path(attempt.source), { retries: 0 });
            await closeIngestJob(conn, attempt.jobId);
            attempt.state = 'closed';
            save();
        }
        if (attempt.state === 'closed') {
            const info = await waitForIngestJob(conn, attempt.jobId, options);
            const index = write.attempts.length;
            const retryFile = `retry-${index}-${write.file}`;
            const failuresFile = `failures-${index}-${write.file}`;
            const failures = new LineFile(folder.path(failuresFile));
            const retry = new LineFile(folder.path(retryFile));
            const lockRetry = index <= LOCK_RETRIES;
            let failed = 0;
            let retried = 0;
            await readIngestResults(
                conn,
                attempt.jobId,
                'failedResults',
                (header) => {
                    failures.add(csvLine(header));
                    retry.add(csvLine(header.slice(2)));
                },
                (row) => {
                    if (lockRetry && errorCode(row[1] ?? '') === LOCK_ERROR) {
                        retry.add(csvLine(row.slice(2)));
                        retried++;
                    } else {
                        failures.add(csvLine(row));
                        failed++;
                    }
                }
            );
            if (info.state !== 'JobComplete') {
                let header = retried > 0;
                await readIngestResults(
                    conn,
                    attempt.jobId,
                    'unprocessedrecords',
                    (columns) => {
                        if (!header) retry.reset(csvLine(columns));
                        header = true;
                    },
                    (row) => {
                        retry.add(csvLine(row));
                        retried++;
                    }
                );
            }
            failures.finish(failed > 0);
            retry.finish(retried > 0);
            if (retried > 0) write.pending.push(retryFile);
            const retryCount = retried;
            attempt.state = 'done';
            attempt.failed = failed;
            attempt.succeeded = Math.max(0, (info.numberRecordsProcessed ?? 0) - (info.numberRecordsFailed ?? 0));
            save();
            if (info.state === 'Failed')
                throw new SalesforceError(
                    'JobFailed',
                    `ingest job ${attempt.jobId} (${write.object}, ${write.file}) failed: ${info.errorMessage ?? 'no message'}; ${retryCount} rows were not processed`
                );
            if (info.state === 'Aborted')
                throw new SalesforceError(
                    'JobAborted',
                    `ingest job ${attempt.jobId} (${write.object}, ${write.file}) was aborted; ${retryCount} rows were not processed`
                );
        }
    }
    return await resultOf(folder, write);
}

/** Lines written to `<path>.tmp` in chunks, renamed to `path` when finished (a crash leaves no half file). */
class LineFile {
    private lines: string[] = [];
    private started = false;

    constructor(private readonly path: string) {}

    add(line: string): void {
        this.lines.push(line);
        if (this.lines.length >= 1000) this.flush();
    }

    /** Starts again with this one line (before anything else was kept). */
    reset(line: string): void {
        this.lines = [line];
        this.started = false;
        rmSync(`${this.path}.tmp`, { force: true });
    }

    private flush(): void {
        if (!this.started) writeFileSync(`${this.path}.tmp`, '');
        this.started = true;
        if (this.lines.length > 0) appendFileSync(`${this.path}.tmp`, this.lines.join(''));
        this.lines = [];
    }

    /** Keeps the file (`keep`) or drops it. */
    finish(keep: boolean): void {
        if (keep) {
            this.flush();
            renameSync(`${this.path}.tmp`, this.path);
        } else {
            this.lines = [];
            rmSync(`${this.path}.tmp`, { force: true });
            rmSync(this.path, { force: true });
        }
    }
}

/** failed-<file>: every attempt's lasting failures under one header (the parts stay until the save). */
function mergeFailures(folder: RunFolder, write: FileWrite): void {
    const target = folder.path(`failed-${write.file}`);
    rmSync(`${target}.tmp`, { force: true });
    let header = false;
    for (let i = 1; i <= write.attempts.length; i++) {
        const path = folder.path(`failures-${i}-${write.file}`);
        if (!existsSync(path)) continue;
        const fd = openSync(path, 'r');
        const chunk = Buffer.alloc(1024 * 1024);
        let first = true;
        for (;;) {
            const n = readSync(fd, chunk, 0, chunk.length, null);
            if (n === 0) break;
            let part = chunk.subarray(0, n);
            if (first && header) part = part.subarray(part.indexOf(10) + 1);
            first = false;
            appendFileSync(`${target}.tmp`, part);
        }
        closeSync(fd);
        header = true;
    }
    if (header) renameSync(`${target}.tmp`, target);
}

function removeFailureParts(folder: RunFolder, write: FileWrite): void {
    for (let i = 1; i <= write.attempts.length; i++)
        rmSync(folder.path(`failures-${i}-${write.file}`), { force: true });
}

async function resultOf(folder: RunFolder, write: FileWrite): Promise<WriteResult> {
    const failedFile = `failed-${write.file}`;
    const errors: Record<string, number> = {};
    const path = folder.path(failedFile);
    const present = existsSync(path);
    if (present)
        await new Promise<void>((resolve, reject) => {
            let header = true;
            Papa.parse<string[]>(createReadStream(path), {
                skipEmptyLines: true,
                step: (result) => {
                    if (header) header = false;
                    else {
                        const code = errorCode(result.data[1] ?? '');
                        errors[code] = (errors[code] ?? 0) + 1;
                    }
                },
                complete: () => resolve(),
                error: reject
            });
        });
    return {
        file: write.file,
        object: write.object,
        succeeded: write.attempts.reduce((n, a) => n + (a.succeeded ?? 0), 0),
        failed: write.attempts.reduce((n, a) => n + (a.failed ?? 0), 0),
        failedFile: present ? failedFile : null,
        errors
    };
}
