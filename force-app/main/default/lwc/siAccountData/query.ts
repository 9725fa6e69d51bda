// The ONE GraphQL query per account view: the account, its contacts, the leads that may match it, the
// campaign responses of the engagement window with their campaigns, opportunities and the intent signals
// of the window (`uiapi.query`), and its tasks and events of the reach window as aggregates
// (`uiapi.aggregate`, see activities.ts). Ten subqueries (the platform maximum), each `first: 2000` (the
// per-subquery maximum), top-level only (no child nesting), every non-Id field `@optional` so that a field
// the user cannot read is left out instead of failing the query. Each connection returns
// `pageInfo.hasNextPage` (and the record ones `totalCount`), so the mapping can say what was truncated.
import {
    canRead,
    hiddenUnless,
    unreadable,
    type HiddenSource,
    type InsightSource,
    type QueryAccess,
    type QueryObject
} from './access';
import { activitySubqueries, EVENT_GROUP_FIELDS, TASK_GROUP_FIELDS } from './activityQuery';
import { LEAD_CLAUSES, leadMatchFilter, PAGE_SIZE } from './queryParts';

/** The stored Account scores the panel reads (the scoring job writes them: org/score/fields.ts). */
export const STORED_SCORE_FIELDS = [
    'SI_Profile_Fit_Score__c',
    'SI_Profile_Fit_Band__c',
    'SI_Reach_Score__c',
    'SI_Reach_Level__c',
    'SI_Intent_Score__c',
    'SI_Intent_Trend__c',
    'SI_Buying_Stage__c'
] as const;

/** Account fields always read (the engine's inputs and the project's stored fields). */
export const ACCOUNT_FIELDS = [
    'Name',
    'Website',
    'Industry',
    'NumberOfEmployees',
    'AnnualRevenue',
    'BillingCountry',
    'BillingState',
    'Type',
    'SI_Qualified__c',
    'SI_Qualified_Start_Date__c',
    'SI_Qualified_End_Date__c',
    'SI_ABM_Tier__c',
    'SI_Last_Scored_At__c',
    // The scores the org-wide job stored: shown when the account has more records than one view reads.
    ...STORED_SCORE_FIELDS
] as const;

/** Aliases of the ten subqueries, in query order (the last four under `uiapi.aggregate`). */
export const SUBQUERY_ALIASES = [
    'Account',
    'Contacts',
    'Leads',
    'CampaignMembers',
    'Opportunities',
    'IntentSignals',
    'AccountTasks',
    'LeadTasks',
    'AccountEvents',
    'LeadEvents'
] as const;
export type SubqueryAlias = (typeof SUBQUERY_ALIASES)[number];

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export class QueryBuildError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'QueryBuildError';
    }
}

export interface QueryOptions {
    /**
     * Extra Account field API names to read (the fields profile criteria use). Validated as plain API
     * names; never spliced in unchecked.
     */
    accountFields?: readonly string[];
    /** What the user can read (from object info); null or absent: everything. */
    access?: QueryAccess;
}

/** The Account field list for a query: the fixed fields plus valid extra fields, without duplicates. */
export function accountFieldList(extra: readonly string[] = []): string[] {
    const invalid = extra.filter((f) => typeof f !== 'string' || !FIELD_NAME.test(f) || f.includes('__r'));
    if (invalid.length > 0) {
        throw new QueryBuildError(
            `Account field names are not valid API names: ${invalid.map((f) => JSON.stringify(f)).join(', ')}`
        );
    }
    const fields: string[] = [...ACCOUNT_FIELDS];
    for (const f of extra) if (f !== 'Id' && !fields.includes(f)) fields.push(f);
    return fields;
}

const TAIL = `
                pageInfo { hasNextPage endCursor }
                totalCount`;

const CONTACTS = `
            Contacts: Contact(
                first: ${PAGE_SIZE}
                where: { AccountId: { eq: $recordId } }
                orderBy: { LastModifiedDate: { order: DESC } }
            ) {
                edges { node {
                    Id
                    Name @optional { value }
                    Title @optional { value }
                    Email @optional { value }
                    HasOptedOutOfEmail @optional { value }
                    SI_Outreach_Prospect_Id__c @optional { value }
                } }${TAIL}
            }`;

function leadsSubquery(leadFilter: string): string {
    return `
            Leads: Lead(
                first: ${PAGE_SIZE}
                where: ${leadFilter}
                orderBy: { LastModifiedDate: { order: DESC } }
            ) {
                edges { node {
                    Id
                    Company @optional { value }
                    Name @optional { value }
                    Title @optional { value }
                    Email @optional { value }
                    Website @optional { value }
                    HasOptedOutOfEmail @optional { value }
                    IsConverted @optional { value }
                    SI_Outreach_Prospect_Id__c @optional { value }
                } }${TAIL}
            }`;
}

/**
 * Responses of the engagement read window (`engagementReadDays` up to the as-of): by FirstRespondedDate, or
 * CreatedDate for a response without one, as the engine dates them. Only responses (`HasResponded`), when
 * the user can read it; without it the engine decides from the status.
 */
