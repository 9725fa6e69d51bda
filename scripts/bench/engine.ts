// Benchmark of the signals engine: one enterprise account with 10,000 people and 200,000 activities and
// signals (seeded, deterministic), the median time of one computeInsight, its ratio to a bare single pass
// over the same arrays, and the compiled size of the engine bundle.
//   npm run bench:engine [-- --runs 15]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { mulberry32 } from '../../lib/random';
import {
    DEFAULT_CONFIG,
    computeInsight,
    parseDay,
    type AccountData,
    type CampaignMember,
    type Contact,
    type Event,
    type Lead,
    type SI_Intent_Signal__c,
    type Task
} from '../../force-app/main/default/lwc/siEngine/siEngine';

const ROOT = join(__dirname, '..', '..');
const ENGINE_DIR = join(ROOT, 'force-app', 'main', 'default', 'lwc', 'siEngine');
const AS_OF = '2026-11-02';
const AS_OF_MS = Date.UTC(2026, 10, 2);

/** A seeded generator, so every run benchmarks the same account. */
const rng = mulberry32;

export function generateAccount(seed = 42): AccountData {
    const r = rng(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
    const date = (maxAge: number) => new Date(AS_OF_MS - Math.floor(r() * maxAge) * 86400000).toISOString().slice(0, 10);
    const dateTime = (maxAge: number) => new Date(AS_OF_MS - Math.floor(r() * maxAge * 86400000)).toISOString().replace('Z', '+0000');
    const titles = ['CEO', 'CIO', 'CTO', 'VP of Engineering', 'Director of IT', 'IT Manager', 'Software Engineer', 'Senior Developer', 'Marketing Manager', 'VP Sales', 'Controller', 'Operations Director', 'Recruiter', 'Data Analyst', ''];
    const contacts: Contact[] = [];
    const leads: Lead[] = [];
    for (let i = 0; i < 8000; i++) {
        contacts.push({ Id: `003${i}`, AccountId: '001BENCH', FirstName: `First${i}`, LastName: `Last${i}`, Title: pick(titles), Email: `p${i}@bigco.com`, HasOptedOutOfEmail: r() < 0.05 });
    }
    for (let i = 0; i < 2000; i++) leads.push({ Id: `00Q${i}`, Company: 'BigCo Inc.', LastName: `Lead${i}`, Title: pick(titles), Email: `l${i}@bigco.com` });
    const people = [...contacts.map((c) => c.Id as string), ...leads.map((l) => l.Id as string)];
    const tasks: Task[] = [];
    for (let i = 0; i < 100000; i++) tasks.push({ Id: `00T${i}`, WhoId: pick(people), ActivityDate: date(365), TaskSubtype: pick(['Call', 'Email', 'Task']), Status: 'Completed' });
    const events: Event[] = [];
    for (let i = 0; i < 20000; i++) events.push({ Id: `00U${i}`, WhoId: pick(people), ActivityDateTime: dateTime(365), Type: 'Meeting' });
    const campaigns = [
        { Name: 'Webinar', Type: 'Webinar' },
        { Name: 'Newsletter', Type: 'Email' },
        { Name: 'E-book', Type: 'Content' },
        { Name: 'Summit', Type: 'Event' }
    ];
    const campaignMembers: CampaignMember[] = [];
    for (let i = 0; i < 50000; i++) {
        const person = pick(people);
        const contact = person.startsWith('003');
        campaignMembers.push({
            Id: `00v${i}`,
            ContactId: contact ? person : null,
            LeadId: contact ? null : person,
            HasResponded: r() < 0.6,
            FirstRespondedDate: date(365),
            Status: pick(['Responded', 'Clicked', 'Attended', 'Sent']),
            Campaign: pick(campaigns)
        });
    }
    const keywords = ['data observability', 'lakehouse', 'zero trust', 'siem', 'etl', 'vector database', 'crm', 'abm'];
    const intentSignals: SI_Intent_Signal__c[] = [];
    for (let i = 0; i < 30000; i++) {
        intentSignals.push({
            Id: `a0S${i}`,
            Account__c: '001BENCH',
            Contact__c: r() < 0.2 ? pick(people) : null,
            Keyword__c: pick(keywords),
            Signal_Type__c: pick(['Keyword Research', 'Web Visit', 'Content Download', 'Review Site']),
            Weight__c: Math.round(r() * 20),
            Occurred_At__c: dateTime(120),
            Source__c: 'Bench'
        });
    }
    return {
        account: { Id: '001BENCH', Name: 'BigCo', Website: 'https://bigco.com', Industry: 'Technology', NumberOfEmployees: 60000, AnnualRevenue: 9e9, BillingCountry: 'United States' },
        contacts,
        leads,
        tasks,
        events,
        campaignMembers,
        opportunities: [{ Id: '006B', IsClosed: false, StageName: 'Proposal' }],
        intentSignals
    };
}

/**
 * The baseline: one bare pass over the same arrays doing the irreducible work of any scoring, i.e. for each
 * record parse its date once and look its person up in a Map.
 */
export function barePass(data: AccountData): number {
    const people = new Map<string, number>();
    for (const c of data.contacts ?? []) people.set(c.Id as string, 0);
    for (const l of data.leads ?? []) people.set(l.Id as string, 0);
    let sum = 0;
    const touch = (who: unknown, day: number | null) => {
        if (day === null) return;
        const key = typeof who === 'string' ? who : '';
        const v = people.get(key);
        if (v !== undefined) people.set(key, v + 1);
        sum += day;
    };
    for (const t of data.tasks ?? []) touch(t.WhoId, parseDay(t.ActivityDate));
    for (const e of data.events ?? []) touch(e.WhoId, parseDay(e.ActivityDateTime));
    for (const m of data.campaignMembers ?? []) touch(m.ContactId ?? m.LeadId, parseDay(m.FirstRespondedDate));
    for (const s of data.intentSignals ?? []) touch(s.Contact__c, parseDay(s.Occurred_At__c));
    return sum;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Wall-clock and CPU milliseconds of each run. CPU time is less distorted when other processes share the cores. */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number }[] {
    const out: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < runs; i++) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        fn();
        const wall = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        out.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
    }
    return out;
}

