// Faults a test arms on the stand-in.
// Request faults: a queue consumed in order; each rule matches by method + path (RegExp or substring) and
// applies to the next `times` matching requests (default 1). Row faults: rows of ingest jobs that fail,
// either the first `times` times a given record is ingested (UNABLE_TO_LOCK_ROW) or always.
import { normalizeId } from './ids';

export type FaultAction =
    /** Answer with this status and a Salesforce-like body (default body by status, or your own). */
    | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
    /** Invalidate every access token now: this request and the next ones get 401 until a refresh. */
    | { type: 'expireSession' }
    /** Never answer (the socket stays open until the client gives up or the stand-in closes). */
    | { type: 'hang' }
    /** Send the status line, headers and `afterBytes` of the body (default half), then destroy the socket. */
    | { type: 'drop'; afterBytes?: number }
    /** Answer normally after `ms` milliseconds. */
    | { type: 'delay'; ms: number }
    /** The bulk job created (POST) or polled (GET) by the matching request ends Failed with this message. */
    | { type: 'failJob'; errorMessage?: string }
    /** The bulk job created or polled by the matching request ends Aborted. */
    | { type: 'abortJob' };

export interface FaultRule {
    /** HTTP method to match (any when omitted). */
    method?: string;
    /** RegExp tested against the path, or a substring of it (any path when omitted). */
    path?: RegExp | string;
    /** How many matching requests the rule applies to (default 1). */
    times?: number;
    action: FaultAction;
}

export interface RowFaultRule {
    /** Object of the ingest job (any when omitted; compared case-insensitively). */
    object?: string;
    /** Record Ids (15 or 18 characters) whose rows fail. */
    ids?: readonly string[];
    /** Or: rows (header name -> raw CSV value) that fail. */
    where?: (row: Readonly<Record<string, string>>) => boolean;
    errorCode: string;
    message?: string;
    fields?: readonly string[];
    /** Fail only the first `times` times each matching record is ingested (omitted: every time). */
    times?: number;
}

export interface RowFailure {
    errorCode: string;
    message: string;
    fields: readonly string[];
}

