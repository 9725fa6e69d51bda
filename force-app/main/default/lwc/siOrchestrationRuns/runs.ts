// The orchestration's runs from the GraphQL aggregate of its SI_Acquisition_Result__c rows, grouped by run,
// re-push and outcome: one summary per run with its count per outcome, newest first. Pure: no `lwc` import.

/**
 * The orchestration's results (`$recordId`) grouped by run, re-push and outcome: counts and the latest
 * Run_On__c per group, never the rows (one group per run and outcome: 2,000 groups is hundreds of runs).
 */
export const RUNS_QUERY = `query orchestrationRuns($recordId: ID) {
    uiapi {
        aggregate {
            SI_Acquisition_Result__c(
                first: 2000
                where: { Orchestration__c: { eq: $recordId } }
                groupBy: { Run_Id__c: { group: true }, Repush_Of__c: { group: true }, Outcome__c: { group: true } }
            ) {
                edges {
                    node {
                        aggregate {
                            Run_Id__c { value }
                            Repush_Of__c { value }
                            Outcome__c { value }
                            Run_On__c { max { value } }
                            Id { count { value } }
                        }
                    }
                }
                pageInfo { hasNextPage }
            }
        }
    }
}`;

export const OUTCOMES = ['Created', 'Error', 'Skipped', 'Eligible'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One group of the aggregate query (`uiapi.aggregate.SI_Acquisition_Result__c.edges[].node.aggregate`). */
export interface ResultGroup {
    Run_Id__c?: { value: string | null } | null;
    Repush_Of__c?: { value: string | null } | null;
    Outcome__c?: { value: string | null } | null;
    Run_On__c?: { max?: { value: string | null } | null } | null;
    Id?: { count?: { value: number | null } | null } | null;
}

export interface RunSummary {
    runId: string;
    repushOf: string | null;
    /** The latest Run_On__c of the run's rows (ISO date/time), or null. */
    runOn: string | null;
    counts: Record<Outcome, number>;
    total: number;
}

/** Runs newest first (by run on, then run id: run ids start with their UTC time). */
export function summarizeRuns(groups: readonly ResultGroup[]): RunSummary[] {
    const runs = new Map<string, RunSummary>();
    for (const g of groups) {
        const runId = g.Run_Id__c?.value;
        if (!runId) continue;
        let run = runs.get(runId);
        if (!run) {
            run = {
                runId,
                repushOf: null,
                runOn: null,
                counts: { Created: 0, Error: 0, Skipped: 0, Eligible: 0 },
                total: 0
            };
            runs.set(runId, run);
        }
        run.repushOf = run.repushOf ?? g.Repush_Of__c?.value ?? null;
        const on = g.Run_On__c?.max?.value ?? null;
        if (on && (!run.runOn || on > run.runOn)) run.runOn = on;
        const n = g.Id?.count?.value ?? 0;
        const outcome = g.Outcome__c?.value;
        if (outcome && (OUTCOMES as readonly string[]).includes(outcome)) run.counts[outcome as Outcome] += n;
        run.total += n;
    }
    return [...runs.values()].sort(
        (a, b) => (b.runOn ?? '').localeCompare(a.runOn ?? '') || b.runId.localeCompare(a.runId)
    );
}
