import { OUTREACH_CONNECTION_ERROR_CODES } from './types';
/** Fallback wait after a 429 that names no time (Outreach's limit window is one hour; this is a floor). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/** `X-RateLimit-Reset` values at or above this are epoch seconds; below, seconds from now. */
const EPOCH_SECONDS_THRESHOLD = 1_000_000_000;
/** Case-insensitive header read (the transport normalises names, but a stand-in may not). */
export function readHeader(response, name) {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(response.headers ?? {})) {
        if (key.toLowerCase() === wanted && typeof value === 'string' && value.trim().length > 0) {
            return value.trim();
        }
    }
    return null;
}
function secondsFrom(now, seconds) {
    return new Date(now.getTime() + Math.max(0, seconds) * 1000).toISOString();
}
/**
 * When a retry may succeed: `Retry-After` (seconds, or an HTTP/ISO date), else `X-RateLimit-Reset`
 * (epoch seconds, or seconds from now), else `null`.
 */
export function retryAtFromHeaders(response, now) {
    const retryAfter = readHeader(response, 'Retry-After');
    if (retryAfter !== null) {
        if (/^\d+(\.\d+)?$/.test(retryAfter)) {
            return secondsFrom(now, Number(retryAfter));
        }
        const parsed = Date.parse(retryAfter);
        if (!Number.isNaN(parsed)) {
            return new Date(parsed).toISOString();
        }
    }
    const reset = readHeader(response, 'X-RateLimit-Reset');
    if (reset !== null && /^\d+(\.\d+)?$/.test(reset)) {
        const value = Number(reset);
        return value >= EPOCH_SECONDS_THRESHOLD ? new Date(value * 1000).toISOString() : secondsFrom(now, value);
    }
    return null;
}
/** True when the response says no requests remain in the current rate-limit window. */
export function rateLimitExhausted(response) {
    const remaining = readHeader(response, 'X-RateLimit-Remaining');
    return remaining !== null && /^\d+$/.test(remaining) && Number(remaining) === 0;
}
function parseJson(body) {
    if (body === null || body.trim().length === 0) {
        return null;
    }
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asText(value) {
    return typeof value === 'string' && value.trim().length > 0 ? value : null;
}
/** The first JSON:API error object of a body, when there is one. */
export function firstJsonApiError(document) {
    if (!isRecord(document) || !Array.isArray(document.errors) || document.errors.length === 0) {
        return null;
    }
    const first = document.errors[0];
    return isRecord(first) ? first : null;
}
function reasonForStatus(status, code, detail) {
    switch (status) {
        case 400:
            return 'badRequest';
        case 401:
            return 'unauthorized';
        case 403:
            // Outreach separates a token without the OAuth scope from a user without the permission.
            return code === 'unauthorizedOauthScope' || (code === null && /scope/i.test(detail ?? ''))
                ? 'scope'
                : 'permission';
        case 404:
            return 'notFound';
        case 422:
            return 'validation';
        case 429:
            return 'rateLimited';
        default:
            return status >= 500 && status <= 599 ? 'server' : 'unexpectedResponse';
    }
}
function errorInfo(reason, status, detail, extra = {}) {
    return {
        reason,
        status,
        code: extra.code ?? null,
        title: extra.title ?? null,
        detail,
        pointer: extra.pointer ?? null,
        retryAt: extra.retryAt ?? null,
        transient: reason === 'server' || reason === 'timeout' || reason === 'transport'
    };
}
/** The connection reason of a transport `errorCode`, or `null` for none or an unknown code. */
export function connectionReasonOf(errorCode) {
    return typeof errorCode === 'string' &&
        Object.prototype.hasOwnProperty.call(OUTREACH_CONNECTION_ERROR_CODES, errorCode)
        ? OUTREACH_CONNECTION_ERROR_CODES[errorCode]
        : null;
}
/** True for the reasons only the rep can fix by (re)connecting Outreach. */
export function isConnectionError(error) {
    return (error?.reason === 'notConnected' ||
        error?.reason === 'connectionExpired' ||
        error?.reason === 'connectionRevoked');
}
/** An error for a request the transport could not send or answer. */
export function transportError(message, status = 0) {
    const reason = /timed?\s*out|timeout/i.test(message) ? 'timeout' : 'transport';
    return errorInfo(reason, status, message);
}
/** An error for a transport that broke its contract (no Apex/HTTP answer to retry). */
export function unexpectedError(message, status = 0) {
    return errorInfo('unexpectedResponse', status, message);
}
/**
 * Classifies one response. 2xx with a JSON body is `ok` (the document is returned unparsed-typed for the
 * caller to check); every other case is an error with its reason.
 */
export function classifyResponse(response, now) {
    const status = typeof response.status === 'number' ? response.status : 0;
    const connection = connectionReasonOf(response.errorCode);
    if (connection !== null) {
        const document = parseJson(response.body);
        const first = firstJsonApiError(document);
        // A JSON:API error, or an OAuth one (RFC 6749 section 5.2: error, error_description).
        const oauthDescription = isRecord(document) ? asText(document.error_description) : null;
        return {
            ok: false,
            error: errorInfo(connection, status, response.error ??
                asText(first?.detail) ??
                oauthDescription ??
                asText(first?.title) ??
                asText(response.body), { code: response.errorCode, title: asText(first?.title) })
        };
    }
    if (status === 0 || response.error) {
        return { ok: false, error: transportError(response.error ?? 'The request got no HTTP answer.', status) };
    }
    const document = parseJson(response.body);
    if (status >= 200 && status <= 299) {
        if (!isRecord(document)) {
            return {
                ok: false,
                error: unexpectedError(`Outreach answered ${status} without a JSON:API document.`, status)
            };
        }
        return { ok: true, status, document };
    }
    const first = firstJsonApiError(document);
    const code = asText(first?.id);
    const detail = asText(first?.detail) ??
        asText(first?.details) ??
        asText(first?.title) ??
        (document === undefined ? asText(response.body) : null);
    const reason = reasonForStatus(status, code, detail);
    const retryAt = reason === 'rateLimited' || reason === 'server' ? retryAtFromHeaders(response, now) : null;
    return {
        ok: false,
        error: errorInfo(reason, status, detail ?? `Outreach answered HTTP ${status}.`, {
            code,
            title: asText(first?.title),
            pointer: asText(first?.source?.pointer) ?? asText(first?.source?.parameter),
            retryAt
        })
    };
}
/** Outreach's 422 wording for a prospect already in the sequence. */
export function saysAlreadyInSequence(error) {
    return (error.reason === 'validation' &&
        /already|has been taken|duplicate/i.test(`${error.detail ?? ''} ${error.title ?? ''}`));
}
/** Outreach's wording for an opted-out prospect. */
export function saysOptedOut(error) {
    return (error.reason === 'validation' &&
        /opt(ed)?[\s_-]?out|unsubscribed/i.test(`${error.detail ?? ''} ${error.title ?? ''}`));
}
