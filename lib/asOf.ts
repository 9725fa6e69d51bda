// The as-of date of a data set (the day its dates are relative to, the day it is meant to be scored at)
// and moving a data set to another day. Used by the sample data generator, the preview server (which
// moves `data/` to today) and `npm run insight` (which warns when the data is far older than its as-of).
//
// Days are the engine's: whole UTC days (`parseDay`), so a data set moved by N days scores on its new
// as-of exactly as it scored on its old one: every window of the engine counts days back from the as-of.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDay, parseAsOf, parseDay } from '../force-app/main/default/lwc/siEngine/dates';

/** The day the committed sample data set (`data/`) is generated for. */
export const SAMPLE_AS_OF = '2026-11-02';

/**
 * The file of a data folder that names the day its dates are relative to. It is not an sObject tree
 * file: no plan lists it, so `sf data import tree --plan` never reads it, and `readSObjectTree` skips it
 * in a folder without a plan.
 */
export const DATA_AS_OF_FILE = 'sample-as-of.json';

/** A problem with a data folder's as-of file, naming the file. */
export class DataAsOfError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'DataAsOfError';
    }
}

/** The content of the as-of file for a data set generated for `asOf`. */
export function dataAsOfJson(asOf: string): string {
    parseAsOf(asOf);
    const about =
        'The day every date of this data set is relative to. Not an sObject tree file: the plan does not list it. ' +
        'Regenerate for another day with: npm run generate:data -- --as-of YYYY-MM-DD --out <dir>';
    return `${JSON.stringify({ asOf, about }, null, 2)}\n`;
}

/** The as-of a data folder declares (its DATA_AS_OF_FILE), or null when it has none (an org export). */
export function readDataAsOf(dir: string): string | null {
    const file = join(dir, DATA_AS_OF_FILE);
    if (!existsSync(file)) return null;
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (e) {
        throw new DataAsOfError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    const asOf = typeof parsed === 'object' && parsed !== null ? (parsed as { asOf?: unknown }).asOf : undefined;
    try {
        parseAsOf(asOf);
    } catch (e) {
        throw new DataAsOfError(`${file}: "asOf" ${(e as Error).message}`);
    }
    return asOf as string;
}

/** Days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
    return parseAsOf(to) - parseAsOf(from);
}

/** The YYYY-MM-DD `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
    return formatDay(parseAsOf(date) + days);
}

/** Today's date on this machine's calendar, YYYY-MM-DD: what "today" means to the person running a tool. */
export function localToday(now: Date = new Date()): string {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date (`2026-11-02`) or date/time (`2026-11-02T14:30:00.000Z`, `...+0000`, `...+02:00`, no zone) value. */
const DATE_VALUE = /^(\d{4}-\d{2}-\d{2})((?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$/;

/**
 * `value` moved `days` days, in the same format: the date part moves, the time of day and the zone stay,
 * so a date/time's UTC date moves by exactly `days` too. Null when `value` is not a date or date/time.
 */
export function shiftDateValue(value: string, days: number): string | null {
    const m = DATE_VALUE.exec(value);
    if (!m || parseDay(value) === null) return null;
    const day = parseDay(m[1]) as number;
    return `${formatDay(day + days)}${m[2] ?? ''}`;
}

/**
 * Moves every date and date/time of a record `days` days, in place, and returns how many values moved.
 * A value is a date by its form (`YYYY-MM-DD`, an ISO date/time), whatever its field: tree files carry
 * no field types, and an org export has date fields no list would name (CreatedDate, LastActivityDate...).
 * Nested child records (`"Contacts": { "records": [...] }`) move too; `attributes` is left alone.
 */
export function shiftRecordDates(record: Record<string, unknown>, days: number): number {
    let moved = 0;
    for (const [field, value] of Object.entries(record)) {
        if (field === 'attributes') continue;
        if (typeof value === 'string') {
            const shifted = days === 0 ? null : shiftDateValue(value, days);
            if (shifted !== null) {
                record[field] = shifted;
                moved++;
            }
        } else if (Array.isArray(value)) {
            for (const item of value) if (isObject(item)) moved += shiftRecordDates(item, days);
        } else if (isObject(value)) {
            moved += shiftRecordDates(value, days);
        }
    }
    return moved;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
