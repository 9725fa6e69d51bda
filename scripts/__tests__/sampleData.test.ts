// Runs in the default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup
// (`Element is not defined`); Node APIs (fs, child_process) work in both.
// The sample data set (`data/`) and its generator: deterministic, never stale, importable sObject tree
// files, and - scored by the engine as of SAMPLE_AS_OF - covering every stage, band and case it is for.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    CAMPAIGN_MEMBER_STATUSES,
    MAX_RECORDS_PER_FILE,
    PLAN_OBJECTS,
    READ_ONLY_FIELDS,
    REQUIRED_FIELDS,
    dateDaysAgo,
    generateRecords,
    generateSampleData,
    parseArgs,
    writeSampleData,
    type PlanEntry,
    type PlanObject
} from '../generate-sample-data';
import {
    ABM_TIERS,
    BUYING_STAGES,
    DEFAULT_CONFIG,
    FIT_BANDS,
    INTENT_SIGNAL_TYPES,
    computeInsight,
    groupAccountData,
    normalizeCompanyName,
    type AccountInsight,
    type Dataset
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { DATA_AS_OF_FILE, SAMPLE_AS_OF, readDataAsOf } from '../../lib/asOf';
import { readSObjectTree } from '../../lib/sobjectTree';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(ROOT, 'data');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'generate-sample-data.ts');

type TreeRecord = { attributes: { type: string; referenceId: string } } & Record<string, unknown>;

/** The committed set's options: generated for SAMPLE_AS_OF. */
const AT = { asOf: SAMPLE_AS_OF } as const;

/** Reads every file of a folder: name -> content. */
function readDir(dir: string): Map<string, string> {
    const files = new Map<string, string>();
    for (const name of fs.readdirSync(dir).sort()) {
        if (name.endsWith('.json')) files.set(name, fs.readFileSync(path.join(dir, name), 'utf8'));
    }
    return files;
}

/** YYYY-MM-DD of a moment on this machine's calendar (the generator's "today"). */
function localDate(d: Date): string {
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function runGenerator(args: string[]): string {
    return execFileSync(TSX, [SCRIPT, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_NO_WARNINGS: '1' }
    });
}

/** Loads a data set folder as the plan and its records per object, in plan order. */
function loadTree(files: ReadonlyMap<string, string>): { plan: PlanEntry[]; records: Map<string, TreeRecord[]> } {
    const planText = files.get('data-plan.json');
    if (!planText) throw new Error('data-plan.json is missing');
    const plan = JSON.parse(planText) as PlanEntry[];
    const records = new Map<string, TreeRecord[]>();
    for (const entry of plan) {
        for (const file of entry.files) {
            const content = files.get(file);
            if (content === undefined) throw new Error(`data-plan.json lists ${file}, which does not exist`);
            const parsed = JSON.parse(content) as { records?: unknown };
            if (!Array.isArray(parsed.records)) throw new Error(`${file} has no "records" array`);
            records.set(file, parsed.records as TreeRecord[]);
        }
    }
    return { plan, records };
}

/** Which objects each reference field may point to. */
const REFERENCE_TARGETS: Readonly<Record<string, readonly PlanObject[]>> = {
    AccountId: ['Account'],
    ContactId: ['Contact'],
    LeadId: ['Lead'],
    CampaignId: ['Campaign'],
    WhoId: ['Contact', 'Lead'],
    WhatId: ['Account', 'Opportunity'],
    Account__c: ['Account'],
    Contact__c: ['Contact'],
    Lead__c: ['Lead'],
    Orchestration__c: ['SI_Orchestration__c']
};