const DEFAULT_BODIES: Readonly<Record<number, { errorCode: string; message: string }>> = {
    400: { errorCode: 'BAD_REQUEST', message: 'Bad request' },
    401: { errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' },
    403: { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' },
    404: { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
    429: { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' },
    500: {
        errorCode: 'UNKNOWN_EXCEPTION',
        message:
            'An unexpected error occurred. Please include this ErrorId if you contact support: 1419931584-77385 (-1409296316)'
    },
    502: { errorCode: 'SERVER_UNAVAILABLE', message: 'Bad gateway' },
    503: { errorCode: 'SERVER_UNAVAILABLE', message: 'Server temporarily unavailable. Please try again later.' }
};

/** The body a `status` fault sends when the rule gives none: `[{"message":..,"errorCode":..}]`. */
export function defaultFaultBody(status: number): string {
    const entry = DEFAULT_BODIES[status] ?? { errorCode: `ERROR_HTTP_${status}`, message: `HTTP ${status}` };
    return JSON.stringify([{ message: entry.message, errorCode: entry.errorCode }]);
}

interface ArmedRule extends FaultRule {
    remaining: number;
}

interface ArmedRowRule extends RowFaultRule {
    counts: Map<string, number>;
}

type Match = Pick<FaultRule, 'method' | 'path'> & { times?: number };

export class Faults {
    private readonly rules: ArmedRule[] = [];
    private readonly rowRules: ArmedRowRule[] = [];

    constructor(private readonly expireNow: () => void) {}

    /** Rules still armed, in the order they are consumed. */
    get queue(): readonly Readonly<FaultRule & { remaining: number }>[] {
        return this.rules;
    }

    /** Arms a request fault (appended to the queue). */
    add(rule: FaultRule): this {
        this.rules.push({ ...rule, remaining: rule.times ?? 1 });
        return this;
    }

    /** Invalidates every access token now (next API request gets 401 INVALID_SESSION_ID until refreshed). */
    expireSession(match?: Match): this {
        if (!match) {
            this.expireNow();
            return this;
        }
        return this.add({ ...match, action: { type: 'expireSession' } });
    }

    /** The next matching request(s) answer `status` with a Salesforce-like body. */
    respond(status: number, match: Match = {}, body?: unknown, headers?: Record<string, string>): this {
        return this.add({ ...match, action: { type: 'status', status, body, headers } });
    }

    hang(match: Match = {}): this {
        return this.add({ ...match, action: { type: 'hang' } });
    }

    drop(match: Match = {}, afterBytes?: number): this {
        return this.add({ ...match, action: { type: 'drop', afterBytes } });
    }

    delay(ms: number, match: Match = {}): this {
        return this.add({ ...match, action: { type: 'delay', ms } });
    }

    /** The next bulk job created (of `kind`) ends Failed with `errorMessage`. */
    failNextJob(kind: 'query' | 'ingest', errorMessage = 'InternalServerError : Job failed'): this {
        return this.add({
            method: 'POST',
            path: new RegExp(`/jobs/${kind}/?$`),
            action: { type: 'failJob', errorMessage }
        });
    }

    /** The next bulk job created (of `kind`) ends Aborted (as if someone aborted it in Setup). */
    abortNextJob(kind: 'query' | 'ingest'): this {
        return this.add({ method: 'POST', path: new RegExp(`/jobs/${kind}/?$`), action: { type: 'abortJob' } });
    }

    /** Arms a row fault for ingest jobs. */
    failRows(rule: RowFaultRule): this {
        this.rowRules.push({ ...rule, counts: new Map() });
        return this;
    }

    /** Rows of these records (or matching rows) fail with UNABLE_TO_LOCK_ROW the first `times` times (default 1). */
    lockRows(
        target: readonly string[] | ((row: Readonly<Record<string, string>>) => boolean),
        times = 1,
        object?: string
    ): this {
        return this.failRows({
            ...(typeof target === 'function' ? { where: target } : { ids: target }),
            object,
            times,
            errorCode: 'UNABLE_TO_LOCK_ROW',
            message: 'unable to obtain exclusive access to this record or 1 records'
        });
    }

    /** Rows of these records (or matching rows) always fail, by default with a validation rule error. */
    rejectRows(
        target: readonly string[] | ((row: Readonly<Record<string, string>>) => boolean),
        failure: Partial<RowFailure> = {},
        object?: string
    ): this {
        return this.failRows({
            ...(typeof target === 'function' ? { where: target } : { ids: target }),
            object,
            errorCode: failure.errorCode ?? 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            message: failure.message ?? 'The record failed a validation rule',
            fields: failure.fields
        });
    }

    /** Disarms every request and row fault. */
    clear(): void {
        this.rules.length = 0;
        this.rowRules.length = 0;
    }

    /** Takes the first armed rule matching this request (consuming one of its `times`). */
    take(method: string, path: string): FaultAction | undefined {
        const index = this.rules.findIndex(
            (r) =>
                (!r.method || r.method.toUpperCase() === method) &&
                (!r.path || (typeof r.path === 'string' ? path.includes(r.path) : r.path.test(path)))
        );
        if (index < 0) return undefined;
        const rule = this.rules[index]!;
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.rules.splice(index, 1);
        return rule.action;
    }

    /** Whether this ingest row fails by an armed row fault (counting the attempt). */
    rowFailure(
        object: string,
        row: Readonly<Record<string, string>>,
        recordId: string | undefined,
        key: string
    ): RowFailure | undefined {
        for (const rule of this.rowRules) {
            if (rule.object && rule.object.toLowerCase() !== object.toLowerCase()) continue;
            const hit = rule.ids
                ? recordId !== undefined && rule.ids.some((id) => normalizeId(id) === recordId)
                : (rule.where?.(row) ?? false);
            if (!hit) continue;
            const seen = rule.counts.get(key) ?? 0;
            rule.counts.set(key, seen + 1);
            if (rule.times !== undefined && seen >= rule.times) continue;
            const suffix = rule.errorCode === 'UNABLE_TO_LOCK_ROW' && recordId ? `: ${recordId}` : '';
            return {
                errorCode: rule.errorCode,
                message: `${rule.message ?? rule.errorCode}${suffix}`,
                fields: rule.fields ?? []
            };
        }
        return undefined;
    }
}
