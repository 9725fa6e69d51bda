// Where `npm run segments` finds the segments: the export's SI_Segment__c records (with the
// SI_Segment_Membership__c rows that hold List segments' members), or a `--segments` JSON file of
// definitions. Either way the result is what the scoring job reads (`SegmentRow`, `OpenMembership`), so the
// CLI computes membership with the job's own `accountMembership`. Every refusal names the file, the segment
// and the path of what is wrong.
import { existsSync, readFileSync } from 'node:fs';
import type { TreeRecord } from '../../lib/sobjectTree';
import {
    checkDefinition,
    SEGMENT_STATUSES,
    SEGMENT_TYPES,
    SegmentDefinitionError
} from '../../force-app/main/default/lwc/siSegments/siSegments';
import type { OpenMembership, SegmentRow } from './membership';

/** Bad segments input: printed as it is, naming the file and the segment. */
export class SegmentSourceError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SegmentSourceError';
    }
}

export interface SegmentSource {
    /** Where the segments came from (a file, or the export's SI_Segment__c). */
    from: string;
    rows: SegmentRow[];
    /** Membership rows open on the as-of: added on or before it, not removed on or before it. */
    open: OpenMembership[];
    /** Segments that are not published (listed, not computed). */
    notPublished: { name: string; status: string }[];
}

function textOf(value: unknown): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A row is open on `asOf` when it was added on or before that day and not removed by then. */
export function openOn(added: string | null, removed: string | null, asOf: string): boolean {
    if (added !== null && added.slice(0, 10) > asOf) return false;
    return removed === null || removed.slice(0, 10) > asOf;
}

function splitByStatus(rows: SegmentRow[]): { rows: SegmentRow[]; notPublished: SegmentSource['notPublished'] } {
    const notPublished = rows
        .filter((r) => r.Status__c !== 'Published')
        .map((r) => ({ name: r.Name, status: r.Status__c ?? '(no status)' }));
    return { rows, notPublished };
}

/**
 * The segments of an sObject tree export: `SI_Segment__c` records (Name, Type__c, Status__c,
 * Definition__c) and `SI_Segment_Membership__c` records (Segment__c, Account__c, Added_On__c, Removed_On__c).
 * A record with no Name or an unknown Type__c or Status__c is refused, naming its referenceId.
 */
export function segmentsFromTree(byType: ReadonlyMap<string, readonly TreeRecord[]>, asOf: string): SegmentSource {
    const segments = byType.get('SI_Segment__c') ?? [];
    const rows: SegmentRow[] = segments.map((r) => {
        const where = `SI_Segment__c ${r.attributes.referenceId}`;
        const name = textOf(r.Name);
        if (!name) throw new SegmentSourceError(`${where}: Name is empty`);
        const type = textOf(r.Type__c) ?? 'Filter';
        if (!(SEGMENT_TYPES as readonly string[]).includes(type))
            throw new SegmentSourceError(
                `${where} "${name}": Type__c "${type}" is not one of ${SEGMENT_TYPES.join(', ')}`
            );
        const status = textOf(r.Status__c);
        if (!status || !(SEGMENT_STATUSES as readonly string[]).includes(status))
            throw new SegmentSourceError(
                `${where} "${name}": Status__c ${JSON.stringify(r.Status__c ?? null)} is not one of ${SEGMENT_STATUSES.join(', ')}`
            );
        return {
            Id: String(r.Id),
            Name: name,
            Type__c: type,
            Status__c: status,
            Definition__c: typeof r.Definition__c === 'string' ? r.Definition__c : null
        };
    });
    const ids = new Set(rows.map((r) => r.Id));
    const open: OpenMembership[] = [];
    for (const m of byType.get('SI_Segment_Membership__c') ?? []) {
        const where = `SI_Segment_Membership__c ${m.attributes.referenceId}`;
        const segment = textOf(m.Segment__c);
        const account = textOf(m.Account__c);
        if (!segment) throw new SegmentSourceError(`${where}: Segment__c is empty`);
        if (!account) throw new SegmentSourceError(`${where}: Account__c is empty`);
        if (!ids.has(segment))
            throw new SegmentSourceError(`${where}: Segment__c ${segment} is no SI_Segment__c of the export`);
        if (openOn(textOf(m.Added_On__c), textOf(m.Removed_On__c), asOf))
            open.push({ Id: String(m.Id), Segment__c: segment, Account__c: account });
    }
    return { from: 'SI_Segment__c of the export', open, ...splitByStatus(rows) };
}