// Standard picklist values of a new org (the records must use them or the insert fails).
const STANDARD_PICKLISTS: Readonly<Partial<Record<PlanObject, Readonly<Record<string, readonly string[]>>>>> = {
    Account: {
        // prettier-ignore
        Industry: [
            'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction',
            'Consulting', 'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental',
            'Finance', 'Food & Beverage', 'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery',
            'Manufacturing', 'Media', 'Not For Profit', 'Other', 'Recreation', 'Retail', 'Shipping', 'Technology',
            'Telecommunications', 'Transportation', 'Utilities'
        ],
        Type: [
            'Prospect',
            'Customer - Direct',
            'Customer - Channel',
            'Channel Partner / Reseller',
            'Installation Partner',
            'Technology Partner',
            'Other'
        ],
        SI_ABM_Tier__c: ABM_TIERS
    },
    Lead: {
        Status: ['Open - Not Contacted', 'Working - Contacted', 'Closed - Not Converted'],
        LeadSource: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other']
    },
    Campaign: {
        Type: [
            'Conference',
            'Webinar',
            'Trade Show',
            'Public Relations',
            'Partners',
            'Referral Program',
            'Advertisement',
            'Banner Ads',
            'Direct Mail',
            'Email',
            'Telemarketing',
            'Other'
        ],
        Status: ['Planned', 'In Progress', 'Completed', 'Aborted']
    },
    CampaignMember: { Status: CAMPAIGN_MEMBER_STATUSES },
    Opportunity: {
        // prettier-ignore
        StageName: [
            'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
            'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'
        ],
        Type: [
            'Existing Customer - Upgrade',
            'Existing Customer - Replacement',
            'Existing Customer - Downgrade',
            'New Customer'
        ]
    },
    Task: {
        Status: ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'],
        Priority: ['High', 'Normal', 'Low'],
        Type: ['Call', 'Email', 'Meeting', 'Other'],
        TaskSubtype: ['Task', 'Email', 'Call']
    },
    Event: { Type: ['Call', 'Email', 'Meeting', 'Other'] },
    SI_Intent_Signal__c: { Signal_Type__c: INTENT_SIGNAL_TYPES }
};

const DATE_FIELDS = new Set(['StartDate', 'EndDate', 'CloseDate', 'ActivityDate', 'SI_Qualified_Start_Date__c']);
const DATE_TIME_FIELDS = new Set(['ActivityDateTime', 'Occurred_At__c']);

