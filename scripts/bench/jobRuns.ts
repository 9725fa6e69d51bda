// Shared by the benchmarks of a playbook step inside the scoring job (bench:points, bench:segments): one run of
// the job as `npm run score -- --from` runs it, in its own process (scoreChild.ts), and the median of a series.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SCORE_DATA_AS_OF } from './scoreData';

export interface StepTiming {
    ms: number;
}

export interface JobRun<Playbook> {
    /** The job's wall time in its process, ms. */
    ms: number;
    maxRssMb: number;
    playbook: Playbook | null;
}

/** Runs the job over `from` (writing to `from/out`), every playbook step but those in `skip` (`-`: none). */
export function runJob<Playbook>(from: string, skip: string): JobRun<Playbook> {
    const text = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench/scoreChild.ts', 'job', from, join(from, 'out'), SCORE_DATA_AS_OF, skip],
        { encoding: 'utf8', maxBuffer: 1 << 20 }
    );
    return JSON.parse(text.trim().split('\n').pop() as string) as JobRun<Playbook>;
}

export function median(values: readonly number[]): number {
    if (values.length === 0) throw new Error('median of no values');
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `--pairs N` (default 3), refused unless a whole number of at least 1. */
export function pairsArg(argv: readonly string[]): number {
    const at = argv.indexOf('--pairs');
    const pairs = at > 0 ? Number(argv[at + 1]) : 3;
    if (!Number.isInteger(pairs) || pairs < 1) throw new Error('--pairs must be a whole number of at least 1');
    return pairs;
}
