// npm run bench:points [-- --pairs 3] [--small]: the qualified-account points rule inside the org-wide scoring job (issue 16:
// "rule evaluation for 100,000 people inside the scoring job: under 5 % of the job's time").
// On the generated org of `bench:score` (full: 5,000 accounts, 100,000 people, 2,000,000 activities) plus a points
// ledger (SI_Points_Ledger__c.csv: 20 points given once to 30 % of the contacts, 60 to 240 days ago), the job runs
// as `npm run score -- --from` runs it (every playbook step) and with `--skip points`, alternately, each run in its
// own process. Two figures per pair: the time the job itself reports for the points step (`playbook.points.ms`: the
// rule and its rows for every account) over the job's wall time, and (with - without) / with, which also counts
// what the step adds around it (reading and grouping the ledger, the decisions CSV, the points field updates) but
// is as noisy as the machine. SI_BENCH_DATA=DIR keeps the generated files between runs.
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import Papa from 'papaparse';
import { mulberry32 } from '../../lib/random';
import { formatDay, parseDay } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { PLAYBOOK_QUERY_FIELDS } from '../../org/score/fields';
import { SCORE_DATA_AS_OF, generateScoreData } from './scoreData';
import { median, pairsArg, runJob } from './jobRuns';

const FULL = { accounts: 5000, people: 100000, activities: 2000000 };
/** `--small`: five times smaller, for a quick look. */
const SMALL = { accounts: 1000, people: 20000, activities: 400000 };
const LEDGER_SHARE = 0.3;

interface PointsPlaybook {
    points: { applied: number; fieldUpdates: number; outcomes: Record<string, number>; ms: number };
}

/** SI_Points_Ledger__c.csv: one earlier adjustment for LEDGER_SHARE of the contacts, as the job itself writes them. */
async function writeLedger(dir: string): Promise<number> {
    const random = mulberry32(16);
    const asOf = parseDay(SCORE_DATA_AS_OF) as number;
    const columns = PLAYBOOK_QUERY_FIELDS.SI_Points_Ledger__c;
    const out = createWriteStream(join(dir, 'SI_Points_Ledger__c.csv'));
    out.write(`${columns.join(',')}\n`);
    let rows = 0;
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: true }) as NodeJS.ReadWriteStream;
    parser.on('data', (contact: Record<string, string>) => {
        if (random() >= LEDGER_SHARE || !contact.AccountId) return;
        const start = formatDay(asOf - 240 + Math.floor(random() * 60));
        const row: Record<string, string | number> = {
            Id: `a0L${String(rows).padStart(15, '0')}`,
            Account__c: contact.AccountId,
            Contact__c: contact.Id as string,
            Lead__c: '',
            Points__c: 20,
            Reason__c: 'Account became qualified',
            Qualified_Start_Date__c: start,
            Applied_On__c: formatDay((parseDay(start) as number) + 6),
            Adjustment_Key__c: `Contact:${contact.Id as string}:${start}`,
            Rule__c: 'Contact'
        };
        rows++;
        if (!out.write(`${Papa.unparse([columns.map((c) => row[c] ?? '')])}\n`)) parser.pause();
    });
    out.on('drain', () => parser.resume());
    createReadStream(join(dir, 'Contact.csv')).pipe(parser);
    await once(parser, 'end');
    out.end();
    await once(out, 'finish');
    return rows;
}

async function main(): Promise<void> {
    const pairs = pairsArg(process.argv);
    const SIZE = process.argv.includes('--small') ? SMALL : FULL;
    const keep = process.env.SI_BENCH_DATA;
    const dir = keep ? join(keep, `points-${SIZE.people}`) : mkdtempSync(join(tmpdir(), 'si-bench-points-'));
    if (!existsSync(join(dir, 'Account.csv'))) await generateScoreData({ dir, ...SIZE, seed: 1 });
    const ledgerRows = existsSync(join(dir, 'SI_Points_Ledger__c.csv')) ? null : await writeLedger(dir);
    console.log(
        `${SIZE.accounts} accounts, ${SIZE.people} people, ${SIZE.activities} activities` +
            (ledgerRows === null ? ', ledger kept from an earlier run' : `, ${ledgerRows} ledger rows`)
    );
    const shares: number[] = [];
    const ruleShares: number[] = [];
    const ruleTimes: number[] = [];
    const withTimes: number[] = [];
    const withoutTimes: number[] = [];
    let outcomes: Record<string, number> = {};
    for (let p = 0; p < pairs; p++) {
        // Alternate which goes first, so a drift in the machine's load does not favour one side.
        const [first, second] = p % 2 === 0 ? ['-', 'points'] : ['points', '-'];
        const a = runJob<PointsPlaybook>(dir, first);
        const b = runJob<PointsPlaybook>(dir, second);
        const withPoints = first === '-' ? a : b;
        const without = first === '-' ? b : a;
        if (!withPoints.playbook) throw new Error('the job ran without its playbook steps');
        outcomes = withPoints.playbook.points.outcomes;
        withTimes.push(withPoints.ms);
        withoutTimes.push(without.ms);
        shares.push((withPoints.ms - without.ms) / withPoints.ms);
        ruleTimes.push(withPoints.playbook.points.ms);
        ruleShares.push(withPoints.playbook.points.ms / withPoints.ms);
        console.log(
            `pair ${p + 1}: job ${(withPoints.ms / 1000).toFixed(1)} s, of which the points step ${(withPoints.playbook.points.ms / 1000).toFixed(2)} s (${((withPoints.playbook.points.ms / withPoints.ms) * 100).toFixed(2)} %); with --skip points ${(without.ms / 1000).toFixed(1)} s, ` +
                `difference ${(((withPoints.ms - without.ms) / withPoints.ms) * 100).toFixed(1)} % (load ${loadavg()[0]?.toFixed(1)})`
        );
    }
    const decisions = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
    console.log(
        `points decisions per run: ${decisions} (${Object.entries(outcomes)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`
    );
    console.log(
        `median: job ${(median(withTimes) / 1000).toFixed(1)} s, with --skip points ${(median(withoutTimes) / 1000).toFixed(1)} s; ` +
            `points step as the job reports it: median ${(median(ruleTimes) / 1000).toFixed(2)} s, ${(median(ruleShares) * 100).toFixed(2)} % of the job (goal < 5 %); ` +
            `difference with --skip points per pair: median ${(median(shares) * 100).toFixed(1)} % (${shares.map((s) => `${(s * 100).toFixed(1)} %`).join(', ')})`
    );
    if (!keep) rmSync(dir, { recursive: true, force: true });
}

void main();
