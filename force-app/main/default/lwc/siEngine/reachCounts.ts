// Reach counts: the aggregated form of an account's Tasks and Events, which is all the engine reads of
// them. Per day of the reach window and reach kind, how many activities; per person reached in the window
// (WhoId), how many and the last day. The panel gets these from the GraphQL API's aggregate queries; the
// CLI and the org-wide job summarize the records they read with `summarizeReach`. Both end in the same
// `ReachBins`, which is what reach is computed from, so the three agree by construction.
import type { ModelSettings } from './config';
import * as datesModule from './dates';
import * as qualityModule from './quality';
import type { QualityNotes } from './quality';
import * as reachModule from './reach';
import * as recordsModule from './records';
import type { Event, ReachCounts, ReachDayCount, ReachPersonCount, Task } from './types';
import * as vocabularyModule from './vocabulary';
import type { ReachKind } from './vocabulary';

// Bound once (see insight.ts): a bundler's CommonJS reads imported bindings through getters.
const { formatDay, parseAsOf, parseDay } = datesModule;
const { recordId, text } = qualityModule;
const { REACH_KIND_INDEX, reachKindOfSubtype, reachKindOfTypeOrSubject } = reachModule;
const { dateOf, isObject } = recordsModule;
const { REACH_KINDS } = vocabularyModule;

const KINDS = REACH_KINDS.length;
const CALL = REACH_KIND_INDEX.Call;
const EMAIL = REACH_KIND_INDEX.Email;
const MEETING = REACH_KIND_INDEX.Meeting;

/** One person's activities in the window: how many, and the last day (a day number). */
export interface PersonBin {
    count: number;
    lastDay: number;
}

/** Reach activities of the window binned by age and kind, and by WhoId. */
export class ReachBins {
    readonly asOfDay: number;
    readonly windowDays: number;
    /** Activities by age in days (0: the as-of day) and kind index: `counts[age * KINDS + kind]`. */
    readonly counts: Uint32Array;
    /** Per WhoId (trimmed) with activities in the window. */
    readonly people = new Map<string, PersonBin>();

    constructor(asOfDay: number, windowDays: number) {
        this.asOfDay = asOfDay;
        this.windowDays = Math.max(0, windowDays);
        this.counts = new Uint32Array(this.windowDays * KINDS);
    }

    /** Counts `n` activities of kind index `kind` on `day` with `whoId`; outside the window: nothing. */
    add(day: number, kind: number, whoId: unknown, n: number): void {
        const age = this.asOfDay - day;
        if (age < 0 || age >= this.windowDays) return;
        (this.counts[age * KINDS + kind] as number) += n;
        if (typeof whoId !== 'string') return;
        const who = text(whoId);
        if (who !== null) this.addPerson(who, n, day);
    }

    /** Counts `n` activities of `who` (trimmed), the last on `day`, for the person only (not the days). */
    addPerson(who: string, n: number, day: number): void {
        const bin = this.people.get(who);
        if (bin === undefined) this.people.set(who, { count: n, lastDay: day });
        else {
            bin.count += n;
            if (day > bin.lastDay) bin.lastDay = day;
        }
    }
}

/** Bins Tasks: closed ones, on their ActivityDate (else CompletedDateTime's day, else CreatedDate's). */
export function binTasks(tasks: readonly unknown[], bins: ReachBins, notes: QualityNotes): void {
    // Task subtypes repeat: classify each distinct subtype once (its kind's index; -1: Type or Subject decides).
    const subtypeKinds = new Map<unknown, number>();
    for (let i = 0; i < tasks.length; i++) {
        const task = tasks[i];
        if (!isObject(task)) {
            notes.add('Task', '(record)', 'Not a record: left out', null);
            continue;
        }
        const t = task as Task;
        // An open task is a plan, not a touch. IsClosed is computed by Salesforce: without it, Status decides.
        if (
            t.IsClosed === false ||
            (typeof t.IsClosed !== 'boolean' && typeof t.Status === 'string' && isOpenStatus(t.Status))
        )
            continue;
        // Fast path: the first field parses (then dateOf would return it without a note).
        let day = parseDay(t.ActivityDate);
        if (day === null)
            day = dateOf(
                notes,
                'Task',
                recordId(t),
                'ActivityDate',
                t.ActivityDate,
                'CompletedDateTime',
                t.CompletedDateTime,
                'CreatedDate',
                t.CreatedDate
            );
        if (day === null) continue;
        // Call and Email need no lookup; other subtypes are looked up.
        const subtype = t.TaskSubtype;
        let kind = subtype === 'Call' ? CALL : subtype === 'Email' ? EMAIL : subtypeKinds.get(subtype);
        if (kind === undefined) {
            const bySubtype = reachKindOfSubtype(subtype);
            subtypeKinds.set(subtype, (kind = bySubtype === null ? -1 : REACH_KIND_INDEX[bySubtype]));
        }
        bins.add(day, kind >= 0 ? kind : REACH_KIND_INDEX[reachKindOfTypeOrSubject(t)], t.WhoId, 1);
    }
}

