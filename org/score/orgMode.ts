// The org mode of `npm run score`: reads the org through Bulk API 2.0 query jobs (one per object, all
// started at once, each read page by page into the account buckets on disk), scores every account with the
// org's own custom metadata configuration, and writes back only what changed through Bulk API 2.0 ingest,
// with a scoring-run record and score history rows. Every step is checkpointed in runs/<RUN_ID>/.
import { mkdirSync, rmSync } from 'node:fs';
import type { Connection } from '@salesforce/core';
import {
    configFromMetadata,
    type ConfigMetadata,
    type EngineConfig
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import {
    createQueryJob,
    queryPages,
    waitForQueryJob,
    type QueryJobInfo,
    type WaitOptions
} from '../salesforce/bulkQuery';
import { connectOrg } from '../salesforce/connection';
import { errorCodeOf, SalesforceError } from '../salesforce/errors';
import { describeObject, upsertRecord, type DescribedObject } from '../salesforce/rest';
import { queryMetadataRecords } from '../config/orgMetadata';
import { RunFolder, type Checkpoint, type FileWrite } from './checkpoint';
import { RowConverter, type CsvRecord } from './csvSource';
import { PLAYBOOK_OBJECTS, REQUIRED_FIELDS, SCORE_OBJECTS, type PlaybookObject, type ScoreObject } from './fields';
import { BUCKET_BYTES } from './fileMode';
import { AccountGrouper, rowAdders, type Shard } from './group';
import { Playbook, type PlaybookStep } from './playbook';
import { decideSteps, playbookConfig, playbookSettingsFromOrg } from './playbookConfig';
import { planPlaybookQuery, planQueries, scopeQuery } from './queryPlan';
import { fileStem, newSummary, noteSkipped, RUN_FILES, scoreAndWrite, type RunSummary } from './scoring';
import type { SegmentRow } from '../segments/membership';
import { writeFile, type WriteResult } from './writeBack';

export interface OrgRunOptions {
    /** Alias or username of an org the sf CLI knows; empty: the default target-org. */
    targetOrg: string;
    asOf: string;
    where: string | null;
    shard: Shard | null;
    dryRun: boolean;
    /** Playbook steps not to run. */
    skip?: readonly PlaybookStep[];
    /** Run id to resume, or null for a new run. */
    resume: string | null;
    /** Folder of the run folders (default `runs`). */
    runsDir: string;
    /** Rows per results page (Bulk API `maxRecords`, default PAGE_RECORDS). */
    maxRecords?: number;
    wait?: WaitOptions;
    now?: () => Date;
    onProgress?: (phase: string, done: number, total: number) => void;
}

/** A run that stopped part way: its checkpoint is saved, `--resume runId` goes on from there. */
export class RunStoppedError extends Error {
    constructor(
        readonly runId: string,
        readonly folder: string,
        override readonly cause: Error
    ) {
        super(cause.message);
        this.name = 'RunStoppedError';
    }
}

export type RunStatus = 'Completed' | 'Completed With Failures' | 'Failed' | 'Dry Run';

export interface OrgRunResult {
    runId: string;
    folder: string;
    status: RunStatus;
    summary: RunSummary;
    writes: WriteResult[];
    /** Allow-listed fields the user cannot read, left out of the queries ("Contact.Title"). */
    leftOut: string[];
}

const CONFIG_TYPES = {
    personas: 'SI_Persona__mdt',
    criteria: 'SI_Profile_Criterion__mdt',
    settings: 'SI_Model_Setting__mdt'
} as const;

/** The engine configuration from the org's custom metadata records (fields from their describe). */
export async function orgConfig(conn: Connection): Promise<EngineConfig> {
    const records: Partial<ConfigMetadata> = {};
    for (const [kind, type] of Object.entries(CONFIG_TYPES) as [keyof ConfigMetadata, string][])
        (records as Record<string, unknown>)[kind] = await queryMetadataRecords(conn, type);
    return configFromMetadata(records);
}

const ROW_BYTES_PER_FIELD = 14;
/** Rows per Bulk API results page: bounds what one page holds in memory (1,000,000 Tasks: 40 pages). */
export const PAGE_RECORDS = 25_000;

/** Starts (or, on resume, finds again) the query job of every object, then waits for them all. */
async function queryJobs(
    conn: Connection,
    checkpoint: Checkpoint,
    folder: RunFolder,
    soqls: [string, string][],
    wait: WaitOptions
): Promise<Map<string, QueryJobInfo>> {
    const jobs = new Map<string, QueryJobInfo>();
    for (const [key, soql] of soqls) {
        const known = checkpoint.queries[key];
        if (known) {
            const info = await conn
                .request<QueryJobInfo>({ method: 'GET', url: `/jobs/query/${known}` })
                .catch((e: unknown) => {
                    // Gone (results are kept 7 days): query again. Any other error stops the run.
                    if (errorCodeOf(e) === 'NOT_FOUND') return null;
                    throw e;
                });
            if (info && info.state !== 'Failed' && info.state !== 'Aborted') {
                jobs.set(key, info);
                continue;
            }
        }
        const info = await createQueryJob(conn, soql);
        checkpoint.queries[key] = info.id;
        folder.save(checkpoint);
        jobs.set(key, info);
    }
    for (const [key, info] of jobs) jobs.set(key, await waitForQueryJob(conn, info.id, wait));
    return jobs;
}

function newCheckpoint(runId: string, options: OrgRunOptions, username: string, now: Date): Checkpoint {
    return {
        version: 1,
        runId,
        targetOrg: options.targetOrg,
        username,
        asOf: options.asOf,
        shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
        where: options.where,
        dryRun: options.dryRun,
        skip: [...(options.skip ?? [])],
        startedAt: now.toISOString(),
        runRecordId: null,
        queries: {},
        scored: false,
        summary: null,
        writes: [],
        finished: false
    };
}

/** Reads, scores and writes; throws SalesforceError (with the run id in the checkpoint) when a step fails. */
export async function scoreOrg(options: OrgRunOptions): Promise<OrgRunResult> {
    const now = options.now ?? (() => new Date());
    const wait = options.wait ?? {};
    const maxRecords = options.maxRecords ?? PAGE_RECORDS;
    let folder: RunFolder;
    let checkpoint: Checkpoint | null = null;
    if (options.resume) {
        folder = new RunFolder(options.runsDir, options.resume);
        if (!folder.exists())
            throw new SalesforceError(
                'InvalidQuery',
                `no run ${options.resume} in ${options.runsDir} (no checkpoint.json)`
            );
        checkpoint = folder.load();
    } else folder = new RunFolder(options.runsDir, RunFolder.newRunId(now()));
    const conn = await connectOrg(checkpoint ? checkpoint.targetOrg : options.targetOrg);
    const username = conn.getUsername() ?? options.targetOrg;
    if (checkpoint && checkpoint.username !== username)
        throw new SalesforceError(
            'UnknownOrg',
            `run ${checkpoint.runId} was a run on ${checkpoint.username}, not ${username}`
        );
    checkpoint ??= newCheckpoint(folder.runId, options, username, now());
    const cp = checkpoint;
    mkdirSync(folder.dir, { recursive: true });
    folder.save(cp);
    const asOf = cp.asOf;
    const shard: Shard | null = cp.shard
        ? { index: Number(cp.shard.split('/')[0]), count: Number(cp.shard.split('/')[1]) }
        : null;
    const leftOut: string[] = [];
    const runRecord = async (fields: Record<string, unknown>): Promise<void> => {
        if (cp.dryRun) return;
        cp.runRecordId = await upsertRecord(conn, 'SI_Scoring_Run__c', 'Run_Id__c', cp.runId, fields);
        folder.save(cp);
    };
    try {
        if (!cp.runRecordId)
            await runRecord({
                Status__c: 'Running',
                Started_At__c: cp.startedAt,
                As_Of__c: asOf,
                Dry_Run__c: false,
                Shard__c: cp.shard,
                Filter__c: cp.where
            });
        if (!cp.scored) {
            const config = await orgConfig(conn);
            const describes = new Map<string, DescribedObject>();
            for (const object of SCORE_OBJECTS) describes.set(object, await describeObject(conn, object));
            // The playbook's objects are optional: one the user cannot see turns its step off (said in the summary).
            for (const object of [...PLAYBOOK_OBJECTS, 'SI_Qualification_Change__e']) {
                const described = await describeObject(conn, object).catch((e: unknown) => {
                    if (e instanceof SalesforceError && e.code === 'MissingField') return null;
                    throw e;
                });
                if (described) describes.set(object, described);
            }
            const settings = await playbookSettingsFromOrg(conn);
            const wholeOrg = !cp.shard && !cp.where;
            const decided = decideSteps(settings, {
                skip: (cp.skip ?? []) as PlaybookStep[],
                wholeOrg,
                describes,
                writing: !cp.dryRun
            });
            const extra: Partial<Record<ScoreObject, string[]>> = {
                Account: settings.readinessItems.map((i) => i.field),
                Lead: settings.rules.Lead?.statusField ? [settings.rules.Lead.statusField] : [],
                Contact: settings.rules.Contact?.statusField ? [settings.rules.Contact.statusField] : []
            };
            const plans = planQueries(describes, config, !cp.dryRun, asOf, extra);
            for (const plan of plans) leftOut.push(...plan.leftOut.map((f) => `${plan.object}.${f}`));
            const playbookObjects: PlaybookObject[] = [];
            if (decided.steps.has('segments')) playbookObjects.push('SI_Segment__c', 'SI_Segment_Membership__c');
            if (decided.steps.has('points')) playbookObjects.push('SI_Points_Ledger__c');
            const playbookPlans = playbookObjects.map((o) => planPlaybookQuery(o, describes.get(o)!));
            const soqls: [string, string][] = [...plans, ...playbookPlans].map((p) => [p.object, p.soql]);
            if (cp.where) soqls.unshift(['scope', scopeQuery(cp.where)]);
            const jobs = await queryJobs(conn, cp, folder, soqls, wait);
            let scope: Set<string> | null = null;
            if (cp.where) {
                scope = new Set();
                for await (const page of queryPages(conn, jobs.get('scope')!.id, null, { maxRecords }))
                    for (const row of page.rows) if (row[0]) scope.add(row[0]);
            }
            const bytes = plans.reduce(
                (n, p) =>
                    n +
                    (jobs.get(p.object)?.numberRecordsProcessed ?? 0) * p.soql.split(',').length * ROW_BYTES_PER_FIELD,
                0
            );
            const work = folder.path('work');
            rmSync(work, { recursive: true, force: true });
            const grouper = new AccountGrouper(work, Math.max(4, Math.ceil(bytes / BUCKET_BYTES)), shard, scope);
            const summary = newSummary(asOf, shard);
            grouper.keepConverted = decided.steps.has('points');
            const segmentRows: SegmentRow[] = [];
            const add: Record<string, (record: CsvRecord, seq: number) => void> = {
                ...rowAdders(grouper),
                SI_Segment__c: (r) => segmentRows.push(r as unknown as SegmentRow),
                SI_Segment_Membership__c: (r, seq) => grouper.addMembership(r, seq),
                SI_Points_Ledger__c: (r, seq) => grouper.addLedgerRow(r, seq)
            };
            const reads = [...plans, ...playbookPlans];
            const totalRows = reads.reduce((n, p) => n + (jobs.get(p.object)?.numberRecordsProcessed ?? 0), 0);
            let readSoFar = 0;
            for (const plan of reads) {
                const job = jobs.get(plan.object)!;
                const label = `${plan.object} (Bulk query job ${job.id})`;
                let converter: RowConverter | null = null;
                let line = 1;
                let rows = 0;
                const skipped = [];
                for await (const page of queryPages(conn, job.id, null, { maxRecords })) {
                    if (!converter) {
                        // Every page repeats the same header: read it once.
                        converter = new RowConverter(page.header, label, plan.types);
                        const missing = converter.missing(REQUIRED_FIELDS[plan.object as ScoreObject] ?? ['Id']);
                        if (missing.length > 0)
                            throw new SalesforceError(
                                'MissingField',
                                `${label}: the results have no ${missing.join(', ')} column`
                            );
                    }
                    for (const cells of page.rows) {
                        line++;
                        const record = converter.convert(cells, line);
                        if (!record) {
                            if (converter.problem) skipped.push(converter.problem);
                            continue;
                        }
                        rows++;
                        add[plan.object]?.(record, line);
                    }
                    readSoFar += page.rows.length;
                    options.onProgress?.('read', readSoFar, totalRows);
                }
                if (plan.object === 'Lead') grouper.flushLeads();
                summary.rowsRead[plan.object] = rows;
                noteSkipped(summary, skipped);
            }
            grouper.joinPeople();
            summary.unplaced = Object.fromEntries(grouper.unplaced);
            const playbook = new Playbook(
                playbookConfig(settings, decided, segmentRows, wholeOrg, now().toISOString()),
                asOf
            );
            await scoreAndWrite(grouper, {
                playbook,
                config,
                asOf,
                work,
                out: folder.dir,
                summary,
                history: cp.runRecordId ? { Scoring_Run__c: cp.runRecordId } : undefined,
                onProgress: options.onProgress
            });
            rmSync(work, { recursive: true, force: true });
            cp.summary = summary;
            const spec = (file: string): (typeof RUN_FILES)[string] => {
                const found = RUN_FILES[fileStem(file)];
                if (!found) throw new Error(`no write is defined for ${file}`);
                return found;
            };
            cp.writes = summary.files
                .map(
                    (f) =>
                        ({
                            file: f.file,
                            object: spec(f.file).object,
                            operation: spec(f.file).operation,
                            pending: [f.file],
                            attempts: [],
                            done: false
                        }) satisfies FileWrite
                )
                // Stable: parts of one file keep their order.
                .sort((a, b) => spec(a.file).order - spec(b.file).order);
            cp.scored = true;
            folder.save(cp);
        }
        const summary = cp.summary as RunSummary;
        if (cp.dryRun) {
            cp.finished = true;
            folder.save(cp);
            return { runId: cp.runId, folder: folder.dir, status: 'Dry Run', summary, writes: [], leftOut };
        }
        const writes: WriteResult[] = [];
        const fresh = new Set<string>();
        for (const [i, write] of cp.writes.entries()) {
            writes.push(await writeFile(conn, folder, cp, write, { ...wait, fresh }));
            options.onProgress?.('write', i + 1, cp.writes.length);
        }
        const failed = writes.reduce((n, w) => n + w.failed, 0);
        const status: RunStatus = failed > 0 ? 'Completed With Failures' : 'Completed';
        await runRecord({
            Status__c: status,
            Finished_At__c: now().toISOString(),
            Accounts_Scored__c: summary.accountsScored,
            Records_Updated__c: writes
                .filter((w) => ['Account', 'Contact', 'Lead'].includes(w.object))
                .reduce((n, w) => n + w.succeeded, 0),
            Records_Failed__c: failed,
            Records_Skipped__c: summary.skippedRows,
            Message__c: failed > 0 ? `${failed} records failed: see failed-*.csv in runs/${cp.runId}` : null
        });
        cp.finished = true;
        folder.save(cp);
        return { runId: cp.runId, folder: folder.dir, status, summary, writes, leftOut };
    } catch (e) {
        if (cp.runRecordId)
            await runRecord({
                Status__c: 'Failed',
                Finished_At__c: now().toISOString(),
                Message__c: `${(e as Error).message}`.slice(0, 2000)
            }).catch(() => undefined);
        throw new RunStoppedError(cp.runId, folder.dir, e as Error);
    }
}
