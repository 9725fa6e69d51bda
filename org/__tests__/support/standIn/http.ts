// One request/response pair: parsed URL, body, log entry, and the ways to answer (JSON, CSV, error),
// including an armed "drop" fault that cuts the connection part-way through the body.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SfApiError, type RequestLogEntry } from './types';

export type JobFault = { type: 'failJob'; errorMessage: string } | { type: 'abortJob' };

export class Ctx {
    readonly method: string;
    readonly url: URL;
    readonly path: string;
    /** API version of a `/services/data/vNN.N/...` path. */
    version?: string;
    /** Path segments after `/services/data/vNN.N/` (empty for the version root). */
    segments: string[] = [];
    body: Buffer = Buffer.alloc(0);
    /** Set by a `drop` fault: bytes of the body to write before destroying the socket. */
    drop?: { afterBytes?: number };
    /** Set by a `failJob` / `abortJob` fault: applied to the job this request creates or polls. */
    jobFault?: JobFault;

    constructor(
        readonly req: IncomingMessage,
        readonly res: ServerResponse,
        readonly log: RequestLogEntry,
        base: string
    ) {
        this.method = (req.method ?? 'GET').toUpperCase();
        this.url = new URL(req.url ?? '/', base);
        this.path = this.url.pathname;
    }

    get query(): URLSearchParams {
        return this.url.searchParams;
    }

    header(name: string): string | undefined {
        const v = this.req.headers[name.toLowerCase()];
        return Array.isArray(v) ? v[0] : v;
    }

    /** The JSON request body (400 JSON_PARSER_ERROR when it is not JSON). */
    json<T = Record<string, unknown>>(): T {
        const text = this.body.toString('utf8');
        try {
            return JSON.parse(text === '' ? '{}' : text) as T;
        } catch (e) {
            throw new SfApiError(400, 'JSON_PARSER_ERROR', `Unexpected character in JSON: ${(e as Error).message}`);
        }
    }

    send(status: number, body: string | Buffer | undefined, headers: Record<string, string> = {}): void {
        const bytes = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
        const all: Record<string, string> = { ...headers, 'Content-Length': String(bytes.length) };
        this.log.status = status;
        if (this.drop) {
            const cut = Math.min(bytes.length, this.drop.afterBytes ?? Math.floor(bytes.length / 2));
            this.res.writeHead(status, all);
            this.log.responseBytes = cut;
            const socket = this.res.socket;
            this.res.write(bytes.subarray(0, cut), () => socket?.destroy());
            if (cut === 0) socket?.destroy();
            return;
        }
        this.log.responseBytes = bytes.length;
        this.res.writeHead(status, all);
        this.res.end(bytes);
    }

    sendJson(status: number, value: unknown, headers: Record<string, string> = {}): void {
        this.send(status, JSON.stringify(value), { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
    }

    sendCsv(status: number, text: string, headers: Record<string, string> = {}): void {
        this.send(status, text, { 'Content-Type': 'text/csv', ...headers });
    }

    sendError(err: SfApiError, headers: Record<string, string> = {}): void {
        this.send(err.status, err.body(), { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
    }

    /** 204 No Content. */
    noContent(): void {
        this.send(204, undefined);
    }
}

export const notFound = (): SfApiError => new SfApiError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const methodNotAllowed = (method: string, allowed: string[]): SfApiError =>
    new SfApiError(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(',')}`);

/** Throws 405 unless `ctx.method` is one of `allowed`. */
export function allow(ctx: Ctx, ...allowed: string[]): void {
    if (!allowed.includes(ctx.method)) throw methodNotAllowed(ctx.method, allowed);
}

/** Salesforce's timestamp format in job info: `2024-03-20T21:42:13.000+0000`. */
export function sfTimestamp(ms: number): string {
    return new Date(ms).toISOString().replace('Z', '+0000');
}
