// Creating the eligible people: the Lead or Contact each becomes (Lead: Email, LastName, Company and the
// account's website; Contact: AccountId; both: Lead Source "Sales Intelligence", SI_Source_Type__c
// "Orchestration" and the acquisition key), created through sObject Collections 200 at a time with
// allOrNone false, so a record Salesforce refuses (duplicate rule, required field, validation rule) fails
// alone with its error while the rest of its batch is created.
import { createHash } from 'node:crypto';
import type { Connection } from '@salesforce/core';
import { COLLECTION_LIMIT, createRecords, errorText } from '../salesforce/collections';
import { queryAll } from '../salesforce/rest';
import { normalizeEmail } from './rules';
import type { AcquireAccount, Candidate, CreateAs, Decision, SourceType } from './types';

export const LEAD_SOURCE = 'Sales Intelligence';
export const SOURCE_TYPE: SourceType = 'Orchestration';
export const KEY_FIELD = 'SI_Acquisition_Key__c';

/** The acquisition key of an email: 40 hex digits of SHA-256 of the trimmed, lower-cased address. */
export function acquisitionKey(email: string): string {
    return createHash('sha256')
        .update(normalizeEmail(email) ?? email.trim().toLowerCase())
        .digest('hex')
        .slice(0, 40);
}

const KEY = /^[0-9a-f]{40}$/;

/** The record a run asks Salesforce to create (stored on an Error result for the re-push). */
export interface RecordRequest {
    object: CreateAs;
    fields: Record<string, string>;
}

function website(account: AcquireAccount | undefined, c: Candidate): string | null {
    return account?.Website ?? c.domain;
}

/** The provider's LinkedIn profile URL (Lead and Contact have no standard field for it). */
export const LINKEDIN_FIELD = 'SI_LinkedIn_URL__c';

export function recordRequest(
    createAs: CreateAs,
    c: Candidate,
    accountId: string,
    account: AcquireAccount | undefined
): RecordRequest {
    const email = (c.email ?? '').trim();
    const fields: Record<string, string | null> =
        createAs === 'Lead'
            ? {
                  FirstName: c.firstName,
                  LastName: c.lastName,
                  Email: email,
                  Company: account?.Name ?? c.company,
                  Website: website(account, c),
                  Title: c.title,
                  Phone: c.phone,
                  Country: c.country,
                  State: c.state
              }
            : {
                  AccountId: accountId,
                  FirstName: c.firstName,
                  LastName: c.lastName,
                  Email: email,
                  Title: c.title,
                  Phone: c.phone,
                  MailingCountry: c.country,
                  MailingState: c.state
              };
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) if (v) out[k] = v;
    if (c.linkedInUrl) out[LINKEDIN_FIELD] = c.linkedInUrl;
    out.LeadSource = LEAD_SOURCE;
    out.SI_Source_Type__c = SOURCE_TYPE;
    out[KEY_FIELD] = acquisitionKey(email);
    return { object: createAs, fields: out };
}

export interface CreateOutcome {
    /** Created: the new record's Id; else null. */
    id: string | null;
    /** Error: Salesforce's `CODE: message`; else null. */
    error: string | null;
}

/**
 * Creates the records, 200 a request (one object per request); `onBatch` sees progress. One outcome per
 * request record, in order: a request that fails as a whole makes its records Errors and the next goes on.
 */
export async function createPeople(
    conn: Connection,
    requests: readonly RecordRequest[],
    onBatch: (done: number, total: number) => void = () => undefined
): Promise<CreateOutcome[]> {
    const out: CreateOutcome[] = [];
    for (let i = 0; i < requests.length; i += COLLECTION_LIMIT) {
        const part = requests.slice(i, i + COLLECTION_LIMIT);
        // One object per request: a run creates only Leads or only Contacts, a re-push may mix them.
        const byObject = new Map<string, number[]>();
        part.forEach((r, j) => byObject.set(r.object, [...(byObject.get(r.object) ?? []), j]));
        const results = new Array<CreateOutcome>(part.length);
        for (const [object, indexes] of byObject) {
            let saved: Awaited<ReturnType<typeof createRecords>>;
            try {
                saved = await createRecords(
                    conn,
                    object,
                    indexes.map((j) => (part[j] as RecordRequest).fields)
                );
            } catch (e) {
                // The whole request failed (network, session, limits): its records are Errors the re-push
                // retries; whether Salesforce created some before the answer was lost, the key lookup tells.
                const error = `REQUEST_FAILED: ${(e as Error).message}`;
                for (const j of indexes) results[j] = { id: null, error };
                continue;
            }
            saved.forEach((s, k) => {
                results[indexes[k] as number] = s.success
                    ? { id: s.id, error: null }
                    : { id: null, error: errorText(s) };
            });
        }
        out.push(...results);
        onBatch(out.length, requests.length);
    }
    return out;
}

/** Key -> Id of the records of `object` that already carry these acquisition keys (REST, 100 keys a query). */
export async function recordsByKey(
    conn: Connection,
    object: CreateAs,
    keys: readonly string[]
): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const valid = keys.filter((k) => KEY.test(k));
    for (let i = 0; i < valid.length; i += 100) {
        const part = valid.slice(i, i + 100);
        const rows = await queryAll<{ Id: string; SI_Acquisition_Key__c: string }>(
            conn,
            `SELECT Id, ${KEY_FIELD} FROM ${object} WHERE ${KEY_FIELD} IN (${part.map((k) => `'${k}'`).join(',')})`
        );
        for (const r of rows) found.set(r.SI_Acquisition_Key__c.toLowerCase(), r.Id);
    }
    return found;
}

/** Applies the create outcomes to the eligible decisions, in order. */
export function applyOutcomes(decisions: readonly Decision[], outcomes: readonly CreateOutcome[]): void {
    decisions.forEach((d, i) => {
        const o = outcomes[i] as CreateOutcome;
        if (o.id) {
            d.outcome = 'Created';
            d.recordId = o.id;
        } else {
            d.outcome = 'Error';
            d.error = o.error;
        }
    });
}
