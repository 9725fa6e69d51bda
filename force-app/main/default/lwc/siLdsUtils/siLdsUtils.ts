// Service library (no template), as lwc-recipes' `ldsUtils`: turns the errors that wires, Apex, GraphQL
// and JavaScript produce into readable messages, and fills label placeholders.

/** The error shapes this project meets. Anything else is reported by its type, never dropped. */
export type PlatformError =
    | string
    | Error
    | { message?: unknown }
    | { body?: unknown; status?: number; statusText?: string }
    | null
    | undefined;

function messagesOfBody(body: unknown): string[] {
    if (Array.isArray(body)) return body.flatMap((b) => messagesOfBody(b));
    if (typeof body === 'string') return body ? [body] : [];
    if (!body || typeof body !== 'object') return [];
    const b = body as Record<string, unknown>;
    const out: string[] = [];
    // UI API DML, Apex and network errors.
    if (typeof b.message === 'string' && b.message) out.push(b.message);
    // UI API record errors: { output: { errors: [{ message }], fieldErrors: { Field: [{ message }] } } }
    const output = b.output as Record<string, unknown> | undefined;
    if (output && typeof output === 'object') {
        out.push(...messagesOfBody(output.errors));
        const fieldErrors = output.fieldErrors;
        if (fieldErrors && typeof fieldErrors === 'object') {
            for (const list of Object.values(fieldErrors as Record<string, unknown>)) out.push(...messagesOfBody(list));
        }
    }
    // Apex page errors: { pageErrors: [{ message }] }
    out.push(...messagesOfBody(b.pageErrors));
    return out;
}

/**
 * Reduces one or more errors to a list of messages. Handles wire and imperative LDS/Apex errors
 * (`body.message`, `body` arrays, `body.output.errors`, `pageErrors`), GraphQL wire `errors`
 * (`[{ message }]`), JavaScript `Error`s and strings. An error with no message gives its status text
 * or a description of its type, so that nothing is reduced to nothing.
 */
export function reduceErrors(errors: PlatformError | readonly PlatformError[]): string[] {
    const list = Array.isArray(errors) ? (errors as readonly PlatformError[]) : [errors as PlatformError];
    const messages: string[] = [];
    for (const error of list) {
        if (error === null || error === undefined) continue;
        if (typeof error === 'string') {
            if (error) messages.push(error);
            continue;
        }
        const e = error as Record<string, unknown>;
        const fromBody = 'body' in e ? messagesOfBody(e.body) : [];
        if (fromBody.length > 0) messages.push(...fromBody);
        else if (typeof e.message === 'string' && e.message) messages.push(e.message);
        else if (typeof e.statusText === 'string' && e.statusText) messages.push(e.statusText);
        else if (typeof e.status === 'number') messages.push(`HTTP ${e.status}`);
        else messages.push(`Unknown error (${Object.prototype.toString.call(error)})`);
    }
    return [...new Set(messages)];
}

/** Fills `{0}`, `{1}`... in a label with the given values; a placeholder without a value stays visible. */
export function formatLabel(label: string, ...values: ReadonlyArray<string | number>): string {
    return label.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? whole : String(value);
    });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `YYYY-MM-DD` date (as the engine returns dates) in the user's locale, e.g. `Nov 25, 2025`. Read as a
 * calendar day (UTC), so it never shifts by a time zone. Anything else is returned unchanged.
 */
export function formatDay(day: string | null | undefined, locale?: string): string {
    if (typeof day !== 'string') return '';
    const m = DAY.exec(day);
    if (!m) return day;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return dayFormat(locale).format(date);
}

/** One formatter per locale: building an `Intl.DateTimeFormat` costs far more than formatting with it. */
const DAY_FORMATS = new Map<string | undefined, Intl.DateTimeFormat>();

function dayFormat(locale: string | undefined): Intl.DateTimeFormat {
    let format = DAY_FORMATS.get(locale);
    if (!format) {
        format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
        DAY_FORMATS.set(locale, format);
    }
    return format;
}
