// npm run bench:segments [-- --pairs 3] [--small]: segment membership inside the org-wide scoring job (issue 15:
// "membership of 50 segments over 100,000 accounts inside the scoring job: added time under 10 % of the job's own
// time"). On a generated org of 100,000 accounts (200,000 people, 1,000,000 activities; `--small`: ten times
// smaller) with 50 published segments (SI_Segment__c.csv: 45 Filter segments over the stored scores and Account
// fields, 5 List segments) and the open membership rows of an earlier run (SI_Segment_Membership__c.csv: about a
// tenth of the accounts in each List segment, and rows of Filter segments some of which the run closes), the job
// runs as `npm run score -- --from` runs it (every playbook step) and with `--skip segments`, alternately, each run
// in its own process. Two figures per pair: the time the job itself reports for the step (`playbook.segments.ms`:
// every account against every segment, its rows and field) over the job's wall time, and (with - without) / with,
// which also counts reading the two files and writing the rows, but is as noisy as the machine.
// SI_BENCH_DATA=DIR keeps the generated files between runs.
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { mulberry32 } from '../../lib/random';
import {
    APP_PICKLISTS,
    checkDefinition,
    type SegmentDefinition
} from '../../force-app/main/default/lwc/siSegments/siSegments';
import { PLAYBOOK_QUERY_FIELDS } from '../../org/score/fields';
import { median, pairsArg, runJob } from './jobRuns';
import { generateScoreData } from './scoreData';

const FULL = { accounts: 100000, people: 200000, activities: 1000000 };
const SMALL = { accounts: 10000, people: 20000, activities: 100000 };
const FILTER_SEGMENTS = 45;
const LIST_SEGMENTS = 5;
const INDUSTRIES = ['Technology', 'Software', 'Banking', 'Healthcare', 'Manufacturing', 'Retail', 'Energy', 'Media'];
const COUNTRIES = ['United States', 'Canada', 'United Kingdom', 'Germany', 'France', 'Australia', 'India'];

interface SegmentsPlaybook {
    segments: {
        published: number;
        added: number;
        removed: number;
        fieldChanges: number;
        ms: number;
        problems: string[];
    };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[], n: number): T[] =>
    [...list].sort(() => random() - 0.5).slice(0, Math.max(1, n));

/** A definition of two to four conditions over the scores and Account fields, sometimes with an OR group. */
function definition(random: Random): SegmentDefinition {
    const pool = [
        () => ({ field: 'SI_Profile_Fit_Band__c', op: 'in', values: pick(random, APP_PICKLISTS.FIT_BANDS, 2) }),
        () => ({ field: 'SI_Buying_Stage__c', op: 'in', values: pick(random, APP_PICKLISTS.BUYING_STAGES, 2) }),
        () => ({ field: 'SI_Reach_Level__c', op: 'notIn', values: ['Low'] }),
        () => ({ field: 'SI_Intent_Score__c', op: 'gte', value: Math.floor(random() * 60) }),
        () => ({ field: 'SI_Profile_Fit_Score__c', op: 'between', values: [20, 60 + Math.floor(random() * 40)] }),
        () => ({ field: 'SI_Qualified__c', op: 'is', value: random() < 0.5 }),
        () => ({ field: 'Industry', op: 'in', values: pick(random, INDUSTRIES, 3) }),
        () => ({ field: 'BillingCountry', op: 'in', values: pick(random, COUNTRIES, 2) }),
        () => ({ field: 'NumberOfEmployees', op: 'between', values: [100, 1000 + Math.floor(random() * 9000)] }),
        () => ({ field: 'AnnualRevenue', op: 'isNotBlank' })
    ];
    const parts: unknown[] = pick(random, pool, 2 + Math.floor(random() * 3)).map((make) => make());
    if (random() < 0.4) parts.push({ any: pick(random, pool, 2).map((make) => make()) });
    return checkDefinition({ all: parts });
}

