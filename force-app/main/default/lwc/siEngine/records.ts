// Reading input records: what every pass over them shares.
import * as datesModule from './dates';
import type { QualityNotes } from './quality';

// Bound once (see insight.ts): a bundler's CommonJS reads imported bindings through getters.
const { parseDay } = datesModule;

export function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first valid date of up to three fields, in order; notes malformed ones. No allocation per record. */
export function dateOf(
    notes: QualityNotes,
    object: string,
    id: string | null,
    f1: string,
    v1: unknown,
    f2: string | null = null,
    v2: unknown = null,
    f3: string | null = null,
    v3: unknown = null
): number | null {
    let malformed: string | null = null;
    for (let k = 0; k < 3; k++) {
        const field = k === 0 ? f1 : k === 1 ? f2 : f3;
        const value = k === 0 ? v1 : k === 1 ? v2 : v3;
        if (field === null || value === null || value === undefined || value === '') continue;
        const day = parseDay(value);
        if (day !== null) {
            if (malformed) notes.add(object, malformed, `Not a date: ${field} used`, id);
            return day;
        }
        malformed ??= field;
    }
    notes.add(object, malformed ?? f1, malformed ? 'Not a date: not counted' : 'No date: not counted', id);
    return null;
}
