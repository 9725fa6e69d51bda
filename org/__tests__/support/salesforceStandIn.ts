// A test stand-in for the Salesforce APIs an org-wide job uses, speaking the real protocol closely enough
// that @salesforce/core's Connection (jsforce underneath) and plain fetch work against it:
//   - OAuth:  POST /services/oauth2/token (grant_type=refresh_token), GET /services/oauth2/userinfo
//   - REST:   GET /services/data (versions, no auth), /services/data/vNN.N (resources), limits, query,
//             queryAll, query/{locator}, sobjects[/{type}[/describe|/{id}|/{extIdField}/{value}]]
//   - Bulk 2.0 query and ingest jobs under /services/data/vNN.N/jobs/... (see standIn/bulkQuery.ts,
//     standIn/bulkIngest.ts)
// Every API request needs `Authorization: Bearer <a valid token>`, else 401 INVALID_SESSION_ID.
// Records live in `store` (object -> 18-char Id -> record); tests seed and inspect it directly.
// Faults (`faults`) make requests fail, hang or drop, jobs end Failed/Aborted, rows fail.
//
//   const sf = await startSalesforceStandIn({ schema: { Account: { Name: 'string', Score__c: 'double' } } });
//   const id = sf.insert('Account', { Name: 'Acme' });
//   ... point a Connection at sf.instanceUrl with sf.accessToken (or an auth home: see authHome.ts) ...
//   await sf.close();
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleIngestJobs } from './standIn/bulkIngest';
import { handleQueryJobs } from './standIn/bulkQuery';
import { defaultFaultBody, Faults } from './standIn/faults';
import { Ctx } from './standIn/http';
import { IdFactory, normalizeId } from './standIn/ids';
import { handleRest } from './standIn/rest';
import { SchemaModel } from './standIn/schema';
import {
    tableOf,
    type IngestJob,
    type Limit,
    type QueryJob,
    type StandInConfig,
    type StandInState
} from './standIn/state';
import {
    SfApiError,
    type RequestLogEntry,
    type SchemaOption,
    type SfRecord,
    type SfValue,
    type Store
} from './standIn/types';

export type { FaultAction, FaultRule, RowFaultRule, RowFailure, Faults } from './standIn/faults';
export type { IngestJob, QueryJob, JobState, Limit } from './standIn/state';
export type {
    FieldSpec,
    FieldType,
    ObjectSchema,
    RequestLogEntry,
    SchemaOption,
    SfRecord,
    SfValue,
    Store
} from './standIn/types';
export { normalizeId, toId18 } from './standIn/ids';

export interface StandInOptions {
    /** Highest API version served (default `62.0`); any `vNN.N` path is accepted. */
    apiVersion?: string;
    /** Lowest version listed by GET /services/data (default `31.0`). */
    minApiVersion?: string;
    /** Objects and their fields (names, or name -> type/spec). Default: inferred from the seeded records. */
    schema?: SchemaOption;
    /** Key prefixes for objects (standard objects already have Salesforce's real ones). */
    keyPrefixes?: Record<string, string>;
    /** Records to seed: object -> records (Ids generated where missing). */
    records?: Record<string, readonly Record<string, SfValue>[]>;
    /** Valid access token at start (default: a generated `00D...!...` token). */
    accessToken?: string;
    /** The refresh token the token endpoint accepts (default `stand-in-refresh-token`). */
    refreshToken?: string;
    orgId?: string;
    userId?: string;
    username?: string;
    /** Rows per Bulk query results page when the request has no maxRecords (default 50). */
    queryPageSize?: number;
    /** Records per REST query page (default 2000). */
    restPageSize?: number;
    /** Job-info polls a query job answers InProgress before JobComplete (default 1). */
    queryPolls?: number;
    /** Job-info polls an ingest job answers InProgress after UploadComplete before it is processed (default 1). */
    ingestPolls?: number;
    /** Largest request body accepted, larger gets 413 (default 100 MB, Salesforce's advice for 150 MB base64). */
    maxUploadBytes?: number;
    /**
     * Status of GET .../results before JobComplete. Default 412, with body JOB_NOT_COMPLETE, as in the
     * Bulk API 2.0 guide's example ("HTTP/1.1 412 Precondition Failed").
     */
    resultsNotReadyStatus?: number;
    /** Limits reported by GET limits: name -> Max (Remaining starts at Max). */
    limits?: Record<string, number>;
    /** Clock for job timestamps and relative date literals (default Date.now). */
    now?: () => number;
}

