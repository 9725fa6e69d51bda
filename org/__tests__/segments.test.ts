/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// The three forms of a segment definition select the same accounts: the predicate (CLI, job), the GraphQL
// filter answered by the preview's graphql-js stand-in, and the SOQL condition answered by the REST
// stand-in's SOQL, over the sample accounts with the scores the job would store, and generated accounts
// with blanks and mixed case.
import './support/nodeMode';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { readDataAsOf } from '../../lib/asOf';
import { mulberry32 } from '../../lib/random';
import { readSObjectTree } from '../../lib/sobjectTree';
import { datasetFromTree } from '../../scripts/insight';
import { DEFAULT_CONFIG, computeInsight, groupAccountData } from '../../force-app/main/default/lwc/siEngine/siEngine';
import {
    checkDefinition,
    segmentGraphqlWhere,
    segmentPredicate,
    segmentSoqlWhere,
    type SegmentDefinition
} from '../../force-app/main/default/lwc/siSegments/siSegments';
import { executeGraphQL } from '../../preview/graphql/execute';
import { contextFor, messages, store } from '../../preview/graphql/__tests__/support/context';
import { ACCOUNT_OUTPUTS } from '../score/fields';
import { startSalesforceStandIn, type SalesforceStandIn, type SfValue } from './support/salesforceStandIn';

const ROOT = join(__dirname, '..', '..');
const OWNERS = ['005000000000001AAA', '005000000000002AAA'];

