// Bulk API 2.0 ingest jobs: /services/data/vNN.N/jobs/ingest[/{id}[/batches|successfulResults|failedResults|unprocessedrecords]].
// Create (Open) -> PUT CSV (201) -> PATCH UploadComplete -> polls answer InProgress `ingestPolls` times ->
// the rows are applied to the store and the job is JobComplete (or Failed: unknown column, wrong line ending).
// Update rule from "Valid CSV Record Rows": an empty cell leaves the field unchanged, `#N/A` sets it to null.
import { COLUMN_DELIMITERS, LINE_ENDINGS, parseCsv, toCsv } from './csv';
import { allow, notFound, sfTimestamp, type Ctx } from './http';
import { normalizeId } from './ids';
import { tableOf, type IngestJob, type StandInState } from './state';
import { SfApiError, type FieldInfo, type SfRecord, type SfValue } from './types';
import { formatRowError, fromText, type RowError } from './values';

const OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'] as const;
const invalidJob = (message: string): SfApiError => new SfApiError(400, 'INVALIDJOB', message);
const invalidState = (message: string): SfApiError => new SfApiError(400, 'INVALIDJOBSTATE', message);

export function ingestJobInfo(state: StandInState, job: IngestJob): Record<string, unknown> {
    return {
        id: job.id,
        operation: job.operation,
        object: job.object,
        createdById: state.config.userId,
        createdDate: sfTimestamp(job.createdDate),
        systemModstamp: sfTimestamp(job.systemModstamp),
        state: job.state,
        ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}),
        concurrencyMode: 'Parallel',
        contentType: 'CSV',
        apiVersion: Number(job.apiVersion),
        contentUrl: `services/data/v${job.apiVersion}/jobs/ingest/${job.id}/batches`,
        lineEnding: job.lineEnding,
        columnDelimiter: job.columnDelimiter,
        jobType: 'V2Ingest',
        numberRecordsProcessed: job.numberRecordsProcessed,
        numberRecordsFailed: job.numberRecordsFailed,
        retries: 0,
        totalProcessingTime: 0,
        apiActiveProcessingTime: 0,
        apexProcessingTime: 0,
        ...(job.errorMessage ? { errorMessage: job.errorMessage } : {})
    };
}

function createJob(ctx: Ctx, state: StandInState): void {
    const body = ctx.json<Record<string, unknown>>();
    const operation = body.operation as IngestJob['operation'];
    if (!OPERATIONS.includes(operation)) throw invalidJob(`Invalid operation: ${String(body.operation)}`);
    if (typeof body.object !== 'string') throw invalidJob('The object is required');
    const object = state.schema.resolveObject(body.object);
    if (!object) throw invalidJob(`Unable to find object: ${body.object}`);
    const columnDelimiter = String(body.columnDelimiter ?? 'COMMA');
    const lineEnding = String(body.lineEnding ?? 'LF');
    if (!(columnDelimiter in COLUMN_DELIMITERS)) throw invalidJob(`Invalid columnDelimiter: ${columnDelimiter}`);
    if (!(lineEnding in LINE_ENDINGS)) throw invalidJob(`Invalid lineEnding: ${lineEnding}`);
    if (body.contentType !== undefined && body.contentType !== 'CSV') throw invalidJob('contentType must be CSV');
    let externalIdFieldName: string | undefined;
    if (operation === 'upsert') {
        if (typeof body.externalIdFieldName !== 'string')
            throw invalidJob('externalIdFieldName is required for upsert');
        const info = state.schema.field(object, body.externalIdFieldName);
        if (!info) throw invalidJob(`Invalid external ID field: ${body.externalIdFieldName}`);
        externalIdFieldName = info.name;
    }
    const now = state.config.now();
    const job: IngestJob = {
        id: state.ids.newId('BulkJob'),
        object,
        operation,
        externalIdFieldName,
        apiVersion: ctx.version!,
        columnDelimiter,
        lineEnding,
        state: 'Open',
        createdDate: now,
        systemModstamp: now,
        polls: 0,
        uploads: [],
        rowsUploaded: 0,
        bytesUploaded: 0,
        header: [],
        rows: [],
        numberRecordsProcessed: 0,
        numberRecordsFailed: 0,
        successful: [],
        failed: [],
        unprocessed: [],
        fault: ctx.jobFault
    };
    state.ingestJobs.set(job.id, job);
    ctx.log.jobId = job.id;
    ctx.sendJson(200, ingestJobInfo(state, job));
}