/** Bins Events, every one a meeting, on ActivityDateTime's day (else ActivityDate). */
export function binEvents(events: readonly unknown[], bins: ReachBins, notes: QualityNotes): void {
    for (let i = 0; i < events.length; i++) {
        const event = events[i];
        if (!isObject(event)) {
            notes.add('Event', '(record)', 'Not a record: left out', null);
            continue;
        }
        const e = event as Event;
        let day = parseDay(e.ActivityDateTime);
        if (day === null)
            day = dateOf(
                notes,
                'Event',
                recordId(e),
                'ActivityDateTime',
                e.ActivityDateTime,
                'ActivityDate',
                e.ActivityDate
            );
        if (day !== null) bins.add(day, MEETING, e.WhoId, 1);
    }
}

/** Whether a Task Status (other than `Completed`) marks an open task: not blank and not completed. */
function isOpenStatus(status: string): boolean {
    const trimmed = status.trim();
    return trimmed !== '' && trimmed.toLowerCase() !== 'completed';
}

const COUNTS = 'Reach counts';

function positiveCount(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Bins reach counts given in their aggregated form. A malformed row (a day that is not a date, a kind not
 * one of REACH_KINDS, a count that is not a whole number above 0) is noted and left out; a row outside the
 * window counts nothing. A person row adds the person's count and last day; its activities are in the
 * day rows already.
 */
export function binReachCounts(counts: ReachCounts, bins: ReachBins, notes: QualityNotes): void {
    const days = Array.isArray(counts.days) ? counts.days : [];
    const people = Array.isArray(counts.people) ? counts.people : [];
    if (!Array.isArray(counts.days) || !Array.isArray(counts.people))
        notes.add(COUNTS, '(list)', 'Not a list of rows: ignored', null);
    for (const row of days) {
        const day = isObject(row) ? parseDay(row.day) : null;
        const kind =
            isObject(row) && typeof row.kind === 'string'
                ? (REACH_KIND_INDEX as Record<string, number>)[row.kind]
                : undefined;
        if (day === null || kind === undefined || !positiveCount(isObject(row) ? row.count : null)) {
            notes.add(COUNTS, 'days', 'Not a row of a day, a reach kind and a count above 0: left out', null);
            continue;
        }
        bins.add(day, kind, null, (row as ReachDayCount).count);
    }
    for (const row of people) {
        const day = isObject(row) ? parseDay(row.lastDay) : null;
        const who = isObject(row) ? text(row.whoId) : null;
        if (day === null || who === null || !positiveCount(isObject(row) ? row.count : null)) {
            notes.add(COUNTS, 'people', 'Not a row of a WhoId, a count above 0 and a last day: left out', null);
            continue;
        }
        const age = bins.asOfDay - day;
        if (age < 0 || age >= bins.windowDays) continue;
        bins.addPerson(who, (row as ReachPersonCount).count, day);
    }
}

/** The aggregated form of binned counts: day rows oldest first (then in REACH_KINDS order), people by WhoId. */
export function reachCountsOf(bins: ReachBins): ReachCounts {
    const days: ReachDayCount[] = [];
    for (let age = bins.windowDays - 1; age >= 0; age--) {
        for (let k = 0; k < KINDS; k++) {
            const count = bins.counts[age * KINDS + k] as number;
            if (count > 0) days.push({ day: formatDay(bins.asOfDay - age), kind: REACH_KINDS[k] as ReachKind, count });
        }
    }
    const people: ReachPersonCount[] = [...bins.people]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([whoId, bin]) => ({ whoId, count: bin.count, lastDay: formatDay(bin.lastDay) }));
    return { days, people };
}

/** Notes nobody reads. */
class NullNotes {
    add(): void {}
}

/**
 * The reach counts of Tasks and Events as of `asOf` (YYYY-MM-DD) for `settings.Reach_Window_Days`: what the
 * engine reads of them, and what the panel's aggregate queries return for the same records. Malformed
 * records are noted in `notes` when given.
 */
export function summarizeReach(
    tasks: readonly Task[] | null | undefined,
    events: readonly Event[] | null | undefined,
    asOf: string,
    settings: Pick<ModelSettings, 'Reach_Window_Days'>,
    notes?: QualityNotes
): ReachCounts {
    const bins = new ReachBins(parseAsOf(asOf), settings.Reach_Window_Days);
    const sink = notes ?? new NullNotes();
    binTasks(tasks ?? [], bins, sink as QualityNotes);
    binEvents(events ?? [], bins, sink as QualityNotes);
    return reachCountsOf(bins);
}