/** Every problem of a data set that would make `sf data import tree --plan` fail or the data wrong. */
function treeProblems(files: ReadonlyMap<string, string>): string[] {
    const problems: string[] = [];
    const { plan, records } = loadTree(files);
    const planned = new Set(plan.flatMap((e) => e.files));
    for (const name of files.keys()) {
        // The as-of file is no tree file: listed in the plan, loadTree above throws (no "records").
        if (name !== 'data-plan.json' && name !== DATA_AS_OF_FILE && !planned.has(name))
            problems.push(`${name} is not in data-plan.json`);
    }
    if (!files.has(DATA_AS_OF_FILE)) problems.push(`${DATA_AS_OF_FILE} is missing: the set does not name its as-of`);
    const seenObjects = new Set<string>();
    const loaded = new Map<string, string>(); // referenceId -> type, of files earlier in the plan
    const referencedTypes = new Set<string>();
    const typesWithRefs = new Set<string>();
    const memberKeys = new Set<string>();
    for (const entry of plan) {
        if (!(PLAN_OBJECTS as readonly string[]).includes(entry.sobject))
            problems.push(`plan: unexpected object ${entry.sobject}`);
        if (seenObjects.has(entry.sobject)) problems.push(`plan: ${entry.sobject} appears twice`);
        seenObjects.add(entry.sobject);
        if (typeof entry.saveRefs !== 'boolean' || typeof entry.resolveRefs !== 'boolean')
            problems.push(`plan: ${entry.sobject} needs boolean saveRefs and resolveRefs`);
        const type = entry.sobject;
        const readOnly = new Set(READ_ONLY_FIELDS[type]);
        const fresh: [string, string][] = [];
        for (const file of entry.files) {
            const list = records.get(file) ?? [];
            if (list.length === 0) problems.push(`${file}: no records`);
            if (list.length > MAX_RECORDS_PER_FILE)
                problems.push(`${file}: ${list.length} records, more than ${MAX_RECORDS_PER_FILE}`);
            for (const record of list) {
                const ref = record.attributes?.referenceId;
                const where = `${file} ${String(ref)}`;
                if (record.attributes?.type !== type)
                    problems.push(`${where}: attributes.type ${String(record.attributes?.type)}, plan says ${type}`);
                if (typeof ref !== 'string' || !new RegExp(`^${type}Ref\\d+$`).test(ref))
                    problems.push(`${where}: referenceId must look like ${type}Ref<n>`);
                else if (loaded.has(ref) || fresh.some(([r]) => r === ref))
                    problems.push(`${where}: duplicate referenceId`);
                else fresh.push([ref, type]);
                for (const field of REQUIRED_FIELDS[type]) {
                    const v = record[field];
                    if (v === undefined || v === null || v === '')
                        problems.push(`${where}: required field ${field} missing`);
                }
                for (const [field, value] of Object.entries(record)) {
                    if (field === 'attributes') continue;
                    if (readOnly.has(field)) problems.push(`${where}: read-only field ${field}`);
                    if (value === null || typeof value === 'object')
                        problems.push(`${where}: ${field} must be a plain value`);
                    if (typeof value === 'string' && value.startsWith('@')) {
                        typesWithRefs.add(type);
                        const target = value.slice(1);
                        const targetType = loaded.get(target);
                        if (!/^@\w+Ref\d+$/.test(value))
                            problems.push(`${where}: ${field} ${value} is not an @<Type>Ref<n> reference`);
                        else if (!targetType)
                            problems.push(`${where}: ${field} ${value} resolves to no record of an earlier file`);
                        else if (!(REFERENCE_TARGETS[field] ?? []).includes(targetType as PlanObject))
                            problems.push(`${where}: ${field} points to a ${targetType}`);
                        else referencedTypes.add(targetType);
                    }
                    const allowed = STANDARD_PICKLISTS[type]?.[field];
                    if (allowed && !allowed.includes(value as string))
                        problems.push(`${where}: ${field} "${String(value)}" is not a value of the picklist`);
                    if (DATE_FIELDS.has(field) && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)))
                        problems.push(`${where}: ${field} must be YYYY-MM-DD`);
                    if (
                        DATE_TIME_FIELDS.has(field) &&
                        !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value))
                    )
                        problems.push(`${where}: ${field} must be an ISO date/time`);
                }
                if (
                    (type === 'Task' || type === 'Event') &&
                    typeof record.WhoId === 'string' &&
                    loaded.get(record.WhoId.slice(1)) === 'Lead' &&
                    record.WhatId !== undefined
                ) {
                    problems.push(`${where}: a ${type} on a Lead cannot have a WhatId`);
                }
                if (type === 'CampaignMember') {
                    const person = record.ContactId ?? record.LeadId;
                    if ((record.ContactId === undefined) === (record.LeadId === undefined))
                        problems.push(`${where}: needs exactly one of ContactId and LeadId`);
                    const key = `${String(record.CampaignId)}/${String(person)}`;
                    if (memberKeys.has(key))
                        problems.push(
                            `${where}: ${String(person)} is already a member of ${String(record.CampaignId)}`
                        );
                    memberKeys.add(key);
                }
            }
        }
        for (const [ref, t] of fresh) loaded.set(ref, t);
    }
    for (const entry of plan) {
        if (entry.saveRefs !== referencedTypes.has(entry.sobject))
            problems.push(`plan: ${entry.sobject} saveRefs should be ${referencedTypes.has(entry.sobject)}`);
        if (entry.resolveRefs !== typesWithRefs.has(entry.sobject))
            problems.push(`plan: ${entry.sobject} resolveRefs should be ${typesWithRefs.has(entry.sobject)}`);
    }
    return problems;
}

