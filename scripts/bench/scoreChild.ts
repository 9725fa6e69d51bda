// One measured step of `npm run bench:score` (and `npm run bench:points`), in its own process so its peak RSS is its own:
//   tsx scripts/bench/scoreChild.ts parse|score <from> <out> <asOf>   -> prints {"ms":..,"maxRssMb":..}
//   tsx scripts/bench/scoreChild.ts job <from> <out> <asOf> <skip|->  -> the job as `npm run score -- --from` runs it,
//     playbook steps included except those in <skip> (comma-separated); adds the run's playbook summary
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { configFromMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { scoreFiles } from '../../org/score/fileMode';
import { SCORE_OBJECTS } from '../../org/score/fields';
import { readConfigMetadata } from '../../org/config/configMetadata';
import { parseSkip, playbookSettingsFromDir } from '../../org/score/playbookConfig';
import type { RunSummary } from '../../org/score/scoring';

const CONFIG_DIR = 'force-app/main/default/customMetadata';

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
    const [step, from, out, asOf, skip] = process.argv.slice(2) as [string, string, string, string, string?];
    const started = performance.now();
    let summary: RunSummary | undefined;
    if (step === 'parse') await bareParse(from);
    else
        summary = await scoreFiles({
            from,
            out,
            asOf,
            config: configFromMetadata(readConfigMetadata(CONFIG_DIR)),
            shard: null,
            playbook:
                step === 'job'
                    ? {
                          settings: playbookSettingsFromDir(CONFIG_DIR),
                          skip: skip && skip !== '-' ? parseSkip(skip) : []
                      }
                    : undefined
        });
    process.stdout.write(
        `${JSON.stringify({
            ms: performance.now() - started,
            maxRssMb: process.resourceUsage().maxRSS / 1024,
            ...(step === 'job' ? { playbook: summary?.playbook } : {})
        })}\n`
    );
}

void run();
