// Runs Outreach work through the injected transport: chunks requests per Apex call, honours rate limits,
// retries what is safe to retry, and turns every response into a per-person outcome.
//
// Add flow, in rounds (one transport call carries up to `chunkSize` requests of one round):
//   local  - no email -> missingEmail; unusable email -> failed; HasOptedOutOfEmail -> optedOut
//   find   - GET /prospects?filter[emails]=<address> per distinct address
//   create - POST /prospects for addresses Outreach does not know
//   check  - GET /sequenceStates?filter[prospect][id]&filter[sequence][id] per prospect
//   add    - POST /sequenceStates (prospect, sequence, mailbox)
// Retries: GETs after 5xx/timeout/no answer, up to MAX_TRANSIENT_RETRIES with doubling backoff. POSTs are not
// idempotent in Outreach, so after a transient failure the client first re-reads (find / check) and only
// posts again when nothing landed. A 429 stops further sending until the reset time; the client waits at most
// once per run and only when the wait is at most MAX_RATE_LIMIT_WAIT_MS, else the person is `rateLimited`
// with the retry time. Anything else (400/401/403/404/422) is final. A failure of the rep's Outreach
// connection (the transport's errorCode: not connected, expired, revoked) is final for the whole run: nothing
// more is sent, and everyone still open gets that error. Re-running the flow is safe: the find and check
// rounds see what an earlier run created.
//
// Requests go out strictly one chunk after another (rate limits, cursors, rounds that depend on the
// previous one), so awaiting inside loops is the intent here.
/* eslint-disable no-await-in-loop */
import {
    classifyResponse,
    DEFAULT_RATE_LIMIT_WAIT_MS,
    isConnectionError,
    rateLimitExhausted,
    retryAtFromHeaders,
    transportError,
    unexpectedError
} from './classify';
import { MAX_REQUESTS_PER_TRANSPORT_CALL } from './requests';
import type {
    ClassifiedResponse,
    OutreachClientOptions,
    OutreachErrorInfo,
    OutreachHttpRequest,
    OutreachHttpResponse,
    OutreachProgress
} from './types';

/** Extra attempts after a transient failure (5xx, timeout, no answer). */
export const MAX_TRANSIENT_RETRIES = 2;
/** First backoff; doubles on each further retry (1 s, 2 s). */
export const BACKOFF_BASE_MS = 1000;
/** Longest wait for a rate-limit reset the client accepts before reporting `rateLimited`. */
export const MAX_RATE_LIMIT_WAIT_MS = 15_000;
/** Rate-limit waits per run. */
export const MAX_RATE_LIMIT_WAITS = 1;

/** An Outreach request that failed while loading the picker lists. */
export class OutreachRequestError extends Error {
    readonly info: OutreachErrorInfo;
    constructor(info: OutreachErrorInfo) {
        super(info.detail ?? `Outreach request failed (${info.reason}).`);
        this.name = 'OutreachRequestError';
        this.info = info;
    }
}

export type ProgressRound = OutreachProgress['round'];

export interface Run {
    readonly transport: OutreachClientOptions['transport'];
    readonly now: OutreachClientOptions['now'];
    readonly sleep: OutreachClientOptions['sleep'];
    readonly onProgress: OutreachClientOptions['onProgress'];
    readonly chunkSize: number;
    requestsSent: number;
    transportCalls: number;
    /** Epoch ms until which Outreach said no more requests are accepted. */
    blockedUntil: number | null;
    rateLimitWaits: number;
    /** The first failure of the rep's Outreach connection: nothing is sent after it. */
    connectionError: OutreachErrorInfo | null;
    readonly progress: Map<ProgressRound, { completed: number; total: number }>;
}

export interface Keyed<K> {
    readonly key: K;
    readonly request: OutreachHttpRequest;
}

