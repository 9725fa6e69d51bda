// `--repush RUN_ID`: retries only the Error rows of that run, never creating anyone twice. A candidate is
// retried unless a re-push of the run already created them (a Created row with Repush_Of__c = RUN_ID) or a
// Lead or Contact already carries their acquisition key (a create whose answer was lost): those are counted,
// not created. The record retried is the one the run stored (Record_Request__c): no provider file is read.
// The outcomes are new SI_Acquisition_Result__c rows under the re-push's own run id; old rows are not edited.
import type { Connection } from '@salesforce/core';
import type { WaitOptions } from '../salesforce/bulkQuery';
import { queryAll } from '../salesforce/rest';
import { DataError, type Row } from './data';
import { bulkRows, idLiteral } from './orgRead';
import { createPeople, recordsByKey, type RecordRequest } from './people';
import { RESULT_OBJECT, storedError, type ResultRow, type RunContext, type StoredError } from './results';
import type { CreateAs, Outcome } from './types';

export interface RepushPlan {
    /** Error rows of the run (one per candidate key). */
    errors: StoredError[];
    /** Keys a re-push of the run created already -> the run that did. */
    resolved: Map<string, string>;
    pending: StoredError[];
}

export async function planRepush(
    conn: Connection,
    orchestrationId: string,
    runId: string,
    wait: WaitOptions
): Promise<RepushPlan> {
    const run = `'${runId}'`; // checked against RUN_ID by parseArgs: digits, T, Z, hyphen and hex only
    const errorRows = await bulkRows(
        conn,
        `SELECT Id, Candidate_Key__c, Source__c, Email__c, Person_Name__c, Title__c, Account__c, Persona__c, Record_Request__c, Salesforce_Error__c FROM ${RESULT_OBJECT} WHERE Run_Id__c = ${run} AND Orchestration__c = ${idLiteral(orchestrationId)} AND Outcome__c = 'Error'`,
        wait
    );
    if (errorRows.length === 0) {
        const any = await queryAll<{ Id: string }>(
            conn,
            `SELECT Id FROM ${RESULT_OBJECT} WHERE Run_Id__c = ${run} AND Orchestration__c = ${idLiteral(orchestrationId)} LIMIT 1`
        );
        if (any.length === 0) throw new DataError(`no results of run ${runId} for this orchestration in the org`);
    }
    const resolvedRows = await bulkRows(
        conn,
        `SELECT Candidate_Key__c, Run_Id__c FROM ${RESULT_OBJECT} WHERE Repush_Of__c = ${run} AND Outcome__c = 'Created'`,
        wait
    );
    const resolved = new Map<string, string>();
    for (const r of resolvedRows)
        if (r.Candidate_Key__c) resolved.set(r.Candidate_Key__c.toLowerCase(), r.Run_Id__c ?? '');
    const seen = new Set<string>();
    const errors: StoredError[] = [];
    for (const row of errorRows) {
        const e = storedError(row);
        if (seen.has(e.key)) continue;
        seen.add(e.key);
        errors.push(e);
    }
    return { errors, resolved, pending: errors.filter((e) => !resolved.has(e.key)) };
}

export interface RepushItem {
    stored: StoredError;
    outcome: Outcome;
    recordId: string | null;
    error: string | null;
    /** True when the record was found by its key (created before; not created again). */
    foundByKey: boolean;
}

/** Looks every pending key up, creates the others, and answers one item per pending row. */
export async function executeRepush(
    conn: Connection,
    pending: readonly StoredError[],
    onBatch?: (done: number, total: number) => void
): Promise<RepushItem[]> {
    const items: RepushItem[] = [];
    const toCreate: { stored: StoredError; request: RecordRequest }[] = [];
    const byObject = new Map<CreateAs, StoredError[]>();
    for (const s of pending) {
        if (!s.request) {
            items.push({ stored: s, outcome: 'Error', recordId: null, error: s.problem, foundByKey: false });
            continue;
        }
        byObject.set(s.request.object, [...(byObject.get(s.request.object) ?? []), s]);
    }
    for (const [object, list] of byObject) {
        const found = await recordsByKey(
            conn,
            object,
            list.map((s) => s.key)
        );
        for (const s of list) {
            const id = found.get(s.key);
            if (id) items.push({ stored: s, outcome: 'Created', recordId: id, error: null, foundByKey: true });
            else toCreate.push({ stored: s, request: s.request as RecordRequest });
        }
    }
    const outcomes = await createPeople(
        conn,
        toCreate.map((t) => t.request),
        onBatch
    );
    toCreate.forEach((t, i) => {
        const o = outcomes[i]!;
        items.push({
            stored: t.stored,
            outcome: o.id ? 'Created' : 'Error',
            recordId: o.id,
            error: o.error,
            foundByKey: false
        });
    });
    return items;
}

const text = (row: Row, field: string): string => row[field] ?? '';

/** The new result row of a re-pushed candidate. */
export function repushRow(run: RunContext, item: RepushItem): ResultRow {
    const r = item.stored.row;
    return {
        Run_Id__c: run.runId,
        Orchestration__c: run.orchestrationId ?? '',
        Repush_Of__c: run.repushOf ?? '',
        Candidate_Key__c: item.stored.key,
        Source__c: text(r, 'Source__c'),
        Email__c: text(r, 'Email__c'),
        Person_Name__c: text(r, 'Person_Name__c'),
        Title__c: text(r, 'Title__c'),
        Account__c: text(r, 'Account__c'),
        Persona__c: text(r, 'Persona__c'),
        Outcome__c: item.outcome,
        Skip_Reason__c: '',
        Reason__c: item.foundByKey
            ? `re-push of ${run.repushOf}: already created (found by SI_Acquisition_Key__c), not created again`
            : `re-push of ${run.repushOf} (result ${item.stored.resultId})`,
        Salesforce_Error__c: item.error ?? '',
        Record_Id__c: item.recordId ?? '',
        Record_Request__c: item.outcome === 'Error' ? text(r, 'Record_Request__c') : '',
        Run_On__c: run.runOn
    };
}