function memberWindow(access: QueryAccess): string[] {
    const out: string[] = [];
    if (canRead(access, 'CampaignMember', ['HasResponded'])) out.push('{ HasResponded: { eq: true } }');
    if (canRead(access, 'CampaignMember', ['FirstRespondedDate']))
        out.push(`{ or: [
                        { FirstRespondedDate: { gte: { value: $engagementFrom } } }
                        { and: [{ FirstRespondedDate: { eq: { value: null } } }, { CreatedDate: { gte: { value: $engagementFromTime } } }] }
                    ] }`);
    return out;
}

function campaignMembersSubquery(memberFilters: readonly string[], window: readonly string[]): string {
    return `
            CampaignMembers: CampaignMember(
                first: ${PAGE_SIZE}
                where: { and: [
                    { or: [${memberFilters.join('')}
                    ] }${window
                        .map(
                            (w) => `
                    ${w}`
                        )
                        .join('')}
                ] }
                orderBy: { CreatedDate: { order: DESC } }
            ) {
                edges { node {
                    Id
                    ContactId @optional { value }
                    LeadId @optional { value }
                    HasResponded @optional { value }
                    FirstRespondedDate @optional { value }
                    Status @optional { value }
                    CreatedDate @optional { value }
                    Campaign @optional {
                        Id
                        Type @optional { value }
                        StartDate @optional { value }
                    }
                } }${TAIL}
            }`;
}

const OPPORTUNITIES = `
            Opportunities: Opportunity(
                first: ${PAGE_SIZE}
                where: { AccountId: { eq: $recordId } }
                orderBy: { CloseDate: { order: DESC, nulls: LAST } }
            ) {
                edges { node {
                    Id
                    AccountId @optional { value }
                    Name @optional { value }
                    IsClosed @optional { value }
                    IsWon @optional { value }
                    StageName @optional { value }
                    Amount @optional { value }
                    CloseDate @optional { value }
                    CreatedDate @optional { value }
                } }${TAIL}
            }`;

const INTENT_SIGNALS = `
            IntentSignals: SI_Intent_Signal__c(
                first: ${PAGE_SIZE}
                where: { Account__c: { eq: $recordId }, Occurred_At__c: { gte: { value: $engagementFromTime } } }
                orderBy: { Occurred_At__c: { order: DESC, nulls: LAST } }
            ) {
                edges { node {
                    Id
                    Contact__c @optional { value }
                    Lead__c @optional { value }
                    Keyword__c @optional { value }
                    Signal_Type__c @optional { value }
                    Weight__c @optional { value }
                    Occurred_At__c @optional { value }
                } }${TAIL}
            }`;

/**
 * The window variables (`windowVariables`): the engagement read window's first day, and the reach window's
 * first and last days, as dates and as the UTC instants that bound them.
 */
const WINDOW_VARIABLES = [
    ['engagementFrom', 'Date'],
    ['engagementFromTime', 'DateTime'],
    ['reachFrom', 'Date'],
    ['reachTo', 'Date'],
    ['reachFromTime', 'DateTime'],
    ['reachUntilTime', 'DateTime']
] as const;

/** The Lead fields the pre-filter compares (once each). */
const LEAD_FIELDS = [...new Set(LEAD_CLAUSES.map((c) => c.field))];

/** What the query asks for, given what the user can read. */
export interface QueryPlan {
    /** The query text (`buildAccountInsightQuery` wraps it with `gql`). */
    text: string;
    /** The subqueries it holds, in query order (a subqueries the user cannot run is left out). */
    aliases: SubqueryAlias[];
    /** The sources of the insight left out or incomplete because the user cannot read them, and why. */
    hidden: HiddenSource[];
}

/**
 * Plans the one query for what the user can read (`options.access`, from object info; null or absent:
 * everything). A subquery runs only when its object and the fields it filters and orders on are
 * readable; a lead clause (email, website, company) only when its field is.
 */
