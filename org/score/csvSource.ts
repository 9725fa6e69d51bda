// Reads one `sf data export bulk` CSV file as typed records, streamed through papaparse: header of API
// names, `Campaign.Name` relationship columns as nested objects, empty cell = null. A row with a malformed
// value is skipped and reported by file, row and column.
import { createReadStream, existsSync } from 'node:fs';
import Papa from 'papaparse';
import { FIELD_TYPES, type FieldType, type StoredValue } from './fields';

export type CsvRecord = Record<string, StoredValue | Record<string, StoredValue>>;

export interface RowProblem {
    file: string;
    /** 1-based line of the row in the file (the header is line 1). */
    row: number;
    column: string;
    message: string;
}

export class InputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'InputError';
    }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Salesforce Ids (15 or 18 letters and digits) and the reference ids of sObject tree exports (AccountRef1). */
const ID = /^[A-Za-z0-9_]{1,80}$/;

function convert(type: FieldType | undefined, raw: string): StoredValue | Error {
    if (raw === '') return null;
    switch (type) {
        case 'boolean':
            if (raw === 'true' || raw === 'false') return raw === 'true';
            return new Error(`"${raw}" is not true or false`);
        case 'number': {
            const n = Number(raw);
            return raw.trim() !== '' && Number.isFinite(n) ? n : new Error(`"${raw}" is not a number`);
        }
        case 'date':
            return DAY.test(raw) && !Number.isNaN(Date.parse(raw))
                ? raw
                : new Error(`"${raw}" is not a date (YYYY-MM-DD)`);
        case 'datetime':
            return DATETIME.test(raw) && !Number.isNaN(Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')))
                ? raw
                : new Error(`"${raw}" is not a date/time`);
        case 'id':
            return ID.test(raw) ? raw : new Error(`"${raw}" is not a record Id (letters, digits and _ only)`);
        default:
            return raw;
    }
}

export interface ReadResult {
    rows: number;
    skipped: RowProblem[];
}

/**
 * Calls `onRecord` for every well-formed row of `path`, in file order, with its 1-based row number.
 * A missing file has no rows; a file without the `required` columns is an InputError.
 */
export function readCsvRecords(
    path: string,
    file: string,
    required: readonly string[],
    onRecord: (record: CsvRecord, row: number) => void
): Promise<ReadResult> {
    if (!existsSync(path)) return Promise.resolve({ rows: 0, skipped: [] });
    return new Promise((resolve, reject) => {
        let header: string[] | null = null;
        let line = 0;
        let rows = 0;
        const skipped: RowProblem[] = [];
        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
            header: false,
            skipEmptyLines: true
        }) as NodeJS.ReadWriteStream;
        parser.on('data', (cells: string[]) => {
            line++;
            if (!header) {
                header = cells.map((c) => c.trim());
                const missing = required.filter((c) => !header?.includes(c));
                if (missing.length > 0) {
                    parser.removeAllListeners('data');
                    reject(
                        new InputError(
                            `${file}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header: ${header.join(', ')})`
                        )
                    );
                }
                return;
            }
            if (cells.length !== header.length) {
                skipped.push({
                    file,
                    row: line,
                    column: '',
                    message: `${cells.length} cells where the header has ${header.length}`
                });
                return;
            }
            const record: CsvRecord = {};
            for (let c = 0; c < header.length; c++) {
                const column = header[c] as string;
                const dot = column.indexOf('.');
                const field = dot > 0 ? column.slice(dot + 1) : column;
                const value = convert(FIELD_TYPES[field], cells[c] as string);
                if (value instanceof Error) {
                    skipped.push({ file, row: line, column, message: value.message });
                    return;
                }
                if (dot > 0) {
                    if (value === null) continue;
                    const name = column.slice(0, dot);
                    const parent = (record[name] ?? {}) as Record<string, StoredValue>;
                    parent[field] = value;
                    record[name] = parent;
                } else record[column] = value;
            }
            rows++;
            onRecord(record, line);
        });
        parser.on('end', () => resolve({ rows, skipped }));
        parser.on('error', reject);
        const input = createReadStream(path);
        input.on('error', reject);
        input.pipe(parser);
    });
}
