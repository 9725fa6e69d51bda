// Task and Event: Beta in the UI API GraphQL API (v59.0+). Everything about them lives in this one
// module - the four subqueries' text and the mapping of their nodes - so that the choice can change
// (for example to a cacheable Apex read, or to dropping activities) without touching anything else.
// `ACTIVITY_SOURCE` names the choice; the panel and tests read it instead of assuming GraphQL.
import type { Event, Task } from 'c/siEngine';
import type { GqlEvent, GqlTask } from './graphqlTypes';
import { fieldValue, LEAD_MATCH_FILTER, PAGE_SIZE, recordId } from './queryParts';

/** Where Tasks and Events come from. Only `graphql` exists today. */
export const ACTIVITY_SOURCE: 'graphql' = 'graphql';

/** The activity aliases in the query, in the order they appear. */
export const ACTIVITY_ALIASES = ['AccountTasks', 'LeadTasks', 'AccountEvents', 'LeadEvents'] as const;

const TASK_FIELDS = `
                    Id
                    WhoId @optional { value }
                    WhatId @optional { value }
                    AccountId @optional { value }
                    ActivityDate @optional { value }
                    CompletedDateTime @optional { value }
                    CreatedDate @optional { value }
                    Type @optional { value }
                    TaskSubtype @optional { value }
                    Subject @optional { value }
                    IsClosed @optional { value }`;

const EVENT_FIELDS = `
                    Id
                    WhoId @optional { value }
                    WhatId @optional { value }
                    AccountId @optional { value }
                    ActivityDate @optional { value }
                    ActivityDateTime @optional { value }
                    Type @optional { value }
                    EventSubtype @optional { value }
                    Subject @optional { value }`;

const CONNECTION_TAIL = `
                pageInfo { hasNextPage endCursor }
                totalCount`;

/** Which of the four activity subqueries to include (the user can read their object and filter fields). */
export interface ActivityPlan {
    accountTasks: boolean;
    leadTasks: boolean;
    accountEvents: boolean;
    leadEvents: boolean;
    /** The lead pre-filter the lead subqueries' semi-joins use. */
    leadFilter: string;
    /** Whether Task.IsClosed is readable: then only closed tasks are asked (an open task is a plan, not a touch). */
    closedTasksOnly?: boolean;
}

/**
 * Only what happened by the panel's as-of (today, which `TODAY` is in the user's time zone): a scheduled
 * task or meeting is not reach yet, and newest first it would take the place of real recent activity in
 * a page. Without a date the engine falls back to another one (CompletedDateTime, CreatedDate), so
 * undated records stay.
 */
const TASKS_BY_TODAY = `or: [{ ActivityDate: { lte: { literal: TODAY } } }, { ActivityDate: { eq: { value: null } } }]`;
const EVENTS_BY_TODAY = `or: [{ ActivityDateTime: { lte: { literal: TODAY } } }, { ActivityDateTime: { eq: { value: null } } }]`;

/**
 * The activity subqueries: activities the platform rolls up to the account (`AccountId`), and
 * activities with a matched lead (`WhoId` in a semi-join on Lead, because lead activities carry no
 * AccountId). Newest first, so a truncated collection keeps the most recent activity.
 */
export function activitySubqueries(plan: ActivityPlan): string {
    const parts: string[] = [];
    const closed = plan.closedTasksOnly ? ', IsClosed: { eq: true }' : '';
    if (plan.accountTasks) {
        parts.push(`
            AccountTasks: Task(
                first: ${PAGE_SIZE}
                where: { AccountId: { eq: $recordId }${closed}, ${TASKS_BY_TODAY} }
                orderBy: { ActivityDate: { order: DESC, nulls: LAST } }
            ) {
                edges { node {${TASK_FIELDS}
                } }${CONNECTION_TAIL}
            }`);
    }
    if (plan.leadTasks) {
        parts.push(`
            LeadTasks: Task(
                first: ${PAGE_SIZE}
                where: { WhoId: { inq: { Lead: ${plan.leadFilter}, ApiName: "Id" } }${closed}, ${TASKS_BY_TODAY} }
                orderBy: { ActivityDate: { order: DESC, nulls: LAST } }
            ) {
                edges { node {${TASK_FIELDS}
                } }${CONNECTION_TAIL}
            }`);
    }
    if (plan.accountEvents) {
        parts.push(`
            AccountEvents: Event(
                first: ${PAGE_SIZE}
                where: { AccountId: { eq: $recordId }, ${EVENTS_BY_TODAY} }
                orderBy: { ActivityDateTime: { order: DESC, nulls: LAST } }
            ) {
                edges { node {${EVENT_FIELDS}
                } }${CONNECTION_TAIL}
            }`);
    }
    if (plan.leadEvents) {
        parts.push(`
            LeadEvents: Event(
                first: ${PAGE_SIZE}
                where: { WhoId: { inq: { Lead: ${plan.leadFilter}, ApiName: "Id" } }, ${EVENTS_BY_TODAY} }
                orderBy: { ActivityDateTime: { order: DESC, nulls: LAST } }
            ) {
                edges { node {${EVENT_FIELDS}
                } }${CONNECTION_TAIL}
            }`);
    }
    return parts.join('');
}

/** All four, for a user who can read everything. */
export const ACTIVITY_SUBQUERIES = activitySubqueries({
    accountTasks: true,
    leadTasks: true,
    accountEvents: true,
    leadEvents: true,
    leadFilter: LEAD_MATCH_FILTER
});

export function mapTask(node: GqlTask): Task {
    return {
        attributes: { type: 'Task' },
        Id: recordId(node),
        WhoId: fieldValue(node.WhoId),
        WhatId: fieldValue(node.WhatId),
        AccountId: fieldValue(node.AccountId),
        ActivityDate: fieldValue(node.ActivityDate),
        CompletedDateTime: fieldValue(node.CompletedDateTime),
        CreatedDate: fieldValue(node.CreatedDate),
        Type: fieldValue(node.Type),
        TaskSubtype: fieldValue(node.TaskSubtype),
        Subject: fieldValue(node.Subject),
        IsClosed: fieldValue(node.IsClosed)
    };
}

export function mapEvent(node: GqlEvent): Event {
    return {
        attributes: { type: 'Event' },
        Id: recordId(node),
        WhoId: fieldValue(node.WhoId),
        WhatId: fieldValue(node.WhatId),
        AccountId: fieldValue(node.AccountId),
        ActivityDate: fieldValue(node.ActivityDate),
        ActivityDateTime: fieldValue(node.ActivityDateTime),
        Type: fieldValue(node.Type),
        EventSubtype: fieldValue(node.EventSubtype),
        Subject: fieldValue(node.Subject)
    };
}
