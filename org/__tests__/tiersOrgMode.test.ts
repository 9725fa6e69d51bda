/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// `npm run tiers -- --target-org`: the real command and Connection (stored sf CLI auth) against the Bulk API
// 2.0 stand-in. The org is scored first by the real scoring job (`npm run score -- --target-org`), so the
// report, made from the scores the job stored, must recommend for each account the tier the job wrote.
import './support/nodeMode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_READINESS_ITEMS } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { generateScoreData, SCORE_DATA_AS_OF } from '../../scripts/bench/scoreData';
import { main as score } from '../score/main';
import { main as tiers, type TiersResult } from '../tiers/main';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import { writePlaybookFixtures } from './support/playbookFixtures';
import { startSalesforceStandIn, type SalesforceStandIn } from './support/salesforceStandIn';
import { startScoringOrg } from './support/scoringOrg';

const ALIAS = 'tiers-org';
let tmp: string;
let data: string;
let home: AuthHome | null = null;
let restore: (() => void) | null = null;
let sf: SalesforceStandIn | null = null;

beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'si-tiers-org-'));
    data = join(tmp, 'data');
    await generateScoreData({ dir: data, accounts: 40, people: 240, activities: 1200, seed: 5, campaigns: 6 });
    writePlaybookFixtures(data);
}, 60000);

afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
});

function connect(standIn: SalesforceStandIn): void {
    sf = standIn;
    home = createAuthHome(standInAuthOptions(standIn, { alias: ALIAS }));
    restore = home.activate();
}

afterEach(async () => {
    restore?.();
    home?.remove();
    await sf?.close();
    sf = null;
    home = null;
    restore = null;
    const { StateAggregator, ConfigAggregator } = await import('@salesforce/core');
    StateAggregator.clearInstance();
    ConfigAggregator.clearInstance();
});

async function runTiers(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await tiers(args, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        today: () => SCORE_DATA_AS_OF
    });
    return { code, stdout, stderr };
}

describe('tiers --target-org', () => {
    it("recommends for every account the tier the scoring job wrote, from the job's stored scores", async () => {
        const org = await startScoringOrg(data);
        connect(org);
        // Half the accounts have every readiness field (the generated data has none of the playbook's own):
        // those may be placed, the others are not ready.
        const accounts = org.records('Account');
        for (const account of accounts.slice(0, accounts.length / 2))
            for (const item of DEFAULT_READINESS_ITEMS)
                if (item.field !== 'SI_ABM_Tier__c' && !account[item.field])
                    account[item.field] =
                        item.field.endsWith('Id') || item.field.endsWith('__c')
                            ? String(accounts[accounts.length - 1]?.Id)
                            : 'Set';
        let scoreErr = '';
        const scored = await score(
            ['--target-org', ALIAS, '--as-of', SCORE_DATA_AS_OF, '--runs', join(tmp, 'runs'), '--poll-ms', '5'],
            { stdout: () => undefined, stderr: (t) => (scoreErr += t), today: () => SCORE_DATA_AS_OF, isTTY: false }
        );
        expect(scoreErr).toBe('');
        expect(scored).toBe(0);
        // An account created after the run: listed as not scored, never given a guessed tier.
        const [fresh] = org.seed('Account', [{ Name: 'Created After The Run' }]);

        const { code, stdout, stderr } = await runTiers(['--target-org', ALIAS, '--json']);
        expect(code).toBe(0);
        expect(stderr).toContain('1 of 41 accounts have no stored scores and get no tier');
        const result = JSON.parse(stdout) as TiersResult;
        expect(result.asOf).toBe(SCORE_DATA_AS_OF);
        expect(result.asOfSource).toBe('stored scores');
        expect(result.scoredOn).toEqual([[SCORE_DATA_AS_OF, 40]]);
        expect(result.unscored).toEqual([
            {
                accountId: fresh,
                accountName: 'Created After The Run',
                reason: 'no SI_Profile_Fit_Score__c, no SI_Intent_Score__c, no SI_Buying_Stage__c'
            }
        ]);
        expect(result.accounts).toHaveLength(40);
        const written = new Map(org.records('Account').map((a) => [a.Id, a.SI_Recommended_Tier__c ?? null]));
        const recommended = result.accounts.map((a) => [a.accountId, a.recommendedTier]);
        expect(recommended).toEqual(result.accounts.map((a) => [a.accountId, written.get(a.accountId)]));
        // Not a trivial agreement: some accounts are placed in a tier and some are not.
        expect(recommended.some(([, t]) => t !== null)).toBe(true);
        expect(recommended.some(([, t]) => t === null)).toBe(true);
        // Readiness is the account's now, for every account including the unscored one.
        expect(result.readiness).toHaveLength(41);

        const text = await runTiers(['--target-org', ALIAS]);
        expect(text.code).toBe(0);
        expect(text.stdout.split('\n')[0]).toBe(
            `Scores: stored by npm run score on ${SCORE_DATA_AS_OF} (40 accounts), org ${ALIAS}`
        );
        expect(text.stdout).toContain(
            `Not scored (1): no tier until npm run score has scored them\n  Created After The Run (${fresh}): no SI_Profile_Fit_Score__c`
        );
    }, 120000);

    it('names the stored score fields an org does not have (not deployed, or not readable)', async () => {
        connect(
            await startSalesforceStandIn({
                schema: { Account: { Id: 'id', Name: 'string', SI_Profile_Fit_Score__c: 'double' } },
                records: { Account: [{ Name: 'Acme' }] }
            })
        );
        const { code, stdout, stderr } = await runTiers([
            '--target-org',
            ALIAS,
            '--config',
            'force-app/main/default/customMetadata'
        ]);
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toContain(
            'Account.SI_Intent_Score__c, Account.SI_Buying_Stage__c, Account.SI_Last_Scored_At__c, Account.SI_ABM_Tier__c are not in the org or not readable by this user'
        );
    });

    it('says which org alias is unknown', async () => {
        connect(await startSalesforceStandIn({ records: { Account: [{ Name: 'Acme' }] } }));
        const { code, stderr } = await runTiers(['--target-org', 'no-such-alias']);
        expect(code).toBe(1);
        expect(stderr).toContain('no-such-alias');
    });
});
