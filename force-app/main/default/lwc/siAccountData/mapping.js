import { ACTIVITY_ALIASES, reachCountsOf } from './activities';
import { ACCOUNT_FIELDS, SUBQUERY_ALIASES } from './query';
import { fieldValue, nodesOf, recordId } from './queryParts';
export class AccountDataError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AccountDataError';
    }
}
function isWrapped(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value;
}
export function mapAccount(node) {
    const account = { attributes: { type: 'Account' }, Id: recordId(node) };
    for (const field of ACCOUNT_FIELDS)
        account[field] = null;
    for (const [key, raw] of Object.entries(node)) {
        if (key === 'Id' || key === '__typename')
            continue;
        // Every other key is a `{ value }` field; anything else (an unexpected shape) maps to null.
        account[key] = isWrapped(raw) ? fieldValue(raw) : null;
    }
    return account;
}
export function mapContact(node) {
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
export function mapLead(node) {
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
export function mapCampaignMember(node) {
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
        Campaign: campaign && typeof campaign === 'object'
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
export function mapOpportunity(node) {
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
export function mapIntentSignal(node) {
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
function truncation(alias, connection) {
    if (!connection)
        return null;
    const loaded = nodesOf(connection).length;
    const total = typeof connection.totalCount === 'number' && Number.isFinite(connection.totalCount)
        ? connection.totalCount
        : null;
    const more = connection.pageInfo?.hasNextPage === true || (total !== null && total > loaded);
    return more ? { collection: alias, loaded, total } : null;
}
/**
 * Maps the `data` of the one query. Throws `AccountDataError` when `data` is not shaped like our
 * query's response (no `uiapi.query`): that is a programming or platform error, not missing access.
 */
export function mapAccountData(data, options) {
    const query = data?.uiapi?.query;
    if (!query || typeof query !== 'object') {
        throw new AccountDataError('The GraphQL response has no uiapi.query: it is not the response of the account insight query');
    }
    const activityAliases = ACTIVITY_ALIASES;
    const truncated = SUBQUERY_ALIASES.filter((a) => a !== 'Account' && !activityAliases.includes(a))
        .map((alias) => truncation(alias, query[alias]))
        .filter((t) => t !== null);
    const accountNode = nodesOf(query.Account)[0];
    if (!accountNode || !recordId(accountNode)) {
        return { status: 'noAccess', data: null, truncated, unmatchedLeads: 0 };
    }
    const account = mapAccount(accountNode);
    const allLeads = nodesOf(query.Leads).map(mapLead);
    const leads = options.matchLead ? allLeads.filter((lead) => options.matchLead?.(account, lead)) : allLeads;
    const keptLeadIds = new Set(leads.map((l) => l.Id).filter((id) => typeof id === 'string'));
    const rejectedLeadIds = new Set(allLeads.map((l) => l.Id).filter((id) => typeof id === 'string' && !keptLeadIds.has(id)));
    const notRejected = (whoId) => !whoId || !rejectedLeadIds.has(whoId);
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