function upload(ctx: Ctx, job: IngestJob): void {
    if (job.state !== 'Open')
        throw invalidState(`Job ${job.id} is ${job.state}: data can only be uploaded to an Open job`);
    const text = ctx.body.toString('utf8');
    const { header, rows } = parseCsv(text, job);
    if (job.uploads.length > 0 && header.join('\u0000') !== job.header.join('\u0000')) {
        throw new SfApiError(400, 'INVALIDBATCH', 'Every upload of a job must have the same header row');
    }
    job.uploads.push(ctx.body);
    job.header = header;
    job.rows.push(...rows);
    job.rowsUploaded += rows.length;
    job.bytesUploaded += ctx.body.length;
    ctx.log.rows = rows.length;
    ctx.send(201, undefined);
}

function failJob(job: IngestJob, message: string): void {
    job.state = 'Failed';
    job.errorMessage = message;
    job.unprocessed = job.rows;
}

function lineEndingProblem(job: IngestJob): boolean {
    return job.uploads.some((buf) => {
        const text = buf.toString('utf8');
        return job.lineEnding === 'LF' ? text.includes('\r\n') : /(^|[^\r])\n/.test(text);
    });
}

interface Outcome {
    id: string;
    created: boolean;
}

/** Applies the uploaded rows to the store (the job's processing step). */
function processJob(state: StandInState, job: IngestJob): void {
    if (job.fault?.type === 'failJob') return failJob(job, job.fault.errorMessage);
    if (job.fault?.type === 'abortJob') {
        job.state = 'Aborted';
        job.unprocessed = job.rows;
        return;
    }
    if (lineEndingProblem(job)) {
        return failJob(
            job,
            `ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is ${job.lineEnding}`
        );
    }
    const fields = state.schema.fields(job.object);
    const columns: FieldInfo[] = [];
    for (const name of job.header) {
        const info = fields.get(name.toLowerCase());
        if (!info) return failJob(job, `InvalidBatch : Field name not found : ${name}`);
        columns.push(info);
    }
    for (const row of job.rows) {
        const result = applyRow(state, job, columns, row);
        if ('error' in result) {
            job.failed.push([result.id ?? '', formatRowError(result.error), ...row]);
        } else {
            job.successful.push([result.id, result.created ? 'true' : 'false', ...row]);
        }
    }
    job.numberRecordsProcessed = job.rows.length;
    job.numberRecordsFailed = job.failed.length;
    const batches = state.limits.DailyBulkApiBatches;
    if (batches && job.rows.length > 0)
        batches.Remaining = Math.max(0, batches.Remaining - Math.ceil(job.rows.length / 10_000));
    job.state = 'JobComplete';
}

type RowResult = Outcome | { id?: string; error: RowError };

const rowError = (errorCode: string, message: string, fields: readonly string[] = [], id?: string): RowResult => ({
    id,
    error: { errorCode, message, fields }
});

