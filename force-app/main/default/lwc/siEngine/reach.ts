// Reach: how much sales and marketing have reached the account (Tasks and Events), recency-weighted.
import type { ModelSettings } from './config';
import { capGroup, finishScore, plural, roundPoints } from './scoring';
import type { Factor, ReachResult, Task } from './types';
import { REACH_KINDS, type ReachKind, type ReachLevel } from './vocabulary';
import { formatDay } from './dates';

function lower(value: unknown): string {
    return typeof value === 'string' ? value.toLowerCase() : '';
}

/**
 * The kind of a Task: `TaskSubtype` Call / Email / ListEmail first, then `Type` (Call, Email, Meeting),
 * then a Subject starting with Call, Email or Meeting; otherwise Other. Every Event is a Meeting.
 */
export function reachKindOfTask(task: Task): ReachKind {
    return reachKindOfSubtype(task.TaskSubtype) ?? reachKindOfTypeOrSubject(task);
}

/** The kind a `TaskSubtype` decides on its own, or null when `Type` and `Subject` decide. */
export function reachKindOfSubtype(taskSubtype: unknown): ReachKind | null {
    if (taskSubtype === 'Call') return 'Call';
    if (taskSubtype === 'Email') return 'Email';
    const subtype = lower(taskSubtype);
    if (subtype === 'call') return 'Call';
    if (subtype === 'email' || subtype === 'listemail' || subtype === 'cadence') return 'Email';
    return null;
}

/** The kind of a Task whose `TaskSubtype` does not decide: `Type`, then `Subject`, else Other. */
export function reachKindOfTypeOrSubject(task: Task): ReachKind {
    if (typeof task.Type !== 'string' && typeof task.Subject !== 'string') return 'Other'; // nothing to read
    const type = lower(task.Type);
    if (type.includes('meeting')) return 'Meeting';
    if (type.includes('call')) return 'Call';
    if (type.includes('email')) return 'Email';
    const subject = lower(task.Subject).trimStart();
    if (subject.startsWith('meeting')) return 'Meeting';
    if (subject.startsWith('call')) return 'Call';
    if (subject.startsWith('email')) return 'Email';
    return 'Other';
}

export function reachPoints(kind: ReachKind, settings: ModelSettings): number {
    switch (kind) {
        case 'Meeting':
            return settings.Reach_Meeting_Points;
        case 'Call':
            return settings.Reach_Call_Points;
        case 'Email':
            return settings.Reach_Email_Points;
        default:
            return settings.Reach_Other_Points;
    }
}

/** Index of each reach kind in a tally's arrays (the order of REACH_KINDS). */
export const REACH_KIND_INDEX: Readonly<Record<ReachKind, number>> = { Meeting: 0, Call: 1, Email: 2, Other: 3 };

/** Running totals of the reach activities in the window. */
export interface ReachTally {
    /** Recency-weighted points per kind, indexed by `REACH_KIND_INDEX` (not yet rounded). */
    points: Float64Array;
    counts: Uint32Array;
    /** Distinct people reached in the window (the caller counts each person once). */
    people: number;
    personas: Set<string>;
    lastDay: number | null;
}

export function newReachTally(): ReachTally {
    return {
        points: new Float64Array(REACH_KINDS.length),
        counts: new Uint32Array(REACH_KINDS.length),
        people: 0,
        personas: new Set(),
        lastDay: null
    };
}

export function reachLevel(score: number, settings: ModelSettings): ReachLevel {
    if (score >= settings.Reach_High_Min) return 'High';
    if (score >= settings.Reach_Medium_Min) return 'Medium';
    return 'Low';
}

const KIND_LABEL: Record<ReachKind, [string, string]> = {
    Meeting: ['meeting', 'meetings'],
    Call: ['call', 'calls'],
    Email: ['email', 'emails'],
    Other: ['other activity', 'other activities']
};

/**
 * Reach score: recency-weighted activity points per kind (capped at `Reach_Activity_Max`), plus points
 * per distinct person reached (capped at `Reach_Person_Max`), plus points per distinct persona reached
 * (capped at `Reach_Persona_Max`); the total is capped at 100.
 */
export function computeReach(tally: ReachTally, settings: ModelSettings): ReachResult {
    const factors: Factor[] = [];
    let activityPoints = 0;
    let activityCount = 0;
    for (const kind of REACH_KINDS) {
        const k = REACH_KIND_INDEX[kind];
        const count = tally.counts[k] as number;
        if (count === 0) continue;
        activityCount += count;
        const points = roundPoints(tally.points[k] as number);
        const [one, many] = KIND_LABEL[kind];
        factors.push({ label: `${plural(count, one, many)} in the last ${settings.Reach_Window_Days} days (recency-weighted)`, points });
        activityPoints += points;
    }
    capGroup(factors, activityPoints, settings.Reach_Activity_Max, 'Activity points');
    const people = tally.people;
    if (people > 0) {
        const points = roundPoints(people * settings.Reach_Person_Points);
        factors.push({ label: `${plural(people, 'person', 'people')} reached`, points });
        capGroup(factors, points, settings.Reach_Person_Max, 'People points');
    }
    const personas = [...tally.personas].sort();
    if (personas.length > 0) {
        const points = roundPoints(personas.length * settings.Reach_Persona_Points);
        factors.push({ label: `${plural(personas.length, 'persona')} reached: ${personas.join(', ')}`, points });
        capGroup(factors, points, settings.Reach_Persona_Max, 'Persona points');
    }
    const scored = finishScore(factors);
    return {
        ...scored,
        level: reachLevel(scored.score, settings),
        windowDays: settings.Reach_Window_Days,
        activityCount,
        peopleReached: people,
        personasReached: personas,
        lastReachedDate: tally.lastDay === null ? null : formatDay(tally.lastDay)
    };
}
