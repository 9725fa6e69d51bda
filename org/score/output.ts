// The update CSVs (`Id` plus the SI_ columns that changed, parts of at most 100 MB, ready for
// `sf data update bulk` or a Bulk API 2.0 update job) built from the change rows kept on disk.
import { createReadStream, existsSync, writeFileSync, appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { UpdateRow } from './changes';

export const MAX_PART_BYTES = 100 * 1024 * 1024;

export interface WrittenFile {
    file: string;
    rows: number;
}

/**
 * Writes `<object>.csv` (then `<object>-2.csv`... when a part would pass `maxBytes`) from the JSON lines
 * of `changesPath`, with `Id` and exactly the `columns` that changed somewhere. Returns the files.
 */
export async function writeUpdateCsv(
    changesPath: string,
    outDir: string,
    object: string,
    columns: readonly string[],
    maxBytes = MAX_PART_BYTES,
    idColumn = 'Id',
    /** Fields known only after every account (the recommended tiers): merged into the row of their Id, or a row of their own. */
    late?: ReadonlyMap<string, UpdateRow>
): Promise<WrittenFile[]> {
    if (!existsSync(changesPath) && !late?.size) return [];
    const header = [idColumn, ...columns];
    const headerLine = `${Papa.unparse([header], { newline: '\n' })}\n`;
    const files: WrittenFile[] = [];
    let part: WrittenFile | null = null;
    let bytes = 0;
    let buffer: string[] = [];
    const flush = (to: WrittenFile): void => {
        if (buffer.length > 0) appendFileSync(join(outDir, to.file), buffer.join(''));
        buffer = [];
    };
    const pending = new Map(late ?? []);
    async function* rows(): AsyncGenerator<UpdateRow> {
        if (existsSync(changesPath))
            for await (const line of createInterface({ input: createReadStream(changesPath), crlfDelay: Infinity })) {
                if (!line) continue;
                const row = JSON.parse(line) as UpdateRow;
                const extra = pending.get(String(row[idColumn]));
                pending.delete(String(row[idColumn]));
                yield extra ? { ...row, ...extra } : row;
            }
        yield* pending.values();
    }
    for await (const row of rows()) {
        const text = `${Papa.unparse([header.map((c) => (row[c] === undefined || row[c] === null ? '' : String(row[c])))], { newline: '\n' })}\n`;
        if (!part || bytes + Buffer.byteLength(text) > maxBytes) {
            if (part) flush(part);
            part = { file: files.length === 0 ? `${object}.csv` : `${object}-${files.length + 1}.csv`, rows: 0 };
            files.push(part);
            writeFileSync(join(outDir, part.file), headerLine);
            bytes = Buffer.byteLength(headerLine);
        }
        buffer.push(text);
        if (buffer.length >= 2000) flush(part);
        bytes += Buffer.byteLength(text);
        part.rows++;
    }
    if (part) flush(part);
    return files;
}
