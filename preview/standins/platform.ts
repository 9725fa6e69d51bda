// Shared plumbing of the browser-side stand-ins: the preview context the server inlines into the page,
// and JSON calls to the server's stand-in endpoints (preview/server/api.ts).

export interface PreviewContext {
    asOf: string;
    dataDir: string;
    accounts: Array<{ Id: string; Name: string }>;
    /** The page account's record with every field (preview/server/api.ts `pageRecord`): LDS's cache of the record page. */
    pageRecord?: unknown;
    /** The data set's orchestrations and the orchestration page's record (preview/server/api.ts `context`). */
    orchestrations?: Array<{ Id: string; Name: string }>;
    orchestrationRecord?: unknown;
    /** The page's day (preview/server/server.ts `PreviewClock`); see `previewClock()`. */
    clock?: PreviewClock;
}

/** The day the page runs on, and how the data was moved to it (preview/server/server.ts `PreviewClock`). */
export interface PreviewClock {
    /** The panel's "today". */
    asOf: string;
    /** True when the server's --as-of pinned the day; false when it is today. */
    pinned: boolean;
    /** The day the data folder declares its dates are relative to, or null. */
    dataAsOf: string | null;
    /** Days the server moved the data's dates, from `dataAsOf` to `asOf`. */
    shiftDays: number;
}

declare global {
    interface Window {
        SI_PREVIEW_CONTEXT?: PreviewContext | null;
    }
}

export function previewContext(): PreviewContext {
    const context = window.SI_PREVIEW_CONTEXT;
    if (!context)
        throw new Error('The preview context is missing: open the page through the preview server (npm start).');
    return context;
}

/** The page's day: the server's clock, or (a context without one) pinned on the context's as-of, data as served. */
export function previewClock(): PreviewClock {
    const context = previewContext();
    return context.clock ?? { asOf: context.asOf, pinned: true, dataAsOf: null, shiftDays: 0 };
}

/** A platform-shaped error: what `@wire` and imperative calls hand a component (`{ status, body: { message } }`). */
export interface PlatformError {
    status: number;
    statusText: string;
    body: { message: string };
}

export function platformError(status: number, message: string): PlatformError {
    return { status, statusText: message, body: { message } };
}

/** POSTs JSON to a stand-in endpoint; rejects with a platform-shaped error on failure. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
        response = await fetch(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body)
        });
    } catch (e) {
        throw platformError(0, `The preview server did not answer (${e instanceof Error ? e.message : String(e)}).`);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
        parsed = text ? JSON.parse(text) : null;
    } catch {
        throw platformError(
            response.status,
            `The preview server sent a response that is not JSON: ${text.slice(0, 200)}`
        );
    }
    if (!response.ok) {
        const message = (parsed as { body?: { message?: string } } | null)?.body?.message ?? `HTTP ${response.status}`;
        throw platformError(response.status, message);
    }
    return parsed as T;
}

/** Deep-freezes what a wire emits: platform data is read-only, and a component that mutates it must fail here too. */
export function deepFreeze<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    // A loop over a stack, not recursion with Object.values: a GraphQL answer has tens of thousands of
    // small objects, and this runs before the panel sees its data (half the time of the recursive form).
    const stack: object[] = [value as object];
    while (stack.length > 0) {
        const v = stack.pop() as Record<string, unknown>;
        if (Object.isFrozen(v)) continue;
        Object.freeze(v);
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++) {
                const child: unknown = v[i];
                if (child !== null && typeof child === 'object') stack.push(child);
            }
        } else {
            for (const key in v) {
                if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
                const child = v[key];
                if (child !== null && typeof child === 'object') stack.push(child);
            }
        }
    }
    return value;
}

/** Browser-side stand-in events the page listens to (toasts, navigation, record changes). */
export const PREVIEW_EVENTS = {
    navigate: 'si-preview-navigate',
    recordChanged: 'si-preview-record-changed'
} as const;
