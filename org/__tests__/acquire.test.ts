/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// `npm run acquire`: the real command, the real Connection (stored sf CLI auth) and the shared client against
// the stand-in speaking REST query, Bulk API 2.0 query and ingest and sObject Collections. The org and the
// vendor file are described in support/acquireOrg.ts.
import './support/nodeMode';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { main } from '../acquire/main';
import { acquisitionKey } from '../acquire/people';
import { exportCsv, ORCHESTRATION, startAcquireOrg, writeVendorCsv, type AcquireOrg } from './support/acquireOrg';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import type { SfRecord } from './support/salesforceStandIn';

const NOW = Date.parse('2026-12-04T06:00:00Z');
const ALIAS = 'acquire';

let org: AcquireOrg;
let home: AuthHome;
let restore: () => void;
let dir: string;
let vendor: string;

beforeEach(async () => {
    org = await startAcquireOrg();
    home = createAuthHome(standInAuthOptions(org.sf, { alias: ALIAS }));
    restore = home.activate();
    dir = mkdtempSync(join(tmpdir(), 'si-acquire-'));
    vendor = writeVendorCsv(dir);
});

afterEach(async () => {
    restore();
    home.remove();
    rmSync(dir, { recursive: true, force: true });
    await org.sf.close();
    const { StateAggregator, ConfigAggregator } = await import('@salesforce/core');
    StateAggregator.clearInstance();
    ConfigAggregator.clearInstance();
});

interface Result {
    code: number;
    stdout: string;
    stderr: string;
    json: Record<string, unknown>;
}

async function acquire(args: string[], target: string[] = ['--target-org', ALIAS]): Promise<Result> {
    let stdout = '';
    let stderr = '';
    const code = await main(
        [...target, '--orchestration', ORCHESTRATION, '--out', join(dir, 'out'), '--poll-ms', '1', ...args],
        { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: () => new Date(NOW) }
    );
    let json: Record<string, unknown> = {};
    if (args.includes('--json') && code !== 1) json = JSON.parse(stdout) as Record<string, unknown>;
    return { code, stdout, stderr, json };
}

const csv = (path: string): Record<string, string>[] =>
    Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
const leads = (): SfRecord[] => org.sf.records('Lead').filter((l) => l.Id !== org.leadId);
const results = (): SfRecord[] => org.sf.records('SI_Acquisition_Result__c');
const writes = () => org.sf.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/jobs/query'));
/** Rejects the Lead of this email as a required-field error (as a validation rule or a required custom field does). */
const rejectLead = (email: string) =>
    org.sf.faults.rejectRows(
        (row) => row.Email === email,
        {
            errorCode: 'REQUIRED_FIELD_MISSING',
            message: 'Required fields are missing: [Region__c]',
            fields: ['Region__c']
        },
        'Lead'
    );

describe('acquire: preview', () => {
    it('decides every candidate, lists the eligible with account, persona and reason, and writes nothing to the org', async () => {
        const { code, stdout, stderr, json } = await acquire(['--provider-file', vendor, '--json']);
        expect(stderr).not.toMatch(/error/i);
        expect(code).toBe(0);
        expect(json.outcomes).toEqual({ Eligible: 2, Skipped: 5, Created: 0, Error: 0 });
        expect(json.skipped).toEqual({
            'Already in CRM': 2,
            'GDPR region': 1,
            'Not a target account': 1,
            'Account cap reached': 1
        });
        const eligible = json.eligible as { email: string; accountId: string; persona: string; reason: string }[];
        expect(eligible.map((e) => [e.email, e.accountId, e.persona])).toEqual([
            ['Ann@Acme.com', org.accounts.acme, 'Technical_Buyer'],
            ['bo@globex.com', org.accounts.globex, 'Technical_Buyer']
        ]);
        expect(eligible[0]!.reason).toMatch(/fills the missing/);
        const files = json.files as { eligible: string; skipped: string };
        expect(csv(files.eligible).map((r) => r.Email)).toEqual(['Ann@Acme.com', 'bo@globex.com']);
        const skipped = csv(files.skipped);
        expect(skipped).toHaveLength(5);
        expect(skipped.find((r) => r.Email === 'ceo@acme.com')).toMatchObject({
            'Skip Reason': 'Already in CRM',
            'Record Id': org.ceoId
        });
        expect(skipped.find((r) => r.Email === 'LEAD@globex.com')?.['Record Id']).toBe(org.leadId);
        expect(writes()).toEqual([]);
        expect(leads()).toEqual([]);
        expect(stdout).toContain('Ann@Acme.com');
    });

    it('stops naming the field when the orchestration is not usable', async () => {
        org.sf.get('SI_Orchestration__c', org.orchestrationId)!.Levels__c = 'VP;Wizard';
        const { code, stderr } = await acquire(['--provider-file', vendor]);
        expect(code).toBe(1);
        expect(stderr).toMatch(/orchestration "Fill gaps", Levels__c: "Wizard" is not in the persona vocabulary/);
    });
});

