// Task and Event (Beta in the UI API GraphQL API, v59.0+), read as aggregates, never as rows: the four
// `uiapi { aggregate { ... } }` subqueries count the reach window's activities per person, day and what
// decides their kind (activities.ts turns the groups into the engine's reach counts). Only the reach
// window is asked, and each group is a few short keys instead of a record; but the keys (Subject, the
// fallback days) make about one group per activity in practice, so an account with more than 2,000
// activities of one source in the window is cut (the panel then shows the stored scores). No run-time
// import from another bundle: the preview server and the CLI load this module in Node.
import { PAGE_SIZE } from './queryParts';
/** Where Tasks and Events come from: GraphQL aggregate queries. */
export const ACTIVITY_SOURCE = 'graphql-aggregate';
/** The activity aliases in the query (under `uiapi.aggregate`), in the order they appear. */
export const ACTIVITY_ALIASES = ['AccountTasks', 'LeadTasks', 'AccountEvents', 'LeadEvents'];
/** Task fields a group may be keyed by, beyond ActivityDate: the person, the fallback dates, the kind's. */
export const TASK_GROUP_FIELDS = [
    'WhoId',
    'CompletedDateTime',
    'CreatedDate',
    'TaskSubtype',
    'Type',
    'Subject'
];
/** Event fields a group may be keyed by, beyond ActivityDateTime. */
export const EVENT_GROUP_FIELDS = ['WhoId', 'ActivityDate'];
const DATE_TIMES = new Set(['CompletedDateTime', 'CreatedDate', 'ActivityDateTime']);
/** `Field: { group: true }`, or `{ function: DAY_ONLY }` for a date/time (the platform groups those by a function). */
function groupClause(field) {
    return DATE_TIMES.has(field) ? `${field}: { function: DAY_ONLY }` : `${field}: { group: true }`;
}
/**
 * The one-letter alias each grouped field is answered under, and `v` for its value: a group is a few
 * short keys (`{"d":{"v":"2026-10-02"},"w":{"v":"003..."},"n":{"v":{"v":1}}}`), about half the bytes of
 * the field names, which matters at hundreds of groups per account. `GROUP_KEYS` reads them back.
 */
export const GROUP_ALIASES = {
    ActivityDate: 'a',
    ActivityDateTime: 'e',
    WhoId: 'w',
    CompletedDateTime: 'c',
    CreatedDate: 'r',
    TaskSubtype: 's',
    Type: 't',
    Subject: 'j'
};
/** The selection of a grouped field: its value, or its day for a date/time, under its alias. */
function groupSelection(field) {
    const alias = GROUP_ALIASES[field];
    return DATE_TIMES.has(field) ? `${alias}: ${field} { v: dayOnly { v: value } }` : `${alias}: ${field} { v: value }`;
}
/**
 * Closed tasks of the window, by the engine's day of each: ActivityDate, else CompletedDateTime's day, else
 * CreatedDate's (`$reachFrom`..`$reachTo` as dates, `$reachFromTime`..`$reachUntilTime` as UTC instants).
 * A fallback the user cannot read is left out (and so are the tasks only it would date).
 */
function taskWindow(fields) {
    const byDate = '{ ActivityDate: { gte: { value: $reachFrom }, lte: { value: $reachTo } } }';
    const completed = '{ CompletedDateTime: { gte: { value: $reachFromTime }, lt: { value: $reachUntilTime } } }';
    const created = '{ CreatedDate: { gte: { value: $reachFromTime }, lt: { value: $reachUntilTime } } }';
    const undated = [];
    if (fields.includes('CompletedDateTime'))
        undated.push(completed);
    if (fields.includes('CreatedDate'))
        undated.push(fields.includes('CompletedDateTime')
            ? `{ and: [{ CompletedDateTime: { eq: { value: null } } }, ${created}] }`
            : created);
    if (undated.length === 0)
        return byDate;
    return `{ or: [${byDate}, { and: [{ ActivityDate: { eq: { value: null } } }, { or: [${undated.join(', ')}] }] }] }`;
}
/** Events of the window: by ActivityDateTime, or by ActivityDate when it has none (all-day events). */
function eventWindow(fields) {
    const timed = '{ ActivityDateTime: { gte: { value: $reachFromTime }, lt: { value: $reachUntilTime } } }';
    if (!fields.includes('ActivityDate'))
        return timed;
    return `{ or: [${timed}, { and: [{ ActivityDateTime: { eq: { value: null } } }, { ActivityDate: { gte: { value: $reachFrom }, lte: { value: $reachTo } } }] }] }`;
}
function aggregateSubquery(alias, object, conditions, keys) {
    return `
            ${alias}: ${object}(
                first: ${PAGE_SIZE}
                where: { and: [
                    ${conditions.join(',\n                    ')}
                ] }
                groupBy: { ${keys.map(groupClause).join(', ')} }
            ) {
                edges { node { aggregate {
                    ${[...keys.map(groupSelection), 'n: Id { v: count { v: value } }'].join('\n                    ')}
                } } }
                pageInfo { hasNextPage }
            }`;
}
/**
 * The activity aggregates (under `uiapi.aggregate`): activities the platform rolls up to the account
 * (`AccountId`), and activities of the matched leads with no account (`WhoId` in a semi-join on Lead:
 * lead activities carry no AccountId, and one with an account is that account's, as in the CLI), each
 * grouped by person, day and the fields that decide its kind. Ordered by nothing: they are counts.
 */
export function activitySubqueries(plan) {
    const taskFields = plan.taskFields ?? TASK_GROUP_FIELDS;
    const eventFields = plan.eventFields ?? EVENT_GROUP_FIELDS;
    const taskKeys = ['ActivityDate', ...TASK_GROUP_FIELDS.filter((f) => taskFields.includes(f))];
    const eventKeys = ['ActivityDateTime', ...EVENT_GROUP_FIELDS.filter((f) => eventFields.includes(f))];
    const byLead = `{ WhoId: { inq: { Lead: ${plan.leadFilter}, ApiName: "Id" } } }`;
    const noAccount = '{ AccountId: { eq: null } }';
    const parts = [];
    const tasks = ['{ IsClosed: { eq: true } }', taskWindow(taskFields)];
    if (plan.accountTasks)
        parts.push(aggregateSubquery('AccountTasks', 'Task', ['{ AccountId: { eq: $recordId } }', ...tasks], taskKeys));
    if (plan.leadTasks)
        parts.push(aggregateSubquery('LeadTasks', 'Task', [byLead, noAccount, ...tasks], taskKeys));
    const events = [eventWindow(eventFields)];
    if (plan.accountEvents)
        parts.push(aggregateSubquery('AccountEvents', 'Event', ['{ AccountId: { eq: $recordId } }', ...events], eventKeys));
    if (plan.leadEvents)
        parts.push(aggregateSubquery('LeadEvents', 'Event', [byLead, noAccount, ...events], eventKeys));
    return parts.join('');
}