/** The sample accounts with the SI_ values the scoring job stores for them, then generated ones. */
function accounts(): Record<string, SfValue>[] {
    const dir = join(ROOT, 'data');
    const tree = readSObjectTree(dir);
    const { dataset } = datasetFromTree(tree);
    const asOf = readDataAsOf(dir) as string;
    const out: Record<string, SfValue>[] = [];
    const id = (i: number): string => `001${String(i + 1).padStart(12, '0')}AAA`;
    groupAccountData(dataset).accounts.forEach((data, i) => {
        const insight = computeInsight(data, DEFAULT_CONFIG, asOf);
        const a = data.account as Record<string, unknown>;
        const record: Record<string, SfValue> = { Id: id(i), OwnerId: OWNERS[i % 2] as string };
        for (const f of [
            'Name',
            'Industry',
            'Type',
            'BillingCountry',
            'BillingState',
            'NumberOfEmployees',
            'AnnualRevenue',
            'SI_ABM_Tier__c'
        ])
            record[f] = (a[f] ?? null) as SfValue;
        for (const [field, value] of ACCOUNT_OUTPUTS) record[field] = value(insight) as SfValue;
        out.push(record);
    });
    const rng = mulberry32(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    for (let i = out.length; i < 60; i++) {
        out.push({
            Id: id(i),
            Name: `Generated ${i}`,
            OwnerId: pick(OWNERS),
            Industry: pick(['Technology', 'technology', 'Retail', 'Banking', null]),
            Type: pick(['Customer', 'Prospect', null]),
            BillingCountry: pick(['Germany', 'GERMANY', 'France', 'United States', null]),
            BillingState: pick(['CA', 'NY', null]),
            NumberOfEmployees: pick([10, 500, 501, 4999, 5000, 5001, null]),
            AnnualRevenue: pick([1e6, 5e7, null]),
            SI_ABM_Tier__c: pick(['Tier 1', 'Tier 2', 'Tier 3', null]),
            SI_Profile_Fit_Score__c: pick([0, 39, 40, 70, 100]),
            SI_Profile_Fit_Band__c: pick(['Strong', 'Moderate', 'Weak']),
            SI_Reach_Score__c: pick([0, 24, 25, 60, 99]),
            SI_Reach_Level__c: pick(['High', 'Medium', 'Low']),
            SI_Intent_Score__c: pick([0, 50, 100]),
            SI_Intent_Trend__c: pick(['Rising', 'Steady', 'Falling']),
            SI_Buying_Stage__c: pick(['Target', 'Awareness', 'Consideration', 'Decision', 'Purchase']),
            SI_Qualified__c: pick([true, false])
        });
    }
    return out;
}

const DEFINITIONS: Array<[string, SegmentDefinition]> = [
    [
        'Strong or Moderate fit in Decision or Purchase, EMEA or mid-size',
        {
            all: [
                { field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong', 'Moderate'] },
                { field: 'SI_Buying_Stage__c', op: 'in', values: ['Decision', 'Purchase'] },
                {
                    any: [
                        { field: 'BillingCountry', op: 'in', values: ['germany', 'France'] },
                        { field: 'NumberOfEmployees', op: 'between', values: [500, 5000] }
                    ]
                }
            ]
        }
    ],
    ['not Retail (blank industries too)', { all: [{ field: 'Industry', op: 'notIn', values: ['Retail'] }] }],
    ['no state', { all: [{ field: 'BillingState', op: 'isBlank' }] }],
    ['in a tier', { all: [{ field: 'SI_ABM_Tier__c', op: 'isNotBlank' }] }],
    [
        'fit score 40 or more, reach 25 or less',
        {
            all: [
                { field: 'SI_Profile_Fit_Score__c', op: 'gte', value: 40 },
                { field: 'SI_Reach_Score__c', op: 'lte', value: 25 }
            ]
        }
    ],
    ['qualified', { all: [{ field: 'SI_Qualified__c', op: 'is', value: true }] }],
    ['not qualified', { all: [{ field: 'SI_Qualified__c', op: 'is', value: false }] }],
    [
        "one owner's, rising intent or High reach",
        {
            all: [
                { field: 'OwnerId', op: 'in', values: [OWNERS[0] as string] },
                {
                    any: [
                        { field: 'SI_Intent_Trend__c', op: 'in', values: ['Rising'] },
                        { field: 'SI_Reach_Level__c', op: 'in', values: ['High'] }
                    ]
                }
            ]
        }
    ],
    [
        'Tier 1 or 2, not a Customer',
        {
            all: [
                { field: 'SI_ABM_Tier__c', op: 'in', values: ['Tier 1', 'Tier 2'] },
                { field: 'Type', op: 'notIn', values: ['Customer'] }
            ]
        }
    ]
];

describe('a segment definition selects the same accounts three ways', () => {
    const records = accounts();
    let sf: SalesforceStandIn;
    beforeAll(async () => {
        sf = await startSalesforceStandIn({ records: { Account: records } });
    });
    afterAll(async () => {
        await sf.close();
    });

    async function bySoql(where: string): Promise<string[]> {
        const q = encodeURIComponent(`SELECT Id FROM Account WHERE ${where}`);
        const res = await fetch(`${sf.instanceUrl}/services/data/v62.0/query?q=${q}`, {
            headers: { Authorization: `Bearer ${sf.accessToken}` }
        });
        const body = (await res.json()) as { records?: Array<{ Id: string }>; done?: boolean };
        if (res.status !== 200) throw new Error(`SOQL refused: ${JSON.stringify(body)}`);
        expect(body.done).toBe(true);
        return (body.records ?? []).map((r) => r.Id).sort();
    }

    function byGraphql(where: Record<string, unknown>): string[] {
        const result = executeGraphQL(
            'query segment($where: Account_Filter) { uiapi { query { Account(first: 2000, where: $where) { edges { node { Id } } } } } }',
            { where },
            contextFor(store({ Account: records as never }))
        );
        expect(messages(result)).toEqual([]);
        const edges = (result.data as { uiapi: { query: { Account: { edges: Array<{ node: { Id: string } }> } } } })
            .uiapi.query.Account.edges;
        return edges.map((e) => e.node.Id).sort();
    }

    it.each(DEFINITIONS)('%s', async (_name, raw) => {
        const definition = checkDefinition(raw);
        const holds = segmentPredicate(definition);
        const expected = records
            .filter((r) => holds(r))
            .map((r) => r.Id as string)
            .sort();
        // Each definition selects some accounts and leaves some out: the agreement is about something.
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(records.length);
        expect(byGraphql(segmentGraphqlWhere(definition))).toEqual(expected);
        expect(await bySoql(segmentSoqlWhere(definition))).toEqual(expected);
    });
});
