// Segment membership of one account on one day: which published segments it is in, which membership rows to
// open and close, and the value of its `SI_Segments__c` field. Shared by the org-wide scoring job (which
// writes the rows and the field) and `npm run segments` (which lists the members from an export).
// Filter segments hold the accounts their definition selects today; List segments hold the accounts their
// upload linked (open rows the job keeps and never opens itself). Rows are never deleted: a removed member's
// row gets `Removed_On__c`, so history survives both leaving a segment and its unpublishing.
import {
    checkDefinition,
    SegmentDefinitionError,
    segmentPredicate,
    type AccountValues
} from '../../force-app/main/default/lwc/siSegments/siSegments';

/** `SI_Segment__c` as the job reads it. */
export interface SegmentRow {
    Id: string;
    Name: string;
    Type__c: string | null;
    Status__c: string | null;
    Definition__c: string | null;
    /** As stored: the job rewrites the count only when it changes. */
    Member_Count__c?: number | null;
    Last_Computed__c?: string | null;
}

/** An open `SI_Segment_Membership__c` row (`Removed_On__c` empty). */
export interface OpenMembership {
    Id: string;
    Segment__c: string;
    Account__c: string;
}

export interface PublishedSegment {
    id: string;
    name: string;
    type: 'Filter' | 'List';
    /** Null for List segments, and for a Filter segment whose definition is broken (its rows are kept as they are). */
    test: ((account: AccountValues) => boolean) | null;
    /** The stored member count, or null when never computed. */
    storedCount: number | null;
}

/** The `SI_Segments__c` field's length (its field metadata). */
export const SEGMENTS_FIELD_LENGTH = 255;
export const SEGMENTS_FIELD = 'SI_Segments__c';

/** Salesforce Ids compare by their first 15 characters (the 18-character form adds a case checksum). */
export function id15(id: string): string {
    return id.slice(0, 15);
}

/**
 * The published segments among `rows`, with their definitions compiled. A Filter segment whose definition
 * does not check is reported in `problems` (segment name and what is wrong) and kept with `test: null`: its
 * members stay as they are rather than being emptied by a typo.
 */
export function loadPublishedSegments(rows: readonly SegmentRow[]): {
    segments: PublishedSegment[];
    problems: string[];
} {
    const segments: PublishedSegment[] = [];
    const problems: string[] = [];
    for (const row of rows) {
        if (row.Status__c !== 'Published') continue;
        const type = row.Type__c === 'List' ? 'List' : 'Filter';
        let test: PublishedSegment['test'] = null;
        if (type === 'Filter') {
            try {
                test = segmentPredicate(checkDefinition(JSON.parse(row.Definition__c ?? 'null')));
            } catch (e) {
                const why = e instanceof SegmentDefinitionError || e instanceof SyntaxError ? e.message : String(e);
                problems.push(
                    `SI_Segment__c ${row.Id} "${row.Name}": Definition__c: ${why}; its members are kept as they are`
                );
            }
        }
        const computed =
            row.Last_Computed__c !== null && row.Last_Computed__c !== undefined && row.Last_Computed__c !== '';
        segments.push({
            id: row.Id,
            name: row.Name,
            type,
            test,
            storedCount: computed && typeof row.Member_Count__c === 'number' ? row.Member_Count__c : null
        });
    }
    segments.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { segments, problems };
}

export interface AccountMembership {
    /** Names of the published segments the account is in after this run, sorted. */
    names: string[];
    /** The same segments. */
    segments: PublishedSegment[];
    /** Rows to insert: segments the account joined today. */
    added: { Segment__c: string; Account__c: string; Added_On__c: string }[];
    /** Rows to close: segments the account left today, or open rows of segments no longer published. */
    removed: { Id: string; Removed_On__c: string }[];
    /** The field's new value when it differs from `current` (null clears it), else undefined. */
    field?: string | null;
    /** True when the names did not all fit the field (the field holds those that fit, whole). */
    truncated: boolean;
}

/** Joins names with ";" up to the field's length, whole names only. */
export function segmentsFieldValue(names: readonly string[]): { value: string | null; truncated: boolean } {
    let value = '';
    for (const name of names) {
        const next = value ? `${value};${name}` : name;
        if (next.length > SEGMENTS_FIELD_LENGTH) return { value: value || null, truncated: true };
        value = next;
    }
    return { value: value || null, truncated: false };
}

/**
 * One account's membership on `asOf`: `values` are its Account fields as this run leaves them (stored scores
 * included), `open` its open membership rows, `current` its `SI_Segments__c` now.
 */
export function accountMembership(
    accountId: string,
    values: AccountValues,
    segments: readonly PublishedSegment[],
    open: readonly OpenMembership[],
    asOf: string,
    current: string | null | undefined
): AccountMembership {
    const openBySegment = new Map<string, OpenMembership>();
    const removed: AccountMembership['removed'] = [];
    for (const row of open) {
        const key = id15(row.Segment__c);
        // Two open rows of one segment: keep the first, close the other (it can only come from a bad import).
        if (openBySegment.has(key)) removed.push({ Id: row.Id, Removed_On__c: asOf });
        else openBySegment.set(key, row);
    }
    const names: string[] = [];
    const inSegments: PublishedSegment[] = [];
    const added: AccountMembership['added'] = [];
    for (const segment of segments) {
        const key = id15(segment.id);
        const row = openBySegment.get(key);
        openBySegment.delete(key);
        const member = segment.test ? segment.test(values) : row !== undefined;
        if (member) {
            names.push(segment.name);
            inSegments.push(segment);
            if (!row) added.push({ Segment__c: segment.id, Account__c: accountId, Added_On__c: asOf });
        } else if (row) removed.push({ Id: row.Id, Removed_On__c: asOf });
    }
    // Open rows of segments not published (unpublished, back to draft, deleted): closed today, kept as history.
    for (const row of openBySegment.values()) removed.push({ Id: row.Id, Removed_On__c: asOf });
    const { value, truncated } = segmentsFieldValue(names);
    const result: AccountMembership = { names, segments: inSegments, added, removed, truncated };
    if ((current || null) !== value) result.field = value;
    return result;
}
