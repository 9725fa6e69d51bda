// `npm run tiers -- --target-org ALIAS`: the accounts of an org as tier candidates. The scores are the ones
// the org-wide scoring job stored on each Account (npm run score: SI_Profile_Fit_Score__c, SI_Intent_Score__c,
// SI_Buying_Stage__c, on SI_Last_Scored_At__c), so the report and the job's SI_Recommended_Tier__c agree;
// readiness is computed from the Account's fields as they are now. One Bulk API 2.0 query, built only from
// allow-listed names the describe shows the running user; an account the job has not scored yet gets no tier
// and is listed, never guessed.
import type { Connection } from '@salesforce/core';
import {
    BUYING_STAGES,
    computeReadiness,
    type Account,
    type BuyingStage,
    type ReadinessItem,
    type TierCandidate
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { createQueryJob, queryPages, waitForQueryJob, type WaitOptions } from '../salesforce/bulkQuery';
import { SalesforceError } from '../salesforce/errors';
import { apiName, describeObject } from '../salesforce/rest';
import { RowConverter, type CsvRecord } from '../score/csvSource';
import { fieldTypeOf, SCORED_ON_FIELD, type FieldType } from '../score/fields';
import type { AccountReadiness } from './main';

/** The stored values a candidate is made of (written by the scoring job). */
export const STORED_TIER_FIELDS = ['SI_Profile_Fit_Score__c', 'SI_Intent_Score__c', 'SI_Buying_Stage__c'] as const;
const CURRENT_TIER_FIELD = 'SI_ABM_Tier__c';

export interface UnscoredAccount {
    accountId: string;
    accountName: string | null;
    /** Which stored value is missing or not usable. */
    reason: string;
}

export interface OrgCandidates {
    candidates: TierCandidate[];
    readiness: AccountReadiness[];
    /** Accounts without usable stored scores: no tier until the scoring job has scored them. */
    unscored: UnscoredAccount[];
    /** How many candidates were scored on each day (SI_Last_Scored_At__c), newest first. */
    scoredOn: [string, number][];
    /** Readiness item fields not in the org or not readable by this user: counted missing, as file mode does. */
    fieldsNotReadable: string[];
    /** The query that ran (for the report). */
    soql: string;
}

function text(v: unknown): string | null {
    return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function storedCandidate(
    record: CsvRecord,
    items: readonly ReadinessItem[]
): {
    readiness: AccountReadiness;
    candidate: TierCandidate | null;
    unscored: UnscoredAccount | null;
} {
    const accountId = String(record.Id);
    const accountName = text(record.Name);
    const readiness = computeReadiness(record as unknown as Account, items);
    const fit = record.SI_Profile_Fit_Score__c;
    const intent = record.SI_Intent_Score__c;
    const stage = record.SI_Buying_Stage__c;
    const problems: string[] = [];
    if (typeof fit !== 'number') problems.push('no SI_Profile_Fit_Score__c');
    if (typeof intent !== 'number') problems.push('no SI_Intent_Score__c');
    if (!BUYING_STAGES.includes(stage as BuyingStage))
        problems.push(
            stage === null || stage === undefined
                ? 'no SI_Buying_Stage__c'
                : `SI_Buying_Stage__c "${String(stage)}" is not a stage`
        );
    const result = { readiness: { accountId, accountName, readiness } };
    if (problems.length > 0)
        return { ...result, candidate: null, unscored: { accountId, accountName, reason: problems.join(', ') } };
    return {
        ...result,
        unscored: null,
        candidate: {
            accountId,
            accountName,
            currentTier: text(record[CURRENT_TIER_FIELD]),
            fitScore: fit as number,
            intentScore: intent as number,
            stage: stage as BuyingStage,
            readiness
        }
    };
}

/**
 * Reads every Account the running user can see (sharing applies, as in the job) and makes each a candidate
 * from its stored scores. A stored field the user cannot read, or that is not deployed, is a MissingField
 * error naming it (deploy force-app and assign a permission set that reads it).
 */
export async function readOrgCandidates(
    conn: Connection,
    items: readonly ReadinessItem[],
    wait: WaitOptions = {}
): Promise<OrgCandidates> {
    const account = await describeObject(conn, 'Account');
    const required = ['Id', 'Name', ...STORED_TIER_FIELDS, SCORED_ON_FIELD, CURRENT_TIER_FIELD];
    const missing = required.filter((f) => !account.fields.has(f));
    if (missing.length > 0)
        throw new SalesforceError(
            'MissingField',
            `Account.${missing.join(', Account.')} ${missing.length === 1 ? 'is' : 'are'} not in the org or not readable by this user: deploy force-app and assign SI_Operations_User (or a set that reads the scores)`
        );
    const fieldsNotReadable = [...new Set(items.map((i) => i.field))].filter((f) => !account.fields.has(f));
    const fields = [...new Set([...required, ...items.map((i) => i.field).filter((f) => account.fields.has(f))])];
    const types: Record<string, FieldType> = {};
    for (const f of fields) {
        const t = fieldTypeOf(account.fields.get(f)?.type ?? '');
        if (t) types[f] = t;
    }
    const soql = `SELECT ${fields.map((f) => apiName(f, 'Account field')).join(', ')} FROM Account`;
    const job = await createQueryJob(conn, soql);
    await waitForQueryJob(conn, job.id, wait);
    const out: OrgCandidates = {
        candidates: [],
        readiness: [],
        unscored: [],
        scoredOn: [],
        fieldsNotReadable,
        soql
    };
    const days = new Map<string, number>();
    const label = `Account (Bulk query job ${job.id})`;
    let converter: RowConverter | null = null;
    let line = 1;
    const bad: string[] = [];
    for await (const page of queryPages(conn, job.id)) {
        converter ??= new RowConverter(page.header, label, types);
        for (const cells of page.rows) {
            line++;
            const record = converter.convert(cells, line);
            if (!record) {
                bad.push(converter.problem?.message ?? `${label} row ${line}: unreadable`);
                continue;
            }
            const { readiness, candidate, unscored } = storedCandidate(record, items);
            out.readiness.push(readiness);
            if (unscored) out.unscored.push(unscored);
            if (candidate) {
                out.candidates.push(candidate);
                const day = text(record[SCORED_ON_FIELD]) ?? 'no date';
                days.set(day, (days.get(day) ?? 0) + 1);
            }
        }
    }
    if (bad.length > 0)
        throw new SalesforceError(
            'InvalidQuery',
            `${bad.length} Account rows could not be read: ${bad.slice(0, 5).join('; ')}`
        );
    out.scoredOn = [...days].sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
    return out;
}
