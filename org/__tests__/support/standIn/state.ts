// The stand-in's in-memory org: configuration, records, jobs and limits, shared by the route modules.
import type { Faults } from './faults';
import type { IdFactory } from './ids';
import type { SchemaModel } from './schema';
import type { FieldPath, RecordLookup } from './soqlEval';
import type { SfRecord, Store } from './types';

export interface StandInConfig {
    /** Highest API version served (what GET /services/data lists last), e.g. `62.0`. */
    apiVersion: string;
    /** Lowest API version listed by GET /services/data. */
    minApiVersion: string;
    /** Default rows per Bulk query results page when the request has no `maxRecords`. */
    queryPageSize: number;
    /** Default records per REST query page (a `Sforce-Query-Options: batchSize=N` header overrides it). */
    restPageSize: number;
    /** Job-info polls a query job answers InProgress before it answers JobComplete. */
    queryPolls: number;
    /** Job-info polls an ingest job answers InProgress (after UploadComplete) before it is processed. */
    ingestPolls: number;
    /** Largest request body accepted; a bigger one gets 413. */
    maxUploadBytes: number;
    /** Status of GET .../results before the query job is JobComplete. */
    resultsNotReadyStatus: number;
    orgId: string;
    userId: string;
    username: string;
    now: () => number;
}

export interface Limit {
    Max: number;
    Remaining: number;
}

export type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

export interface QueryJob {
    id: string;
    operation: 'query' | 'queryAll';
    object: string;
    query: string;
    fields: FieldPath[];
    apiVersion: string;
    columnDelimiter: string;
    lineEnding: string;
    state: JobState;
    createdDate: number;
    systemModstamp: number;
    polls: number;
    /** Result cells (one array per record), set when the job completes. */
    rows?: string[][];
    header: string[];
    numberRecordsProcessed: number;
    errorMessage?: string;
    fault?: { type: 'failJob'; errorMessage: string } | { type: 'abortJob' };
    /** Runs the query against the store (at completion). */
    run: () => string[][];
}

export interface IngestJob {
    id: string;
    object: string;
    operation: 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
    externalIdFieldName?: string;
    apiVersion: string;
    columnDelimiter: string;
    lineEnding: string;
    state: JobState;
    createdDate: number;
    systemModstamp: number;
    polls: number;
    /** Raw uploads (PUT .../batches), in order. */
    uploads: Buffer[];
    /** Data rows uploaded (header excluded), over all uploads. */
    rowsUploaded: number;
    bytesUploaded: number;
    header: string[];
    rows: string[][];
    numberRecordsProcessed: number;
    numberRecordsFailed: number;
    /** `sf__Id, sf__Created, ...original` cells. */
    successful: string[][];
    /** `sf__Id, sf__Error, ...original` cells. */
    failed: string[][];
    unprocessed: string[][];
    errorMessage?: string;
    fault?: { type: 'failJob'; errorMessage: string } | { type: 'abortJob' };
}

export interface RestCursor {
    object: string;
    paths: FieldPath[];
    records: SfRecord[];
    version: string;
    /** The query's view of the schema (fields inferred once), used again for its later pages. */
    schema: SchemaModel;
}

export interface StandInState {
    config: StandInConfig;
    store: Store;
    schema: SchemaModel;
    ids: IdFactory;
    lookup: RecordLookup;
    faults: Faults;
    queryJobs: Map<string, QueryJob>;
    ingestJobs: Map<string, IngestJob>;
    cursors: Map<string, RestCursor>;
    limits: Record<string, Limit>;
}

/** The store's map for `object`, created when missing. */
export function tableOf(state: StandInState, object: string): Map<string, SfRecord> {
    let table = state.store.get(object);
    if (!table) state.store.set(object, (table = new Map()));
    return table;
}
