// Shared plumbing of the browser-side stand-ins: the preview context the server inlines into the page,
// and JSON calls to the server's stand-in endpoints (preview/server/api.ts).

export interface PreviewContext {
    asOf: string;
    dataDir: string;
    accounts: Array<{ Id: string; Name: string }>;
}

declare global {
    interface Window {
        SI_PREVIEW_CONTEXT?: PreviewContext | null;
    }
}

export function previewContext(): PreviewContext {
    const context = window.SI_PREVIEW_CONTEXT;
    if (!context) throw new Error('The preview context is missing: open the page through the preview server (npm start).');
    return context;
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
        response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    } catch (e) {
        throw platformError(0, `The preview server did not answer (${e instanceof Error ? e.message : String(e)}).`);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
        parsed = text ? JSON.parse(text) : null;
    } catch {
        throw platformError(response.status, `The preview server sent a response that is not JSON: ${text.slice(0, 200)}`);
    }
    if (!response.ok) {
        const message = (parsed as { body?: { message?: string } } | null)?.body?.message ?? `HTTP ${response.status}`;
        throw platformError(response.status, message);
    }
    return parsed as T;
}

/** Deep-freezes what a wire emits: platform data is read-only, and a component that mutates it must fail here too. */
export function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    }
    return value;
}

/** Browser-side stand-in events the page listens to (toasts, navigation, record changes). */
export const PREVIEW_EVENTS = {
    navigate: 'si-preview-navigate',
    recordChanged: 'si-preview-record-changed'
} as const;
