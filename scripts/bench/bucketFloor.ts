// `npm run bench:bucket-floor`: the least any disk-bucket grouping can cost, measured against the bare parse
// of `bench:score`: parse every file, append each row's cells as a JSON line to one of N bucket files by a
// hash of its first cell, then read every bucket back line by line - no conversion, grouping or scoring.
// If this floor is already near twice the bare parse, `score --from` cannot reach a ratio under 2 with
// buckets on disk in this runtime.
// `--in-memory` measures the option without buckets instead (every row kept as a record, grouped with
// groupAccountData and scored): its time against the bare parse and its peak RSS.
//   npm run bench:bucket-floor [-- --size small|full] [--in-memory]
import {
    closeSync,
    createReadStream,
    mkdtempSync,
    openSync,
    readdirSync,
    readFileSync,
    rmSync,
    writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { hashId } from '../../org/score/buckets';
import {
    computeInsight,
    configFromMetadata,
    groupAccountData,
    type Dataset
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../../org/config/configMetadata';
import { readCsvRecords, type CsvRecord } from '../../org/score/csvSource';
import { SCORE_OBJECTS } from '../../org/score/fields';
import { generateScoreData, SCORE_DATA_AS_OF } from './scoreData';

const SIZES = {
    small: { accounts: 1000, people: 20000, activities: 400000 },
    full: { accounts: 5000, people: 100000, activities: 2000000 }
};

function parseAll(dir: string, onRow: (cells: string[]) => void): Promise<void> {
    return readdirSync(dir).reduce(
        (p, file) =>
            p.then(
                () =>
                    new Promise<void>((resolve, reject) => {
                        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
                            header: false,
                            skipEmptyLines: true
                        }) as NodeJS.ReadWriteStream;
                        parser.on('data', onRow);
                        parser.on('end', () => resolve());
                        parser.on('error', reject);
                        createReadStream(join(dir, file)).pipe(parser);
                    })
            ),
        Promise.resolve()
    );
}

async function run(): Promise<void> {
    const size = (process.argv[process.argv.indexOf('--size') + 1] ?? 'small') as keyof typeof SIZES;
    const tmp = mkdtempSync(join(tmpdir(), 'si-floor-'));
    try {
        const data = join(tmp, 'data');
        await generateScoreData({ dir: data, seed: 1, ...(SIZES[size] ?? SIZES.small) });
        let t = performance.now();
        let rows = 0;
        await parseAll(data, () => rows++);
        const bare = performance.now() - t;
        if (process.argv.includes('--in-memory')) {
            t = performance.now();
            const dataset: Record<string, CsvRecord[]> = {};
            const keys: Record<string, string> = {
                Account: 'accounts',
                Contact: 'contacts',
                Lead: 'leads',
                Campaign: 'campaigns',
                Task: 'tasks',
                Event: 'events',
                CampaignMember: 'campaignMembers',
                Opportunity: 'opportunities',
                SI_Intent_Signal__c: 'intentSignals'
            };
            for (const object of SCORE_OBJECTS) {
                const list: CsvRecord[] = (dataset[keys[object] as string] = []);
                await readCsvRecords(join(data, `${object}.csv`), object, [], (r) => list.push(r));
            }
            const config = configFromMetadata(readConfigMetadata('force-app/main/default/customMetadata'));
            let scored = 0;
            for (const account of groupAccountData(dataset as Dataset).accounts) {
                computeInsight(account, config, SCORE_DATA_AS_OF);
                scored++;
            }
            const ms = performance.now() - t;
            process.stdout.write(
                `${size}: in memory, ${scored} accounts scored in ${(ms / 1000).toFixed(1)} s against a bare parse of ${(bare / 1000).toFixed(1)} s: ratio ${(ms / bare).toFixed(2)}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`
            );
            return;
        }
        t = performance.now();
        const count = 64;
        const buffers: string[][] = Array.from({ length: count }, () => []);
        const fds = Array.from({ length: count }, (_, b) => openSync(join(tmp, `b${b}`), 'w'));
        await parseAll(data, (cells) => {
            const b = hashId(cells[0] ?? '') % count;
            const buffer = buffers[b] as string[];
            buffer.push(JSON.stringify(cells));
            if (buffer.length >= 2000) {
                writeSync(fds[b] as number, `${buffer.join('\n')}\n`);
                buffers[b] = [];
            }
        });
        buffers.forEach((buffer, b) => buffer.length && writeSync(fds[b] as number, `${buffer.join('\n')}\n`));
        fds.forEach((fd) => closeSync(fd));
        let back = 0;
        for (let b = 0; b < count; b++)
            for (const line of readFileSync(join(tmp, `b${b}`), 'utf8').split('\n'))
                if (line) back += (JSON.parse(line) as string[]).length > 0 ? 1 : 0;
        const floor = performance.now() - t;
        process.stdout.write(
            `${size}: ${rows} rows; bare parse ${(bare / 1000).toFixed(1)} s; parse + bucket write + read back ${(floor / 1000).toFixed(1)} s (${back} rows): ratio ${(floor / bare).toFixed(2)}\n`
        );
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
}

void run();
