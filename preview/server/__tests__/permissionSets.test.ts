// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The preview user's permission sets: the server's --permission-set switch, and the GraphQL answers of a
// user with and without the app's sets (what the org's per-user schema would give).
import { join } from 'node:path';
import { QUERY_OBJECTS, accessFromObjectInfos } from '../../../force-app/main/default/lwc/siAccountData/access';
import {
    accountInsightQueryText,
    planAccountInsightQuery
} from '../../../force-app/main/default/lwc/siAccountData/query';
import { queryVariables, windowVariables } from '../../../force-app/main/default/lwc/siAccountData/variables';
import { DEFAULT_CONFIG } from '../../../force-app/main/default/lwc/siEngine/config';
import { readWindows } from '../../../force-app/main/default/lwc/siEngine/engagement';
import { SAMPLE_AS_OF } from '../../../lib/asOf';
import { DEFAULT_PERMISSION_SETS } from '../api';
import { createPreviewApi, parseServerArgs } from '../server';

const ROOT = join(__dirname, '../../..');
const DATA = join(ROOT, 'data');

describe('--permission-set', () => {
    it("defaults to the sales rep's set, repeats, and takes none for the profile alone", () => {
        expect(parseServerArgs([], {}, SAMPLE_AS_OF).permissionSets).toEqual(DEFAULT_PERMISSION_SETS);
        expect(
            parseServerArgs(
                ['--permission-set', 'SI_Marketing_User', '--permission-set', 'SI_Operations_User'],
                {},
                SAMPLE_AS_OF
            ).permissionSets
        ).toEqual(['SI_Marketing_User', 'SI_Operations_User']);
        expect(parseServerArgs(['--permission-set', 'none'], {}, SAMPLE_AS_OF).permissionSets).toEqual([]);
        expect(() => parseServerArgs(['--permission-set'], {}, SAMPLE_AS_OF)).toThrow('--permission-set needs a value');
    });

    it('refuses a permission set the project does not have, naming the known ones', () => {
        expect(() =>
            createPreviewApi(ROOT, { dataDir: DATA, asOf: SAMPLE_AS_OF, pinned: true, permissionSets: ['SI_Nobody'] })
        ).toThrow(/unknown permission set "SI_Nobody" \(known: SI_Insights_User, .*SI_Sales_User/);
    });

    it("answers GraphQL from the user's schema: a custom field is there with the set and an error without it", () => {
        const query =
            '{ uiapi { query { Account(first: 1) { edges { node { Id SI_Buying_Stage__c { value } } } } } } }';
        const rep = createPreviewApi(ROOT, { dataDir: DATA, asOf: SAMPLE_AS_OF, pinned: true }).api;
        const withSet = rep.handle('/preview-api/graphql', { query }).body as { data: any; errors?: unknown };
        expect(withSet.errors).toBeUndefined();
        expect(withSet.data.uiapi.query.Account.edges).toHaveLength(1);
        const profileOnly = createPreviewApi(ROOT, {
            dataDir: DATA,
            asOf: SAMPLE_AS_OF,
            pinned: true,
            permissionSets: []
        }).api;
        const without = profileOnly.handle('/preview-api/graphql', { query }).body as {
            data: unknown;
            errors: Array<{ message: string }>;
        };
        expect(without.data).toBeNull();
        expect(without.errors.map((e) => e.message)).toEqual([
            'Cannot query field "SI_Buying_Stage__c" on type "Account".'
        ]);
    });
});

describe('getObjectInfos stand-in', () => {
    it("describes the user's schema: what the panel plans from it runs without errors, the rest named as hidden", () => {
        const profileOnly = createPreviewApi(ROOT, {
            dataDir: DATA,
            asOf: SAMPLE_AS_OF,
            pinned: true,
            permissionSets: []
        }).api;
        const infos = profileOnly.handle('/preview-api/object-infos', { objectApiNames: QUERY_OBJECTS });
        expect(infos.status).toBe(200);
        const results = (infos.body as { results: Array<{ statusCode: number; result: any }> }).results;
        expect(results.map((r) => r.statusCode)).toEqual(
            QUERY_OBJECTS.map((o) => (o === 'SI_Intent_Signal__c' ? 403 : 200))
        );
        expect(Object.keys(results[0]?.result.fields)).toContain('AccountId');
        expect(Object.keys(results[0]?.result.fields)).not.toContain('SI_Outreach_Prospect_Id__c');

        const plan = planAccountInsightQuery({ access: accessFromObjectInfos(QUERY_OBJECTS, infos.body) });
        expect(plan.hidden).toEqual([{ source: 'intentSignals', object: 'SI_Intent_Signal__c', fields: [] }]);
        const account = profileOnly.data.records('Account')[0] as { Id: string; Name: string; Website: string };
        const answer = profileOnly.handle('/preview-api/graphql', {
            query: plan.text,
            variables: queryVariables(account, windowVariables(SAMPLE_AS_OF, readWindows(DEFAULT_CONFIG.settings))),
            operationName: 'siAccountInsight'
        });
        expect((answer.body as { errors?: unknown }).errors).toBeUndefined();
        // The full query is what such a user's org would reject.
        const full = profileOnly.handle('/preview-api/graphql', {
            query: accountInsightQueryText(),
            variables: queryVariables(account, windowVariables(SAMPLE_AS_OF, readWindows(DEFAULT_CONFIG.settings)))
        });
        expect((full.body as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/SI_Intent_Signal__c/);
    });

    it('refuses a request without object names', () => {
        const api = createPreviewApi(ROOT, { dataDir: DATA, asOf: SAMPLE_AS_OF, pinned: true }).api;
        expect(api.handle('/preview-api/object-infos', {}).status).toBe(400);
    });
});

describe('warmUp', () => {
    it("runs the panel's query once per account and changes nothing the page is answered", () => {
        const api = createPreviewApi(ROOT, { dataDir: DATA, asOf: SAMPLE_AS_OF, pinned: true }).api;
        const account = api.data.records('Account')[0] as { Id: string; Name: string; Website: string };
        const ask = () =>
            api.handle('/preview-api/graphql', {
                query: accountInsightQueryText(),
                variables: queryVariables(account, windowVariables(SAMPLE_AS_OF, readWindows(DEFAULT_CONFIG.settings)))
            }).body;
        const before = JSON.stringify(ask());
        const warm = api.warmUp();
        expect(warm.queries).toBe(api.data.records('Account').length);
        expect(JSON.stringify(ask())).toBe(before);
    });
});
