// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The orchestration runs component's GraphQL aggregate, run as written against the schema built from the
// project's object metadata and permission sets: it is valid for an operations user and gives the groups the
// component sums into runs; for a set without access to the results it is refused, as in an org.
import {
    RUNS_QUERY,
    summarizeRuns,
    type ResultGroup
} from '../../../force-app/main/default/lwc/siOrchestrationRuns/runs';
import { contextFor, messages, runner, store } from './support/context';

const ORCHESTRATION = 'a07000000000001AAA';
const OTHER = 'a07000000000002AAA';
let n = 0;
const result = (Run_Id__c: string, Outcome__c: string, Run_On__c: string, extra: Record<string, unknown> = {}) => ({
    Id: `a08000000000${String(++n).padStart(3, '0')}AAA`,
    Orchestration__c: ORCHESTRATION,
    Run_Id__c,
    Outcome__c,
    Run_On__c,
    Repush_Of__c: null,
    ...extra
});
const RUN = '20261204T053929Z-6ff5';
const REPUSH = '20261204T061000Z-2a9e';
const data = store({
    SI_Acquisition_Result__c: [
        result(RUN, 'Created', '2026-12-04T05:39:30.000Z'),
        result(RUN, 'Error', '2026-12-04T05:39:30.000Z'),
        result(RUN, 'Skipped', '2026-12-04T05:39:30.000Z'),
        result(RUN, 'Skipped', '2026-12-04T05:39:31.000Z'),
        result(REPUSH, 'Created', '2026-12-04T06:10:00.000Z', { Repush_Of__c: RUN }),
        result('20261201T000000Z-ffff', 'Created', '2026-12-01T00:00:00.000Z', { Orchestration__c: OTHER })
    ]
});

describe('siOrchestrationRuns query', () => {
    it('runs for an operations user and sums into runs of this orchestration only', () => {
        const r = runner(contextFor(data, '2026-12-04', ['SI_Operations_User']))(RUNS_QUERY, {
            recordId: ORCHESTRATION
        });
        expect(messages(r)).toEqual([]);
        const connection = (
            r.data as {
                uiapi: { aggregate: { SI_Acquisition_Result__c: { edges: { node: { aggregate: ResultGroup } }[] } } };
            }
        ).uiapi.aggregate.SI_Acquisition_Result__c;
        const runs = summarizeRuns(connection.edges.map((e) => e.node.aggregate));
        expect(runs.map((x) => [x.runId, x.repushOf, x.runOn, x.counts, x.total])).toEqual([
            [REPUSH, RUN, '2026-12-04T06:10:00.000Z', { Created: 1, Error: 0, Skipped: 0, Eligible: 0 }, 1],
            [RUN, null, '2026-12-04T05:39:31.000Z', { Created: 1, Error: 1, Skipped: 2, Eligible: 0 }, 4]
        ]);
    });

    it('is refused for a set without access to the results (the sales set)', () => {
        const r = runner(contextFor(data, '2026-12-04', ['SI_Sales_User']))(RUNS_QUERY, { recordId: ORCHESTRATION });
        expect(messages(r).join(' ')).toMatch(/SI_Acquisition_Result__c/);
    });
});
