// Benchmark of the qualified-account points rule (issue 16): 5,000 accounts with 100,000 people (60 % contacts,
// 40 % leads, some converted, some with an excluded status) and 30,000 ledger rows, seeded; the median time of
// one evaluateQualificationPoints pass over every account. The rule is not in the scoring job yet, so this
// measures the rule alone; compare it with the job's own time (npm run bench:score).
//   npx tsx scripts/bench/qualificationRule.ts [--runs 9]
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { mulberry32 } from '../../lib/random';
import {
    DEFAULT_EXCLUDED_STATUSES,
    DEFAULT_QUALIFICATION_RULES,
    evaluateQualificationPoints,
    formatDay,
    parseDay,
    type QualificationPointsInput,
    type RulePerson,
    type SI_Points_Ledger__c
} from '../../force-app/main/default/lwc/siEngine/siEngine';

const AS_OF = '2026-11-02';
const ACCOUNTS = 5000;
const PEOPLE = 100_000;

export function generate(seed = 16): QualificationPointsInput[] {
    const random = mulberry32(seed);
    const asOf = parseDay(AS_OF) as number;
    const statuses = [...DEFAULT_EXCLUDED_STATUSES, 'Open', 'Working', 'Nurture', null, null, null];
    const inputs: QualificationPointsInput[] = [];
    for (let a = 0; a < ACCOUNTS; a++) {
        const id = `001${String(a).padStart(15, '0')}`;
        const qualified = random() < 0.4;
        const start = formatDay(asOf - Math.floor(random() * 60));
        const contacts: RulePerson[] = [];
        const leads: RulePerson[] = [];
        const ledger: SI_Points_Ledger__c[] = [];
        const input: QualificationPointsInput = {
            account: { Id: id, SI_Qualified__c: qualified, SI_Qualified_Start_Date__c: start },
            contacts,
            leads,
            ledger
        };
        for (let p = 0; p < PEOPLE / ACCOUNTS; p++) {
            const n = a * (PEOPLE / ACCOUNTS) + p;
            const status = statuses[Math.floor(random() * statuses.length)] ?? null;
            if (p % 5 < 3) contacts.push({ Id: `003${String(n).padStart(15, '0')}`, LastName: `C${n}` });
            else
                leads.push({
                    Id: `00Q${String(n).padStart(15, '0')}`,
                    LastName: `L${n}`,
                    Status: status,
                    IsConverted: random() < 0.05
                });
            if (random() < 0.3) {
                const person =
                    p % 5 < 3
                        ? { Contact__c: `003${String(n).padStart(15, '0')}` }
                        : { Lead__c: `00Q${String(n).padStart(15, '0')}` };
                ledger.push({
                    ...person,
                    Account__c: id,
                    Points__c: 20,
                    Qualified_Start_Date__c: formatDay(asOf - 200),
                    Applied_On__c: formatDay(asOf - Math.floor(random() * 180))
                });
            }
        }
        inputs.push(input);
    }
    return inputs;
}

function main(argv: string[]): void {
    const runsAt = argv.indexOf('--runs');
    const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 9;
    const inputs = generate();
    const times: number[] = [];
    let applied = 0;
    for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        applied = 0;
        for (const input of inputs)
            applied += evaluateQualificationPoints(input, DEFAULT_QUALIFICATION_RULES, AS_OF).ledgerRows.length;
        times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
        `qualified-account points: ${ACCOUNTS} accounts, ${PEOPLE} people: median ${median.toFixed(1)} ms over ${runs} runs (min ${times[0]?.toFixed(1)} ms, max ${times[times.length - 1]?.toFixed(1)} ms), ${applied} ledger rows per run; load ${loadavg()[0]?.toFixed(1)}`
    );
}

if (require.main === module) main(process.argv.slice(2));
