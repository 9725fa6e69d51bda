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

/** Month 1-12 and a day that month has (leap years included), read from `YYYY-MM-DD...` without a Date. */
function validDay(raw: string): boolean {
    const year = Number(raw.slice(0, 4));
    const month = Number(raw.slice(5, 7));
    const day = Number(raw.slice(8, 10));
    if (month < 1 || month > 12 || day < 1) return false;
    const days =
        month === 2
            ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
                ? 29
                : 28
            : [4, 6, 9, 11].includes(month)
              ? 30
              : 31;
    return day <= days;
}

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
            return DAY.test(raw) && validDay(raw) ? raw : new Error(`"${raw}" is not a date (YYYY-MM-DD)`);
        case 'datetime':
            return DATETIME.test(raw) && validDay(raw) ? raw : new Error(`"${raw}" is not a date/time`);
        case 'id':
            return ID.test(raw) ? raw : new Error(`"${raw}" is not a record Id (letters, digits and _ only)`);
        default:
            return raw;
    }
}

/** A header column, read once: the field, its relationship (`Campaign` of `Campaign.Name`) and type. */
interface Column {
    name: string;
    field: string;
    parent: string | null;
    type: FieldType | undefined;
}

/**
 * Turns the text cells of one CSV or Bulk API results page into typed records, for one header. `types`
 * adds field types (from a describe) to FIELD_TYPES; a field in neither stays text.
 */
export class RowConverter {
    readonly header: string[];
    private readonly columns: Column[];

    constructor(
        header: readonly string[],
        private readonly file: string,
        types: Readonly<Record<string, FieldType>> = {}
    ) {
        this.header = header.map((c) => c.trim());
        this.columns = this.header.map((name) => {
            const dot = name.indexOf('.');
            const field = dot > 0 ? name.slice(dot + 1) : name;
            return {
                name,
                field,
                parent: dot > 0 ? name.slice(0, dot) : null,
                type: dot > 0 ? FIELD_TYPES[field] : (types[field] ?? FIELD_TYPES[field])
            };
        });
    }

    /** The columns of `required` the header lacks. */
    missing(required: readonly string[]): string[] {
        return required.filter((c) => !this.header.includes(c));
    }

    /** Why the last row `convert` returned null for was malformed. */
    problem: RowProblem | null = null;

    /** The record of one row, or null when it is malformed (then `problem` says why; `row`: its 1-based line). */
    convert(cells: readonly string[], row: number): CsvRecord | null {
        if (cells.length !== this.columns.length) {
            this.problem = {
                file: this.file,
                row,
                column: '',
                message: `${cells.length} cells where the header has ${this.columns.length}`
            };
            return null;
        }
        const record: CsvRecord = {};
        for (let c = 0; c < this.columns.length; c++) {
            const column = this.columns[c] as Column;
            const raw = cells[c] as string;
            const value = column.type === undefined ? (raw === '' ? null : raw) : convert(column.type, raw);
            if (value instanceof Error) {
                this.problem = { file: this.file, row, column: column.name, message: value.message };
                return null;
            }
            if (column.parent) {
                if (value === null) continue;
                const parent = (record[column.parent] ?? {}) as Record<string, StoredValue>;
                parent[column.field] = value;
                record[column.parent] = parent;
            } else record[column.name] = value;
        }
        return record;
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
        let converter: RowConverter | null = null;
        let line = 0;
        let rows = 0;
        const skipped: RowProblem[] = [];
        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
            header: false,
            skipEmptyLines: true
        }) as NodeJS.ReadWriteStream;
        parser.on('data', (cells: string[]) => {
            line++;
            if (!converter) {
                converter = new RowConverter(cells, file);
                const missing = converter.missing(required);
                if (missing.length > 0) {
                    parser.removeAllListeners('data');
                    reject(
                        new InputError(
                            `${file}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header: ${converter.header.join(', ')})`
                        )
                    );
                }
                return;
            }
            const record = converter.convert(cells, line);
            if (!record) {
                if (converter.problem) skipped.push(converter.problem);
                return;
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
