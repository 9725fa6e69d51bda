// Writes one update file into the org through Bulk API 2.0 ingest, following the run's checkpoint so a
// resumed run never uploads a row twice. Rows that fail with UNABLE_TO_LOCK_ROW are tried again, after the
// job has finished, in a job of their own (at most LOCK_RETRIES times, one job at a time); a Failed or
// Aborted job's unprocessed rows wait for `--resume`. Every other failure goes to failed-<file> in the run
// folder, in Salesforce's own failedResults format (sf__Id, sf__Error, then the uploaded columns).
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Connection } from '@salesforce/core';
import {
    abortIngestJob,
    closeIngestJob,
    createIngestJob,
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
                write.done = true;
                mergeFailures(folder, write);
                save();
                break;
            }
            const job = await createIngestJob(conn, write.object, write.operation);
            options.fresh.add(job.id);
            attempt = { jobId: job.id, source, state: 'created' };
            write.attempts.push(attempt);
            write.pending.shift();
            save();
        }
        if (attempt.state === 'created') {
            if (!options.fresh.has(attempt.jobId)) {
                // Created by the run that stopped: its upload may be partial. An Open job is never processed,
                // so abort it and upload the whole file to a new job.
                await abortIngestJob(conn, attempt.jobId).catch(() => undefined);
                const job = await createIngestJob(conn, write.object, write.operation);
                options.fresh.add(job.id);
                attempt.jobId = job.id;
                save();
            }
            await uploadIngestData(conn, attempt.jobId, folder.path(attempt.source), { sleep: options.sleep });
            await closeIngestJob(conn, attempt.jobId);
            attempt.state = 'closed';
            save();
        }
        if (attempt.state === 'closed') {
            const info = await waitForIngestJob(conn, attempt.jobId, options);
            const index = write.attempts.length;
            const retryFile = `retry-${index}-${write.file}`;
            const failuresFile = `failures-${index}-${write.file}`;
            let columns: string[] = [];
            const retry: string[] = [];
            const failures: string[] = [];
            const lockRetry = index <= LOCK_RETRIES;
            let failed = 0;
            await readIngestResults(
                conn,
                attempt.jobId,
                'failedResults',
                (header) => {
                    columns = header.slice(2);
                    failures.push(csvLine(header));
                },
                (row) => {
                    if (lockRetry && errorCode(row[1] ?? '') === LOCK_ERROR) retry.push(csvLine(row.slice(2)));
                    else {
                        failures.push(csvLine(row));
                        failed++;
                    }
                }
            );
            if (info.state !== 'JobComplete')
                await readIngestResults(
                    conn,
                    attempt.jobId,
                    'unprocessedrecords',
                    (header) => {
                        columns = header;
                    },
                    (row) => retry.push(csvLine(row))
                );
            atomicWrite(folder.path(failuresFile), failed > 0 ? failures.join('') : '');
            if (retry.length > 0) {
                atomicWrite(folder.path(retryFile), csvLine(columns) + retry.join(''));
                write.pending.push(retryFile);
            }
            attempt.state = 'done';
            attempt.failed = failed;
            attempt.succeeded = Math.max(0, (info.numberRecordsProcessed ?? 0) - (info.numberRecordsFailed ?? 0));
            save();
            if (info.state === 'Failed')
                throw new SalesforceError(
                    'JobFailed',
                    `ingest job ${attempt.jobId} (${write.object}, ${write.file}) failed: ${info.errorMessage ?? 'no message'}; ${retry.length} rows were not processed`
                );
            if (info.state === 'Aborted')
                throw new SalesforceError(
                    'JobAborted',
                    `ingest job ${attempt.jobId} (${write.object}, ${write.file}) was aborted; ${retry.length} rows were not processed`
                );
        }
    }
    return resultOf(folder, write);
}

function atomicWrite(path: string, text: string): void {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
}

/** failed-<file>: every attempt's lasting failures under one header. */
function mergeFailures(folder: RunFolder, write: FileWrite): void {
    const target = folder.path(`failed-${write.file}`);
    let header = false;
    rmSync(`${target}.tmp`, { force: true });
    for (let i = 1; i <= write.attempts.length; i++) {
        const path = folder.path(`failures-${i}-${write.file}`);
        if (!existsSync(path)) continue;
        const text = readFileSync(path, 'utf8');
        if (text) {
            const firstLine = text.indexOf('\n') + 1;
            appendFileSync(`${target}.tmp`, header ? text.slice(firstLine) : text);
            header = true;
        }
        rmSync(path);
    }
    if (header) renameSync(`${target}.tmp`, target);
}

function resultOf(folder: RunFolder, write: FileWrite): WriteResult {
    const failedFile = `failed-${write.file}`;
    const errors: Record<string, number> = {};
    const path = folder.path(failedFile);
    const present = existsSync(path);
    if (present) {
        const rows = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data.slice(1);
        for (const row of rows) {
            const code = errorCode(row[1] ?? '');
            errors[code] = (errors[code] ?? 0) + 1;
        }
    }
    return {
        file: write.file,
        object: write.object,
        succeeded: write.attempts.reduce((n, a) => n + (a.succeeded ?? 0), 0),
        failed: write.attempts.reduce((n, a) => n + (a.failed ?? 0), 0),
        failedFile: present ? failedFile : null,
        errors
    };
}