describe('acquire: run and re-push', () => {
    it('creates the eligible as Leads, keeps a refused record as an Error with its Salesforce message, and records every candidate', async () => {
        rejectLead('bo@globex.com');
        const { code, json } = await acquire(['--run', '--provider-file', vendor, '--json']);
        expect(code).toBe(2);
        expect(json.outcomes).toEqual({ Eligible: 0, Skipped: 5, Created: 1, Error: 1 });
        const created = leads();
        expect(created).toHaveLength(1);
        expect(created[0]).toMatchObject({
            FirstName: 'Ann',
            LastName: 'Lee',
            Email: 'Ann@Acme.com',
            Company: 'Acme Corporation',
            Website: 'https://acme.com',
            LeadSource: 'Sales Intelligence',
            SI_Source_Type__c: 'Orchestration',
            SI_LinkedIn_URL__c: 'https://www.linkedin.com/in/annlee',
            SI_Acquisition_Key__c: acquisitionKey('ann@acme.com')
        });
        const rows = results();
        expect(rows).toHaveLength(7);
        const runId = json.runId as string;
        expect(new Set(rows.map((r) => r.Run_Id__c))).toEqual(new Set([runId]));
        expect(rows.every((r) => r.Orchestration__c === org.orchestrationId)).toBe(true);
        const byEmail = new Map(rows.map((r) => [String(r.Email__c), r]));
        expect(byEmail.get('Ann@Acme.com')).toMatchObject({ Outcome__c: 'Created', Record_Id__c: created[0]!.Id });
        const error = byEmail.get('bo@globex.com')!;
        expect(error.Outcome__c).toBe('Error');
        expect(error.Salesforce_Error__c).toBe('REQUIRED_FIELD_MISSING: Required fields are missing: [Region__c]');
        expect(JSON.parse(String(error.Record_Request__c))).toMatchObject({
            object: 'Lead',
            fields: { Email: 'bo@globex.com', Company: 'Globex' }
        });
        expect(byEmail.get('jo@hooli.de')).toMatchObject({ Outcome__c: 'Skipped', Skip_Reason__c: 'GDPR region' });
        expect(org.sf.get('SI_Orchestration__c', org.orchestrationId)?.Last_Run_Id__c).toBe(runId);
        expect(csv(join(dir, 'out', `${runId}-results.csv`))).toHaveLength(7);
        expect(json.next).toBe(
            `npm run acquire -- --target-org ${ALIAS} --orchestration "${ORCHESTRATION}" --repush ${runId}`
        );
    });

    it('re-push creates only the failed one, and a second re-push creates nothing', async () => {
        rejectLead('bo@globex.com');
        const first = await acquire(['--run', '--provider-file', vendor, '--json']);
        const runId = first.json.runId as string;
        org.sf.faults.clear();
        const creates = () =>
            org.sf.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/composite/sobjects'));
        const before = creates().length;

        const repush = await acquire(['--repush', runId, '--json']);
        expect(repush.stderr).not.toMatch(/error/i);
        expect(repush.code).toBe(0);
        expect(repush.json).toMatchObject({
            repushOf: runId,
            errors: 1,
            pending: 1,
            Created: 1,
            alreadyThere: 0,
            Error: 0
        });
        expect(
            leads()
                .map((l) => l.Email)
                .sort()
        ).toEqual(['Ann@Acme.com', 'bo@globex.com']);
        expect(creates().length - before).toBe(1);
        const repushRows = results().filter((r) => r.Run_Id__c === repush.json.runId);
        expect(repushRows).toHaveLength(1);
        expect(repushRows[0]).toMatchObject({
            Outcome__c: 'Created',
            Repush_Of__c: runId,
            Email__c: 'bo@globex.com',
            Record_Id__c: leads().find((l) => l.Email === 'bo@globex.com')!.Id
        });

        const again = await acquire(['--repush', runId]);
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/Nothing to re-push: the 1 Error rows of run .* were created by a re-push before/);
        expect(leads()).toHaveLength(2);
        expect(results()).toHaveLength(8);
        expect(creates().length - before).toBe(1);
    });

    it('re-push does not create again a person whose create succeeded but whose answer was lost', async () => {
        rejectLead('bo@globex.com');
        const first = await acquire(['--run', '--provider-file', vendor, '--json']);
        org.sf.faults.clear();
        // The Lead exists (created by someone or an earlier attempt whose answer never arrived) with the key.
        org.sf.insert('Lead', {
            LastName: 'Kim',
            Email: 'bo@globex.com',
            Company: 'Globex',
            SI_Acquisition_Key__c: acquisitionKey('bo@globex.com')
        });
        const repush = await acquire(['--repush', first.json.runId as string, '--json']);
        expect(repush.code).toBe(0);
        expect(repush.json).toMatchObject({ Created: 0, alreadyThere: 1, Error: 0 });
        expect(leads().filter((l) => l.Email === 'bo@globex.com')).toHaveLength(1);
    });

    it('a create request that fails as a whole loses nobody: its people are Errors, and the re-push creates them', async () => {
        org.sf.faults.respond(503, { method: 'POST', path: '/composite/sobjects' });
        const first = await acquire(['--run', '--provider-file', vendor, '--json']);
        expect(first.code).toBe(2);
        expect(first.json.outcomes).toMatchObject({ Created: 0, Error: 2 });
        expect(leads()).toEqual([]);
        const errors = results().filter((r) => r.Outcome__c === 'Error');
        expect(errors.map((r) => r.Email__c).sort()).toEqual(['Ann@Acme.com', 'bo@globex.com']);
        expect(String(errors[0]!.Salesforce_Error__c)).toMatch(/^REQUEST_FAILED: /);

        const repush = await acquire(['--repush', first.json.runId as string, '--json']);
        expect(repush.code).toBe(0);
        expect(repush.json).toMatchObject({ pending: 2, Created: 2, Error: 0 });
        expect(
            leads()
                .map((l) => l.Email)
                .sort()
        ).toEqual(['Ann@Acme.com', 'bo@globex.com']);
    });

    it('re-push of a run the org has no results of stops, naming it', async () => {
        const { code, stderr } = await acquire(['--repush', '20261201T000000Z-abcd']);
        expect(code).toBe(1);
        expect(stderr).toMatch(/no results of run 20261201T000000Z-abcd/);
    });

    it('creates Contacts of the matched account when the orchestration says Contact', async () => {
        org.sf.get('SI_Orchestration__c', org.orchestrationId)!.Create_As__c = 'Contact';
        const { code } = await acquire(['--run', '--provider-file', vendor]);
        expect(code).toBe(0);
        const contacts = org.sf.records('Contact').filter((c) => c.Id !== org.ceoId);
        expect(contacts.map((c) => [c.Email, c.AccountId, c.SI_Source_Type__c]).sort()).toEqual([
            ['Ann@Acme.com', org.accounts.acme, 'Orchestration'],
            ['bo@globex.com', org.accounts.globex, 'Orchestration']
        ]);
        expect(leads()).toEqual([]);
    });
});

