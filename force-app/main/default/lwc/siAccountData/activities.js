// The activity aggregates' groups (activityQuery.ts) as the engine's reach counts: the form in which the
// engine reads activities from the CLI and the org-wide job too (siEngine/reachCounts.ts).
import { reachKindOfTask, summarizeReach } from 'c/siEngine';
export { ACTIVITY_ALIASES, ACTIVITY_SOURCE } from './activityQuery';
// Mapping --------------------------------------------------------------------------------------
function valueOf(field) {
    const v = field?.v;
    return typeof v === 'string' && v !== '' ? v : null;
}
function dayOf(field) {
    const v = field?.v?.v;
    return typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : null;
}
function countOf(field) {
    const v = field?.v?.v;
    return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0;
}
function groupsOf(connection) {
    const groups = [];
    for (const edge of connection?.edges ?? []) {
        const g = edge?.node?.aggregate;
        if (g !== null && g !== undefined && typeof g === 'object')
            groups.push(g);
    }
    return groups;
}
/**
 * The engine's reach counts from the activity aggregates. A Task group's kind comes from its subtype, type
 * and subject as the engine decides it; a group dated only by CompletedDateTime or CreatedDate is counted
 * through `summarizeReach`, which dates it as the engine does. Groups of rejected leads are left out.
 */
export function reachCountsOf(aggregate, options) {
    const days = [];
    const people = [];
    const undated = [];
    const rejected = options.rejectedLeadIds;
    const add = (day, kind, whoId, count) => {
        days.push({ day, kind, count });
        if (whoId !== null)
            people.push({ whoId, count, lastDay: day });
    };
    const truncated = [];
    for (const alias of ['AccountTasks', 'LeadTasks']) {
        const connection = aggregate?.[alias];
        if (connection?.pageInfo?.hasNextPage === true)
            truncated.push(alias);
        for (const g of groupsOf(connection)) {
            const count = countOf(g.n);
            const whoId = valueOf(g.w);
            if (count === 0 || (whoId !== null && rejected?.has(whoId)))
                continue;
            const task = { TaskSubtype: valueOf(g.s), Type: valueOf(g.t), Subject: valueOf(g.j) };
            const day = valueOf(g.a);
            if (day !== null)
                add(day, reachKindOfTask(task), whoId, count);
            else {
                const record = {
                    ...task,
                    WhoId: whoId,
                    CompletedDateTime: dayOf(g.c),
                    CreatedDate: dayOf(g.r),
                    IsClosed: true
                };
                for (let k = 0; k < count; k++)
                    undated.push(record);
            }
        }
    }
    for (const alias of ['AccountEvents', 'LeadEvents']) {
        const connection = aggregate?.[alias];
        if (connection?.pageInfo?.hasNextPage === true)
            truncated.push(alias);
        for (const g of groupsOf(connection)) {
            const count = countOf(g.n);
            const whoId = valueOf(g.w);
            if (count === 0 || (whoId !== null && rejected?.has(whoId)))
                continue;
            const day = dayOf(g.e) ?? valueOf(g.a);
            if (day !== null)
                add(day, 'Meeting', whoId, count);
        }
    }
    if (undated.length > 0) {
        const more = summarizeReach(undated, [], options.asOf, { Reach_Window_Days: options.reachWindowDays });
        days.push(...more.days);
        people.push(...more.people);
    }
    return { counts: { days, people }, truncated };
}
