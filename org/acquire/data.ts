// What a run reads, the same from an org (orgRead.ts) and from CSV exports (fileRead.ts): the orchestration
// record, every account candidates may match, the org's Contacts and Leads, the target accounts and when this
// orchestration last created people at each. Rows are text cells by API name (empty: null).
import type { PersonaConfig } from '../../force-app/main/default/lwc/siEngine/siEngine';
import type { OrchestrationRecord } from './definition';
import type { AcquireAccount, ExistingPerson } from './types';

export type Row = Record<string, string | null>;

export interface AcquireData {
    /** The SI_Orchestration__c record (its Id is null in file mode when the export has none). */
    orchestrationId: string | null;
    orchestrationRecord: OrchestrationRecord;
    accounts: AcquireAccount[];
    /** Contacts first, then Leads: the first with an email is the one an "Already in CRM" names. */
    people: ExistingPerson[];
    targetAccountIds: Set<string>;
    lastAcquired: Map<string, string>;
    personas: PersonaConfig[];
}

export class DataError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'DataError';
    }
}

const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function isId(value: unknown): value is string {
    return typeof value === 'string' && ID.test(value);
}

/** An Id as 18 characters (the case-safe form Bulk results and exports may mix with 15). */
export function id18(id: string): string {
    if (id.length === 18) return id;
    let suffix = '';
    for (let block = 0; block < 3; block++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const c = id.charCodeAt(block * 5 + i);
            if (c >= 65 && c <= 90) bits |= 1 << i;
        }
        suffix += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'.charAt(bits);
    }
    return id + suffix;
}

export function accountFrom(row: Row): AcquireAccount | null {
    if (!isId(row.Id)) return null;
    return {
        Id: id18(row.Id),
        Name: row.Name ?? null,
        Website: row.Website ?? null,
        BillingCountry: row.BillingCountry ?? null
    };
}

export function contactFrom(row: Row): ExistingPerson | null {
    if (!isId(row.Id)) return null;
    return {
        id: id18(row.Id),
        object: 'Contact',
        email: row.Email ?? null,
        accountId: isId(row.AccountId) ? id18(row.AccountId) : null,
        title: row.Title ?? null
    };
}

export function leadFrom(row: Row): ExistingPerson | null {
    if (!isId(row.Id)) return null;
    return { id: id18(row.Id), object: 'Lead', email: row.Email ?? null, accountId: null, title: row.Title ?? null };
}

/** Account Id -> the latest day of a Created result (Run_On__c, a date/time or a day). */
export function lastAcquiredFrom(rows: Iterable<Row>): Map<string, string> {
    const last = new Map<string, string>();
    for (const r of rows) {
        if (r.Outcome__c !== 'Created' || !isId(r.Account__c) || !r.Run_On__c) continue;
        const day = r.Run_On__c.slice(0, 10);
        const account = id18(r.Account__c);
        const before = last.get(account);
        if (!before || day > before) last.set(account, day);
    }
    return last;
}

export const ACCOUNT_FIELDS = ['Id', 'Name', 'Website', 'BillingCountry'] as const;
export const CONTACT_FIELDS = ['Id', 'Email', 'AccountId', 'Title'] as const;
export const LEAD_FIELDS = ['Id', 'Email', 'Title'] as const;