describe('sample data generator', () => {
    let tmp: string;
    beforeAll(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'si-sample-'));
    });
    afterAll(() => {
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('is deterministic: two command-line runs write byte-identical files', () => {
        const a = path.join(tmp, 'a');
        const b = path.join(tmp, 'b');
        runGenerator(['--out', a, '--as-of', SAMPLE_AS_OF]);
        runGenerator(['--as-of', SAMPLE_AS_OF, '--out', b, '--scale', '1']);
        const filesA = readDir(a);
        expect(filesA.size).toBeGreaterThan(2);
        expect(readDir(b)).toEqual(filesA);
        // ... and equal to the in-process generation.
        expect(filesA).toEqual(new Map([...generateSampleData(AT)].sort(([x], [y]) => (x < y ? -1 : 1))));
    });

    it('generates for today when --as-of is not given, and says so', () => {
        const before = localDate(new Date());
        const out = runGenerator(['--out', path.join(tmp, 'today'), '--accounts', '1', '--scale', '0.1']);
        const after = localDate(new Date());
        const asOf = readDataAsOf(path.join(tmp, 'today'));
        expect([before, after]).toContain(asOf);
        expect(out).toContain(`(as of ${asOf}, today)`);
        expect(runGenerator(['--out', path.join(tmp, 'pinned'), '--accounts', '1', '--as-of', '2030-01-01'])).toContain(
            '(as of 2030-01-01)'
        );
        expect(readDataAsOf(path.join(tmp, 'pinned'))).toBe('2030-01-01');
    });

    it('removes files of an earlier, larger run so a plan never mixes sizes', () => {
        const dir = path.join(tmp, 'shrink');
        writeSampleData(dir, generateSampleData({ ...AT, scale: 2 }));
        const big = readDir(dir);
        fs.writeFileSync(path.join(dir, 'README.md'), 'kept');
        writeSampleData(dir, generateSampleData({ ...AT, accounts: 2, scale: 0.5 }));
        const small = readDir(dir);
        expect(small.size).toBeLessThan(big.size);
        expect(small).toEqual(
            new Map([...generateSampleData({ ...AT, accounts: 2, scale: 0.5 })].sort(([x], [y]) => (x < y ? -1 : 1)))
        );
        expect(treeProblems(small)).toEqual([]);
        expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('kept');
    });

    it('the committed data/ equals a fresh generation (regenerate with `npm run generate:data -- --as-of 2026-11-02`)', () => {
        const committed = readDir(DATA_DIR);
        const fresh = generateSampleData(AT);
        expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
        const stale = [...fresh].filter(([name, content]) => committed.get(name) !== content).map(([name]) => name);
        expect(stale).toEqual([]);
    });

    it('every committed file is a valid, importable sObject tree and the plan resolves every reference', () => {
        expect(treeProblems(readDir(DATA_DIR))).toEqual([]);
    });

    it('names its as-of in a file the plan does not list (so `sf data import tree --plan` never reads it)', () => {
        expect(readDataAsOf(DATA_DIR)).toBe(SAMPLE_AS_OF);
        const plan = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'data-plan.json'), 'utf8')) as PlanEntry[];
        expect(plan.flatMap((e) => e.files)).not.toContain(DATA_AS_OF_FILE);
        // The tree reader skips it in a folder without a plan, too.
        const noPlan = path.join(tmp, 'no-plan');
        writeSampleData(noPlan, generateSampleData({ ...AT, accounts: 2, scale: 0.2 }));
        fs.rmSync(path.join(noPlan, 'data-plan.json'));
        const tree = readSObjectTree(noPlan);
        expect(tree.plan).toBeNull();
        expect(tree.files).not.toContain(DATA_AS_OF_FILE);
        expect(tree.byType.get('Account')?.length).toBe(2);
    });

    it('finds broken trees: the checker is not a rubber stamp', () => {
        const files = new Map(generateSampleData({ ...AT, accounts: 2, scale: 0.2 }));
        const plan = JSON.parse(files.get('data-plan.json') as string) as PlanEntry[];
        const contactFile = plan.find((e) => e.sobject === 'Contact')?.files[0] as string;
        const contacts = JSON.parse(files.get(contactFile) as string) as { records: TreeRecord[] };
        const first = contacts.records[0] as TreeRecord;
        first.AccountId = '@AccountRef999';
        first.CreatedDate = '2026-01-01T00:00:00.000Z';
        delete first.LastName;
        files.set(contactFile, JSON.stringify(contacts));
        files.delete(DATA_AS_OF_FILE);
        const problems = treeProblems(files);
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringContaining('AccountId @AccountRef999 resolves to no record'),
                expect.stringContaining('read-only field CreatedDate'),
                expect.stringContaining('required field LastName missing'),
                `${DATA_AS_OF_FILE} is missing: the set does not name its as-of`
            ])
        );
        // The as-of file listed in the plan (import tree would read it as records) is found too.
        const listed = new Map(generateSampleData({ ...AT, accounts: 1, scale: 0.1 }));
        const listedPlan = JSON.parse(listed.get('data-plan.json') as string) as PlanEntry[];
        (listedPlan[0] as PlanEntry).files.push(DATA_AS_OF_FILE);
        listed.set('data-plan.json', JSON.stringify(listedPlan));
        expect(() => treeProblems(listed)).toThrow(`${DATA_AS_OF_FILE} has no "records" array`);
    });

    it('splits objects over 200 records into several files and dates everything relative to the as-of', () => {
        const files = generateSampleData(AT);
        const plan = JSON.parse(files.get('data-plan.json') as string) as PlanEntry[];
        const tasks = plan.find((e) => e.sobject === 'Task');
        expect(tasks?.files.length).toBeGreaterThan(1);
        expect(plan.map((e) => e.sobject)).toEqual(PLAN_OBJECTS.filter((o) => plan.some((e) => e.sobject === o)));
        const records = generateRecords(AT);
        const dates = [
            ...records.Task.map((t) => t.ActivityDate),
            ...records.Event.map((e) => e.ActivityDateTime.slice(0, 10))
        ];
        expect(dates.every((d) => d <= SAMPLE_AS_OF)).toBe(true);
        expect(dates).toContain(dateDaysAgo(1, SAMPLE_AS_OF));
        expect(dateDaysAgo(0, SAMPLE_AS_OF)).toBe(SAMPLE_AS_OF);
        expect(dateDaysAgo(1, '2028-03-01')).toBe('2028-02-29');
    });

    it('has the shape the benchmark and the engine cases need', () => {
        const records = generateRecords(AT);
        expect(records.Account.length).toBeGreaterThanOrEqual(8);
        expect(records.Account.length).toBeLessThanOrEqual(12);
        const accountOf = new Map(records.Contact.map((c) => [`@${c.attributes.referenceId}`, c.AccountId as string]));
        const peopleByAccount = new Map<string, number>();
        for (const c of records.Contact) peopleByAccount.set(c.AccountId, (peopleByAccount.get(c.AccountId) ?? 0) + 1);
        // The account with no people at all.
        expect(records.Account.some((a) => !peopleByAccount.has(`@${a.attributes.referenceId}`))).toBe(true);
        // The largest account: a few hundred people and a few thousand activities.
        const largest = [...peopleByAccount].sort((x, y) => y[1] - x[1])[0] as [string, number];
        const activities =
            records.Task.filter((t) => t.WhatId === largest[0] || accountOf.get(t.WhoId) === largest[0]).length +
            records.Event.filter((e) => e.WhatId === largest[0] || accountOf.get(e.WhoId) === largest[0]).length +
            records.CampaignMember.filter((m) => m.ContactId !== undefined && accountOf.get(m.ContactId) === largest[0])
                .length +
            records.SI_Intent_Signal__c.filter((s) => s.Account__c === largest[0]).length;
        expect(largest[1]).toBeGreaterThanOrEqual(200);
        expect(activities).toBeGreaterThanOrEqual(2000);
        // A lead whose company differs from every account name but whose email domain is an account's.
        const domains = new Set(records.Account.map((a) => a.Website.replace(/^https:\/\/www\./, '')));
        const names = new Set(records.Account.map((a) => a.Name));
        expect(records.Lead.some((l) => !names.has(l.Company) && domains.has(l.Email.split('@')[1] as string))).toBe(
            true
        );
        // Titles across seniorities and functions, and some without a title.
        const titles = records.Contact.map((c) => c.Title ?? '');
        for (const word of ['Chief', 'VP', 'Director', 'Manager', 'Engineer', 'Finance', 'Marketing', 'Operations']) {
            expect(titles.some((t) => t.includes(word))).toBe(true);
        }
        expect(titles).toContain('');
    });

    it('--scale multiplies people and activities, --accounts sets the number of accounts', () => {
        const one = generateRecords(AT);
        const two = generateRecords({ ...AT, scale: 2 });
        expect(two.Account.length).toBe(one.Account.length);
        expect(two.Contact.length / one.Contact.length).toBeGreaterThan(1.8);
        expect(two.Task.length / one.Task.length).toBeGreaterThan(1.8);
        const many = generateRecords({ ...AT, accounts: 23 });
        expect(many.Account.length).toBe(23);
        expect(new Set(many.Account.map((a) => a.Name)).size).toBe(23);
        expect(new Set(many.Account.map((a) => a.Website)).size).toBe(23);
        expect(treeProblems(generateSampleData({ ...AT, accounts: 23, scale: 0.3 }))).toEqual([]);
        expect(generateRecords({ ...AT, accounts: 3 }).Account.map((a) => a.Name)).toEqual(
            one.Account.slice(0, 3).map((a) => a.Name)
        );
    });

    it('rejects bad options with a message naming the problem', () => {
        const today = '2031-07-04';
        expect(parseArgs([], today)).toEqual({ out: 'data', asOf: today, asOfIsToday: true });
        expect(parseArgs(['--out', 'x', '--scale', '3', '--accounts', '4', '--as-of', '2028-02-29'], today)).toEqual({
            out: 'x',
            asOf: '2028-02-29',
            asOfIsToday: false,
            scale: 3,
            accounts: 4
        });
        expect(() => parseArgs(['--scale', 'big'], today)).toThrow('--scale must be a number, got "big"');
        expect(() => parseArgs(['--out'], today)).toThrow('--out needs a value');
        expect(() => parseArgs(['--size', '2'], today)).toThrow('unknown option "--size"');
        expect(() => parseArgs(['--as-of', '2027-02-29'], today)).toThrow(
            '--as-of: asOf is not a real date: 2027-02-29'
        );
        expect(() => parseArgs(['--as-of', '11/02/2026'], today)).toThrow('--as-of: asOf must be a date as YYYY-MM-DD');
        expect(() => generateRecords({ ...AT, scale: 0 })).toThrow('--scale must be a positive number');
        expect(() => generateRecords({ ...AT, accounts: 2.5 })).toThrow('--accounts must be a positive whole number');
        expect(() => runGenerator(['--scale', '-1', '--out', path.join(tmp, 'bad')])).toThrow(
            /--scale must be a positive number/
        );
    });
});

