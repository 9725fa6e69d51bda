// Writes an sObject tree (as `readSObjectTree` gives it) as the CSV files `sf data export bulk
// --result-format csv` writes, one per object the engine reads: the input of `npm run score`.
//
// The format is Bulk API 2.0's query result, which `sf data export bulk` saves unchanged (pages are
// concatenated, the header of every page after the first skipped):
// - a header row of field API names; relationship fields as dotted names (`Campaign.Name`);
// - every value quoted (RFC 4180: `"` doubled inside a quoted value), a null an empty cell;
// - booleans `true` / `false`, dates `YYYY-MM-DD`, date/times `2026-01-31T14:05:00.000Z` (UTC);
// - LF after every row, the last one included (what lets `sf` append the next page as is).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { recordId } from '../force-app/main/default/lwc/siEngine/quality';
import type { SObjectTree } from './sobjectTree';

/** The objects `npm run score` reads, one `<Object>.csv` each. */
export const SCORE_OBJECTS = [
    'Account',
    'Contact',
    'Lead',
    'Task',
    'Event',
    'Campaign',
    'CampaignMember',
    'Opportunity',
    'SI_Intent_Signal__c'
] as const;
export type ScoreObject = (typeof SCORE_OBJECTS)[number];

/** One CSV cell: text, or null for an empty cell. */
export type CsvCell = string | null;

/** One file written: its name, its data rows (the header not counted) and its header. */
export interface CsvFileInfo {
    name: string;
    rows: number;
    columns: string[];
}

export interface CsvExportResult {
    /** The nine files, in `SCORE_OBJECTS` order (an object without records gets a header-only file). */
    files: CsvFileInfo[];
    /** sObject types of the tree the engine does not read (not written), with their record counts. */
    skipped: string[];
}

/** Papaparse options of the Bulk API CSV: every value quoted, `"` doubled, LF. */
const UNPARSE_CONFIG: Papa.UnparseConfig = { quotes: true, quoteChar: '"', escapeChar: '"', delimiter: ',', newline: '\n', header: false };

/** CSV text of rows (each ending with LF), quoted by papaparse. */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
    if (rows.length === 0) return '';
    return `${Papa.unparse(rows as CsvCell[][], UNPARSE_CONFIG)}\n`;
}

/** Rows written per `writeSync`: bounds the memory of a large object's text. */
const CHUNK_ROWS = 5000;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A date/time with an offset (`2026-01-31T14:05:00.000+0000`, the form `sf data export tree` and the REST API
 * write) as Bulk API CSV writes it (`2026-01-31T14:05:00.000Z`, UTC, milliseconds); other text unchanged.
 * The engine reads both as the same UTC day, so scores do not change.
 */
export function bulkDateTime(value: string): string {
    if (value.length === 24 && value.charCodeAt(23) === 90 && value.charCodeAt(10) === 84) return value; // already ...sssZ
    const m = ISO_DATE_TIME.exec(value);
    if (!m) return value;
    const [, y, mo, d, h, mi, s, frac, zone] = m as unknown as string[];
    let offset = 0;
    if (zone !== 'Z') {
        const digits = (zone as string).replace(':', '');
        offset = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? '0').padEnd(3, '0').slice(0, 3))) - offset * 60_000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** The CSV text of one scalar field value: null for null, undefined and empty text. */
export function csvValue(value: unknown): CsvCell {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value === '' ? null : bulkDateTime(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
    if (typeof value === 'bigint') return value.toString();
    return JSON.stringify(value); // a list: not a field of a Bulk API query; kept, not lost
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A record's cells by column: `Id` the engine's record id (`Id`, else `attributes.referenceId`), nested
 * objects (a parent record such as `Campaign` on a CampaignMember) as dotted columns, `attributes` dropped.
 * `nullFields` collects the columns that were null here (they may be parent objects on other records).
 */
function flatten(record: Record<string, unknown>, prefix: string, out: Map<string, CsvCell>, nullFields: Set<string>): void {
    for (const [field, value] of Object.entries(record)) {
        if (field === 'attributes') continue;
        const column = prefix + field;
        if (!prefix && field === 'Id') continue; // set by the caller
        if (isPlainObject(value)) flatten(value, `${column}.`, out, nullFields);
        else {
            out.set(column, csvValue(value));
            if (value === null || value === undefined) nullFields.add(column);
        }
    }
}

/** Cells of each record and the columns: `Id`, then every column in first-seen order. */
function tabulate(records: readonly Record<string, unknown>[]): { columns: string[]; rows: Map<string, CsvCell>[] } {
    const seen = new Set<string>(['Id']);
    const nullFields = new Set<string>();
    const rows = records.map((record) => {
        const cells = new Map<string, CsvCell>([['Id', recordId(record as { Id?: unknown; attributes?: { referenceId?: unknown } })]]);
        flatten(record, '', cells, nullFields);
        for (const column of cells.keys()) seen.add(column);
        return cells;
    });
    // A parent that is null on some records and an object on others is only its dotted columns (a null
    // parent is all of them empty), as a Bulk API query of `Campaign.Name` gives it.
    const all = [...seen];
    const columns = all.filter((c) => !(nullFields.has(c) && all.some((d) => d.startsWith(`${c}.`))));
    return { columns, rows };
}

function writeCsvFile(path: string, columns: readonly string[], rows: readonly Map<string, CsvCell>[]): void {
    const fd = openSync(path, 'w');
    try {
        writeSync(fd, csvRows([columns]));
        for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
            const chunk = rows.slice(from, from + CHUNK_ROWS).map((cells) => columns.map((c) => cells.get(c) ?? null));
            writeSync(fd, csvRows(chunk));
        }
    } finally {
        closeSync(fd);
    }
}

/**
 * Writes `<Object>.csv` into `outDir` (created if missing) for each of `SCORE_OBJECTS`, from a tree whose
 * references are resolved (`readSObjectTree`). The `Id` column holds the id the engine gives the record
 * (`Id`, or the referenceId of a record without one, as `readSObjectTree` resolves references to), and
 * lookups keep their resolved values, so the CSVs link exactly as the tree does. Columns are the union of
 * the object's fields, `Id` first, then first-seen order; existing files of those names are replaced.
 */
export function exportTreeAsCsv(tree: SObjectTree, outDir: string): CsvExportResult {
    mkdirSync(outDir, { recursive: true });
    const files: CsvFileInfo[] = [];
    for (const type of SCORE_OBJECTS) {
        const records = (tree.byType.get(type) ?? []) as readonly Record<string, unknown>[];
        const { columns, rows } = tabulate(records);
        const name = `${type}.csv`;
        writeCsvFile(join(outDir, name), columns, rows);
        files.push({ name, rows: rows.length, columns });
    }
    const wanted = new Set<string>(SCORE_OBJECTS);
    const skipped = [...tree.byType].filter(([type]) => !wanted.has(type)).map(([type, records]) => `${type} (${records.length})`);
    return { files, skipped };
}
