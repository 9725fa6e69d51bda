// Maps the one query's response to the engine's input (`AccountData`, with the activities as reach
// counts). Fields the user cannot read arrive absent or null and map to null (the engine counts them as absent). The result says which
// collections were truncated (more records than one subquery returns) and how many pre-filtered leads
// the lead rule rejected, so nothing is dropped without the panel being able to say so.
import type { Account, AccountData, CampaignMember, Contact, Lead, Opportunity, SI_Intent_Signal__c } from 'c/siEngine';
import { ACTIVITY_ALIASES, reachCountsOf } from './activities';
import type {
    GqlAccount,
    GqlAccountInsightData,
    GqlCampaignMember,
    GqlConnection,
    GqlContact,
    GqlField,
    GqlIntentSignal,
    GqlLead,
    GqlOpportunity
} from './graphqlTypes';
import { ACCOUNT_FIELDS, SUBQUERY_ALIASES, type SubqueryAlias } from './query';
import { fieldValue, nodesOf, recordId } from './queryParts';

export interface TruncatedCollection {
    /** The subquery alias (`Contacts`, `AccountTasks`, ...). */
    collection: SubqueryAlias;
    /** Records loaded. */
    loaded: number;
    /** Records that exist, when the platform said (`totalCount`), else null. */
    total: number | null;
}

export type AccountDataResult =
    | {
          status: 'ok';
          data: AccountData;
          /** Collections where more records exist than were loaded; empty when everything was loaded. */
          truncated: TruncatedCollection[];
          /** Leads the pre-filter returned that the lead rule did not match (with their activities). */
          unmatchedLeads: number;
      }
    | {
          /** The account is not readable by the user (not returned by the query). */
          status: 'noAccess';
          data: null;
          truncated: TruncatedCollection[];
          unmatchedLeads: number;
      };

/** Decides whether a pre-filtered lead belongs to the account (the engine's rule). */
export type LeadMatcher = (account: Account, lead: Lead) => boolean;

export interface MapOptions {
    /** The lead rule; when omitted, every lead the pre-filter returned is kept. */
    matchLead?: LeadMatcher;
    /** The as-of day the query's windows end on (YYYY-MM-DD): the activities' counts need it. */
    asOf: string;
    /** The reach window the query asked for (`Reach_Window_Days`). */
    reachWindowDays: number;
}

export class AccountDataError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'AccountDataError';
    }
}

function isWrapped(value: unknown): value is GqlField<string | number | boolean> {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value;
}

export function mapAccount(node: GqlAccount): Account {
    const account: Account = { attributes: { type: 'Account' }, Id: recordId(node) };
    for (const field of ACCOUNT_FIELDS) account[field] = null;
    for (const [key, raw] of Object.entries(node)) {
        if (key === 'Id' || key === '__typename') continue;
        // Every other key is a `{ value }` field; anything else (an unexpected shape) maps to null.
        account[key] = isWrapped(raw) ? fieldValue(raw) : null;
    }
    return account;
}

export function mapContact(node: GqlContact): Contact {
    return {
        attributes: { type: 'Contact' },
        Id: recordId(node),
        AccountId: fieldValue(node.AccountId),
        FirstName: fieldValue(node.FirstName),
        LastName: fieldValue(node.LastName),
        Name: fieldValue(node.Name),
        Title: fieldValue(node.Title),
        Email: fieldValue(node.Email),
        HasOptedOutOfEmail: fieldValue(node.HasOptedOutOfEmail),
        SI_Outreach_Prospect_Id__c: fieldValue(node.SI_Outreach_Prospect_Id__c)
    };
}

export function mapLead(node: GqlLead): Lead {
    return {
        attributes: { type: 'Lead' },
        Id: recordId(node),
        Company: fieldValue(node.Company),
        FirstName: fieldValue(node.FirstName),
        LastName: fieldValue(node.LastName),
        Name: fieldValue(node.Name),
        Title: fieldValue(node.Title),
        Email: fieldValue(node.Email),
        Website: fieldValue(node.Website),
        HasOptedOutOfEmail: fieldValue(node.HasOptedOutOfEmail),
        IsConverted: fieldValue(node.IsConverted),
        SI_Outreach_Prospect_Id__c: fieldValue(node.SI_Outreach_Prospect_Id__c)
    };
}

export function mapCampaignMember(node: GqlCampaignMember): CampaignMember {
    const campaign = node.Campaign;
    return {
        attributes: { type: 'CampaignMember' },
        Id: recordId(node),
        CampaignId: fieldValue(node.CampaignId),
        ContactId: fieldValue(node.ContactId),
        LeadId: fieldValue(node.LeadId),
        HasResponded: fieldValue(node.HasResponded),
        FirstRespondedDate: fieldValue(node.FirstRespondedDate),
        Status: fieldValue(node.Status),
        CreatedDate: fieldValue(node.CreatedDate),
        Campaign:
            campaign && typeof campaign === 'object'
                ? {
                      attributes: { type: 'Campaign' },
                      Id: recordId(campaign),
                      Name: fieldValue(campaign.Name),
                      Type: fieldValue(campaign.Type),
                      StartDate: fieldValue(campaign.StartDate)
                  }
                : null
    };
}