describe('acquire: what a run reads', () => {
    it('skips accounts inside the cooldown, from the Created results of the orchestration', async () => {
        org.sf.get('SI_Orchestration__c', org.orchestrationId)!.Cooldown_Days__c = 30;
        expect((await acquire(['--run', '--provider-file', vendor])).code).toBe(0);
        const later = writeVendorCsv(dir, [
            ['First Name', 'Last Name', 'Title', 'Email', 'Domain', 'Country'],
            ['Zed', 'Ox', 'VP Engineering', 'zed@acme.com', 'acme.com', 'US']
        ]);
        const { json } = await acquire(['--provider-file', later, '--json']);
        expect(json.skipped).toEqual({ 'Account in cooldown': 1 });
    });

    it('finds an orchestration whose name has quotes and backslashes (quoted, not spliced)', async () => {
        const name = "O'Brien's \\ gaps";
        org.sf.get('SI_Orchestration__c', org.orchestrationId)!.Name = name;
        let stdout = '';
        const code = await main(
            [
                '--target-org',
                ALIAS,
                '--orchestration',
                name,
                '--provider-file',
                vendor,
                '--out',
                join(dir, 'out'),
                '--poll-ms',
                '1',
                '--json'
            ],
            { stdout: (t) => (stdout += t), stderr: () => undefined, now: () => new Date(NOW) }
        );
        expect(code).toBe(0);
        expect((JSON.parse(stdout) as { orchestration: string }).orchestration).toBe(name);
        const other = await acquire(['--provider-file', vendor]);
        expect(other.code).toBe(1);
        expect(other.stderr).toMatch(/no SI_Orchestration__c named "Fill gaps"/);
    });
});

describe('acquire: file mode', () => {
    it('previews over CSV exports with the same decisions as against the org', async () => {
        const data = join(dir, 'export');
        exportCsv(org.sf, data);
        const fromFiles = await acquire(
            ['--provider-file', vendor, '--as-of', '2026-12-04', '--json'],
            ['--data', data]
        );
        expect(fromFiles.code).toBe(0);
        const fromOrg = await acquire(['--provider-file', vendor, '--json']);
        expect(fromFiles.json.outcomes).toEqual(fromOrg.json.outcomes);
        expect(fromFiles.json.skipped).toEqual(fromOrg.json.skipped);
        expect(fromFiles.json.eligible).toEqual(fromOrg.json.eligible);
    });

    it('refuses --run in file mode', async () => {
        const { code, stderr } = await acquire(['--run', '--provider-file', vendor], ['--data', dir]);
        expect(code).toBe(1);
        expect(stderr).toMatch(/file mode \(--data\) only previews/);
    });
});