export interface SalesforceStandIn {
    /** `http://127.0.0.1:<port>` */
    readonly instanceUrl: string;
    /** Highest API version served, e.g. `62.0`. */
    readonly apiVersion: string;
    /** The access token currently valid (changes after each refresh). */
    readonly accessToken: string;
    readonly refreshToken: string;
    readonly orgId: string;
    readonly userId: string;
    readonly username: string;
    /** object -> 18-char Id -> record; seed and inspect freely. Soft-deleted records have `IsDeleted: true`. */
    readonly store: Store;
    /** Every request received, in arrival order (status filled in when answered). */
    readonly requests: RequestLogEntry[];
    readonly faults: Faults;
    readonly queryJobs: ReadonlyMap<string, QueryJob>;
    readonly ingestJobs: ReadonlyMap<string, IngestJob>;
    readonly limits: Record<string, Limit>;
    /** Adds a record (Id generated unless given) and returns its 18-char Id. */
    insert(object: string, fields: Record<string, SfValue>): string;
    /** Adds records, returning their Ids. */
    seed(object: string, records: readonly Record<string, SfValue>[]): string[];
    /** A new valid 18-char Id for `object` (not stored). */
    newId(object: string): string;
    /** The stored record (by 15- or 18-char Id). */
    get(object: string, id: string): SfRecord | undefined;
    /** All stored records of `object`. */
    records(object: string): SfRecord[];
    /** Marks a record deleted (IsDeleted = true): hidden from query, ENTITY_IS_DELETED on update. */
    softDelete(object: string, id: string): void;
    /** Invalidates every access token now (the next API request gets 401 until the client refreshes). */
    expireSession(): void;
    /** Requests whose path matches (RegExp or substring), optionally with this method. */
    requestsTo(path: RegExp | string, method?: string): RequestLogEntry[];
    /** Stops the server, destroying open (kept-alive, hung) connections. */
    close(): Promise<void>;
}

const DEFAULT_LIMITS: Readonly<Record<string, number>> = {
    DailyApiRequests: 100_000,
    DailyBulkApiBatches: 15_000,
    DailyBulkV2QueryJobs: 10_000,
    DailyBulkV2QueryFileStorageMB: 976_562
};

/** Release label of an API version: 62.0 = Winter '25, 63.0 = Spring '25, 64.0 = Summer '25, ... */
function releaseLabel(version: number): string {
    const n = version - 62;
    const year = 25 + Math.floor(n / 3);
    const season = ['Winter', 'Spring', 'Summer'][((n % 3) + 3) % 3];
    return `${season} '${String(year).padStart(2, '0')}`;
}

