/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// `npm run acquire -- --scheduled`: which orchestrations are due on a day (pure), then the real command against
// the stand-in (REST query, Bulk API 2.0, sObject Collections): due ones previewed or run with their vendor file
// from --provider-dir, a Weekdays one not on a Saturday, one that already ran today not run again, a missing
// vendor file and a broken definition reported without stopping the others.
import './support/nodeMode';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, UsageError } from '../acquire/args';
import { main } from '../acquire/main';
import { dueOn, providerFileName, weekday } from '../acquire/schedule';
import { ORCHESTRATION, startAcquireOrg, writeVendorCsv, type AcquireOrg } from './support/acquireOrg';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import type { SfRecord } from './support/salesforceStandIn';

const FRIDAY = '2026-12-04';
const SATURDAY = '2026-12-05';

describe('dueOn', () => {
    const never = { Last_Run_Id__c: null, Last_Run_On__c: null };
    it('runs Daily every day, Weekdays from Monday to Friday, Manual never', () => {
        expect(weekday(FRIDAY)).toBe('Friday');
        expect(dueOn({ ...never, Schedule__c: 'Daily' }, SATURDAY, true).due).toBe(true);
        expect(dueOn({ ...never, Schedule__c: 'Weekdays' }, FRIDAY, true)).toEqual({
            due: true,
            reason: 'Weekdays: a Friday'
        });
        expect(dueOn({ ...never, Schedule__c: 'Weekdays' }, SATURDAY, true)).toEqual({
            due: false,
            reason: 'Weekdays: not on a Saturday'
        });
        expect(dueOn({ ...never, Schedule__c: 'Weekdays' }, '2026-12-06', true).reason).toBe(
            'Weekdays: not on a Sunday'
        );
        expect(dueOn({ ...never, Schedule__c: 'Weekdays' }, '2026-12-07', true).due).toBe(true);
        expect(dueOn({ ...never, Schedule__c: 'Manual' }, FRIDAY, false).due).toBe(false);
    });

    it('does not run again on a day it already ran, but previews', () => {
        const ran = {
            Schedule__c: 'Daily' as const,
            Last_Run_Id__c: '20261204T060000Z-ab12',
            Last_Run_On__c: '2026-12-04T06:00:00.000Z'
        };
        expect(dueOn(ran, FRIDAY, true)).toEqual({
            due: false,
            reason: 'already ran today (run 20261204T060000Z-ab12 at 2026-12-04T06:00:00.000Z)'
        });
        expect(dueOn(ran, FRIDAY, false).due).toBe(true);
        expect(dueOn(ran, SATURDAY, true).due).toBe(true);
    });

    it('refuses a day that is not one', () => {
        expect(() => weekday('2026-13-01')).toThrow('not a day: 2026-13-01');
    });

    it('names the vendor file after the orchestration, without path characters', () => {
        expect(providerFileName('Fill gaps')).toBe('Fill gaps.csv');
        expect(providerFileName('EMEA / Fill: gaps')).toBe('EMEA _ Fill_ gaps.csv');
        expect(providerFileName('../x')).toBe('.._x.csv');
    });
});

describe('parseArgs --scheduled', () => {
    const usage = (argv: string[]): string => {
        try {
            parseArgs(argv);
        } catch (e) {
            if (e instanceof UsageError) return e.message;
            throw e;
        }
        return '';
    };
    it('takes --provider-dir and refuses what a scheduled run does not use', () => {
        expect(parseArgs(['--scheduled', '--provider-dir', 'in', '--run'])).toMatchObject({
            scheduled: true,
            providerDir: 'in',
            mode: 'run'
        });
        expect(usage(['--scheduled'])).toMatch('--scheduled needs --provider-dir DIR');
        expect(usage(['--scheduled', '--provider-dir', 'in', '--orchestration', 'X'])).toMatch(
            'leave out --orchestration'
        );
        expect(usage(['--scheduled', '--provider-dir', 'in', '--provider-file', 'f.csv'])).toMatch(
            'not --provider-file'
        );
        expect(usage(['--scheduled', '--provider-dir', 'in', '--repush', '20261204T060000Z-ab12'])).toMatch(
            're-push one run'
        );
        expect(usage(['--scheduled', '--provider-dir', 'in', '--data', 'd'])).toMatch('needs an org');
        expect(usage(['--orchestration', 'X', '--provider-dir', 'in'])).toMatch('--provider-dir is for --scheduled');
    });
});

