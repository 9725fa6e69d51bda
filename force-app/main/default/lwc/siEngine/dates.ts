// Dates as whole UTC days since 1970-01-01: parsed once per record, compared as integers.

const DAY_MS = 86400000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses `YYYY-MM-DD` or an ISO date/time (`2024-05-01T10:00:00.000+0000`, `...Z`, `...+02:00`) into a day
 * number (UTC). Date/times are converted to their UTC date. Returns null for anything else, including
 * impossible dates such as 2024-02-30.
 */
export function parseDay(value: unknown): number | null {
    if (typeof value !== 'string') return null;
    const m = DATE_RE.exec(value.trim());
    if (!m) return null;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const dateMs = Date.UTC(year, month - 1, day);
    const check = new Date(dateMs);
    if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
    if (m[4] === undefined) return Math.floor(dateMs / DAY_MS);
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (hour > 23 || minute > 59 || second > 59) return null;
    let offsetMinutes = 0;
    const zone = m[7];
    if (zone && zone !== 'Z') {
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = Number(digits.slice(2, 4));
        if (oh > 14 || om > 59) return null;
        offsetMinutes = sign * (oh * 60 + om);
    }
    const ms = dateMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
    return Math.floor(ms / DAY_MS);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parses the scoring date; throws a clear error unless it is a valid `YYYY-MM-DD`. */
export function parseAsOf(asOf: unknown): number {
    if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        throw new Error(`asOf must be a date as YYYY-MM-DD, got ${JSON.stringify(asOf) ?? 'undefined'}`);
    }
    const day = parseDay(asOf);
    if (day === null) throw new Error(`asOf is not a real date: ${asOf}`);
    return day;
}

/** Weights 0.5^(age / halfLife) for ages 0 .. windowDays - 1, computed once per insight. */
export function decayTable(windowDays: number, halfLifeDays: number): Float64Array {
    const table = new Float64Array(Math.max(0, windowDays));
    for (let age = 0; age < table.length; age++) table[age] = Math.pow(0.5, age / halfLifeDays);
    return table;
}