/** SI_Segment__c.csv and SI_Segment_Membership__c.csv; returns the number of open membership rows written. */
async function writeSegments(dir: string): Promise<number> {
    const random = mulberry32(15);
    const segmentColumns = PLAYBOOK_QUERY_FIELDS.SI_Segment__c;
    const segments: Record<string, string>[] = [];
    for (let i = 0; i < FILTER_SEGMENTS + LIST_SEGMENTS; i++) {
        const list = i >= FILTER_SEGMENTS;
        segments.push({
            Id: `a0S${String(i).padStart(15, '0')}`,
            Name: `Ops - FY27 Q1 - Bench ${list ? 'List' : 'Filter'} ${i + 1}`,
            Type__c: list ? 'List' : 'Filter',
            Status__c: 'Published',
            Definition__c: list ? '' : JSON.stringify(definition(random)),
            Member_Count__c: '',
            Last_Computed__c: ''
        });
    }
    writeFileSync(
        join(dir, 'SI_Segment__c.csv'),
        `${Papa.unparse({ fields: [...segmentColumns], data: segments.map((s) => segmentColumns.map((c) => s[c] ?? '')) }, { newline: '\n' })}\n`
    );
    const columns = PLAYBOOK_QUERY_FIELDS.SI_Segment_Membership__c;
    const out = createWriteStream(join(dir, 'SI_Segment_Membership__c.csv'));
    out.write(`${columns.join(',')}\n`);
    let rows = 0;
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: true }) as NodeJS.ReadWriteStream;
    parser.on('data', (account: Record<string, string>) => {
        for (const segment of segments) {
            if (random() >= (segment.Type__c === 'List' ? 0.1 : 0.02)) continue;
            const row: Record<string, string> = {
                Id: `a0M${String(rows).padStart(15, '0')}`,
                Segment__c: segment.Id as string,
                Account__c: account.Id as string,
                Added_On__c: '2026-10-01',
                Removed_On__c: ''
            };
            rows++;
            if (!out.write(`${Papa.unparse([columns.map((c) => row[c] ?? '')])}\n`)) parser.pause();
        }
    });
    out.on('drain', () => parser.resume());
    createReadStream(join(dir, 'Account.csv')).pipe(parser);
    await once(parser, 'end');
    out.end();
    await once(out, 'finish');
    return rows;
}

async function main(): Promise<void> {
    const pairs = pairsArg(process.argv);
    const SIZE = process.argv.includes('--small') ? SMALL : FULL;
    const keep = process.env.SI_BENCH_DATA;
    const dir = keep ? join(keep, `segments-${SIZE.accounts}`) : mkdtempSync(join(tmpdir(), 'si-bench-segments-'));
    if (!existsSync(join(dir, 'Account.csv'))) await generateScoreData({ dir, ...SIZE, seed: 1 });
    const openRows = existsSync(join(dir, 'SI_Segment__c.csv')) ? null : await writeSegments(dir);
    console.log(
        `${SIZE.accounts} accounts, ${SIZE.people} people, ${SIZE.activities} activities, ` +
            `${FILTER_SEGMENTS + LIST_SEGMENTS} published segments` +
            (openRows === null ? ', segments kept from an earlier run' : `, ${openRows} open membership rows`)
    );
    const stepShares: number[] = [];
    const stepTimes: number[] = [];
    const differences: number[] = [];
    const withTimes: number[] = [];
    const withoutTimes: number[] = [];
    let last: SegmentsPlaybook['segments'] | null = null;
    for (let p = 0; p < pairs; p++) {
        // Alternate which goes first, so a drift in the machine's load does not favour one side.
        const [first, second] = p % 2 === 0 ? ['-', 'segments'] : ['segments', '-'];
        const a = runJob<SegmentsPlaybook>(dir, first);
        const b = runJob<SegmentsPlaybook>(dir, second);
        const withStep = first === '-' ? a : b;
        const without = first === '-' ? b : a;
        if (!withStep.playbook) throw new Error('the job ran without its playbook steps');
        last = withStep.playbook.segments;
        if (last.published !== FILTER_SEGMENTS + LIST_SEGMENTS)
            throw new Error(`the job loaded ${last.published} published segments: ${last.problems.join('; ')}`);
        withTimes.push(withStep.ms);
        withoutTimes.push(without.ms);
        stepTimes.push(last.ms);
        stepShares.push(last.ms / withStep.ms);
        differences.push((withStep.ms - without.ms) / withStep.ms);
        console.log(
            `pair ${p + 1}: job ${(withStep.ms / 1000).toFixed(1)} s, of which the segments step ${(last.ms / 1000).toFixed(2)} s ` +
                `(${((last.ms / withStep.ms) * 100).toFixed(2)} %); with --skip segments ${(without.ms / 1000).toFixed(1)} s, ` +
                `difference ${(((withStep.ms - without.ms) / withStep.ms) * 100).toFixed(1)} % (load ${loadavg()[0]?.toFixed(1)})`
        );
    }
    if (last)
        console.log(
            `each run: ${last.added} memberships added, ${last.removed} closed, ${last.fieldChanges} SI_Segments__c changes`
        );
    console.log(
        `median: job ${(median(withTimes) / 1000).toFixed(1)} s, with --skip segments ${(median(withoutTimes) / 1000).toFixed(1)} s; ` +
            `segments step as the job reports it: median ${(median(stepTimes) / 1000).toFixed(2)} s, ${(median(stepShares) * 100).toFixed(2)} % of the job (goal < 10 %); ` +
            `difference with --skip segments per pair: median ${(median(differences) * 100).toFixed(1)} % (${differences.map((s) => `${(s * 100).toFixed(1)} %`).join(', ')})`
    );
    if (!keep) rmSync(dir, { recursive: true, force: true });
}

void main();