describe('acquire --scheduled against the org', () => {
    const ALIAS = 'acquire';
    let org: AcquireOrg;
    let home: AuthHome;
    let restore: () => void;
    let dir: string;
    let vendorDir: string;

    beforeEach(async () => {
        org = await startAcquireOrg({ Schedule__c: 'Daily' });
        home = createAuthHome(standInAuthOptions(org.sf, { alias: ALIAS }));
        restore = home.activate();
        dir = mkdtempSync(join(tmpdir(), 'si-acquire-schedule-'));
        vendorDir = join(dir, 'vendor');
        mkdirSync(vendorDir);
        copyFileSync(writeVendorCsv(dir), join(vendorDir, providerFileName(ORCHESTRATION)));
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

    async function scheduled(day: string, ...args: string[]) {
        let stdout = '';
        let stderr = '';
        const code = await main(
            [
                '--target-org',
                ALIAS,
                '--scheduled',
                '--provider-dir',
                vendorDir,
                '--out',
                join(dir, 'out'),
                '--poll-ms',
                '1',
                '--json',
                ...args
            ],
            { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: () => new Date(`${day}T06:00:00Z`) }
        );
        const json =
            code === 1 ? null : (JSON.parse(stdout) as { day: string; orchestrations: Array<Record<string, unknown>> });
        return { code, stderr, json, byName: new Map((json?.orchestrations ?? []).map((o) => [o.name as string, o])) };
    }
    const leads = (): SfRecord[] => org.sf.records('Lead').filter((l) => l.Id !== org.leadId);
    const orchestration = (fields: Record<string, string | number>): string =>
        org.sf.insert('SI_Orchestration__c', {
            Target_Segment__c: org.segmentId,
            Provider__c: 'CSV',
            Create_As__c: 'Lead',
            Per_Account_Cap__c: 1,
            Cooldown_Days__c: 0,
            ...fields
        });

    it('previews the due ones, skips a Weekdays one on a Saturday and leaves Manual ones out, writing nothing', async () => {
        orchestration({ Name: 'Weekday gaps', Schedule__c: 'Weekdays' });
        orchestration({ Name: 'By hand', Schedule__c: 'Manual' });
        const { code, json, byName } = await scheduled(SATURDAY);
        expect(code).toBe(0);
        expect(json?.day).toBe(SATURDAY);
        expect([...byName.keys()]).toEqual([ORCHESTRATION, 'Weekday gaps']);
        expect(byName.get(ORCHESTRATION)).toMatchObject({ status: 'previewed', reason: 'Daily' });
        const result = byName.get(ORCHESTRATION)?.result as { outcomes: Record<string, number> };
        expect(result.outcomes).toEqual({ Eligible: 2, Skipped: 5, Created: 0, Error: 0 });
        expect(byName.get('Weekday gaps')).toMatchObject({ status: 'not due', reason: 'Weekdays: not on a Saturday' });
        expect(leads()).toEqual([]);
        expect(org.sf.records('SI_Acquisition_Result__c')).toEqual([]);
    });

    it('runs the due ones with --run, once a day: a second run the same day creates nothing', async () => {
        const first = await scheduled(FRIDAY, '--run');
        expect(first.code).toBe(0);
        expect(first.byName.get(ORCHESTRATION)).toMatchObject({ status: 'ran' });
        expect(leads().map((l) => l.Email)).toEqual(['Ann@Acme.com', 'bo@globex.com']);
        const rows = org.sf.records('SI_Acquisition_Result__c').length;
        expect(rows).toBe(7);
        expect(String(org.sf.get('SI_Orchestration__c', org.orchestrationId)?.Last_Run_On__c)).toMatch(
            /^2026-12-04T06:00:00/
        );

        const again = await scheduled(FRIDAY, '--run');
        expect(again.code).toBe(0);
        expect(again.byName.get(ORCHESTRATION)?.status).toBe('not due');
        expect(String(again.byName.get(ORCHESTRATION)?.reason)).toMatch(
            /^already ran today \(run \d{8}T\d{6}Z-[0-9a-f]{4} at 2026-12-04T06:00:00/
        );
        expect(leads()).toHaveLength(2);
        expect(org.sf.records('SI_Acquisition_Result__c')).toHaveLength(rows);
    });

    it('reports a missing vendor file and a broken definition, and still runs the others (exit 2)', async () => {
        orchestration({ Name: 'EMEA / No file', Schedule__c: 'Daily' });
        const broken = orchestration({ Name: 'Broken', Schedule__c: 'Daily', Levels__c: 'VP;Wizard' });
        copyFileSync(join(vendorDir, providerFileName(ORCHESTRATION)), join(vendorDir, 'Broken.csv'));
        const { code, byName } = await scheduled(FRIDAY, '--run');
        expect(code).toBe(2);
        expect(byName.get('EMEA / No file')).toMatchObject({ status: 'no provider file' });
        expect(String(byName.get('EMEA / No file')?.reason)).toContain(join(vendorDir, 'EMEA _ No file.csv'));
        expect(byName.get('Broken')).toMatchObject({ status: 'stopped' });
        expect(String(byName.get('Broken')?.reason)).toMatch(/Levels__c: "Wizard" is not in the persona vocabulary/);
        expect(org.sf.get('SI_Orchestration__c', broken)?.Last_Run_On__c ?? null).toBeNull();
        expect(byName.get(ORCHESTRATION)?.status).toBe('ran');
        expect(leads()).toHaveLength(2);
    });
});
