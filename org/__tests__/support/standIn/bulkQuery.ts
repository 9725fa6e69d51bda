// Bulk API 2.0 query jobs: /services/data/vNN.N/jobs/query[/{id}[/results]].
// Create (state UploadComplete) -> polls answer InProgress `queryPolls` times -> JobComplete (the query runs
// then) -> results pages of `maxRecords` rows (default `queryPageSize`), header row on every page, header
// `Sforce-Locator` (the string `null` on the last page) and `Sforce-NumberOfRecords`. Results must be read
// with the API version that created the job (409 otherwise).
import { COLUMN_DELIMITERS, csvCell, LINE_ENDINGS, toCsv } from './csv';
import { allow, notFound, sfTimestamp, type Ctx } from './http';
import { parseSoql } from './soql';
import { bindQuery, runQuery, valueAt } from './soqlEval';
import type { QueryJob, StandInState } from './state';
import { SfApiError } from './types';

const invalidJob = (message: string): SfApiError => new SfApiError(400, 'INVALIDJOB', message);

export function queryJobInfo(state: StandInState, job: QueryJob): Record<string, unknown> {
    return {
        id: job.id,
        operation: job.operation,
        object: job.object,
        createdById: state.config.userId,
        createdDate: sfTimestamp(job.createdDate),
        systemModstamp: sfTimestamp(job.systemModstamp),
        state: job.state,
        concurrencyMode: 'Parallel',
        contentType: 'CSV',
        apiVersion: Number(job.apiVersion),
        jobType: 'V2Query',
        lineEnding: job.lineEnding,
        columnDelimiter: job.columnDelimiter,
        numberRecordsProcessed: job.numberRecordsProcessed,
        retries: 0,
        totalProcessingTime: job.state === 'JobComplete' ? 1 : 0,
        ...(job.errorMessage ? { errorMessage: job.errorMessage } : {})
    };
}

function createJob(ctx: Ctx, state: StandInState): void {
    const body = ctx.json<Record<string, unknown>>();
    const operation = body.operation ?? 'query';
    if (operation !== 'query' && operation !== 'queryAll') throw invalidJob(`Invalid operation: ${String(operation)}`);
    if (typeof body.query !== 'string' || body.query.trim() === '') throw invalidJob('The query is required');
    const columnDelimiter = String(body.columnDelimiter ?? 'COMMA');
    const lineEnding = String(body.lineEnding ?? 'LF');
    if (!(columnDelimiter in COLUMN_DELIMITERS)) throw invalidJob(`Invalid columnDelimiter: ${columnDelimiter}`);
    if (!(lineEnding in LINE_ENDINGS)) throw invalidJob(`Invalid lineEnding: ${lineEnding}`);
    if (body.contentType !== undefined && body.contentType !== 'CSV') throw invalidJob('contentType must be CSV');
    const parsed = parseSoql(body.query, state.config.now());
    if (parsed.offset !== undefined)
        throw new SfApiError(400, 'MALFORMED_QUERY', 'OFFSET is not supported in Bulk API queries');
    const bound = bindQuery(parsed, state.schema, state.lookup);
    const limit = state.limits.DailyBulkV2QueryJobs;
    if (limit) limit.Remaining = Math.max(0, limit.Remaining - 1);
    const now = state.config.now();
    const job: QueryJob = {
        id: state.ids.newId('BulkJob'),
        operation,
        object: bound.object,
        query: body.query,
        fields: bound.fields,
        apiVersion: ctx.version!,
        columnDelimiter,
        lineEnding,
        state: 'UploadComplete',
        createdDate: now,
        systemModstamp: now,
        polls: 0,
        header: bound.fields.map((f) => f.text),
        numberRecordsProcessed: 0,
        fault: ctx.jobFault,
        run: () =>
            runQuery(bound, state.schema, operation === 'queryAll').map((record) =>
                bound.fields.map((f) => csvCell(valueAt(record, f, state.lookup, state.schema)))
            )
    };
    state.queryJobs.set(job.id, job);
    ctx.log.jobId = job.id;
    const info = queryJobInfo(state, job);
    delete info.numberRecordsProcessed;
    delete info.retries;
    delete info.totalProcessingTime;
    delete info.jobType;
    ctx.sendJson(200, info);
}

