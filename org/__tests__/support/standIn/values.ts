// Converting written values (CSV cells, JSON values) to stored values by field type, and the
// `CODE:message:fields --` error strings Bulk API puts in `sf__Error`.
import { normalizeId } from './ids';
import { isDateString, isDateTimeString } from './schema';
import type { FieldInfo, SfValue } from './types';

export interface RowError {
    errorCode: string;
    message: string;
    fields: readonly string[];
}

/** `sf__Error` text: `UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--`. */
export function formatRowError(e: RowError): string {
    return `${e.errorCode}:${e.message}:${e.fields.length ? `${e.fields.join(',')} ` : ''}--`;
}

export type Converted = { ok: true; value: SfValue } | { ok: false; error: RowError };

const NUMERIC = new Set(['double', 'int', 'currency', 'percent']);

function typeError(info: FieldInfo, raw: unknown): Converted {
    return {
        ok: false,
        error: {
            errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
            message: `${info.label}: value not of required type: ${String(raw)}`,
            fields: [info.name]
        }
    };
}

/** A non-empty CSV cell (other than `#N/A`) converted for `info`'s type. */
export function fromText(info: FieldInfo, raw: string): Converted {
    if (info.type === 'boolean') {
        if (/^(true|1|yes)$/i.test(raw)) return { ok: true, value: true };
        if (/^(false|0|no)$/i.test(raw)) return { ok: true, value: false };
        return typeError(info, raw);
    }
    if (NUMERIC.has(info.type)) {
        const n = Number(raw);
        return raw.trim() !== '' && Number.isFinite(n) ? { ok: true, value: n } : typeError(info, raw);
    }
    if (info.type === 'date') {
        if (isDateString(raw)) return { ok: true, value: raw };
        if (isDateTimeString(raw)) return { ok: true, value: raw.slice(0, 10) };
        return typeError(info, raw);
    }
    if (info.type === 'datetime') {
        const ms = isDateTimeString(raw) ? Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
        if (Number.isNaN(ms))
            return isDateString(raw) ? { ok: true, value: `${raw}T00:00:00.000Z` } : typeError(info, raw);
        return { ok: true, value: new Date(ms).toISOString() };
    }
    if (info.type === 'reference' || info.type === 'id') {
        const id = normalizeId(raw);
        if (!id) {
            return {
                ok: false,
                error: {
                    errorCode: 'MALFORMED_ID',
                    message: `${info.label}: id value of incorrect type: ${raw}`,
                    fields: [info.name]
                }
            };
        }
        return { ok: true, value: id };
    }
    return { ok: true, value: raw };
}

/** A JSON value (REST create/update) converted for `info`'s type; null clears the field. */
export function fromJson(info: FieldInfo, value: unknown): Converted {
    if (value === null) return { ok: true, value: null };
    if (typeof value === 'string') return fromText(info, value);
    if (typeof value === 'number' && (NUMERIC.has(info.type) || !info.typeKnown)) return { ok: true, value };
    if (typeof value === 'boolean' && (info.type === 'boolean' || !info.typeKnown)) return { ok: true, value };
    return {
        ok: false,
        error: {
            errorCode: 'JSON_PARSER_ERROR',
            message: `Cannot deserialize instance of ${info.type} from ${typeof value} value`,
            fields: [info.name]
        }
    };
}
