// npm run bench:score [-- --sizes small,full,large]: the file mode of the scoring job on generated orgs.
// full = 5,000 accounts, 100,000 people, 2,000,000 activities; small = 5 times smaller; large = 5 times larger.
// For each size, in the same run: a bare papaparse parse of the files, then the whole file-mode run, each in
// its own process; prints wall times, their ratio and the peak RSS of the run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCORE_DATA_AS_OF, generateScoreData } from './scoreData';

const SIZES: Record<string, { accounts: number; people: number; activities: number }> = {
    small: { accounts: 1000, people: 20000, activities: 400000 },
    full: { accounts: 5000, people: 100000, activities: 2000000 },
    large: { accounts: 25000, people: 500000, activities: 10000000 }
};

function step(kind: 'parse' | 'score', from: string, out: string): { ms: number; maxRssMb: number } {
    const text = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench/scoreChild.ts', kind, from, out, SCORE_DATA_AS_OF],
        { encoding: 'utf8', maxBuffer: 1 << 20 }
    );
    return JSON.parse(text.trim().split('\n').pop() as string) as { ms: number; maxRssMb: number };
}

async function main(): Promise<void> {
    const arg = process.argv.indexOf('--sizes');
    const sizes = (arg > 0 ? (process.argv[arg + 1] ?? '') : 'small,full').split(',');
    const keep = process.env.SI_BENCH_DATA;
    for (const name of sizes) {
        const size = SIZES[name];
        if (!size) throw new Error(`unknown size ${name}; sizes: ${Object.keys(SIZES).join(', ')}`);
        const dir = keep ? join(keep, name) : mkdtempSync(join(tmpdir(), `si-bench-score-${name}-`));
        if (!existsSync(join(dir, 'Account.csv'))) await generateScoreData({ dir, ...size, seed: 1 });
        const parse = step('parse', dir, join(dir, 'out'));
        const score = step('score', dir, join(dir, 'out'));
        console.log(
            `${name.padEnd(6)} ${size.accounts} accounts, ${size.people} people, ${size.activities} activities: bare parse ${(parse.ms / 1000).toFixed(1)} s, file-mode run ${(score.ms / 1000).toFixed(1)} s, ratio ${(score.ms / parse.ms).toFixed(2)}; peak RSS ${score.maxRssMb.toFixed(0)} MB (parse alone ${parse.maxRssMb.toFixed(0)} MB)`
        );
        if (!keep) rmSync(dir, { recursive: true, force: true });
    }
}

void main();
