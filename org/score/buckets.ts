// Bucket files on disk: rows are spread over N files by a hash of a key (an account or a person Id) and
// appended as JSON lines through small synchronous buffers, so memory holds one buffer per file.
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** FNV-1a of a string, as an unsigned 32-bit number: the same on every machine (shards agree). */
export function hashId(id: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
        h ^= id.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

const FLUSH_AT = 256 * 1024;
/** All buffers of one set together: past this, every buffer is written out (memory does not grow with N). */
const FLUSH_ALL_AT = 4 * 1024 * 1024;

export class BucketFiles {
    private readonly buffers: string[][];
    private readonly sizes: number[];
    private readonly fds: (number | null)[];
    private buffered = 0;

    constructor(
        readonly dir: string,
        readonly name: string,
        readonly count: number
    ) {
        mkdirSync(dir, { recursive: true });
        this.buffers = Array.from({ length: count }, () => []);
        this.sizes = new Array<number>(count).fill(0);
        this.fds = new Array<number | null>(count).fill(null);
    }

    path(bucket: number): string {
        return join(this.dir, `${this.name}-${bucket}.jsonl`);
    }

    bucketOf(id: string): number {
        return hashId(id) % this.count;
    }

    /** Appends one JSON line to the bucket of `key`. */
    add(key: string, line: unknown): void {
        this.addTo(this.bucketOf(key), line);
    }

    addTo(bucket: number, line: unknown): void {
        const text = JSON.stringify(line);
        const buffer = this.buffers[bucket] as string[];
        buffer.push(text);
        this.sizes[bucket] = (this.sizes[bucket] as number) + text.length + 1;
        this.buffered += text.length + 1;
        if ((this.sizes[bucket] as number) >= FLUSH_AT) this.flushBucket(bucket);
        else if (this.buffered >= FLUSH_ALL_AT) for (let b = 0; b < this.count; b++) this.flushBucket(b);
    }

    private flushBucket(bucket: number): void {
        const buffer = this.buffers[bucket] as string[];
        if (buffer.length === 0) return;
        let fd = this.fds[bucket] ?? null;
        if (fd === null) {
            fd = openSync(this.path(bucket), 'a');
            this.fds[bucket] = fd;
        }
        writeSync(fd, `${buffer.join('\n')}\n`);
        this.buffered -= this.sizes[bucket] as number;
        this.buffers[bucket] = [];
        this.sizes[bucket] = 0;
    }

    /** Writes every buffer out and closes the files. */
    close(): void {
        for (let b = 0; b < this.count; b++) {
            this.flushBucket(b);
            const fd = this.fds[b];
            if (fd !== null && fd !== undefined) closeSync(fd);
            this.fds[b] = null;
        }
    }

    /** The lines of one bucket (after close). */
    read<T>(bucket: number): T[] {
        const path = this.path(bucket);
        if (!existsSync(path)) return [];
        const text = readFileSync(path, 'utf8');
        const out: T[] = [];
        let start = 0;
        for (;;) {
            const end = text.indexOf('\n', start);
            if (end < 0) break;
            if (end > start) out.push(JSON.parse(text.slice(start, end)) as T);
            start = end + 1;
        }
        return out;
    }
}

/** Appends one line to a plain JSON-lines file. */
export function appendLine(path: string, line: unknown): void {
    appendFileSync(path, `${JSON.stringify(line)}\n`);
}
