// `npm run bench:acquire`: the acquire-contacts preview (`npm run acquire`, file mode) on generated data:
// 100,000 vendor candidates against 50,000 existing people (40,000 Contacts, 10,000 Leads) at 20,000 accounts,
// 10,000 of them the target segment. A third of the candidates are people the org already has (email in
// another case, with spaces), a tenth are in GDPR countries (code, English or native name), some have no
// country, unknown domains or a company name only, 2% repeat an email of the batch. Measures the whole
// command (read the CSV exports and the vendor file, decide, write the eligible and skipped lists) and the
// pipeline alone (decideCandidates on data in memory). The issue's figure: the preview in under 10 s.
// With --org, the same preview runs against the Bulk API 2.0 stand-in seeded with the same data (`--target-org`:
// REST for the orchestration and personas, Bulk query jobs for the rest), and prints its time and requests.
//   npm run bench:acquire [-- --candidates 100000 --people 50000 --org]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { configFromMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../../org/config/configMetadata';
import { readFileData } from '../../org/acquire/fileRead';
import { id18 } from '../../org/acquire/data';
import { parseOrchestration } from '../../org/acquire/definition';
import { main } from '../../org/acquire/main';
import { countDecisions, decideCandidates, preparePeople } from '../../org/acquire/pipeline';
import { parseVendorCsv } from '../../org/acquire/csvProvider';
import { startAcquireOrg } from '../../org/__tests__/support/acquireOrg';
import { createAuthHome, standInAuthOptions } from '../../org/__tests__/support/authHome';

const TITLES = [
    'CTO',
    'Chief Technology Officer',
    'VP Engineering',
    'Head of IT',
    'IT Manager',
    'CISO',
    'Security Engineer',
    'CFO',
    'Finance Director',
    'Software Engineer',
    'Director of Operations',
    'Marketing Manager',
    'Sales Representative',
    'Intern',
    'CEO'
];
const COUNTRIES = ['US', 'United States', 'USA', 'Mexico', 'Australia', 'Japan', 'Singapore', 'India'];
const GDPR = ['DE', 'Germany', 'Deutschland', 'FR', 'United Kingdom', 'Schweiz', 'Brasil', 'Canada'];

function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const idOf = (prefix: string, n: number): string => id18(`${prefix}${n.toString(36).padStart(12, '0')}`);

function writeCsv(path: string, fields: string[], data: (string | number)[][]): void {
    writeFileSync(path, `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`);
}