function token(orgId: string): string {
    const random = randomBytes(48).toString('base64').replace(/\+/g, '.').replace(/\//g, '_').replace(/=+$/, '');
    return `${orgId.slice(0, 15)}!${random}`;
}

const VERSION_PATH = /^\/services\/data\/v(\d+\.\d)(?:\/(.*))?$/;

export async function startSalesforceStandIn(options: StandInOptions = {}): Promise<SalesforceStandIn> {
    const ids = new IdFactory({ BulkJob: '750', ...options.keyPrefixes });
    const orgId = options.orgId ?? ids.newId('Organization');
    const config: StandInConfig = {
        apiVersion: options.apiVersion ?? '62.0',
        minApiVersion: options.minApiVersion ?? '31.0',
        queryPageSize: options.queryPageSize ?? 50,
        restPageSize: options.restPageSize ?? 2000,
        queryPolls: options.queryPolls ?? 1,
        ingestPolls: options.ingestPolls ?? 1,
        maxUploadBytes: options.maxUploadBytes ?? 100 * 1024 * 1024,
        resultsNotReadyStatus: options.resultsNotReadyStatus ?? 412,
        orgId,
        userId: options.userId ?? ids.newId('User'),
        username: options.username ?? 'stand-in@example.com',
        now: options.now ?? Date.now
    };
    const refreshToken = options.refreshToken ?? 'stand-in-refresh-token';
    const validTokens = new Set<string>();
    let currentToken = options.accessToken ?? token(orgId);
    validTokens.add(currentToken);

    const store: Store = new Map();
    const limits: Record<string, Limit> = {};
    for (const [name, max] of Object.entries({ ...DEFAULT_LIMITS, ...options.limits }))
        limits[name] = { Max: max, Remaining: max };
    const faults = new Faults(() => validTokens.clear());
    const state: StandInState = {
        config,
        store,
        schema: new SchemaModel(store, options.schema, ids),
        ids,
        lookup: { get: (object, id) => store.get(object)?.get(id), objectForId: (id) => ids.objectForId(id) },
        faults,
        queryJobs: new Map(),
        ingestJobs: new Map(),
        cursors: new Map(),
        limits
    };
    const requests: RequestLogEntry[] = [];
    const sockets = new Set<Socket>();
    let instanceUrl = '';

    const insert = (object: string, fields: Record<string, SfValue>): string => {
        const given = fields.Id;
        const id = given === undefined || given === null ? ids.newId(object) : normalizeId(given);
        if (!id) throw new Error(`Not a Salesforce Id: ${String(given)}`);
        ids.prefixFor(object);
        tableOf(state, object).set(id, { ...fields, Id: id });
        return id;
    };
    for (const [object, records] of Object.entries(options.records ?? {})) records.forEach((r) => insert(object, r));

    const issueToken = (): string => {
        currentToken = token(orgId);
        validTokens.add(currentToken);
        return currentToken;
    };

    function tokenEndpoint(ctx: Ctx): void {
        if (ctx.method !== 'POST')
            throw new SfApiError(
                405,
                'METHOD_NOT_ALLOWED',
                `HTTP Method '${ctx.method}' not allowed. Allowed are POST`
            );
        const params = new URLSearchParams(ctx.body.toString('utf8'));
        for (const [k, v] of ctx.query) if (!params.has(k)) params.set(k, v);
        const oauthError = (error: string, description: string): void =>
            ctx.sendJson(400, { error, error_description: description });
        if (params.get('grant_type') !== 'refresh_token')
            return oauthError('unsupported_grant_type', 'grant type not supported');
        if (params.get('refresh_token') !== refreshToken)
            return oauthError('invalid_grant', 'expired access/refresh token');
        const issuedAt = String(config.now());
        const accessToken = issueToken();
        ctx.sendJson(200, {
            access_token: accessToken,
            signature: randomBytes(32).toString('base64'),
            scope: 'refresh_token web api id',
            instance_url: instanceUrl,
            id: `${instanceUrl}/id/${orgId}/${config.userId}`,
            token_type: 'Bearer',
            issued_at: issuedAt
        });
    }

    function authorized(ctx: Ctx): boolean {
        const match = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(ctx.header('authorization') ?? '');
        return !!match && validTokens.has(match[1]!.trim());
    }

    function route(ctx: Ctx): void {
        if (ctx.path === '/services/oauth2/token') return tokenEndpoint(ctx);
        if (ctx.path === '/services/data' || ctx.path === '/services/data/') {
            const versions = [];
            for (let v = Number(config.minApiVersion); v <= Number(config.apiVersion); v++) {
                versions.push({
                    label: releaseLabel(v),
                    url: `/services/data/v${v.toFixed(1)}`,
                    version: v.toFixed(1)
                });
            }
            return ctx.sendJson(200, versions);
        }
        const versionMatch = VERSION_PATH.exec(ctx.path);
        if (!authorized(ctx)) throw new SfApiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
        const apiLimit = limits.DailyApiRequests;
        if (apiLimit) apiLimit.Remaining = Math.max(0, apiLimit.Remaining - 1);
        if (ctx.path === '/services/oauth2/userinfo') {
            return ctx.sendJson(200, {
                sub: `${instanceUrl}/id/${orgId}/${config.userId}`,
                user_id: config.userId,
                organization_id: orgId,
                preferred_username: config.username,
                email: config.username,
                name: 'Stand In'
            });
        }
        if (!versionMatch) throw new SfApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
        ctx.version = versionMatch[1];
        ctx.log.apiVersion = ctx.version;
        ctx.segments = (versionMatch[2] ?? '').split('/').map(decodeURIComponent);
        const [first, kind, ...rest] = ctx.segments;
        if (first === 'jobs' && kind === 'query') return handleQueryJobs(ctx, state, rest);
        if (first === 'jobs' && kind === 'ingest') return handleIngestJobs(ctx, state, rest);
        return handleRest(ctx, state);
    }

    async function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean; bytes: number }> {
        const chunks: Buffer[] = [];
        let bytes = 0;
        let tooLarge = false;
        for await (const chunk of req) {
            const buf = chunk as Buffer;
            bytes += buf.length;
            if (bytes > config.maxUploadBytes) tooLarge = true;
            else chunks.push(buf);
        }
        return { body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge, bytes };
    }

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const log: RequestLogEntry = {
            method: (req.method ?? 'GET').toUpperCase(),
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            status: null,
            bodyBytes: 0,
            responseBytes: 0
        };
        requests.push(log);
        const ctx = new Ctx(req, res, log, instanceUrl);
        try {
            const { body, tooLarge, bytes } = await readBody(req);
            log.bodyBytes = bytes;
            ctx.body = body;
            const fault = faults.take(ctx.method, ctx.path);
            if (fault) {
                log.fault = fault.type;
                switch (fault.type) {
                    case 'status': {
                        const text =
                            fault.body === undefined
                                ? defaultFaultBody(fault.status)
                                : typeof fault.body === 'string'
                                  ? fault.body
                                  : JSON.stringify(fault.body);
                        return ctx.send(fault.status, text, {
                            'Content-Type': 'application/json;charset=UTF-8',
                            ...fault.headers
                        });
                    }
                    case 'hang':
                        return;
                    case 'drop':
                        ctx.drop = { afterBytes: fault.afterBytes };
                        break;
                    case 'delay':
                        await new Promise((resolve) => setTimeout(resolve, fault.ms));
                        break;
                    case 'expireSession':
                        validTokens.clear();
                        break;
                    case 'failJob':
                        ctx.jobFault = {
                            type: 'failJob',
                            errorMessage: fault.errorMessage ?? 'InternalServerError : Job failed'
                        };
                        break;
                    case 'abortJob':
                        ctx.jobFault = { type: 'abortJob' };
                        break;
                }
            }
            if (tooLarge) {
                throw new SfApiError(
                    413,
                    'EXCEEDED_MAX_SIZE_REQUEST',
                    `The request body exceeds the maximum size of ${config.maxUploadBytes} bytes`
                );
            }
            route(ctx);
        } catch (err) {
            if (res.headersSent) return;
            if (err instanceof SfApiError) return ctx.sendError(err);
            ctx.sendError(
                new SfApiError(500, 'UNKNOWN_EXCEPTION', `An unexpected error occurred: ${(err as Error).message}`)
            );
        }
    }

    const server = createServer((req, res) => void handle(req, res));
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    instanceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    return {
        instanceUrl,
        apiVersion: config.apiVersion,
        get accessToken() {
            return currentToken;
        },
        refreshToken,
        orgId,
        userId: config.userId,
        username: config.username,
        store,
        requests,
        faults,
        queryJobs: state.queryJobs,
        ingestJobs: state.ingestJobs,
        limits,
        insert,
        seed: (object, records) => records.map((r) => insert(object, r)),
        newId: (object) => ids.newId(object),
        get: (object, id) => {
            const id18 = normalizeId(id);
            return id18 ? store.get(object)?.get(id18) : undefined;
        },
        records: (object) => [...(store.get(object)?.values() ?? [])],
        softDelete(object, id) {
            const id18 = normalizeId(id);
            const record = id18 ? store.get(object)?.get(id18) : undefined;
            if (!record) throw new Error(`No ${object} ${id}`);
            record.IsDeleted = true;
        },
        expireSession: () => validTokens.clear(),
        requestsTo: (path, method) =>
            requests.filter(
                (r) =>
                    (typeof path === 'string' ? r.path.includes(path) : path.test(r.path)) &&
                    (!method || r.method === method.toUpperCase())
            ),
        close: async () => {
            for (const socket of sockets) socket.destroy();
            server.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        }
    };
}
