import { capGroup, factor, finishScore, plural, roundPoints } from './scoring';
import { REACH_KINDS } from './vocabulary';
import { formatDay } from './dates';
function lower(value) {
    return typeof value === 'string' ? value.toLowerCase() : '';
}
/**
 * The kind of a Task: `TaskSubtype` Call / Email / ListEmail first, then `Type` (Call, Email, Meeting),
 * then a Subject starting with Call, Email or Meeting; otherwise Other. Every Event is a Meeting.
 */
export function reachKindOfTask(task) {
    return reachKindOfSubtype(task.TaskSubtype) ?? reachKindOfTypeOrSubject(task);
}
/** The kind a `TaskSubtype` decides on its own, or null when `Type` and `Subject` decide. */
export function reachKindOfSubtype(taskSubtype) {
    if (taskSubtype === 'Call')
        return 'Call';
    if (taskSubtype === 'Email')
        return 'Email';
    const subtype = lower(taskSubtype);
    if (subtype === 'call')
        return 'Call';
    if (subtype === 'email' || subtype === 'listemail' || subtype === 'cadence')
        return 'Email';
    return null;
}
/** The kind of a Task whose `TaskSubtype` does not decide: `Type`, then `Subject`, else Other. */
export function reachKindOfTypeOrSubject(task) {
    if (typeof task.Type !== 'string' && typeof task.Subject !== 'string')
        return 'Other'; // nothing to read
    const type = lower(task.Type);
    if (type.includes('meeting'))
        return 'Meeting';
    if (type.includes('call'))
        return 'Call';
    if (type.includes('email'))
        return 'Email';
    const subject = lower(task.Subject).trimStart();
    if (subject.startsWith('meeting'))
        return 'Meeting';
    if (subject.startsWith('call'))
        return 'Call';
    if (subject.startsWith('email'))
        return 'Email';
    return 'Other';
}
export function reachPoints(kind, settings) {
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
export const REACH_KIND_INDEX = { Meeting: 0, Call: 1, Email: 2, Other: 3 };
export function newReachTally() {
    return {
        points: new Float64Array(REACH_KINDS.length),
        counts: new Uint32Array(REACH_KINDS.length),
        people: 0,
        personas: new Set(),
        lastDay: null
    };
}
export function reachLevel(score, settings) {
    if (score >= settings.Reach_High_Min)
        return 'High';
    if (score >= settings.Reach_Medium_Min)
        return 'Medium';
    return 'Low';
}
const KIND_LABEL = {
    Meeting: ['meeting', 'meetings'],
    Call: ['call', 'calls'],
    Email: ['email', 'emails'],
    Other: ['other activity', 'other activities']
};
/** A persona's label when the configuration does not give one: its developer name with spaces. */
function readableKey(key) {
    return key.replace(/_+/g, ' ').trim();
}
/**
 * The labels of the personas reached, in the order of the configured personas (by sort order, the order
 * the persona map lists them); a key the configuration does not name (only when `personas` is not the
 * configuration the people were placed with) last, as its developer name with spaces.
 */
export function personaLabels(keys, personas) {
    const labels = [];
    const known = new Set();
    for (const p of personas) {
        if (!keys.has(p.key))
            continue;
        known.add(p.key);
        labels.push(p.label.trim() || readableKey(p.key));
    }
    for (const key of [...keys].sort())
        if (!known.has(key))
            labels.push(readableKey(key));
    return labels;
}
/**
 * Reach score: recency-weighted activity points per kind (capped at `Reach_Activity_Max`), plus points
 * per distinct person reached (capped at `Reach_Person_Max`), plus points per distinct persona reached
 * (capped at `Reach_Persona_Max`); the total is capped at 100. A capped group's maximum is shared out over
 * its factors (`capGroup`), each cap a note in `caps`. Personas are named by their labels (`personas`: the
 * configured personas; without them, by their developer names with spaces).
 */
export function computeReach(tally, settings, personas = []) {
    const factors = [];
    const caps = [];
    let activityCount = 0;
    for (const kind of REACH_KINDS) {
        const k = REACH_KIND_INDEX[kind];
        const count = tally.counts[k];
        if (count === 0)
            continue;
        activityCount += count;
        const [one, many] = KIND_LABEL[kind];
        factors.push(factor(`${plural(count, one, many)} in the last ${settings.Reach_Window_Days} days (recency-weighted)`, roundPoints(tally.points[k])));
    }
    capGroup(factors, 0, settings.Reach_Activity_Max, `Capped at ${settings.Reach_Activity_Max} activity points`, caps);
    const people = tally.people;
    if (people > 0) {
        const first = factors.length;
        factors.push(factor(`${plural(people, 'person', 'people')} reached`, roundPoints(people * settings.Reach_Person_Points)));
        capGroup(factors, first, settings.Reach_Person_Max, `Capped at ${settings.Reach_Person_Max} people points`, caps);
    }
    const personaKeys = [...tally.personas].sort();
    if (personaKeys.length > 0) {
        const first = factors.length;
        const labels = personaLabels(tally.personas, personas);
        factors.push(factor(`${plural(personaKeys.length, 'persona')} reached: ${labels.join(', ')}`, roundPoints(personaKeys.length * settings.Reach_Persona_Points)));
        capGroup(factors, first, settings.Reach_Persona_Max, `Capped at ${settings.Reach_Persona_Max} persona points`, caps);
    }
    const scored = finishScore(factors, caps);
    return {
        ...scored,
        level: reachLevel(scored.score, settings),
        windowDays: settings.Reach_Window_Days,
        activityCount,
        peopleReached: people,
        personasReached: personaKeys,
        lastReachedDate: tally.lastDay === null ? null : formatDay(tally.lastDay)
    };
}
