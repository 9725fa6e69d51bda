// One measured step of `npm run bench:score`, in its own process so its peak RSS is its own:
//   tsx scripts/bench/scoreChild.ts parse|score <from> <out> <asOf>   -> prints {"ms":..,"maxRssMb":..}
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { configFromMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { scoreFiles } from '../../org/score/fileMode';
import { SCORE_OBJECTS } from '../../org/score/fields';
import { readConfigMetadata } from '../../org/config/configMetadata';

/** The floor: papaparse over every file, rows counted and dropped. */
async function bareParse(from: string): Promise<number> {
    let rows = 0;
    for (const object of SCORE_OBJECTS) {
        const path = join(from, `${object}.csv`);
        if (!existsSync(path)) continue;
        await new Promise<void>((resolve, reject) => {
            const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
                header: false,
                skipEmptyLines: true
            }) as NodeJS.ReadWriteStream;
            parser.on('data', () => rows++);
            parser.on('end', () => resolve());
            parser.on('error', reject);
            createReadStream(path).pipe(parser);
        });
    }
    return rows;
}

async function run(): Promise<void> {
    const [step, from, out, asOf] = process.argv.slice(2) as [string, string, string, string];
    const started = performance.now();
    if (step === 'parse') await bareParse(from);
    else
        await scoreFiles({
            from,
            out,
            asOf,
            config: configFromMetadata(readConfigMetadata('force-app/main/default/customMetadata')),
            shard: null
        });
    process.stdout.write(
        `${JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`
    );
}

void run();
