// What changed between the stored SI_ values and a new insight: the update rows (only changed values),
// the history row (only when a score changed) and the moves the summary counts.
import type { AccountData, AccountInsight } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { ACCOUNT_OUTPUTS, PERSON_OUTPUTS, SCORED_ON_FIELD, type StoredValue } from './fields';

/** Bulk API 2.0: an empty cell leaves a field as it is; `#N/A` sets it to null. */
export const NULL_VALUE = '#N/A';

export type UpdateRow = Record<string, StoredValue>;

export interface AccountChanges {
    account: UpdateRow | null;
    people: { object: 'Contact' | 'Lead'; row: UpdateRow }[];
    history: UpdateRow | null;
    bandMove: string | null;
    stageMove: string | null;
}

function same(a: unknown, b: unknown): boolean {
    return (a ?? null) === (b ?? null);
}

const HISTORY_FIELDS: Record<string, string> = {
    SI_Profile_Fit_Score__c: 'Profile_Fit_Score__c',
    SI_Profile_Fit_Band__c: 'Profile_Fit_Band__c',
    SI_Reach_Score__c: 'Reach_Score__c',
    SI_Reach_Level__c: 'Reach_Level__c',
    SI_Intent_Score__c: 'Intent_Score__c',
    SI_Intent_Trend__c: 'Intent_Trend__c',
    SI_Buying_Stage__c: 'Buying_Stage__c',
    SI_Qualified__c: 'Qualified__c'
};

export function accountChanges(data: AccountData, insight: AccountInsight): AccountChanges {
    const stored = data.account as Record<string, unknown>;
    const id = String(stored.Id);
    const account: UpdateRow = { Id: id };
    let changed = false;
    let scoreChanged = false;
    for (const [field, value] of ACCOUNT_OUTPUTS) {
        const next = value(insight);
        if (same(stored[field], next)) continue;
        account[field] = next === null ? NULL_VALUE : next;
        changed = true;
        if (field in HISTORY_FIELDS) scoreChanged = true;
    }
    // The as-of day of the stored scores: with every change, and once for an account that has none yet
    // (scored before the job wrote it), so that every scored account carries the day of its scores.
    const noDay =
        stored[SCORED_ON_FIELD] === null || stored[SCORED_ON_FIELD] === undefined || stored[SCORED_ON_FIELD] === '';
    if (changed || noDay) {
        account[SCORED_ON_FIELD] = insight.asOf;
        changed = true;
    }
    let history: UpdateRow | null = null;
    if (scoreChanged) {
        history = { Account__c: id, Scored_On__c: insight.asOf };
        for (const [field, value] of ACCOUNT_OUTPUTS)
            if (HISTORY_FIELDS[field]) history[HISTORY_FIELDS[field] as string] = value(insight);
    }
    const people: AccountChanges['people'] = [];
    const records = new Map<string, { object: 'Contact' | 'Lead'; record: Record<string, unknown> }>();
    for (const c of data.contacts ?? [])
        records.set(String(c.Id), { object: 'Contact', record: c as Record<string, unknown> });
    for (const l of data.leads ?? [])
        records.set(String(l.Id), { object: 'Lead', record: l as Record<string, unknown> });
    for (const person of insight.people) {
        const found = records.get(person.id);
        if (!found) continue;
        const next: Record<(typeof PERSON_OUTPUTS)[number], StoredValue> = {
            SI_Engagement_Grade__c: person.grade,
            SI_Persona__c: person.persona
        };
        const row: UpdateRow = { Id: person.id };
        let personChanged = false;
        for (const field of PERSON_OUTPUTS) {
            if (same(found.record[field], next[field])) continue;
            row[field] = next[field] ?? NULL_VALUE;
            personChanged = true;
        }
        if (personChanged) people.push({ object: found.object, row });
    }
    const oldBand = (stored.SI_Profile_Fit_Band__c as string | null | undefined) ?? '(none)';
    const oldStage = (stored.SI_Buying_Stage__c as string | null | undefined) ?? '(none)';
    return {
        account: changed ? account : null,
        people,
        history,
        bandMove: oldBand !== insight.profileFit.band ? `${oldBand} -> ${insight.profileFit.band}` : null,
        stageMove: oldStage !== insight.buyingStage.stage ? `${oldStage} -> ${insight.buyingStage.stage}` : null
    };
}
