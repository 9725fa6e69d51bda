// Writes an sObject tree export (the sample data, or `sf data export tree` of an org) as the CSV files
// `sf data export bulk --result-format csv` writes, one per object: the input of `npm run score`.
//   npm run export:csv -- --data <dir> --out <dir>
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SObjectTreeError, readSObjectTree } from '../lib/sobjectTree';
import { exportTreeAsCsv } from '../lib/treeToCsv';

export interface ExportCsvOptions {
    data: string;
    out: string;
}

export interface ExportCsvIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

class UsageError extends Error {}

const USAGE = 'Usage: npm run export:csv -- --data <dir> --out <dir>';

export function parseArgs(argv: readonly string[]): ExportCsvOptions {
    const options: ExportCsvOptions = { data: '', out: '' };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--data') options.data = value();
        else if (arg === '--out') options.out = value();
        else throw new UsageError(`unknown argument ${arg}`);
    }
    if (!options.data) throw new UsageError('--data <dir> is required');
    if (!options.out) throw new UsageError('--out <dir> is required');
    if (resolve(options.out) === resolve(options.data)) throw new UsageError('--out must not be the --data folder');
    return options;
}

/** Runs the command; returns the exit code (0 ok, 1 bad input). */
export function main(argv: readonly string[], io: ExportCsvIo): number {
    try {
        const options = parseArgs(argv);
        const tree = readSObjectTree(options.data);
        const { files, skipped } = exportTreeAsCsv(tree, options.out);
        const width = Math.max(...files.map((f) => f.name.length));
        const lines = files.map((f) => `  ${f.name.padEnd(width)}  ${String(f.rows).padStart(8)} rows  ${f.columns.length} columns`);
        io.stdout(`Wrote ${files.length} files to ${options.out}:\n${lines.join('\n')}\n`);
        if (skipped.length > 0) io.stdout(`Not written (not read by the engine): ${skipped.join(', ')}\n`);
        return 0;
    } catch (e) {
        if (e instanceof UsageError || e instanceof SObjectTreeError) {
            io.stderr(`export:csv: ${e.message}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
            return 1;
        }
        throw e;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = main(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t)
    });
}