export function planAccountInsightQuery(options: QueryOptions = {}): QueryPlan {
    const access = options.access ?? null;
    const hidden: HiddenSource[] = [];
    const need = (source: InsightSource, object: QueryObject, fields: readonly string[]): boolean => {
        const h = hiddenUnless(access, source, object, fields);
        if (h) hidden.push(h);
        return h === null;
    };
    const accountFields = accountFieldList(options.accountFields)
        .map((f) => `\n                    ${f} @optional { value }`)
        .join('');
    const aliases: SubqueryAlias[] = ['Account'];
    const parts: string[] = [];

    const contacts = need('contacts', 'Contact', ['AccountId']);
    if (contacts) {
        aliases.push('Contacts');
        parts.push(CONTACTS);
    }
    const leadClauses = canRead(access, 'Lead', ['IsConverted'])
        ? LEAD_CLAUSES.filter((c) => canRead(access, 'Lead', [c.field]))
        : [];
    let leads = false;
    if (!canRead(access, 'Lead')) hidden.push({ source: 'leads', object: 'Lead', fields: [] });
    else if (leadClauses.length === 0)
        hidden.push({
            source: 'leads',
            object: 'Lead',
            fields: unreadable(access, 'Lead', ['IsConverted', ...LEAD_FIELDS])
        });
    else {
        leads = true;
        const missing = unreadable(access, 'Lead', LEAD_FIELDS);
        if (missing.length > 0) hidden.push({ source: 'leads', object: 'Lead', fields: missing });
    }
    const leadFilter = leadMatchFilter(leadClauses);
    if (leads) {
        aliases.push('Leads');
        parts.push(leadsSubquery(leadFilter));
    }

    const tasks = need('activities', 'Task', ['ActivityDate', 'IsClosed']);
    const events = need('activities', 'Event', ['ActivityDateTime']);
    const taskFields = TASK_GROUP_FIELDS.filter((f) => canRead(access, 'Task', [f]));
    const eventFields = EVENT_GROUP_FIELDS.filter((f) => canRead(access, 'Event', [f]));
    const plan = {
        accountTasks: tasks && need('activities', 'Task', ['AccountId']),
        leadTasks: tasks && leads && canRead(access, 'Task', ['WhoId', 'AccountId']),
        accountEvents: events && need('activities', 'Event', ['AccountId']),
        leadEvents: events && leads && canRead(access, 'Event', ['WhoId', 'AccountId']),
        taskFields,
        eventFields,
        leadFilter
    };
    // What decides who was reached, when and how: a field the user cannot read makes the counts partial.
    const taskMissing = unreadable(access, 'Task', TASK_GROUP_FIELDS);
    if (tasks && plan.accountTasks && taskMissing.length > 0)
        hidden.push({ source: 'activities', object: 'Task', fields: taskMissing });
    else if (leads && tasks && !plan.leadTasks)
        hidden.push({ source: 'activities', object: 'Task', fields: ['WhoId'] });
    const eventMissing = unreadable(access, 'Event', EVENT_GROUP_FIELDS);
    if (events && plan.accountEvents && eventMissing.length > 0)
        hidden.push({ source: 'activities', object: 'Event', fields: eventMissing });
    else if (leads && events && !plan.leadEvents)
        hidden.push({ source: 'activities', object: 'Event', fields: ['WhoId'] });
    const activityAliases: SubqueryAlias[] = [];
    if (plan.accountTasks) activityAliases.push('AccountTasks');
    if (plan.leadTasks) activityAliases.push('LeadTasks');
    if (plan.accountEvents) activityAliases.push('AccountEvents');
    if (plan.leadEvents) activityAliases.push('LeadEvents');
    const activities = activitySubqueries(plan);

    // Campaign responses: members of the account's contacts, or of its leads; the campaign's type and
    // start date are what engagement counts, so without Campaign the responses are hidden.
    const members =
        need('campaignResponses', 'CampaignMember', []) && need('campaignResponses', 'Campaign', ['Type', 'StartDate']);
    const memberFilters: string[] = [];
    if (members && contacts && canRead(access, 'CampaignMember', ['ContactId']))
        memberFilters.push('\n                        { Contact: { AccountId: { eq: $recordId } } }');
    if (members && leads && canRead(access, 'CampaignMember', ['LeadId']))
        memberFilters.push(`\n                        { Lead: ${leadFilter} }`);
    if (members && memberFilters.length > 0) {
        aliases.push('CampaignMembers');
        parts.push(campaignMembersSubquery(memberFilters, memberWindow(access)));
    } else if (members)
        hidden.push({
            source: 'campaignResponses',
            object: 'CampaignMember',
            fields: unreadable(access, 'CampaignMember', ['ContactId', 'LeadId'])
        });

    if (need('opportunities', 'Opportunity', ['AccountId', 'CloseDate'])) {
        aliases.push('Opportunities');
        parts.push(OPPORTUNITIES);
    }
    if (need('intentSignals', 'SI_Intent_Signal__c', ['Account__c', 'Occurred_At__c'])) {
        aliases.push('IntentSignals');
        parts.push(INTENT_SIGNALS);
    }
    aliases.push(...activityAliases);
    const body = parts.join('') + activities;
    const variables = [
        '    $recordId: ID!',
        ...leadClauses.map((c) => `    $${c.variable}: String!`),
        // Only the windows the planned subqueries use (an unused variable fails the query).
        ...WINDOW_VARIABLES.filter(([name]) => body.includes(`$${name} `)).map(
            ([name, type]) => `    $${name}: ${type}!`
        )
    ].join('\n');
    const aggregate = activities
        ? `
        aggregate {${activities}
        }`
        : '';
    const text = `query siAccountInsight(
${variables}
) {
    uiapi {
        query {
            Account(first: 1, where: { Id: { eq: $recordId } }) {
                edges { node {
                    Id${accountFields}
                } }${TAIL}
            }${parts.join('')}
        }${aggregate}
    }
}`;
    return { text, aliases, hidden };
}

/** The query text for `options`. `buildAccountInsightQuery` wraps it with `gql`. */
export function accountInsightQueryText(options: QueryOptions = {}): string {
    return planAccountInsightQuery(options).text;
}
