import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
    classifyResponse,
    connectionReasonOf,
    isConnectionError,
    nextStepForError,
    OUTREACH_CONNECTION_ERROR_CODES,
    outcomeForError,
    retryAtFromHeaders
} from 'c/siOutreachClient';
import type { OutreachErrorInfo, OutreachHttpResponse } from 'c/siOutreachClient';
import connectionExpired from './data/transport-connection-expired.json';
import connectionRevoked from './data/transport-connection-revoked.json';
import notConnected from './data/transport-not-connected.json';
import { CONNECTION_CASES } from './fakeOutreach';
import error400 from './data/error-400.json';
import error401 from './data/error-401.json';
import error403Permission from './data/error-403-permission.json';
import error403Scope from './data/error-403-scope.json';
import error404 from './data/error-404.json';
import error422 from './data/error-422-validation.json';
import error429 from './data/error-429.json';
import error503 from './data/error-503.json';
import prospectsFound from './data/prospects-found.json';

const NOW = new Date('2025-11-25T14:00:00.000Z');

function response(status: number, body: unknown, headers: Record<string, string> = {}): OutreachHttpResponse {
    return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body), error: null };
}

function errorOf(res: OutreachHttpResponse): OutreachErrorInfo {
    const classified = classifyResponse(res, NOW);
    if (classified.ok) {
        throw new Error(`expected an error for status ${res.status}`);
    }
    return classified.error;
}

