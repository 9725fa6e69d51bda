/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// `npm run seats`: the real command and the real Connection (stored sf CLI auth) against the REST stand-in
// speaking query (nextRecordsUrl paging) and sObject Collections. Each test starts a fresh org:
//   you      the running user, inactive 400 days, SI_Operations_User      -> kept (never their own)
//   alice    logged in 10 days ago, SI_Sales_User + licence                -> active
//   bob      never logged in, created 300 days ago, two app sets           -> revoked
//   carol    never logged in, created 5 days ago                           -> active (counted from creation)
//   dave     200 days, SI_Marketing_User, Modify All Data from his profile -> kept unless asked explicitly
//   erin     inactive (IsActive false) user with SI_Sales_User             -> not listed at all
//   frank    181 days, SI_Sales_User + the licence it needs                -> set, then licence removed
//   grace    365 days, SI_Sales_User + licence, another set needs it too   -> set removed, licence kept
//   heidi    exactly 180 days, SI_Insights_User                            -> active (not longer than 180)
import './support/nodeMode';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { main } from '../seats/main';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import { startSeatOrg, type SeatOrg } from './support/seatOrg';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const ALIAS = 'seats';

let org: SeatOrg;
let home: AuthHome;
let restore: () => void;
let out: string;
let ids: Record<string, string>;
let assignments: Record<string, string>;

beforeEach(async () => {
    org = await startSeatOrg(NOW);
    home = createAuthHome(standInAuthOptions(org.sf, { alias: ALIAS }));
    restore = home.activate();
    out = mkdtempSync(join(tmpdir(), 'si-seats-'));
    const u = (name: string, o: Parameters<SeatOrg['user']>[1]) => (ids[name] = org.user(`${name}@example.com`, o));
    ids = { you: org.runningUserId };
    assignments = {};
    assignments.you = org.assign(org.runningUserId, 'SI_Operations_User');
    u('alice', { lastLoginDaysAgo: 10 });
    assignments.alice = org.assign(ids.alice!, 'SI_Sales_User');
    assignments.aliceLicence = org.assignLicence(ids.alice!);
    u('bob', { lastLoginDaysAgo: null, createdDaysAgo: 300 });
    assignments.bobSales = org.assign(ids.bob!, 'SI_Sales_User', '2027-06-30T00:00:00.000+0000');
    assignments.bobViewOnly = org.assign(ids.bob!, 'SI_View_Only_User');
    u('carol', { lastLoginDaysAgo: null, createdDaysAgo: 5 });
    assignments.carol = org.assign(ids.carol!, 'SI_View_Only_User');
    u('dave', { lastLoginDaysAgo: 200 });
    assignments.dave = org.assign(ids.dave!, 'SI_Marketing_User');
    org.assign(ids.dave!, 'Admin_Profile');
    u('erin', { lastLoginDaysAgo: 500, active: false });
    assignments.erin = org.assign(ids.erin!, 'SI_Sales_User');
    u('frank', { lastLoginDaysAgo: 181 });
    assignments.frank = org.assign(ids.frank!, 'SI_Sales_User');
    assignments.frankLicence = org.assignLicence(ids.frank!);
    u('grace', { lastLoginDaysAgo: 365 });
    assignments.grace = org.assign(ids.grace!, 'SI_Sales_User');
    org.assign(ids.grace!, 'Other_Needs_Licence');
    assignments.graceLicence = org.assignLicence(ids.grace!);
    u('heidi', { lastLoginDaysAgo: 180 });
    assignments.heidi = org.assign(ids.heidi!, 'SI_Insights_User');
});

afterEach(async () => {
    restore();
    home.remove();
    rmSync(out, { recursive: true, force: true });
    await org.sf.close();
    const { StateAggregator, ConfigAggregator } = await import('@salesforce/core');
    StateAggregator.clearInstance();
    ConfigAggregator.clearInstance();
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(['--target-org', ALIAS, '--out', out, ...args], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        now: () => new Date(NOW)
    });
    return { code, stdout, stderr };
}

const writes = () => org.sf.requests.filter((r) => r.method !== 'GET');
const exists = (object: string, id: string): boolean => org.sf.get(object, id) !== undefined;
const psa = (key: string): boolean => exists('PermissionSetAssignment', assignments[key]!);
const psla = (key: string): boolean => exists('PermissionSetLicenseAssign', assignments[key]!);
const audits = () => org.sf.records('SI_Seat_Audit__c');

