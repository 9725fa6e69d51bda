// Every published segment's members in an export on one day, computed as the scoring job computes them:
// each account is scored (computeInsight), the Account fields the job would store are merged over its row
// (accountChanges: only the changed fields, `#N/A` meaning cleared), and `accountMembership` decides, from
// those values and the account's open membership rows, which segments it is in and its SI_Segments__c.
import {
    computeInsight,
    groupAccountData,
    type Dataset,
    type EngineConfig
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import type { AccountValues } from '../../force-app/main/default/lwc/siSegments/siSegments';
import { accountChanges, NULL_VALUE } from '../score/changes';
import {
    accountMembership,
    id15,
    loadPublishedSegments,
    SEGMENTS_FIELD,
    type OpenMembership,
    type SegmentRow
} from './membership';

export interface SegmentMembers {
    name: string;
    type: 'Filter' | 'List';
    count: number;
    /** Members sorted by name, then Id. */
    members: { id: string; name: string | null }[];
    /** Members that joined on the as-of (no open row before it). */
    joined: number;
    /** Open rows closed on the as-of (the account no longer matches). */
    left: number;
}

export interface AccountSegments {
    id: string;
    name: string | null;
    segments: string[];
    /** SI_Segments__c as the job would write it. */
    field: string | null;
    /** True when the names did not all fit the field. */
    truncated: boolean;
}

export interface MembershipResult {
    segments: SegmentMembers[];
    accounts: AccountSegments[];
    /** A Filter segment whose definition does not check (its members kept as they are), rows of unknown accounts. */
    problems: string[];
}

/** The job's stored values: the account row with the changed SI_ fields merged over it. */
export function storedValues(account: Record<string, unknown>, changes: Record<string, unknown> | null): AccountValues {
    const values: Record<string, unknown> = { ...account };
    for (const [field, value] of Object.entries(changes ?? {})) {
        if (field === 'Id') continue;
        values[field] = value === NULL_VALUE ? null : value;
    }
    return values;
}

export function computeMembership(
    dataset: Dataset,
    rows: readonly SegmentRow[],
    open: readonly OpenMembership[],
    config: EngineConfig,
    asOf: string
): MembershipResult {
    const { segments, problems } = loadPublishedSegments(rows);
    const openByAccount = new Map<string, OpenMembership[]>();
    for (const row of open) {
        const key = id15(row.Account__c);
        openByAccount.set(key, [...(openByAccount.get(key) ?? []), row]);
    }
    const bySegment = new Map<string, SegmentMembers>();
    for (const s of segments)
        bySegment.set(id15(s.id), { name: s.name, type: s.type, count: 0, members: [], joined: 0, left: 0 });
    const openById = new Map(open.map((r) => [r.Id, r]));
    const accounts: AccountSegments[] = [];
    for (const data of groupAccountData(dataset).accounts) {
        const account = data.account as Record<string, unknown>;
        // readSObjectTree gives every record an Id (its referenceId when the export has none).
        const id = String(account.Id);
        const insight = computeInsight(data, config, asOf);
        const values = storedValues(account, accountChanges(data, insight).account);
        const rowsOfAccount = openByAccount.get(id15(id)) ?? [];
        openByAccount.delete(id15(id));
        const current = typeof account[SEGMENTS_FIELD] === 'string' ? (account[SEGMENTS_FIELD] as string) : null;
        const m = accountMembership(id, values, segments, rowsOfAccount, asOf, current);
        const name = typeof account.Name === 'string' ? account.Name : null;
        for (const s of segments) {
            const entry = bySegment.get(id15(s.id)) as SegmentMembers;
            if (m.names.includes(s.name)) entry.members.push({ id, name });
        }
        for (const a of m.added) (bySegment.get(id15(a.Segment__c)) as SegmentMembers).joined++;
        for (const r of m.removed) {
            const entry = bySegment.get(id15(openById.get(r.Id)?.Segment__c ?? ''));
            if (entry) entry.left++;
        }
        const field = m.field === undefined ? current : m.field;
        accounts.push({ id, name, segments: m.names, field, truncated: m.truncated });
    }
    for (const [account, rowsLeft] of openByAccount)
        for (const row of rowsLeft)
            problems.push(
                `SI_Segment_Membership__c ${row.Id}: Account__c ${account} is no account of the data; the row is not counted`
            );
    const list = [...bySegment.values()];
    for (const s of list) {
        s.members.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id));
        s.count = s.members.length;
    }
    return { segments: list, accounts, problems };
}
