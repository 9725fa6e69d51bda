// Part of the synthetic org generator of scoreData.ts: the CSV files, streamed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { csvRows, type CsvCell, type CsvFileInfo } from '../../lib/treeToCsv';

/** Rows buffered before one write: bounds memory, keeps papaparse calls few. */
const BATCH_ROWS = 2000;

/** One CSV file written through a write stream, waiting for `drain` when the stream's buffer is full. */
export class CsvStream {
    private readonly stream: WriteStream;
    private rows: CsvCell[][] = [];
    count = 0;
    constructor(
        path: string,
        readonly name: string,
        readonly columns: readonly string[]
    ) {
        this.stream = createWriteStream(path, { highWaterMark: 1 << 20 });
        this.stream.write(csvRows([columns]));
    }
    /** Buffers a row; true when the buffer should be flushed (`await flush()`). */
    add(cells: CsvCell[]): boolean {
        if (cells.length !== this.columns.length) throw new Error(`${this.name}: ${cells.length} cells for ${this.columns.length} columns`);
        this.rows.push(cells);
        this.count++;
        return this.rows.length >= BATCH_ROWS;
    }
    async flush(): Promise<void> {
        if (this.rows.length === 0) return;
        const text = csvRows(this.rows);
        this.rows = [];
        if (!this.stream.write(text)) await once(this.stream, 'drain');
    }
    async close(): Promise<CsvFileInfo> {
        await this.flush();
        this.stream.end();
        await finished(this.stream);
        return { name: this.name, rows: this.count, columns: [...this.columns] };
    }
}