describe('siOutreachClient classification', () => {
    it('returns the document of a 2xx JSON:API answer', () => {
        const classified = classifyResponse(response(200, prospectsFound), NOW);
        expect(classified).toEqual({ ok: true, status: 200, document: prospectsFound });
    });

    it.each([
        ['400', 400, error400, 'badRequest', 'failed', 'contactAdmin'],
        ['401', 401, error401, 'unauthorized', 'failed', 'connectOutreach'],
        ['403 scope', 403, error403Scope, 'scope', 'notPermitted', 'askAdminForScope'],
        ['403 permission', 403, error403Permission, 'permission', 'notPermitted', 'askOutreachAdmin'],
        ['404', 404, error404, 'notFound', 'failed', 'reviewSelection'],
        ['422', 422, error422, 'validation', 'failed', 'fixRecord'],
        ['500', 500, { errors: [{ id: 'internalError', title: 'Internal Error' }] }, 'server', 'failed', 'retryLater']
    ])('classifies %s', (_name, status, body, reason, outcome, nextStep) => {
        const error = errorOf(response(status, body));
        expect(error.reason).toBe(reason);
        expect(error.status).toBe(status);
        expect(outcomeForError(error)).toBe(outcome);
        expect(nextStepForError(error)).toBe(nextStep);
        expect(error.transient).toBe(reason === 'server');
    });

    it('keeps Outreach id, title, detail and the JSON pointer of a 422', () => {
        expect(errorOf(response(422, error422))).toEqual({
            reason: 'validation',
            status: 422,
            code: 'validationError',
            title: 'Validation Error',
            detail: "Mailbox can't be used to send: sending is disabled.",
            pointer: '/data/relationships/mailbox',
            retryAt: null,
            transient: false
        });
    });

    it('tells a missing scope from a missing permission by the error id', () => {
        expect(errorOf(response(403, error403Scope)).code).toBe('unauthorizedOauthScope');
        expect(
            errorOf(response(403, { errors: [{ title: 'Forbidden', detail: 'Missing scope prospects.write' }] })).reason
        ).toBe('scope');
        expect(errorOf(response(403, '')).reason).toBe('permission');
    });

    it('reads a 429 retry time from Retry-After seconds', () => {
        const error = errorOf(response(429, error429, { 'Retry-After': '120', 'X-RateLimit-Remaining': '0' }));
        expect(error).toMatchObject({
            reason: 'rateLimited',
            code: 'rateLimitExceeded',
            retryAt: '2025-11-25T14:02:00.000Z',
            transient: false
        });
        expect(outcomeForError(error)).toBe('rateLimited');
        expect(nextStepForError(error)).toBe('retryAt');
    });

    it('reads a 429 retry time from X-RateLimit-Reset (epoch seconds) when Retry-After is absent, any header case', () => {
        const reset = String(Date.parse('2025-11-25T15:00:00.000Z') / 1000);
        expect(errorOf(response(429, error429, { 'x-ratelimit-reset': reset })).retryAt).toBe(
            '2025-11-25T15:00:00.000Z'
        );
        expect(retryAtFromHeaders(response(429, error429, { 'X-RateLimit-Reset': '30' }), NOW)).toBe(
            '2025-11-25T14:00:30.000Z'
        );
        expect(errorOf(response(429, error429)).retryAt).toBeNull();
        expect(nextStepForError(errorOf(response(429, error429)))).toBe('retryLater');
    });

    it('reads a 503 maintenance window from an HTTP-date Retry-After and marks it transient', () => {
        const error = errorOf(response(503, error503, { 'Retry-After': 'Tue, 25 Nov 2025 14:30:00 GMT' }));
        expect(error).toMatchObject({
            reason: 'server',
            code: 'scheduledServerMaintenance',
            retryAt: '2025-11-25T14:30:00.000Z',
            transient: true
        });
    });

    it('classifies a timeout and a connection failure (no HTTP answer) as transient', () => {
        const timeout = errorOf({ status: 0, headers: {}, body: null, error: 'Read timed out' });
        expect(timeout).toMatchObject({ reason: 'timeout', status: 0, detail: 'Read timed out', transient: true });
        const refused = errorOf({ status: 0, headers: {}, body: null, error: 'Unable to tunnel through proxy' });
        expect(refused).toMatchObject({ reason: 'transport', transient: true });
        expect(nextStepForError(refused)).toBe('retryLater');
    });

    it('treats an unreadable 2xx body and an unknown status as unexpected', () => {
        expect(errorOf(response(200, '<html>gateway</html>')).reason).toBe('unexpectedResponse');
        expect(errorOf(response(302, '')).reason).toBe('unexpectedResponse');
        const plain = errorOf(response(502, 'Bad Gateway'));
        expect(plain).toMatchObject({ reason: 'server', detail: 'Bad Gateway' });
    });

    describe("the rep's Outreach connection (the transport's errorCode)", () => {
        it.each(CONNECTION_CASES)('$state: its own reason and next step, never retried', (c) => {
            const failed = errorOf(c.failure.failed);
            expect(failed).toMatchObject({ reason: c.reason, code: c.code, transient: false, retryAt: null });
            expect(isConnectionError(failed)).toBe(true);
            expect(nextStepForError(failed)).toBe(c.nextStep);
            expect(outcomeForError(failed)).toBe('failed');
            // The requests the transport did not send after it carry the same reason.
            expect(errorOf(c.failure.notSent)).toMatchObject({
                reason: c.reason,
                code: c.code,
                status: 0,
                transient: false
            });
        });

        it('keeps what the platform or Outreach said as the detail', () => {
            expect(errorOf(notConnected.failed).detail).toBe(notConnected.failed.error);
            expect(errorOf(connectionExpired.failed)).toMatchObject({
                status: 0,
                detail: 'Unable to fetch the OAuth token. Error: . Error description: .'
            });
            // A 401 keeps its status; its OAuth error body gives the description.
            expect(errorOf(connectionRevoked.failed)).toMatchObject({
                status: 401,
                detail: 'The access token was revoked'
            });
            expect(errorOf({ ...connectionRevoked.failed, body: 'revoked' }).detail).toBe('revoked');
        });

        it('decides before the status: a 401 the transport did not name stays unauthorized, a 5xx named is not retried', () => {
            expect(errorOf(response(401, error401)).reason).toBe('unauthorized');
            expect(isConnectionError(errorOf(response(401, error401)))).toBe(false);
            expect(errorOf({ ...response(503, error503), errorCode: 'OUTREACH_CONNECTION_EXPIRED' })).toMatchObject({
                reason: 'connectionExpired',
                transient: false
            });
        });

        it('ignores an unknown or missing code', () => {
            expect(connectionReasonOf('OUTREACH_SOMETHING_ELSE')).toBeNull();
            expect(connectionReasonOf('toString')).toBeNull();
            expect(connectionReasonOf(null)).toBeNull();
            expect(
                errorOf({ status: 0, headers: {}, body: null, error: 'Read timed out', errorCode: 'X' }).reason
            ).toBe('timeout');
        });

        it('uses the same codes as SI_OutreachConnection.cls', () => {
            const apex = readFileSync(join(__dirname, '../../../classes/SI_OutreachConnection.cls'), 'utf8');
            const codes = [...apex.matchAll(/public static final String (\w+) = '([A-Z_]+)';/g)].map((m) => m[2]);
            expect(codes.sort()).toEqual(Object.keys(OUTREACH_CONNECTION_ERROR_CODES).sort());
        });
    });
});