// ---------------------------------------------------------------------------------------------
// Scored by the engine: what the data set is for.

/** What each account is meant to show (data/README.md): fit band, buying stage, qualified change. */
const EXPECTED: Readonly<Record<string, readonly [string, string, AccountInsight['qualified']['change']]>> = {
    'Northwind Analytics': ['Strong', 'Purchase', 'Still qualified'],
    'Bluepeak Software': ['Strong', 'Purchase', 'Still qualified'],
    'Meridian Freight Group': ['Moderate', 'Decision', 'Became qualified'],
    'Helixa Health Systems': ['Strong', 'Consideration', 'Not qualified'],
    'Larkspur Home & Garden': ['Weak', 'Decision', 'Not qualified'],
    'Cobalt Ridge Machinery': ['Moderate', 'Awareness', 'Not qualified'],
    'Quillfeather Media': ['Weak', 'Awareness', 'Not qualified'],
    'Sterling Fjord Bank': ['Strong', 'Target', 'No longer qualified'],
    'Tidewater Energy Partners': ['Moderate', 'Target', 'Not qualified'],
    'Orchard Lane Foods': ['Moderate', 'Consideration', 'Not qualified']
};

const CAMPAIGN_KINDS: readonly string[] = ['Email Click', 'Form Fill', 'Webinar', 'Event', 'Other Response'];

