// Raw HTTP against the org for what the Connection cannot do: stream a CSV body up (ingest) or down
// (query and ingest results) with the response headers (Sforce-Locator). The session is the Connection's:
// a 401 refreshes it once through the sf CLI's stored auth; 429 and 5xx are retried with backoff.
import type { Connection } from '@salesforce/core';
import { SalesforceError } from './errors';

export interface RawOptions {
    method?: 'GET' | 'PUT';
    /** Makes the body for each attempt (a stream cannot be sent twice). */
    body?: () => BodyInit;
    headers?: Record<string, string>;
    /** What the request is, for error messages ("results page of query job 750..."). */
    what: string;
    /** Retries of a 429 or 5xx answer or a dropped connection before ServerError (default 3). */
    retries?: number;
    /** Time allowed for the answer (default 10 minutes). */
    timeoutMs?: number;
    sleep?: (ms: number) => Promise<void>;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one request through the Connection's session and returns the successful (2xx) response. */
export async function rawRequest(conn: Connection, path: string, options: RawOptions): Promise<Response> {
    const url = conn.normalizeUrl(path);
    const retries = options.retries ?? 3;
    const sleep = options.sleep ?? defaultSleep;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
        let response: Response;
        try {
            const body = options.body?.();
            response = await fetch(url, {
                method: options.method ?? 'GET',
                headers: { Authorization: `Bearer ${conn.accessToken ?? ''}`, ...options.headers },
                signal: AbortSignal.timeout(options.timeoutMs ?? 10 * 60 * 1000),
                ...(body ? { body, duplex: 'half' } : {})
            } as RequestInit);
        } catch (e) {
            if ((e as Error).name === 'TimeoutError')
                throw new SalesforceError('Timeout', `${options.what} took too long`);
            if (attempt < retries) {
                await sleep(500 * 2 ** attempt);
                continue;
            }
            throw new SalesforceError(
                'ServerError',
                `${options.what}: ${(e as Error).message} after ${retries} retries`
            );
        }
        if (response.status === 401 && !refreshed) {
            refreshed = true;
            await response.body?.cancel();
            await conn.refreshAuth();
            attempt--;
            continue;
        }
        if (response.status === 401)
            throw new SalesforceError('SessionExpired', 'the session expired and could not be refreshed');
        if ((response.status === 429 || response.status >= 500) && attempt < retries) {
            await response.body?.cancel();
            await sleep(500 * 2 ** attempt);
            continue;
        }
        if (response.status >= 500 || response.status === 429)
            throw new SalesforceError(
                'ServerError',
                `HTTP ${response.status} for ${options.what} after ${retries} retries`
            );
        if (!response.ok)
            throw new SalesforceError(
                'RequestFailed',
                `HTTP ${response.status} for ${options.what}: ${await response.text()}`
            );
        return response;
    }
}