function applyRow(state: StandInState, job: IngestJob, columns: FieldInfo[], row: string[]): RowResult {
    const table = tableOf(state, job.object);
    const cell = (name: string): string | undefined => {
        const i = columns.findIndex((c) => c.name === name);
        return i < 0 ? undefined : (row[i] ?? '');
    };
    const rowObject: Record<string, string> = {};
    job.header.forEach((h, i) => (rowObject[h] = row[i] ?? ''));
    const prefix = state.ids.prefixFor(job.object);

    // Which record the row addresses (update, delete, upsert by Id or external id).
    let target: SfRecord | undefined;
    if (
        job.operation === 'update' ||
        job.operation === 'delete' ||
        job.operation === 'hardDelete' ||
        job.externalIdFieldName === 'Id'
    ) {
        const raw = cell('Id') ?? '';
        if (raw === '') {
            if (job.externalIdFieldName !== 'Id')
                return rowError('MISSING_ARGUMENT', `Id not specified in an ${job.operation} call`);
        } else {
            const id = normalizeId(raw);
            if (!id || !id.startsWith(prefix)) {
                return rowError('MALFORMED_ID', `${job.object} ID: id value of incorrect type: ${raw}`, ['Id']);
            }
            target = table.get(id);
            if (!target) return rowError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [], id);
            if (target.IsDeleted === true) return rowError('ENTITY_IS_DELETED', 'entity is deleted', [], id);
        }
    } else if (job.operation === 'upsert') {
        const ext = job.externalIdFieldName!;
        const raw = cell(ext) ?? '';
        if (raw === '') return rowError('MISSING_ARGUMENT', `${ext} not specified`, [ext]);
        const matches = [...table.values()].filter(
            (r) =>
                r.IsDeleted !== true &&
                r[ext] !== null &&
                r[ext] !== undefined &&
                String(r[ext]).toLowerCase() === raw.toLowerCase()
        );
        if (matches.length > 1) {
            return rowError(
                'DUPLICATE_EXTERNAL_ID',
                `${ext}: more than one record found for external id field: [${matches.map((m) => String(m.Id)).join(', ')}]`,
                [ext]
            );
        }
        target = matches[0];
    } else if ((cell('Id') ?? '') !== '') {
        return rowError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']);
    }

    const targetId = target ? String(target.Id) : undefined;
    const key =
        targetId ??
        (job.externalIdFieldName ? `${job.externalIdFieldName}=${cell(job.externalIdFieldName)}` : row.join('\u0000'));
    const fault = state.faults.rowFailure(job.object, rowObject, targetId, key);
    if (fault) return rowError(fault.errorCode, fault.message, fault.fields, targetId);

    if (job.operation === 'delete' || job.operation === 'hardDelete') {
        if (job.operation === 'delete') target!.IsDeleted = true;
        else table.delete(targetId!);
        return { id: targetId!, created: false };
    }

    // Field values: empty = leave unchanged (update) / not set (insert); `#N/A` = null.
    const creating = !target;
    const changes: Record<string, SfValue> = {};
    for (const [i, info] of columns.entries()) {
        const raw = row[i] ?? '';
        if (info.name === 'Id' || raw === '') continue;
        if (creating ? !info.createable : !info.updateable) {
            return rowError(
                'INVALID_FIELD_FOR_INSERT_UPDATE',
                `Unable to create/update fields: ${info.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
                [info.name],
                targetId
            );
        }
        if (raw === '#N/A') {
            changes[info.name] = null;
            continue;
        }
        const converted = fromText(info, raw);
        if (!converted.ok) return { id: targetId, error: converted.error };
        changes[info.name] = converted.value;
    }
    if (target) {
        Object.assign(target, changes);
        return { id: targetId!, created: false };
    }
    const id = state.ids.newId(job.object);
    table.set(id, { Id: id, ...changes });
    return { id, created: true };
}

function poll(ctx: Ctx, state: StandInState, job: IngestJob): void {
    if (ctx.jobFault) job.fault = ctx.jobFault;
    if (job.state !== 'UploadComplete' && job.state !== 'InProgress') return;
    job.polls += 1;
    job.systemModstamp = state.config.now();
    if (job.polls <= state.config.ingestPolls) {
        job.state = 'InProgress';
        return;
    }
    processJob(state, job);
}

function changeState(ctx: Ctx, state: StandInState, job: IngestJob): void {
    const body = ctx.json<{ state?: string }>();
    if (body.state === 'UploadComplete') {
        if (job.state !== 'Open') throw invalidState(`Job ${job.id} is ${job.state}, not Open`);
        job.state = 'UploadComplete';
    } else if (body.state === 'Aborted') {
        if (!['Open', 'UploadComplete', 'InProgress'].includes(job.state)) {
            throw invalidState(`Job ${job.id} is ${job.state} and cannot be aborted`);
        }
        job.state = 'Aborted';
        job.unprocessed = job.rows;
    } else {
        throw invalidState(`Invalid state: ${String(body.state)}`);
    }
    job.systemModstamp = state.config.now();
    ctx.sendJson(200, ingestJobInfo(state, job));
}

function resultCsv(ctx: Ctx, job: IngestJob, kind: string): void {
    if (kind === 'successfulResults')
        return ctx.sendCsv(200, toCsv(['sf__Id', 'sf__Created', ...job.header], job.successful, job));
    if (kind === 'failedResults')
        return ctx.sendCsv(200, toCsv(['sf__Id', 'sf__Error', ...job.header], job.failed, job));
    const pending = ['Open', 'UploadComplete', 'InProgress'].includes(job.state);
    ctx.sendCsv(200, toCsv(job.header, pending ? job.rows : job.unprocessed, job));
}

/** `segments` are the path parts after `jobs/ingest`. */
export function handleIngestJobs(ctx: Ctx, state: StandInState, segments: string[]): void {
    const [id, sub, ...rest] = segments.filter((s, i) => !(i === segments.length - 1 && s === ''));
    if (!id) {
        allow(ctx, 'POST', 'GET');
        if (ctx.method === 'POST') return createJob(ctx, state);
        return ctx.sendJson(200, {
            done: true,
            records: [...state.ingestJobs.values()].map((j) => ingestJobInfo(state, j)),
            nextRecordsUrl: null
        });
    }
    const job = state.ingestJobs.get(id);
    ctx.log.jobId = id;
    if (!job || rest.length > 0) throw notFound();
    if (sub === 'batches') {
        allow(ctx, 'PUT');
        return upload(ctx, job);
    }
    if (sub === 'successfulResults' || sub === 'failedResults' || sub === 'unprocessedrecords') {
        allow(ctx, 'GET');
        return resultCsv(ctx, job, sub);
    }
    if (sub !== undefined) throw notFound();
    allow(ctx, 'GET', 'PATCH', 'DELETE');
    if (ctx.method === 'GET') {
        poll(ctx, state, job);
        return ctx.sendJson(200, ingestJobInfo(state, job));
    }
    if (ctx.method === 'DELETE') {
        state.ingestJobs.delete(id);
        return ctx.noContent();
    }
    changeState(ctx, state, job);
}