export function createRun(options: OutreachClientOptions): Run {
    if (
        typeof options?.transport !== 'function' ||
        typeof options.now !== 'function' ||
        typeof options.sleep !== 'function'
    ) {
        throw new Error('Outreach client options need a transport, a clock (now) and a sleep function.');
    }
    const chunkSize = options.chunkSize ?? MAX_REQUESTS_PER_TRANSPORT_CALL;
    if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_REQUESTS_PER_TRANSPORT_CALL) {
        throw new Error(
            `chunkSize must be a whole number from 1 to ${MAX_REQUESTS_PER_TRANSPORT_CALL}; got ${String(chunkSize)}.`
        );
    }
    return {
        transport: options.transport,
        now: options.now,
        sleep: options.sleep,
        onProgress: options.onProgress,
        chunkSize,
        requestsSent: 0,
        transportCalls: 0,
        blockedUntil: null,
        rateLimitWaits: 0,
        connectionError: null,
        progress: new Map()
    };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function messageOf(error: unknown): string {
    // Apex errors reach LWC as { body: { message } }.
    if (isRecord(error) && isRecord(error.body) && typeof error.body.message === 'string') {
        return error.body.message;
    }
    if (error instanceof Error) {
        return error.message;
    }
    return typeof error === 'string' ? error : 'Unknown error';
}

/** Checks one transport response's shape (what Apex returns, or what a stand-in returns). */
export function parseTransportResponse(value: unknown): OutreachHttpResponse | null {
    if (!isRecord(value) || typeof value.status !== 'number') {
        return null;
    }
    const headers: Record<string, string> = {};
    if (isRecord(value.headers)) {
        for (const [name, headerValue] of Object.entries(value.headers)) {
            if (typeof headerValue === 'string') {
                headers[name] = headerValue;
            }
        }
    }
    return {
        status: value.status,
        headers,
        body: typeof value.body === 'string' ? value.body : null,
        error: typeof value.error === 'string' ? value.error : null,
        errorCode: typeof value.errorCode === 'string' ? value.errorCode : null
    };
}

export function report(run: Run, round: ProgressRound, addCompleted: number, addTotal: number): void {
    const current = run.progress.get(round) ?? { completed: 0, total: 0 };
    const next = { completed: current.completed + addCompleted, total: current.total + addTotal };
    run.progress.set(round, next);
    run.onProgress?.({ round, completed: next.completed, total: next.total });
}

export async function callTransport<K>(run: Run, chunk: ReadonlyArray<Keyed<K>>): Promise<ClassifiedResponse[]> {
    run.transportCalls += 1;
    run.requestsSent += chunk.length;
    let raw: unknown;
    try {
        raw = await run.transport(chunk.map((item) => item.request));
    } catch (error) {
        // The Apex call itself failed (permission, validation, limits): nothing to retry blindly.
        const info = { ...transportError(`The Outreach transport failed: ${messageOf(error)}`), transient: false };
        return chunk.map(() => ({ ok: false, error: info }));
    }
    if (!Array.isArray(raw) || raw.length !== chunk.length) {
        const count = Array.isArray(raw) ? raw.length : 'no';
        const info = unexpectedError(
            `The Outreach transport returned ${count} responses for ${chunk.length} requests.`
        );
        return chunk.map(() => ({ ok: false, error: info }));
    }
    return raw.map((value: unknown) => {
        const response = parseTransportResponse(value);
        if (response === null) {
            return {
                ok: false,
                error: unexpectedError('The Outreach transport returned a response without a status.')
            };
        }
        if (rateLimitExhausted(response)) {
            const retryAt = retryAtFromHeaders(response, run.now());
            if (retryAt !== null) {
                run.blockedUntil = Math.max(run.blockedUntil ?? 0, Date.parse(retryAt));
            }
        }
        const classified = classifyResponse(response, run.now());
        if (!classified.ok && run.connectionError === null && isConnectionError(classified.error)) {
            run.connectionError = classified.error;
        }
        return classified;
    });
}

/** Returns `null` when requests may go out now (after at most one bounded wait), else the retry time. */
export async function rateLimitGate(run: Run): Promise<string | null> {
    if (run.blockedUntil === null) {
        return null;
    }
    const wait = run.blockedUntil - run.now().getTime();
    if (wait <= 0) {
        run.blockedUntil = null;
        return null;
    }
    if (run.rateLimitWaits < MAX_RATE_LIMIT_WAITS && wait <= MAX_RATE_LIMIT_WAIT_MS) {
        run.rateLimitWaits += 1;
        await run.sleep(wait);
        run.blockedUntil = null;
        return null;
    }
    return new Date(run.blockedUntil).toISOString();
}