/**
 * A `--segments` file: `{ "segments": [ { "name", "type"?: "Filter" | "List", "status"?: "Published",
 * "definition"?: {...}, "members"?: [account Id or referenceId, ...] } ] }` (or the list alone). A Filter
 * segment needs a definition that checks; a List segment lists its members. Status defaults to Published.
 */
export function segmentsFromFile(path: string): SegmentSource {
    if (!existsSync(path)) throw new SegmentSourceError(`--segments ${path}: file not found`);
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (e) {
        throw new SegmentSourceError(`--segments ${path}: not valid JSON (${(e as Error).message})`);
    }
    const list = Array.isArray(parsed)
        ? parsed
        : typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { segments?: unknown }).segments)
          ? (parsed as { segments: unknown[] }).segments
          : null;
    if (!list)
        throw new SegmentSourceError(`--segments ${path}: expected { "segments": [ ... ] } or a list of segments`);
    const rows: SegmentRow[] = [];
    const open: OpenMembership[] = [];
    const names = new Set<string>();
    list.forEach((entry: unknown, i) => {
        const at = `--segments ${path}: segments[${i}]`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new SegmentSourceError(`${at}: not an object`);
        const e = entry as Record<string, unknown>;
        const name = textOf(e.name);
        if (!name) throw new SegmentSourceError(`${at}.name: a segment needs a name`);
        if (names.has(name)) throw new SegmentSourceError(`${at}.name: "${name}" is listed twice`);
        names.add(name);
        const where = `${at} "${name}"`;
        const type = e.type === undefined ? 'Filter' : e.type;
        if (typeof type !== 'string' || !(SEGMENT_TYPES as readonly string[]).includes(type))
            throw new SegmentSourceError(
                `${where}.type: ${JSON.stringify(type)} is not one of ${SEGMENT_TYPES.join(', ')}`
            );
        const status = e.status === undefined ? 'Published' : e.status;
        if (typeof status !== 'string' || !(SEGMENT_STATUSES as readonly string[]).includes(status))
            throw new SegmentSourceError(
                `${where}.status: ${JSON.stringify(status)} is not one of ${SEGMENT_STATUSES.join(', ')}`
            );
        const id = `segment${i + 1}`;
        let definition: string | null = null;
        if (type === 'Filter') {
            try {
                definition = JSON.stringify(checkDefinition(e.definition));
            } catch (err) {
                if (!(err instanceof SegmentDefinitionError)) throw err;
                // The definition's own paths ("definition.all[1].values[0]: ...") under the segment's.
                throw new SegmentSourceError(
                    `${where}: the definition is not valid:\n${err.problems.map((p) => `- segments[${i}].${p}`).join('\n')}`
                );
            }
        } else {
            const members = e.members;
            if (!Array.isArray(members)) throw new SegmentSourceError(`${where}.members: a list of account Ids`);
            members.forEach((m: unknown, j) => {
                const account = textOf(m);
                if (!account) throw new SegmentSourceError(`${where}.members[${j}]: not an account Id`);
                open.push({ Id: `${id}-member${j + 1}`, Segment__c: id, Account__c: account });
            });
        }
        rows.push({ Id: id, Name: name, Type__c: type, Status__c: status, Definition__c: definition });
    });
    return { from: path, open, ...splitByStatus(rows) };
}