function bundleSize(): { files: number; raw: number; gzip: number } {
    const files = readdirSync(ENGINE_DIR).filter((f) => f.endsWith('.js'));
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
        const bytes = readFileSync(join(ENGINE_DIR, f));
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { files: files.length, raw, gzip };
}

function main(argv: string[]): void {
    const runsArg = argv.indexOf('--runs');
    const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 15;
    if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1');
    const data = generateAccount();
    const people = (data.contacts?.length ?? 0) + (data.leads?.length ?? 0);
    const records = (data.tasks?.length ?? 0) + (data.events?.length ?? 0) + (data.campaignMembers?.length ?? 0) + (data.intentSignals?.length ?? 0);
    time(() => computeInsight(data, DEFAULT_CONFIG, AS_OF), 3); // warm-up
    time(() => barePass(data), 3);
    const insightTimes: { wall: number; cpu: number }[] = [];
    const bareTimes: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < runs; i++) {
        // Interleaved so both see the same machine load.
        insightTimes.push(...time(() => computeInsight(data, DEFAULT_CONFIG, AS_OF), 1));
        bareTimes.push(...time(() => barePass(data), 1));
    }
    const insightMs = median(insightTimes.map((t) => t.wall));
    const bareMs = median(bareTimes.map((t) => t.wall));
    const insightCpu = median(insightTimes.map((t) => t.cpu));
    const bareCpu = median(bareTimes.map((t) => t.cpu));
    const load = loadavg()[0] ?? 0;
    const size = bundleSize();
    const result = {
        generatedFor: AS_OF,
        people,
        activitiesAndSignals: records,
        runs,
        computeInsightMedianMs: Math.round(insightMs * 10) / 10,
        barePassMedianMs: Math.round(bareMs * 10) / 10,
        ratio: Math.round((insightMs / bareMs) * 100) / 100,
        computeInsightMedianCpuMs: Math.round(insightCpu * 10) / 10,
        barePassMedianCpuMs: Math.round(bareCpu * 10) / 10,
        cpuRatio: Math.round((insightCpu / bareCpu) * 100) / 100,
        loadAverage1m: Math.round(load * 100) / 100,
        cores: cpus().length,
        targets: { computeInsightMs: 50, ratio: 5 },
        bundle: { jsFiles: size.files, rawBytes: size.raw, gzipBytes: size.gzip },
        node: process.version
    };
    const rows: [string, string][] = [
        ['people', String(people)],
        ['activities and signals', String(records)],
        ['runs', String(runs)],
        ['computeInsight median', `${result.computeInsightMedianMs} ms (target < 50)`],
        ['bare single pass median', `${result.barePassMedianMs} ms`],
        ['ratio', `${result.ratio} (target < 5)`],
        ['computeInsight median CPU time', `${result.computeInsightMedianCpuMs} ms`],
        ['bare pass median CPU time', `${result.barePassMedianCpuMs} ms (CPU ratio ${result.cpuRatio})`],
        ['machine', `${result.cores} cores, load average ${result.loadAverage1m} (other processes distort wall times)`],
        ['engine bundle (.js)', `${size.files} files, ${size.raw} bytes raw, ${size.gzip} bytes gzip`]
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
    const outDir = join(ROOT, 'build', 'bench');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'engine.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`written to build/bench/engine.json\n`);
}

main(process.argv.slice(2));