/** One job-info poll: UploadComplete/InProgress move on; the query runs when the job completes. */
function poll(ctx: Ctx, state: StandInState, job: QueryJob): void {
    if (ctx.jobFault) job.fault = ctx.jobFault;
    if (job.state !== 'UploadComplete' && job.state !== 'InProgress') return;
    job.polls += 1;
    job.systemModstamp = state.config.now();
    if (job.polls <= state.config.queryPolls) {
        job.state = 'InProgress';
        return;
    }
    if (job.fault?.type === 'failJob') {
        job.state = 'Failed';
        job.errorMessage = job.fault.errorMessage;
    } else if (job.fault?.type === 'abortJob') {
        job.state = 'Aborted';
    } else {
        job.rows = job.run();
        job.numberRecordsProcessed = job.rows.length;
        job.state = 'JobComplete';
    }
}

function decodeLocator(locator: string): number {
    const offset = Number(Buffer.from(locator, 'base64').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 0 || encodeLocator(offset) !== locator) {
        throw new SfApiError(400, 'INVALIDLOCATOR', `Invalid locator: ${locator}`);
    }
    return offset;
}

/** Locators are opaque base64 strings (`MTAwMDA` = offset 10000, as in Salesforce's example). */
function encodeLocator(offset: number): string {
    return Buffer.from(String(offset), 'utf8').toString('base64').replace(/=+$/, '');
}

function results(ctx: Ctx, state: StandInState, job: QueryJob): void {
    if (ctx.version !== job.apiVersion) {
        throw new SfApiError(
            409,
            'INVALIDVERSION',
            `Query job ${job.id} was created with API version ${job.apiVersion}; get its results with the same version (this request used ${ctx.version}).`
        );
    }
    if (job.state !== 'JobComplete' || !job.rows) {
        const status = job.state.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
        throw new SfApiError(
            state.config.resultsNotReadyStatus,
            'JOB_NOT_COMPLETE',
            `can only download query results of successfully completed bulk job with status: JOB_COMPLETE. Current status: ${status}`
        );
    }
    const maxRecordsText = ctx.query.get('maxRecords');
    const maxRecords = maxRecordsText === null ? state.config.queryPageSize : Number(maxRecordsText);
    if (!Number.isInteger(maxRecords) || maxRecords <= 0) {
        throw new SfApiError(400, 'INVALIDPARAMETER', `maxRecords must be a positive integer: ${maxRecordsText}`);
    }
    const locator = ctx.query.get('locator');
    const offset = locator === null || locator === '' ? 0 : decodeLocator(locator);
    const page = job.rows.slice(offset, offset + maxRecords);
    const next = offset + maxRecords < job.rows.length ? encodeLocator(offset + maxRecords) : 'null';
    ctx.sendCsv(200, toCsv(job.header, page, job), {
        'Sforce-Locator': next,
        'Sforce-NumberOfRecords': String(page.length)
    });
}

/** `segments` are the path parts after `jobs/query`. */
export function handleQueryJobs(ctx: Ctx, state: StandInState, segments: string[]): void {
    const [id, sub, ...rest] = segments;
    if (!id) {
        allow(ctx, 'POST', 'GET');
        if (ctx.method === 'POST') return createJob(ctx, state);
        return ctx.sendJson(200, {
            done: true,
            records: [...state.queryJobs.values()].map((j) => queryJobInfo(state, j)),
            nextRecordsUrl: null
        });
    }
    const job = state.queryJobs.get(id);
    ctx.log.jobId = id;
    if (!job || rest.length > 0) throw notFound();
    if (sub === 'results') {
        allow(ctx, 'GET');
        return results(ctx, state, job);
    }
    if (sub !== undefined) throw notFound();
    allow(ctx, 'GET', 'PATCH', 'DELETE');
    if (ctx.method === 'GET') {
        poll(ctx, state, job);
        return ctx.sendJson(200, queryJobInfo(state, job));
    }
    if (ctx.method === 'DELETE') {
        state.queryJobs.delete(id);
        return ctx.noContent();
    }
    const body = ctx.json<{ state?: string }>();
    if (body.state !== 'Aborted') throw new SfApiError(400, 'INVALIDJOBSTATE', `Invalid state: ${String(body.state)}`);
    if (job.state !== 'UploadComplete' && job.state !== 'InProgress') {
        throw new SfApiError(400, 'INVALIDJOBSTATE', `Job ${id} is ${job.state} and cannot be aborted`);
    }
    job.state = 'Aborted';
    job.systemModstamp = state.config.now();
    ctx.sendJson(200, queryJobInfo(state, job));
}