export function mapOpportunity(node: GqlOpportunity): Opportunity {
    return {
        attributes: { type: 'Opportunity' },
        Id: recordId(node),
        AccountId: fieldValue(node.AccountId),
        Name: fieldValue(node.Name),
        IsClosed: fieldValue(node.IsClosed),
        IsWon: fieldValue(node.IsWon),
        StageName: fieldValue(node.StageName),
        Amount: fieldValue(node.Amount),
        CloseDate: fieldValue(node.CloseDate),
        CreatedDate: fieldValue(node.CreatedDate)
    };
}

export function mapIntentSignal(node: GqlIntentSignal): SI_Intent_Signal__c {
    return {
        attributes: { type: 'SI_Intent_Signal__c' },
        Id: recordId(node),
        Account__c: fieldValue(node.Account__c),
        Contact__c: fieldValue(node.Contact__c),
        Lead__c: fieldValue(node.Lead__c),
        Keyword__c: fieldValue(node.Keyword__c),
        Signal_Type__c: fieldValue(node.Signal_Type__c),
        Weight__c: fieldValue(node.Weight__c),
        Occurred_At__c: fieldValue(node.Occurred_At__c),
        Source__c: fieldValue(node.Source__c)
    };
}

/** A connection is truncated when the platform says there is a next page or counts more than loaded. */
function truncation(
    alias: SubqueryAlias,
    connection: GqlConnection<unknown> | null | undefined
): TruncatedCollection | null {
    if (!connection) return null;
    const loaded = nodesOf(connection).length;
    const total =
        typeof connection.totalCount === 'number' && Number.isFinite(connection.totalCount)
            ? connection.totalCount
            : null;
    const more = connection.pageInfo?.hasNextPage === true || (total !== null && total > loaded);
    return more ? { collection: alias, loaded, total } : null;
}

/**
 * Maps the `data` of the one query. Throws `AccountDataError` when `data` is not shaped like our
 * query's response (no `uiapi.query`): that is a programming or platform error, not missing access.
 */
export function mapAccountData(data: GqlAccountInsightData | null | undefined, options: MapOptions): AccountDataResult {
    const query = data?.uiapi?.query;
    if (!query || typeof query !== 'object') {
        throw new AccountDataError(
            'The GraphQL response has no uiapi.query: it is not the response of the account insight query'
        );
    }
    const activityAliases: readonly string[] = ACTIVITY_ALIASES;
    const truncated = SUBQUERY_ALIASES.filter((a) => a !== 'Account' && !activityAliases.includes(a))
        .map((alias) =>
            truncation(alias, query[alias as keyof typeof query] as GqlConnection<unknown> | null | undefined)
        )
        .filter((t): t is TruncatedCollection => t !== null);

    const accountNode = nodesOf(query.Account)[0];
    if (!accountNode || !recordId(accountNode)) {
        return { status: 'noAccess', data: null, truncated, unmatchedLeads: 0 };
    }
    const account = mapAccount(accountNode);

    const allLeads = nodesOf(query.Leads).map(mapLead);
    const leads = options.matchLead ? allLeads.filter((lead) => options.matchLead?.(account, lead)) : allLeads;
    const keptLeadIds = new Set(leads.map((l) => l.Id).filter((id): id is string => typeof id === 'string'));
    const rejectedLeadIds = new Set(
        allLeads.map((l) => l.Id).filter((id): id is string => typeof id === 'string' && !keptLeadIds.has(id))
    );
    const notRejected = (whoId: string | null | undefined): boolean => !whoId || !rejectedLeadIds.has(whoId);

    const reach = reachCountsOf(data?.uiapi?.aggregate, {
        rejectedLeadIds,
        asOf: options.asOf,
        reachWindowDays: options.reachWindowDays
    });
    for (const alias of reach.truncated)
        truncated.push({ collection: alias, loaded: nodesOf(data?.uiapi?.aggregate?.[alias]).length, total: null });
    const campaignMembers = nodesOf(query.CampaignMembers)
        .map(mapCampaignMember)
        .filter((m) => m.ContactId || notRejected(m.LeadId));

    return {
        status: 'ok',
        data: {
            account,
            contacts: nodesOf(query.Contacts).map(mapContact),
            leads,
            reachCounts: reach.counts,
            campaignMembers,
            opportunities: nodesOf(query.Opportunities).map(mapOpportunity),
            intentSignals: nodesOf(query.IntentSignals).map(mapIntentSignal)
        },
        truncated,
        unmatchedLeads: rejectedLeadIds.size
    };
}