function arg(argv: string[], name: string, fallback: number): number {
    const at = argv.indexOf(name);
    const v = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} needs a whole number`);
    return v;
}

async function bench(argv: string[]): Promise<void> {
    const candidates = arg(argv, '--candidates', 100_000);
    const peopleCount = arg(argv, '--people', 50_000);
    const accountCount = Math.max(10, Math.round(peopleCount * 0.4));
    const random = rng(17);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const dir = mkdtempSync(join(tmpdir(), 'si-bench-acquire-'));
    try {
        const accounts = Array.from({ length: accountCount }, (_, i) => [
            idOf('001', i + 1),
            `Company ${i + 1}`,
            `company${i + 1}.com`,
            i % 10 === 0 ? 'Germany' : 'United States'
        ]);
        writeCsv(join(dir, 'Account.csv'), ['Id', 'Name', 'Website', 'BillingCountry'], accounts);
        const contacts = Math.round(peopleCount * 0.8);
        const emails: string[] = [];
        const contactRows = Array.from({ length: contacts }, (_, i) => {
            const a = i % accountCount;
            const email = `person${i}@company${a + 1}.com`;
            emails.push(email);
            return [idOf('003', i + 1), email, accounts[a]![0] as string, pick(TITLES)];
        });
        writeCsv(join(dir, 'Contact.csv'), ['Id', 'Email', 'AccountId', 'Title'], contactRows);
        const leadRows = Array.from({ length: peopleCount - contacts }, (_, i) => {
            const email = `lead${i}@company${(i % accountCount) + 1}.com`;
            emails.push(email);
            return [idOf('00Q', i + 1), email, pick(TITLES)];
        });
        writeCsv(join(dir, 'Lead.csv'), ['Id', 'Email', 'Title'], leadRows);
        const segment = idOf('a04', 1);
        writeCsv(
            join(dir, 'SI_Segment_Membership__c.csv'),
            ['Id', 'Segment__c', 'Account__c', 'Removed_On__c'],
            accounts.slice(0, accountCount / 2).map((a, i) => [idOf('a05', i + 1), segment, a[0] as string, ''])
        );
        writeCsv(
            join(dir, 'SI_Orchestration__c.csv'),
            [
                'Id',
                'Name',
                'Target_Segment__c',
                'Provider__c',
                'Create_As__c',
                'Per_Account_Cap__c',
                'Title_Exclude__c'
            ],
            [[idOf('a07', 1), 'Bench', segment, 'CSV', 'Lead', 3, 'intern']]
        );
        const vendorRows: string[][] = [];
        for (let i = 0; i < candidates; i++) {
            const a = Math.floor(random() * accountCount);
            const r = random();
            let email = `new${i}@company${a + 1}.com`;
            if (r < 0.33) email = ` ${pick(emails).toUpperCase()} `;
            else if (r < 0.35 && vendorRows.length > 0) email = pick(vendorRows)[3] as string;
            const country = random() < 0.1 ? pick(GDPR) : random() < 0.03 ? '' : pick(COUNTRIES);
            const domain = random() < 0.05 ? `unknown${i}.io` : random() < 0.05 ? '' : `company${a + 1}.com`;
            vendorRows.push([`First${i}`, `Last${i}`, pick(TITLES), email, `Company ${a + 1}`, domain, country, '']);
        }
        const vendor = join(dir, 'vendor.csv');
        writeCsv(
            vendor,
            ['First Name', 'Last Name', 'Title', 'Email', 'Company', 'Domain', 'Country', 'State'],
            vendorRows
        );

        const out = join(dir, 'out');
        let stdout = '';
        const started = performance.now();
        const code = await main(
            [
                '--data',
                dir,
                '--orchestration',
                'Bench',
                '--provider-file',
                vendor,
                '--as-of',
                '2026-12-04',
                '--out',
                out,
                '--json'
            ],
            { stdout: (t) => (stdout += t), stderr: (t) => process.stderr.write(t), now: () => new Date() }
        );
        const commandMs = performance.now() - started;
        if (code !== 0) throw new Error(`acquire exited ${code}: ${stdout}`);
        const counts = JSON.parse(stdout) as { outcomes: Record<string, number>; skipped: Record<string, number> };

        const data = await readFileData(dir, 'Bench', 'force-app/main/default/customMetadata');
        const orchestration = parseOrchestration(data.orchestrationRecord, ['CSV']);
        const parsed = parseVendorCsv('vendor.csv', readFileSync(vendor, 'utf8'));
        const personas = configFromMetadata(readConfigMetadata('force-app/main/default/customMetadata')).personas;
        const t0 = performance.now();
        const prepared = preparePeople(data.people, personas, data.targetAccountIds);
        const decisions = decideCandidates(
            {
                orchestration,
                candidates: parsed,
                accounts: data.accounts,
                targetAccountIds: data.targetAccountIds,
                existingPeople: data.people,
                personas,
                lastAcquired: data.lastAcquired,
                asOf: '2026-12-04'
            },
            prepared
        );
        const pipelineMs = performance.now() - t0;
        const check = countDecisions(decisions);
        if (JSON.stringify(check.outcomes) !== JSON.stringify(counts.outcomes))
            throw new Error('the pipeline alone and the command disagree');
        const orgLine = argv.includes('--org') ? await orgPreview(dir, vendor, counts.outcomes) : null;
        const mem = process.memoryUsage().rss / 1024 / 1024;
        console.log(
            [
                `acquire preview: ${candidates.toLocaleString('en-US')} candidates against ${peopleCount.toLocaleString('en-US')} existing people at ${accountCount.toLocaleString('en-US')} accounts (${(accountCount / 2).toLocaleString('en-US')} targets)`,
                `  outcomes: ${Object.entries(counts.outcomes)
                    .map(([k, v]) => `${k} ${v}`)
                    .join(', ')}`,
                `  skipped: ${Object.entries(counts.skipped)
                    .sort((x, y) => y[1] - x[1])
                    .map(([k, v]) => `${k} ${v}`)
                    .join(', ')}`,
                `  whole command (read exports + vendor file, decide, write lists): ${(commandMs / 1000).toFixed(2)} s (target < 10 s)`,
                `  pipeline alone (preparePeople + decideCandidates): ${(pipelineMs / 1000).toFixed(2)} s`,
                ...(orgLine ? [orgLine] : []),
                `  RSS after: ${mem.toFixed(0)} MB`
            ].join('\n')
        );
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Rows of an exported CSV as records (empty cells left out). */
function readExport(path: string): Record<string, string>[] {
    return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
        header: true,
        skipEmptyLines: true
    }).data.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')));
}

/** The same preview with --target-org against the stand-in seeded with the exports of `dir`. */
async function orgPreview(dir: string, vendor: string, expected: Record<string, number>): Promise<string> {
    const org = await startAcquireOrg({ Name: 'Bench', Per_Account_Cap__c: 3, Title_Exclude__c: 'intern' });
    for (const object of ['Account', 'Contact', 'Lead'])
        for (const id of org.sf.records(object).map((r) => r.Id as string)) org.sf.store.get(object)?.delete(id);
    org.sf.store.get('SI_Segment_Membership__c')?.clear();
    const accountIds = new Map<string, string>();
    for (const a of readExport(join(dir, 'Account.csv'))) {
        const { Id, ...fields } = a;
        accountIds.set(Id as string, org.sf.insert('Account', fields));
    }
    for (const c of readExport(join(dir, 'Contact.csv'))) {
        const fields: Record<string, string | null> = {
            ...c,
            AccountId: accountIds.get(c.AccountId as string) ?? null
        };
        delete fields.Id;
        org.sf.insert('Contact', fields);
    }
    for (const l of readExport(join(dir, 'Lead.csv'))) {
        const fields: Record<string, string | null> = { LastName: 'Lead', ...l };
        delete fields.Id;
        org.sf.insert('Lead', fields);
    }
    for (const m of readExport(join(dir, 'SI_Segment_Membership__c.csv')))
        org.sf.insert('SI_Segment_Membership__c', {
            Segment__c: org.segmentId,
            Account__c: accountIds.get(m.Account__c as string) ?? null
        });
    const home = createAuthHome(standInAuthOptions(org.sf, { alias: 'bench' }));
    const restore = home.activate();
    try {
        let stdout = '';
        const before = org.sf.requests.length;
        const started = performance.now();
        const code = await main(
            [
                '--target-org',
                'bench',
                '--orchestration',
                'Bench',
                '--provider-file',
                vendor,
                '--out',
                join(dir, 'org-out'),
                '--poll-ms',
                '50',
                '--json'
            ],
            { stdout: (t) => (stdout += t), stderr: () => undefined, now: () => new Date('2026-12-04T12:00:00Z') }
        );
        const ms = performance.now() - started;
        if (code !== 0) throw new Error(`acquire --target-org exited ${code}: ${stdout}`);
        const outcomes = (JSON.parse(stdout) as { outcomes: Record<string, number> }).outcomes;
        if (JSON.stringify(outcomes) !== JSON.stringify(expected))
            throw new Error(
                `org preview ${JSON.stringify(outcomes)} differs from file mode ${JSON.stringify(expected)}`
            );
        const requests = org.sf.requests.slice(before).filter((r) => !r.path.includes('/oauth2/')).length;
        return `  against the Bulk API 2.0 stand-in (--target-org, same data, same outcomes): ${(ms / 1000).toFixed(2)} s, ${requests} API requests`;
    } finally {
        restore();
        home.remove();
        await org.sf.close();
    }
}

void bench(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
});
