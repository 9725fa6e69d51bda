// CSV as Bulk API 2.0 speaks it: RFC 4180 quoting, the job's column delimiter and line ending,
// every value quoted except empty ones (null), and a line ending after the last row.
import Papa from 'papaparse';
import type { SfValue } from './types';

export const COLUMN_DELIMITERS: Readonly<Record<string, string>> = {
    COMMA: ',',
    TAB: '\t',
    PIPE: '|',
    SEMICOLON: ';',
    CARET: '^',
    BACKQUOTE: '`'
};

export const LINE_ENDINGS: Readonly<Record<string, string>> = { LF: '\n', CRLF: '\r\n' };

export interface CsvDialect {
    columnDelimiter: string;
    lineEnding: string;
}

/** How a stored value is written in a CSV cell: null -> empty, booleans `true`/`false`. */
export function csvCell(value: SfValue | undefined): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return String(value);
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], dialect: CsvDialect): string {
    const newline = LINE_ENDINGS[dialect.lineEnding] ?? '\n';
    const text = Papa.unparse(
        { fields: [...header], data: rows.map((r) => [...r]) },
        {
            delimiter: COLUMN_DELIMITERS[dialect.columnDelimiter] ?? ',',
            newline,
            quotes: (value: unknown) => value !== '' && value !== null && value !== undefined,
            header: true
        }
    );
    return text + newline;
}

export interface ParsedCsv {
    header: string[];
    rows: string[][];
}

/** Parses uploaded job data. Throws with a Bulk-style message when the CSV is malformed. */
export function parseCsv(text: string, dialect: CsvDialect): ParsedCsv {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const result = Papa.parse<string[]>(body, {
        delimiter: COLUMN_DELIMITERS[dialect.columnDelimiter] ?? ',',
        newline: (LINE_ENDINGS[dialect.lineEnding] ?? '\n') as '\n' | '\r\n',
        skipEmptyLines: true,
        header: false
    });
    const fatal = result.errors.find((e) => e.type === 'Quotes');
    if (fatal) throw new Error(`ClientInputError : Invalid CSV at row ${fatal.row ?? 0}: ${fatal.message}`);
    const [header = [], ...rows] = result.data;
    return { header, rows };
}