/** The committed data read by the project's sObject tree reader (the one `npm run insight` uses). */
function readCommittedDataset(): Dataset {
    const tree = readSObjectTree(DATA_DIR);
    const list = <T>(type: PlanObject): T[] => (tree.byType.get(type) ?? []) as unknown as T[];
    return {
        accounts: list('Account'),
        contacts: list('Contact'),
        leads: list('Lead'),
        campaigns: list('Campaign'),
        campaignMembers: list('CampaignMember'),
        opportunities: list('Opportunity'),
        tasks: list('Task'),
        events: list('Event'),
        intentSignals: list('SI_Intent_Signal__c')
    };
}

describe('sample data scored by the engine as of SAMPLE_AS_OF', () => {
    let insights: AccountInsight[] = [];
    let loadError: Error | null = null;
    beforeAll(() => {
        try {
            const grouped = groupAccountData(readCommittedDataset());
            insights = grouped.accounts.map((data) => computeInsight(data, DEFAULT_CONFIG, SAMPLE_AS_OF));
        } catch (e) {
            loadError = e instanceof Error ? e : new Error(String(e));
        }
    });
    const scored = (): AccountInsight[] => {
        if (loadError) throw loadError;
        if (insights.length !== Object.keys(EXPECTED).length) {
            throw new Error(`The engine scored ${insights.length} accounts, expected ${Object.keys(EXPECTED).length}`);
        }
        return insights;
    };

    it('counts campaign responses from Status "Responded" (tree files carry no HasResponded)', () => {
        const people = scored().flatMap((i) => i.people);
        const fromCampaigns = people.filter((p) =>
            p.factors.some((f) => /campaign|email click|webinar|form fill|event/i.test(f.label))
        );
        if (fromCampaigns.length === 0) {
            throw new Error(
                'No person has engagement from a campaign response. The tree files have CampaignMember Status ' +
                    '"Responded" but no HasResponded/FirstRespondedDate (read-only in an org): the engine must treat ' +
                    'Status "Responded" as a response dated by its Campaign StartDate when those fields are absent.'
            );
        }
        expect(people.some((p) => CAMPAIGN_KINDS.includes(p.lastEngagementKind ?? ''))).toBe(true);
    });

    it('counts opportunities by StageName (tree files carry no IsClosed/IsWon)', () => {
        const ignored = scored()
            .flatMap((i) => i.dataQuality)
            .filter((n) => n.object === 'Opportunity' && n.field === 'IsClosed');
        if (ignored.length > 0) {
            throw new Error(
                `The engine left out ${ignored.reduce((sum, n) => sum + n.count, 0)} opportunities ("${ignored[0]?.issue}"). ` +
                    'The tree files have StageName but no IsClosed/IsWon (read-only in an org): the engine must derive ' +
                    'closed and won from StageName ("Closed Won", "Closed Lost") when those fields are absent.'
            );
        }
        expect(ignored).toEqual([]);
    });

    it('shows every buying stage, every fit band, qualified and not, a persona gap and an account without people', () => {
        const all = scored();
        const stages = new Set(all.map((i) => i.buyingStage.stage));
        const bands = new Set(all.map((i) => i.profileFit.band));
        expect(BUYING_STAGES.filter((s) => !stages.has(s))).toEqual([]);
        expect(FIT_BANDS.filter((b) => !bands.has(b))).toEqual([]);
        expect(new Set(all.map((i) => i.qualified.qualified))).toEqual(new Set([true, false]));
        expect(all.some((i) => i.personaMap.gaps.length > 0)).toBe(true);
        expect(all.some((i) => i.people.length === 0)).toBe(true);
    });

    it('matches a lead by email domain only, and one by company name', () => {
        const all = scored();
        const leads = new Map(generateRecords(AT).Lead.map((l) => [l.attributes.referenceId, l]));
        const domainOnly = all.flatMap((i) =>
            i.people
                .filter((p) => p.type === 'Lead' && p.matchedBy === 'Email domain')
                .filter((p) => {
                    const lead = leads.get(p.id);
                    return (
                        lead !== undefined && normalizeCompanyName(lead.Company) !== normalizeCompanyName(i.accountName)
                    );
                })
        );
        expect(domainOnly.length).toBeGreaterThan(0);
        expect(all.some((i) => i.people.some((p) => p.matchedBy === 'Company name'))).toBe(true);
    });

    it('gives each account the outcome data/README.md describes', () => {
        const actual = Object.fromEntries(
            scored().map((i) => [i.accountName ?? '', [i.profileFit.band, i.buyingStage.stage, i.qualified.change]])
        );
        expect(actual).toEqual(EXPECTED);
    });

    it('the largest account has a few hundred people, every engagement grade and fresh data', () => {
        const largest = [...scored()].sort((a, b) => b.people.length - a.people.length)[0] as AccountInsight;
        expect(largest.accountName).toBe('Northwind Analytics');
        expect(largest.people.length).toBeGreaterThanOrEqual(200);
        expect(new Set(largest.people.map((p) => p.grade))).toEqual(new Set(['A', 'B', 'C', 'D']));
        expect(largest.freshness.daysSinceNewest).toBeLessThanOrEqual(2);
    });
});