export function notSentRateLimited(retryAt: string): ClassifiedResponse {
    return {
        ok: false,
        error: {
            reason: 'rateLimited',
            status: 429,
            code: 'rateLimitExceeded',
            title: null,
            detail: 'Not sent: Outreach rate limit reached earlier in this run.',
            pointer: null,
            retryAt,
            transient: false
        }
    };
}

/**
 * Sends the requests in chunks and returns one classified response per key. GETs (`retryTransient`) are
 * retried after transient failures; any request is retried once after a 429 when the gate allows the wait.
 */
export async function send<K>(
    run: Run,
    round: ProgressRound,
    items: ReadonlyArray<Keyed<K>>,
    retryTransient: boolean
): Promise<Map<K, ClassifiedResponse>> {
    const results = new Map<K, ClassifiedResponse>();
    const transientAttempts = new Map<K, number>();
    const rateLimitedOnce = new Set<K>();
    let pending: Array<Keyed<K>> = [...items];
    let backoffStep = 0;
    report(run, round, 0, items.length);
    while (pending.length > 0) {
        const again: Array<Keyed<K>> = [];
        let transientSeen = false;
        for (let start = 0; start < pending.length; start += run.chunkSize) {
            const chunk = pending.slice(start, start + run.chunkSize);
            const connectionError = run.connectionError;
            if (connectionError !== null) {
                // Not sent: every request would fail on the same connection.
                chunk.forEach((item) => results.set(item.key, { ok: false, error: connectionError }));
                report(run, round, chunk.length, 0);
                continue;
            }
            const blockedRetryAt = await rateLimitGate(run);
            if (blockedRetryAt !== null) {
                chunk.forEach((item) => results.set(item.key, notSentRateLimited(blockedRetryAt)));
                report(run, round, chunk.length, 0);
                continue;
            }
            const classified = await callTransport(run, chunk);
            for (const [index, item] of chunk.entries()) {
                const response = classified[index] as ClassifiedResponse;
                if (!response.ok && response.error.reason === 'rateLimited') {
                    const until =
                        response.error.retryAt !== null
                            ? Date.parse(response.error.retryAt)
                            : run.now().getTime() + DEFAULT_RATE_LIMIT_WAIT_MS;
                    run.blockedUntil = Math.max(run.blockedUntil ?? 0, until);
                    if (!rateLimitedOnce.has(item.key)) {
                        rateLimitedOnce.add(item.key);
                        again.push(item);
                        continue;
                    }
                } else if (!response.ok && response.error.transient && retryTransient) {
                    const attempts = transientAttempts.get(item.key) ?? 0;
                    if (attempts < MAX_TRANSIENT_RETRIES) {
                        transientAttempts.set(item.key, attempts + 1);
                        transientSeen = true;
                        again.push(item);
                        continue;
                    }
                }
                results.set(item.key, response);
            }
            report(run, round, chunk.length, 0);
        }
        if (again.length > 0) {
            report(run, round, 0, again.length);
            if (transientSeen) {
                await run.sleep(BACKOFF_BASE_MS * 2 ** backoffStep);
                backoffStep += 1;
            }
        }
        pending = again;
    }
    return results;
}

// ---------------------------------------------------------------------------------------------
// Document readers
// ---------------------------------------------------------------------------------------------

export function readResources<R>(document: unknown, type: string): R[] | null {
    if (!isRecord(document) || !Array.isArray(document.data)) {
        return null;
    }
    const valid = document.data.every(
        (item: unknown) =>
            isRecord(item) && item.type === type && (typeof item.id === 'string' || typeof item.id === 'number')
    );
    return valid ? (document.data as R[]) : null;
}

export function readResource<R>(document: unknown, type: string): R | null {
    if (!isRecord(document) || !isRecord(document.data)) {
        return null;
    }
    const item = document.data;
    return item.type === type && (typeof item.id === 'string' || typeof item.id === 'number') ? (item as R) : null;
}

export function readNextLink(document: unknown): string | null {
    if (
        isRecord(document) &&
        isRecord(document.links) &&
        typeof document.links.next === 'string' &&
        document.links.next.length > 0
    ) {
        return document.links.next;
    }
    return null;
}

export function malformed(what: string): OutreachErrorInfo {
    return unexpectedError(`Outreach returned a ${what} the client cannot read.`);
}