function report(stdout: string): Record<string, string>[] {
    const file = /Report: (.+\.csv)/.exec(stdout)?.[1];
    if (!file) throw new Error(`no report in:\n${stdout}`);
    return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const runIdOf = (stdout: string): string => {
    const id = /--undo (\S+)/.exec(stdout)?.[1];
    if (!id) throw new Error(`no undo command in:\n${stdout}`);
    return id;
};

describe('seat audit: listing (dry run)', () => {
    it('lists every active holder of an app set with last login, days inactive, sets and licences, and sends no writes', async () => {
        const { code, stdout, stderr } = await run(['--json']);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const result = JSON.parse(stdout) as {
            dryRun: boolean;
            users: {
                username: string;
                lastLoginDate: string | null;
                daysInactive: number;
                neverLoggedIn: boolean;
                decision: string;
                permissionSets: { name: string }[];
                licences: { developerName: string }[];
            }[];
        };
        expect(result.dryRun).toBe(true);
        const byName: Record<string, (typeof result.users)[number]> = Object.fromEntries(
            result.users.map((u) => [u.username.split('@')[0] ?? u.username, u])
        );
        expect(Object.keys(byName).sort()).toEqual([
            'alice',
            'bob',
            'carol',
            'dave',
            'frank',
            'grace',
            'heidi',
            'stand-in'
        ]);
        expect(byName['stand-in']).toMatchObject({ daysInactive: 400, decision: 'kept: running user' });
        expect(byName.alice).toMatchObject({ daysInactive: 10, decision: 'active' });
        expect(byName.alice!.licences.map((l) => l.developerName)).toEqual(['SalesIntelligencePsl']);
        expect(byName.bob).toMatchObject({
            lastLoginDate: null,
            neverLoggedIn: true,
            daysInactive: 300,
            decision: 'revoke'
        });
        expect(byName.bob!.permissionSets.map((p) => p.name).sort()).toEqual(['SI_Sales_User', 'SI_View_Only_User']);
        expect(byName.carol).toMatchObject({ neverLoggedIn: true, daysInactive: 5, decision: 'active' });
        expect(byName.dave).toMatchObject({ daysInactive: 200, decision: 'kept: Modify All Data' });
        expect(byName.frank).toMatchObject({ daysInactive: 181, decision: 'revoke' });
        expect(byName.heidi).toMatchObject({ daysInactive: 180, decision: 'active' });
        expect(writes()).toEqual([]);
        expect(audits()).toEqual([]);
    });

    it('prints a table and a CSV report of every assignment, saying what --revoke would remove', async () => {
        const { code, stdout } = await run([]);
        expect(code).toBe(0);
        expect(stdout).toMatch(
            /^bob@example\.com\s+never\s+300\s+SI_Sales_User, SI_View_Only_User\s+-\s+revoke -> would remove$/m
        );
        expect(stdout).toMatch(/^stand-in@example\.com \(you\)\s+\d{4}-\d{2}-\d{2}\s+400 .*kept: running user$/m);
        expect(stdout).toMatch(/^dave@example\.com \(MAD\)\s+.*kept: Modify All Data$/m);
        expect(stdout).toContain('8 active users hold the app');
        expect(stdout).toContain('2 never logged in');
        expect(stdout).toContain(
            'Dry run: nothing was changed. --revoke would remove 4 permission set and 1 licence assignments.'
        );
        const rows = report(stdout);
        const row = (user: string, assignment: string) =>
            rows.find((r) => r.username === `${user}@example.com` && r.assignment === assignment);
        expect(row('bob', 'SI_Sales_User')).toMatchObject({ result: 'would remove', never_logged_in: 'true' });
        expect(row('frank', 'SalesIntelligencePsl')).toMatchObject({
            kind: 'PermissionSetLicense',
            result: 'would remove'
        });
        expect(row('grace', 'SalesIntelligencePsl')).toMatchObject({
            result: 'kept: needed by another permission set'
        });
        expect(row('alice', 'SI_Sales_User')).toMatchObject({ result: 'active', days_inactive: '10' });
        expect(rows.some((r) => r.username === 'erin@example.com')).toBe(false);
        expect(writes()).toEqual([]);
    });

    it('--days changes who is inactive', async () => {
        const { stdout } = await run(['--days', '9', '--json']);
        const users = (JSON.parse(stdout) as { users: { username: string; decision: string }[] }).users;
        expect(users.find((u) => u.username === 'alice@example.com')?.decision).toBe('revoke');
        expect(users.find((u) => u.username === 'carol@example.com')?.decision).toBe('active');
    });
});

describe('seat audit: --revoke', () => {
    it('removes the inactive users’ sets and then the licences nothing else needs, never the running user’s or an admin’s, and records each removal', async () => {
        const { code, stdout } = await run(['--revoke']);
        expect(code).toBe(0);
        expect(psa('bobSales') || psa('bobViewOnly') || psa('frank') || psa('grace')).toBe(false);
        expect(psla('frankLicence')).toBe(false);
        expect(psla('graceLicence')).toBe(true);
        for (const kept of ['you', 'alice', 'carol', 'dave', 'erin', 'heidi']) expect(psa(kept)).toBe(true);
        expect(psla('aliceLicence')).toBe(true);
        expect(stdout).toContain('Removed 4 permission set and 1 licence assignments; 0 failed.');
        const runId = runIdOf(stdout);
        const rows = audits();
        expect(rows).toHaveLength(5);
        const bob = rows.find((r) => r.Assignment_Id__c === assignments.bobSales);
        expect(bob).toMatchObject({
            Run_Id__c: runId,
            User__c: ids.bob,
            Username__c: 'bob@example.com',
            Permission_Set_Id__c: org.sets.SI_Sales_User,
            Permission_Set_Name__c: 'SI_Sales_User',
            Expiration_Date__c: '2027-06-30T00:00:00.000Z',
            Last_Login__c: null,
            Days_Inactive__c: 300,
            Removed_At__c: '2026-12-03T12:00:00.000Z'
        });
        expect(rows.find((r) => r.Assignment_Id__c === assignments.frankLicence)).toMatchObject({
            Permission_Set_License_Id__c: org.licenceId,
            Permission_Set_License_Name__c: 'SalesIntelligencePsl',
            Permission_Set_Id__c: null
        });
        // Sets before licences; deletes and audit records in separate calls (Setup and other objects).
        const calls = writes().map((r) => `${r.method} ${r.query.ids ? r.query.ids.split(',').length : ''}`);
        expect(calls).toEqual(['DELETE 4', 'POST ', 'DELETE 1', 'POST ']);
        expect(report(stdout).filter((r) => r.result === 'removed')).toHaveLength(5);
    });

    it('removes a Modify All Data user’s seat only with --include-modify-all-data', async () => {
        await run(['--revoke']);
        expect(psa('dave')).toBe(true);
        const { code } = await run(['--revoke', '--include-modify-all-data']);
        expect(code).toBe(0);
        expect(psa('dave')).toBe(false);
        expect(psa('you')).toBe(true);
    });

    it('reports a partial failure per record, and a re-run retries only those without doing anything twice', async () => {
        org.sf.faults.rejectRows(
            [assignments.bobViewOnly!, assignments.frank!],
            { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights on object id' },
            'PermissionSetAssignment'
        );
        const first = await run(['--revoke']);
        expect(first.code).toBe(2);
        expect(first.stdout).toContain(
            `failed: bob@example.com PermissionSet SI_View_Only_User (${assignments.bobViewOnly}): INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id`
        );
        expect(first.stdout).toContain(`failed: frank@example.com PermissionSet SI_Sales_User (${assignments.frank})`);
        expect(first.stdout).toContain('Removed 2 permission set and 0 licence assignments; 2 failed.');
        expect(first.stdout).toContain('Run the same command again to retry the failed ones');
        // frank's licence stays while the set that needs it is still assigned.
        expect(psla('frankLicence')).toBe(true);
        expect(report(first.stdout).find((r) => r.assignment_id === assignments.frankLicence)?.result).toBe(
            'kept: a permission set of the user was not removed'
        );
        expect(
            audits()
                .map((a) => a.Assignment_Id__c)
                .sort()
        ).toEqual([assignments.bobSales, assignments.grace].sort());

        org.sf.faults.clear();
        const before = org.sf.requests.length;
        const second = await run(['--revoke']);
        expect(second.code).toBe(0);
        const deleted = org.sf.requests
            .slice(before)
            .filter((r) => r.method === 'DELETE')
            .flatMap((r) => r.query.ids!.split(','));
        expect(deleted.sort()).toEqual([assignments.bobViewOnly, assignments.frank, assignments.frankLicence].sort());
        expect(psa('bobViewOnly') || psa('frank') || psla('frankLicence')).toBe(false);
        const recorded = audits().map((a) => a.Assignment_Id__c);
        expect(recorded).toHaveLength(5);
        expect(new Set(recorded).size).toBe(5);

        const third = await run(['--revoke']);
        expect(third.code).toBe(0);
        expect(third.stdout).toContain('Removed 0 permission set and 0 licence assignments; 0 failed.');
        expect(audits()).toHaveLength(5);
    });

    it('stops with exit 1 and a report of what was removed when Salesforce fails a request', async () => {
        org.sf.faults.respond(500, { method: 'POST', path: '/composite/sobjects' });
        const { code, stderr } = await run(['--revoke']);
        expect(code).toBe(1);
        expect(stderr).toMatch(/^seats: /);
        // The first DELETE happened, its audit records were refused: the report says what was removed.
        expect(psa('bobSales')).toBe(false);
        const file = /Report of what was done: (.+\.csv)/.exec(stderr)?.[1];
        const rows = Papa.parse<Record<string, string>>(readFileSync(file!, 'utf8'), { header: true }).data;
        expect(rows.find((r) => r.assignment_id === assignments.bobSales)).toMatchObject({
            result: 'removed',
            error: expect.stringMatching(/^removed, but no audit record: /)
        });
    });
});

describe('seat audit: --undo', () => {
    it('assigns again what a run removed, licences before sets, with the expiration date, and marks each record restored once', async () => {
        const revoked = await run(['--revoke']);
        const runId = runIdOf(revoked.stdout);
        const before = org.sf.requests.length;
        const { code, stdout } = await run(['--undo', runId]);
        expect(code).toBe(0);
        expect(stdout).toContain(`Undo of run ${runId}: restored 5 of 5`);
        const assigned = (user: string, set: string) =>
            org.sf
                .records('PermissionSetAssignment')
                .filter((a) => a.AssigneeId === ids[user] && a.PermissionSetId === org.sets[set]);
        expect(assigned('bob', 'SI_Sales_User')).toEqual([
            expect.objectContaining({ ExpirationDate: '2027-06-30T00:00:00.000Z' })
        ]);
        expect(assigned('bob', 'SI_View_Only_User')).toHaveLength(1);
        expect(assigned('frank', 'SI_Sales_User')).toHaveLength(1);
        expect(assigned('grace', 'SI_Sales_User')).toHaveLength(1);
        expect(org.sf.records('PermissionSetLicenseAssign').filter((a) => a.AssigneeId === ids.frank)).toHaveLength(1);
        const posts = org.sf.requests.slice(before).filter((r) => r.method !== 'GET');
        expect(posts.map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH']);
        expect(audits().every((a) => a.Restored_At__c === '2026-12-03T12:00:00.000Z')).toBe(true);
        expect(audits().every((a) => typeof a.Restored_Assignment_Id__c === 'string')).toBe(true);

        const again = await run(['--undo', runId]);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('Nothing to restore');
        expect(org.sf.records('PermissionSetAssignment').filter((a) => a.AssigneeId === ids.bob)).toHaveLength(2);
    });

    it('counts an assignment given back by hand as restored, and reports one that cannot be restored', async () => {
        const runId = runIdOf((await run(['--revoke'])).stdout);
        org.assign(ids.grace!, 'SI_Sales_User');
        org.sf.faults.rejectRows(
            (row) => row.AssigneeId === ids.frank,
            { errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'the user is inactive' },
            'PermissionSetLicenseAssign'
        );
        const { code, stdout } = await run(['--undo', runId]);
        expect(code).toBe(2);
        expect(stdout).toContain(
            'failed: frank@example.com PermissionSetLicense SalesIntelligencePsl: FIELD_INTEGRITY_EXCEPTION: the user is inactive'
        );
        // grace's set was given back by hand: the undo finds it (DUPLICATE_VALUE) and creates no second one.
        expect(org.sf.records('PermissionSetAssignment').filter((a) => a.AssigneeId === ids.grace)).toHaveLength(2);
        // frank's licence is still to restore: a second undo tries it (and only it) again.
        org.sf.faults.clear();
        const again = await run(['--undo', runId]);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain(`Undo of run ${runId}: restored 1 of 1`);
        expect(audits().find((a) => a.Assignment_Id__c === assignments.grace)?.Restored_At__c).not.toBeNull();
    });
});

describe('seat audit: usage', () => {
    it.each([
        [['--undo', 'last-week'], /--undo last-week: expected a run id/],
        [['--include-modify-all-data'], /only changes what --revoke removes/],
        [['--days', '-3'], /--days needs a value|--days -3/],
        [['--licence', "x' OR Name != '"], /expected a permission set licence DeveloperName/],
        [['--undo', '20261203T101502Z-3fa9', '--revoke'], /give it without --revoke/]
    ])('%j is refused (exit 1) before anything is asked of the org', async (args, message) => {
        const { code, stderr } = await run(args);
        expect(code).toBe(1);
        expect(stderr).toMatch(message);
        expect(org.sf.requests.filter((r) => r.path.includes('/query'))).toEqual([]);
    });

    it('an unknown --licence is an InvalidQuery error naming it', async () => {
        const { code, stderr } = await run(['--licence', 'NoSuchLicence']);
        expect(code).toBe(1);
        expect(stderr).toContain('no permission set licence named NoSuchLicence');
    });
});
