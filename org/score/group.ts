// Groups the rows of a whole org by account with bounded memory, placing every record exactly as the
// engine's `groupAccountData` does (contacts by AccountId; leads by `assignLeads`; Tasks and Events by
// AccountId, else WhatId, else their WhoId person; campaign members through their contact, else lead;
// opportunities by AccountId; intent signals by Account__c, else through their contact or lead).
// Rows go to account bucket files by a hash of the account Id. Rows placed through a person wait in
// person bucket files beside a person -> account map split the same way, and are joined bucket by bucket.
import {
    assignLeads,
    type Account,
    type AccountData,
    type Campaign,
    type Lead
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { BucketFiles, hashId } from './buckets';
import type { CsvRecord } from './csvSource';
import type { ScoreObject } from './fields';

/** Engine records (account, contact, lead, task, event, campaign member, opportunity, signal), then the
 * playbook's: open segment memberships (g) and points ledger rows (p). */
type Kind = 'a' | 'c' | 'l' | 't' | 'e' | 'm' | 'o' | 's' | 'g' | 'p';
/** A row in an account bucket: kind, order in its file, account Id, the record. */
type AccountLine = [Kind, number, string, CsvRecord];
/** A row waiting for its person: kind, order, the person Ids to try in order, the record. */
type PendingLine = [Kind, number, string[], CsvRecord];

/** An account's data for the engine, and the playbook's rows of it. */
export interface GroupedAccount {
    data: AccountData;
    /** Its open `SI_Segment_Membership__c` rows. */
    memberships: CsvRecord[];
    /** The `SI_Points_Ledger__c` rows of its people (a converted lead's through its contact). */
    ledger: CsvRecord[];
    /** Converted leads whose ledger rows are here: `Id`, `IsConverted`, `ConvertedContactId`. */
    convertedLeads: CsvRecord[];
}

export interface Shard {
    index: number;
    count: number;
}

export function inShard(id: string, shard: Shard | null): boolean {
    return !shard || hashId(id) % shard.count === shard.index - 1;
}

const LEAD_CHUNK = 20000;

function idOf(value: unknown): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export class AccountGrouper {
    private readonly accounts: BucketFiles;
    private readonly people: BucketFiles;
    private pending: BucketFiles;
    private readonly known = new Set<string>();
    /** Id, Name and Website of every account: what lead matching needs (small per account). */
    private readonly matchKeys: Account[] = [];
    private readonly leadChunk: [number, CsvRecord][] = [];
    readonly campaigns = new Map<string, Campaign>();
    /**
     * Converted lead -> the contact it became, kept only when `keepConverted` (the points rule reads the
     * ledger: a converted lead's rows count for its contact). Only converted leads, Ids only.
     */
    private readonly convertedTo = new Map<string, string>();
    keepConverted = false;
    /** Records placed under no account, by object and reason. */
    readonly unplaced = new Map<string, number>();
    /** Accounts in this shard, in file order (their Ids only). */
    accountsInShard = 0;

    constructor(
        private readonly dir: string,
        readonly bucketCount: number,
        private readonly shard: Shard | null,
        /** Accounts to score (`--where`), or null for all; the others still match leads. */
        private readonly scope: ReadonlySet<string> | null = null
    ) {
        this.accounts = new BucketFiles(dir, 'account', bucketCount);
        this.people = new BucketFiles(dir, 'person', bucketCount);
        this.pending = new BucketFiles(dir, 'pending-0', bucketCount);
    }

    private note(object: string, reason: string): void {
        const key = `${object}: ${reason}`;
        this.unplaced.set(key, (this.unplaced.get(key) ?? 0) + 1);
    }

    private scored(accountId: string): boolean {
        return inShard(accountId, this.shard) && (!this.scope || this.scope.has(accountId));
    }

    private place(kind: Kind, seq: number, accountId: string, record: CsvRecord): void {
        if (this.scored(accountId)) this.accounts.add(accountId, [kind, seq, accountId, record] satisfies AccountLine);
    }

    private known_(value: unknown): string | null {
        const id = idOf(value);
        return id && this.known.has(id) ? id : null;
    }

    addAccount(record: CsvRecord, seq: number): void {
        const id = idOf(record.Id);
        if (!id) return this.note('Account', 'no Id: left out');
        if (this.known.has(id)) return this.note('Account', 'duplicate Id: later record left out');
        this.known.add(id);
        this.matchKeys.push({ Id: id, Name: record.Name as string | null, Website: record.Website as string | null });
        if (this.scored(id)) this.accountsInShard++;
        this.place('a', seq, id, record);
    }

    addContact(record: CsvRecord, seq: number): void {
        const accountId = this.known_(record.AccountId);
        if (!accountId) return this.note('Contact', 'not linked to a known account');
        this.place('c', seq, accountId, record);
        const id = idOf(record.Id);
        if (id) this.people.add(id, [id, accountId]);
    }

    addLead(record: CsvRecord, seq: number): void {
        if (this.keepConverted && record.IsConverted === true) {
            const id = idOf(record.Id);
            const contact = idOf(record.ConvertedContactId);
            if (id && contact) this.convertedTo.set(id, contact);
        }
        this.leadChunk.push([seq, record]);
        if (this.leadChunk.length >= LEAD_CHUNK) this.flushLeads();
    }

    /** Matches the waiting leads against every account (not only this shard's: the best match wins). */
    flushLeads(): void {
        if (this.leadChunk.length === 0) return;
        const assignments = assignLeads(
            this.matchKeys,
            this.leadChunk.map(([, r]) => r as Lead)
        );
        for (const [seq, record] of this.leadChunk) {
            const id = idOf(record.Id);
            const assignment = id ? assignments.get(id) : undefined;
            if (!id || !assignment) {
                if (record.IsConverted !== true)
                    this.note('Lead', 'matches no account by email domain, website or company name');
                continue;
            }
            this.place('l', seq, assignment.accountId, record);
            this.people.add(id, [id, assignment.accountId]);
        }
        this.leadChunk.length = 0;
    }

    addCampaign(record: CsvRecord): void {
        const id = idOf(record.Id);
        if (id) this.campaigns.set(id, record as Campaign);
    }

    private viaPeople(
        kind: Kind,
        seq: number,
        ids: unknown[],
        record: CsvRecord,
        object: string,
        reason: string
    ): void {
        const people = ids.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
        if (people.length === 0) return this.note(object, reason);
        this.pending.add(people[0] as string, [kind, seq, people, record] satisfies PendingLine);
    }

    addActivity(kind: 't' | 'e', record: CsvRecord, seq: number): void {
        const accountId = this.known_(record.AccountId) ?? this.known_(record.WhatId);
        if (accountId) return this.place(kind, seq, accountId, record);
        this.viaPeople(
            kind,
            seq,
            [record.WhoId],
            record,
            kind === 't' ? 'Task' : 'Event',
            'not linked to a known account or person'
        );
    }

    addCampaignMember(record: CsvRecord, seq: number): void {
        this.viaPeople(
            'm',
            seq,
            [record.ContactId, record.LeadId],
            record,
            'CampaignMember',
            'not linked to a known contact or lead'
        );
    }

    addOpportunity(record: CsvRecord, seq: number): void {
        const accountId = this.known_(record.AccountId);
        if (accountId) this.place('o', seq, accountId, record);
        else this.note('Opportunity', 'not linked to a known account');
    }

    addIntentSignal(record: CsvRecord, seq: number): void {
        const accountId = this.known_(record.Account__c);
        if (accountId) return this.place('s', seq, accountId, record);
        this.viaPeople(
            's',
            seq,
            [record.Contact__c, record.Lead__c],
            record,
            'SI_Intent_Signal__c',
            'not linked to a known account'
        );
    }

    /** An open segment membership row (a closed one is history: not read into the run). */
    addMembership(record: CsvRecord, seq: number): void {
        if (record.Removed_On__c !== null && record.Removed_On__c !== undefined && record.Removed_On__c !== '') return;
        const accountId = this.known_(record.Account__c);
        if (accountId) this.place('g', seq, accountId, record);
        else this.note('SI_Segment_Membership__c', 'not linked to a known account');
    }

    /**
     * A points ledger row goes with its person (the cap is per person, wherever the person is now): its
     * contact, else the contact its lead was converted to, else its lead.
     */
    addLedgerRow(record: CsvRecord, seq: number): void {
        const lead = idOf(record.Lead__c);
        const ids = [record.Contact__c, lead ? this.convertedTo.get(lead) : null, lead];
        this.viaPeople('p', seq, ids, record, 'SI_Points_Ledger__c', 'not linked to a known contact or lead');
    }

    /** Joins the rows waiting for a person with the person -> account map, bucket by bucket. */
    joinPeople(): void {
        this.flushLeads();
        this.people.close();
        const objects: Record<Kind, string> = {
            a: 'Account',
            c: 'Contact',
            l: 'Lead',
            t: 'Task',
            e: 'Event',
            m: 'CampaignMember',
            o: 'Opportunity',
            s: 'SI_Intent_Signal__c',
            g: 'SI_Segment_Membership__c',
            p: 'SI_Points_Ledger__c'
        };
        for (let round = 0; round < 3; round++) {
            this.pending.close();
            const next = new BucketFiles(this.dir, `pending-${round + 1}`, this.bucketCount);
            let forwarded = 0;
            for (let b = 0; b < this.bucketCount; b++) {
                const lines = this.pending.read<PendingLine>(b);
                if (lines.length === 0) continue;
                const map = new Map(this.people.read<[string, string]>(b));
                for (const [kind, seq, ids, record] of lines) {
                    const accountId = map.get(ids[0] as string);
                    if (accountId) this.place(kind, seq, accountId, record);
                    else if (ids.length > 1) {
                        next.add(ids[1] as string, [kind, seq, ids.slice(1), record] satisfies PendingLine);
                        forwarded++;
                    } else
                        this.note(
                            objects[kind],
                            kind === 'm' || kind === 'p'
                                ? 'not linked to a known contact or lead'
                                : kind === 's'
                                  ? 'not linked to a known account'
                                  : 'not linked to a known account or person'
                        );
                }
            }
            this.pending = next;
            if (forwarded === 0) break;
        }
        this.pending.close();
        this.accounts.close();
    }

    /** Each account of one bucket with its data, in file order, each array in file order. */
    bucket(b: number): GroupedAccount[] {
        const lines = this.accounts.read<AccountLine>(b);
        lines.sort((x, y) => x[1] - y[1]);
        const byAccount = new Map<string, GroupedAccount>();
        const out: GroupedAccount[] = [];
        for (const [kind, , accountId, record] of lines) {
            if (kind !== 'a') continue;
            const grouped: GroupedAccount = {
                data: {
                    account: record as Account,
                    contacts: [],
                    leads: [],
                    tasks: [],
                    events: [],
                    campaignMembers: [],
                    opportunities: [],
                    intentSignals: []
                },
                memberships: [],
                ledger: [],
                convertedLeads: []
            };
            byAccount.set(accountId, grouped);
            out.push(grouped);
        }
        for (const [kind, , accountId, record] of lines) {
            const grouped = byAccount.get(accountId);
            if (!grouped || kind === 'a') continue;
            const data = grouped.data as Required<Omit<AccountData, 'reachCounts'>>;
            if (kind === 'c') (data.contacts as unknown[]).push(record);
            else if (kind === 'l') (data.leads as unknown[]).push(record);
            else if (kind === 't') (data.tasks as unknown[]).push(record);
            else if (kind === 'e') (data.events as unknown[]).push(record);
            else if (kind === 'o') (data.opportunities as unknown[]).push(record);
            else if (kind === 's') (data.intentSignals as unknown[]).push(record);
            else if (kind === 'g') grouped.memberships.push(record);
            else if (kind === 'p') {
                grouped.ledger.push(record);
                const lead = idOf(record.Lead__c);
                const contact = lead ? this.convertedTo.get(lead) : undefined;
                if (lead && contact && !grouped.convertedLeads.some((l) => l.Id === lead))
                    grouped.convertedLeads.push({ Id: lead, IsConverted: true, ConvertedContactId: contact });
            } else if (kind === 'm') {
                const campaign =
                    !record.Campaign && typeof record.CampaignId === 'string'
                        ? this.campaigns.get(record.CampaignId)
                        : undefined;
                (data.campaignMembers as unknown[]).push(campaign ? { ...record, Campaign: campaign } : record);
            }
        }
        return out;
    }
}

/** The grouper's method for the rows of each object (`seq`: the row's order in its file or query). */
export function rowAdders(grouper: AccountGrouper): Record<ScoreObject, (record: CsvRecord, seq: number) => void> {
    return {
        Account: (r, s) => grouper.addAccount(r, s),
        Contact: (r, s) => grouper.addContact(r, s),
        Lead: (r, s) => grouper.addLead(r, s),
        Campaign: (r) => grouper.addCampaign(r),
        Task: (r, s) => grouper.addActivity('t', r, s),
        Event: (r, s) => grouper.addActivity('e', r, s),
        CampaignMember: (r, s) => grouper.addCampaignMember(r, s),
        Opportunity: (r, s) => grouper.addOpportunity(r, s),
        SI_Intent_Signal__c: (r, s) => grouper.addIntentSignal(r, s)
    };
}
