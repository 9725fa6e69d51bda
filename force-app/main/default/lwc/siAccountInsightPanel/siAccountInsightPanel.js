// The Sales Intelligence panel on the Account page. It loads the account's Name and Website (LDS
// getRecord) and the configuration (cacheable Apex, custom metadata) side by side; the ONE GraphQL query
// for the account's data goes out as soon as the account is known, without waiting for the configuration
// (it is asked again only if the configuration's criteria name Account fields beyond the query's own).
// The engine computes the insight in the browser once data and configuration are both there. It renders;
// it never re-implements a rule. States: loading, error (platform text + retry), no access, empty.
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { graphql } from 'lightning/graphql';
import getConfiguration from '@salesforce/apex/SI_ConfigurationController.getConfiguration';
import hasAddToSequence from '@salesforce/customPermission/SI_Add_To_Sequence';
import hasViewInsights from '@salesforce/customPermission/SI_View_Insights';
import NAME_FIELD from '@salesforce/schema/Account.Name';
import WEBSITE_FIELD from '@salesforce/schema/Account.Website';
import SiAddToSequenceModal from 'c/siAddToSequenceModal';
import { ACCOUNT_FIELDS, QUERY_OBJECTS, accessFromObjectInfos, mapAccountData, planAccountInsightQuery, queryDocument, queryVariables, storedScores, withStoredScores, windowVariables } from 'c/siAccountData';
import { DEFAULT_CONFIG, computeInsight, engagementReadDays, readWindows, configFromMetadata, matchLead } from 'c/siEngine';
import { isConnectionError } from 'c/siOutreachClient';
import { formatDay, formatLabel, reduceErrors } from 'c/siLdsUtils';
import { LABELS } from './labels';
const FIT_LABELS = {
    Strong: LABELS.bandStrong,
    Moderate: LABELS.bandModerate,
    Weak: LABELS.bandWeak
};
const LEVEL_LABELS = {
    High: LABELS.levelHigh,
    Medium: LABELS.levelMedium,
    Low: LABELS.levelLow
};
const TREND_LABELS = {
    Rising: LABELS.trendRising,
    Steady: LABELS.trendSteady,
    Falling: LABELS.trendFalling
};
const COLLECTION_LABELS = {
    Account: LABELS.panelTitle,
    Contacts: LABELS.collectionContacts,
    Leads: LABELS.collectionLeads,
    AccountTasks: LABELS.collectionTasks,
    LeadTasks: LABELS.collectionTasks,
    AccountEvents: LABELS.collectionEvents,
    LeadEvents: LABELS.collectionEvents,
    CampaignMembers: LABELS.collectionCampaignMembers,
    Opportunities: LABELS.collectionOpportunities,
    IntentSignals: LABELS.collectionIntentSignals
};
/** What each source of the insight is called when it is hidden (by the object that hides it). */
const HIDDEN_SOURCE_LABELS = {
    Contact: LABELS.collectionContacts,
    Lead: LABELS.collectionLeads,
    Task: LABELS.collectionTasks,
    Event: LABELS.collectionEvents,
    CampaignMember: LABELS.hiddenCampaignResponses,
    Campaign: LABELS.hiddenCampaignResponses,
    Opportunity: LABELS.collectionOpportunities,
    SI_Intent_Signal__c: LABELS.collectionIntentSignals
};
/** What each state of the rep's Outreach connection says. */
const CONNECTION_LABELS = {
    notConnected: LABELS.outreachNotConnected,
    connectionExpired: LABELS.outreachConnectionExpired,
    connectionRevoked: LABELS.outreachConnectionRevoked
};
/**
 * The people an Add to Outreach run did not add because the rep's Outreach connection failed, and the first
 * such failure. The modal resolves with its summary (`OutreachAddSummary`), or null when the rep cancels.
 */
function blockedByConnection(summary) {
    const results = summary?.results;
    const blocked = (Array.isArray(results) ? results : []).filter((result) => typeof result?.recordId === 'string' && isConnectionError(result.error));
    return { ids: blocked.map((result) => result.recordId), error: blocked[0]?.error ?? null };
}
const NO_LEADS = [];
/** The query with the Account fields the shipped criteria use: what the panel asks before its configuration arrives. */
const BASE_PLAN = planAccountInsightQuery();
const BASE_QUERY = queryDocument(BASE_PLAN.text);
/** The same record: equal Ids, or the same 15-character Id (a page may give either form). */
function sameRecord(a, b) {
    if (!a || !b)
        return false;
    return a === b || (a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15));
}
/** Today as YYYY-MM-DD in the user's time zone: the panel, not the engine, reads the clock. */
function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
export default class SiAccountInsightPanel extends LightningElement {
    shownRecordId = undefined;
    /**
     * The Account the page shows. Lightning Experience can reuse a record page, and this panel with it, for
     * another account: everything the panel holds about the former one (its insight, selection, errors) goes
     * at once, so the rep never sees one account's scores on another's page while the new data loads.
     */
    @api
    get recordId() {
        return this.shownRecordId;
    }
    set recordId(value) {
        if (value === this.shownRecordId)
            return;
        if (this.shownRecordId !== undefined) {
            // Until LWC gives the GraphQL wire the new account's configuration, nothing it answers is this account's.
            this.wiredQuery = undefined;
            this.forgetData();
            this.accountKey = null;
            this.insight = null;
            this.storedOn = null;
            this.selectedIds = [];
            this.outreachConnectionNotice = null;
            this.accountErrors = [];
            this.computeErrors = [];
            this.noAccess = false;
        }
        this.shownRecordId = value;
    }
    @api
    objectApiName;
    /** Design attribute: the card title. */
    @api
    cardTitle = LABELS.panelTitle;
    /** Design attribute: how many contacts to reach to show. */
    @api
    contactsToReachShown = 5;
    /** Design attribute: how many people each persona lists before its "Show N more" button. */
    @api
    peopleShownPerPersona = 5;
    labels = LABELS;
    accountKey = null;
    config = null;
    /** The query the panel asks: BASE_QUERY, or one with the extra Account fields the criteria name. */
    currentQuery = BASE_QUERY;
    /** The Account fields the query asks beyond ACCOUNT_FIELDS ([] for BASE_QUERY). */
    queryExtraFields = [];
    /**
     * What the user can read, from object info (null: not known yet, or object info failed: the query
     * asks for everything, which is what a user with the app's permission sets can read).
     */
    access = null;
    /** The query's text, to tell a new plan from the current one. */
    queryText = BASE_PLAN.text;
    /** Sources of the insight the user cannot read (from the query plan), shown in one line each. */
    hiddenSources = [];
    /** Object labels from object info (the user's language), for the hidden sources' lines. */
    objectLabels = new Map();
    /**
     * What the `variables` getter last gave the GraphQL wire: the variables and their JSON, the as-of day
     * and the windows. One object whose properties change, never reassigned: LWC observes a field's
     * assignment, and a field assigned in a getter the wire reads would reconfigure the wire again.
     */
    asked = { variables: undefined, key: '', asOf: today(), reachWindowDays: 0, engagementDays: 0 };
    /**
     * The windows the query asks for: the shipped settings' until the configuration arrives (it rarely
     * changes them), so that the query does not wait for it; assigned only when the configuration's differ,
     * which asks again (the wire reads this, not the configuration).
     */
    queryWindows = readWindows(DEFAULT_CONFIG.settings);
    /** The query the GraphQL wire was last given (see `query`). */
    wiredQuery = undefined;
    accountData = null;
    /** The as-of day and windows the data in `accountData` was asked for, or null. */
    answered = null;
    /** The day of the stored scores shown instead of computed ones (see `recompute`), or null. */
    storedOn = null;
    insight = null;
    /** Errors kept per source, so that data arriving clears only its own. */
    accountErrors = [];
    configErrors = [];
    dataErrors = [];
    computeErrors = [];
    noAccess = false;
    refreshing = false;
    selectedIds = [];
    /** Leads the lead search found that the engine's lead rule does not match: listed under the persona map. */
    otherLeads = [];
    /** Set after a run the rep's Outreach connection stopped: its people stay selected for the next one. */
    outreachConnectionNotice = null;
    graphqlRefresh = null;
    /** Changes with the account and the query: a refresh started before a change does not report after it. */
    dataGeneration = 0;
    hasGraphqlResult = false;
    // --- Data -----------------------------------------------------------------------------------
    /** Whether the user holds SI_View_Insights: without it the panel says so and asks nothing. */
    get canViewInsights() {
        return !!hasViewInsights;
    }
    /** The page's record Id, or undefined without SI_View_Insights (which holds the record wire back). */
    get permittedRecordId() {
        return this.canViewInsights ? this.recordId : undefined;
    }
    /** The objects whose info decides the query; undefined without SI_View_Insights. */
    get objectInfoNames() {
        return this.canViewInsights ? QUERY_OBJECTS : undefined;
    }
    @wire(getObjectInfos, { objectApiNames: '$objectInfoNames' })
    wiredObjectInfos({ data, error }) {
        if (data) {
            this.access = accessFromObjectInfos(QUERY_OBJECTS, data);
            const results = data.results ?? [];
            for (const r of results) {
                if (typeof r?.result?.apiName === 'string' && typeof r.result.label === 'string')
                    this.objectLabels.set(r.result.apiName, r.result.label);
            }
        }
        else if (error) {
            // Without object info the query asks for everything: a user who cannot read it gets the platform's error.
            this.access = null;
        }
        else
            return;
        this.replan();
    }
    /** Plans the query for the criteria's Account fields and the user's access; a new plan asks again. */
    replan() {
        const plan = planAccountInsightQuery({ accountFields: this.queryExtraFields, access: this.access });
        this.hiddenSources = plan.hidden;
        if (plan.text === this.queryText)
            return;
        this.queryText = plan.text;
        this.currentQuery = queryDocument(plan.text);
        this.forgetData();
    }
    @wire(getRecord, { recordId: '$permittedRecordId', fields: [NAME_FIELD], optionalFields: [WEBSITE_FIELD] })
    wiredAccount({ data, error }) {
        // A late answer about the former account (the page reused for another) is not this account's.
        if (data?.id && this.recordId && !sameRecord(data.id, this.recordId))
            return;
        if (data) {
            const name = data.fields?.Name?.value;
            const website = data.fields?.Website?.value;
            this.accountKey = {
                Id: data.id ?? this.recordId ?? '',
                Name: typeof name === 'string' ? name : null,
                Website: typeof website === 'string' ? website : null
            };
            this.noAccess = false;
            this.accountErrors = [];
        }
        else if (error) {
            const status = error.status;
            if (status === 403 || status === 404)
                this.noAccess = true;
            else
                this.accountErrors = reduceErrors(error);
        }
    }
    @wire(getConfiguration)
    wiredConfiguration({ data, error }) {
        if (data) {
            try {
                this.config = configFromMetadata(data);
                this.configErrors = [];
                const windows = readWindows(this.config.settings);
                if (windows.reachDays !== this.queryWindows.reachDays ||
                    windows.engagementDays !== this.queryWindows.engagementDays) {
                    // Other windows: what the wire gave for the former ones is not this question's answer.
                    this.queryWindows = windows;
                    this.forgetData();
                }
                const extra = [
                    ...new Set(this.config.criteria
                        .map((c) => c.field)
                        .filter((f) => !ACCOUNT_FIELDS.includes(f)))
                ].sort();
                // A new query only when the criteria need more fields: the wire asks again for a new
                // query object, and the data of the base query cannot score those criteria.
                if (extra.join(',') !== this.queryExtraFields.join(',')) {
                    this.queryExtraFields = extra;
                    this.replan();
                }
            }
            catch (e) {
                this.configErrors = reduceErrors(e);
            }
            this.recompute();
        }
        else if (error) {
            this.configErrors = reduceErrors(error);
        }
    }
    /**
     * The GraphQL wire's query: undefined until the account is known, which holds the wire back (the
     * documented way to delay a `lightning/graphql` wire). LWC reads this getter to configure the wire,
     * right before it hands the wire the new configuration, so it also records which query the wire has
     * been given: a result that arrives after the query changed but before LWC reconfigured the wire (one
     * microtask later) answers the former query and is not scored.
     */
    get query() {
        const query = this.accountKey && this.canViewInsights ? this.currentQuery : undefined;
        this.wiredQuery = query;
        return query;
    }
    /**
     * Undefined until the account key is known (the lead patterns come from its Name and Website), so the
     * GraphQL wire waits for it. Records the as-of day and reach window asked for: the answer is mapped
     * and scored with them.
     */
    get variables() {
        if (!this.accountKey)
            return undefined;
        const asOf = today();
        const windows = this.queryWindows;
        const asked = this.asked;
        asked.asOf = asOf;
        asked.reachWindowDays = windows.reachDays;
        asked.engagementDays = windows.engagementDays;
        const variables = queryVariables(this.accountKey, windowVariables(asOf, windows));
        // The same object while the values are the same (the configuration arriving with the shipped
        // windows): the wire is not reconfigured, so it does not ask again.
        const key = JSON.stringify(variables);
        if (key !== asked.key) {
            asked.key = key;
            asked.variables = variables;
        }
        return asked.variables;
    }
    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'siAccountInsight' })
    wiredInsightData(result) {
        if (this.wiredQuery !== this.currentQuery)
            return; // an answer to a former query: see `query`
        if (typeof result?.refresh === 'function')
            this.graphqlRefresh = result.refresh;
        if (result?.errors && result.errors.length > 0) {
            this.dataErrors = reduceErrors(result.errors);
            this.hasGraphqlResult = true;
        }
        else if (result?.data) {
            try {
                const otherLeads = [];
                const mapped = mapAccountData(result.data, {
                    asOf: this.asked.asOf,
                    reachWindowDays: this.asked.reachWindowDays,
                    matchLead: (account, lead) => {
                        if (matchLead(account, lead) !== null)
                            return true;
                        otherLeads.push(lead);
                        return false;
                    }
                });
                // The data of another account than the page's (a late answer for a former account): not shown.
                const mappedId = mapped.status === 'ok' ? mapped.data.account.Id : null;
                if (mappedId && this.recordId && !sameRecord(String(mappedId), this.recordId))
                    return;
                this.accountData = mapped;
                // The windows this answer was asked for: what it is scored with and checked against.
                this.answered = {
                    asOf: this.asked.asOf,
                    reachWindowDays: this.asked.reachWindowDays,
                    engagementDays: this.asked.engagementDays
                };
                this.otherLeads = otherLeads;
                this.dataErrors = [];
            }
            catch (e) {
                this.dataErrors = reduceErrors(e);
            }
            this.hasGraphqlResult = true;
            this.recompute();
        }
    }
    /**
     * Forgets what the GraphQL wire gave (data, its errors, its refresh) when it no longer answers the panel's
     * question: another account, or another query. A refresh still running reports nothing afterwards.
     */
    forgetData() {
        this.accountData = null;
        this.answered = null;
        this.storedOn = null;
        this.otherLeads = [];
        this.hasGraphqlResult = false;
        this.dataErrors = [];
        this.graphqlRefresh = null;
        this.dataGeneration++;
        this.refreshing = false;
    }
    recompute() {
        const result = this.accountData;
        const w = this.answered;
        if (!result || !w || !this.config)
            return;
        // Data asked for other windows than the configuration's (the configuration arrived after the query):
        // the query asks again with the configuration's windows; score only that answer.
        const s = this.config.settings;
        if (w.reachWindowDays !== s.Reach_Window_Days || w.engagementDays !== engagementReadDays(s))
            return;
        if (result.status === 'noAccess') {
            this.noAccess = true;
            this.insight = null;
            return;
        }
        this.noAccess = false;
        try {
            const computed = computeInsight(result.data, this.config, w.asOf);
            // More records than one view reads: the job's stored scores, with their date, when it stored
            // them; otherwise the computed ones, which the notice calls partial. Never a silent partial score.
            const stored = result.truncated.length > 0 ? storedScores(result.data.account) : null;
            this.storedOn = stored?.scoredOn ?? null;
            this.insight = stored
                ? withStoredScores(computed, stored, formatLabel(LABELS.storedReason, formatDay(stored.scoredOn)))
                : computed;
            this.computeErrors = [];
            const known = new Set(this.insight.people.map((p) => p.id));
            this.selectedIds = this.selectedIds.filter((id) => known.has(id));
        }
        catch (e) {
            this.computeErrors = reduceErrors(e);
        }
    }
    /** Every error the panel shows: the account's, the configuration's, the data's, the engine's. */
    get errors() {
        return [...this.accountErrors, ...this.configErrors, ...this.dataErrors, ...this.computeErrors];
    }
    // --- States ---------------------------------------------------------------------------------
    get hasError() {
        return this.canViewInsights && this.errors.length > 0;
    }
    /** No SI_View_Insights: the panel says so and asks nothing (the configuration's Apex refuses too). */
    get noViewInsights() {
        return !this.canViewInsights;
    }
    get isLoading() {
        return this.canViewInsights && !this.hasError && !this.noAccess && (!this.hasGraphqlResult || !this.insight);
    }
    get isReady() {
        return this.canViewInsights && !this.hasError && !this.noAccess && this.insight !== null;
    }
    get showSpinner() {
        return this.isLoading || (this.refreshing && this.isReady);
    }
    get spinnerText() {
        return this.refreshing ? LABELS.refreshing : LABELS.loading;
    }
    get isEmpty() {
        return this.insight !== null && this.insight.people.length === 0;
    }
    get hasPeople() {
        return this.insight !== null && this.insight.people.length > 0;
    }
    /** Retry asks GraphQL again: offered for the data's and the engine's errors, once there is a query to ask again. */
    get canRetry() {
        return this.graphqlRefresh !== null && this.dataErrors.length + this.computeErrors.length > 0;
    }
    get errorMessages() {
        return this.errors.map((text, i) => ({ key: `${i}`, text }));
    }
    // --- Header ---------------------------------------------------------------------------------
    get freshnessText() {
        const f = this.insight?.freshness;
        if (!f)
            return '';
        if (!f.newestActivityDate)
            return formatLabel(LABELS.freshnessNone, formatDay(f.asOf));
        return formatLabel(LABELS.freshness, formatDay(f.newestActivityDate), f.daysSinceNewest ?? 0, formatDay(f.asOf));
    }
    /** One line per source of the insight the user cannot read: what is hidden and why. */
    get hiddenLines() {
        return this.hiddenSources.map((h, i) => {
            const source = HIDDEN_SOURCE_LABELS[h.object];
            const object = this.objectLabels.get(h.object) ?? h.object;
            const text = h.fields.length === 0
                ? formatLabel(LABELS.hiddenObject, source, object)
                : formatLabel(LABELS.hiddenFields, source, h.fields.map((f) => `${object}.${f}`).join(', '));
            return { key: `${h.object}-${i}`, text };
        });
    }
    get truncatedText() {
        const truncated = this.accountData?.truncated ?? [];
        if (truncated.length === 0)
            return '';
        const items = truncated.map((t) => {
            const name = COLLECTION_LABELS[t.collection];
            return t.total === null
                ? formatLabel(LABELS.truncatedItemUnknown, name, t.loaded)
                : formatLabel(LABELS.truncatedItem, name, t.loaded, t.total);
        });
        return this.storedOn
            ? formatLabel(LABELS.truncatedStored, items.join('; '), formatDay(this.storedOn))
            : formatLabel(LABELS.truncated, items.join('; '));
    }
    get dataQualityText() {
        const count = this.insight?.dataQuality.reduce((sum, n) => sum + n.count, 0) ?? 0;
        if (count === 0)
            return '';
        return count === 1 ? LABELS.dataQualityOne : formatLabel(LABELS.dataQuality, count);
    }
    // --- Scores ---------------------------------------------------------------------------------
    get fitRating() {
        return this.insight ? FIT_LABELS[this.insight.profileFit.band] : '';
    }
    get reachRating() {
        return this.insight ? LEVEL_LABELS[this.insight.reach.level] : '';
    }
    get intentDetails() {
        const intent = this.insight?.intent;
        if (!intent)
            return [];
        const details = [formatLabel(LABELS.trend, TREND_LABELS[intent.trend])];
        if (intent.topKeywords.length > 0)
            details.push(formatLabel(LABELS.topKeywords, intent.topKeywords.map((k) => k.keyword).join(', ')));
        return details;
    }
    /** The account the unmatched leads look like (its Name and Website), and the records of the leads the engine counted. */
    get leadAccount() {
        return this.accountData?.status === 'ok' ? this.accountData.data.account : null;
    }
    get countedLeads() {
        return (this.accountData?.status === 'ok' ? this.accountData.data.leads : null) ?? NO_LEADS;
    }
    get contactsToReach() {
        const shown = Number(this.contactsToReachShown);
        const limit = Number.isFinite(shown) && shown > 0 ? Math.floor(shown) : 5;
        return (this.insight?.contactsToReach ?? []).slice(0, limit);
    }
    // --- Selection and Add to Outreach ----------------------------------------------------------
    get canAddToOutreach() {
        // Read at render time: the import is `true` with the permission, `undefined` without.
        return hasAddToSequence === true;
    }
    get selectedCountText() {
        return formatLabel(LABELS.selectedCount, this.selectedIds.length);
    }
    get hasSelection() {
        return this.selectedIds.length > 0;
    }
    get addDisabled() {
        return !this.hasSelection || this.refreshing;
    }
    handleSelectionChange(event) {
        const { id, selected } = event.detail;
        const rest = this.selectedIds.filter((s) => s !== id);
        this.selectedIds = selected ? [...rest, id] : rest;
    }
    selectedPeople() {
        const byId = new Map((this.insight?.people ?? []).map((p) => [p.id, p]));
        const people = [];
        for (const id of this.selectedIds) {
            const p = byId.get(id);
            if (!p)
                continue;
            const person = {
                recordId: p.id,
                objectApiName: p.type,
                name: p.name,
                email: p.email,
                optedOut: p.optedOut
            };
            if (p.outreachProspectId)
                person.outreachProspectId = p.outreachProspectId;
            people.push(person);
        }
        return people;
    }
    async handleAddToOutreach() {
        const people = this.selectedPeople();
        if (people.length === 0)
            return;
        this.outreachConnectionNotice = null;
        let summary;
        try {
            summary = await SiAddToSequenceModal.open({ size: 'medium', label: LABELS.addToOutreachTitle, people });
        }
        catch (e) {
            // The dialog did not open (its code did not load, or the page is closing): nothing was sent.
            // The selection stays, so the rep can try again.
            this.dispatchEvent(new ShowToastEvent({
                title: LABELS.addToOutreachFailedTitle,
                message: formatLabel(LABELS.addToOutreachFailed, reduceErrors(e).join(' ')),
                variant: 'error',
                mode: 'sticky'
            }));
            return;
        }
        // Whom the Outreach connection kept from being added stays selected: once the rep has (re)connected,
        // Add to Outreach again sends just them.
        const blocked = blockedByConnection(summary);
        this.selectedIds = blocked.ids;
        if (blocked.error !== null) {
            const state = CONNECTION_LABELS[blocked.error.reason];
            this.outreachConnectionNotice = {
                text: `${state} ${formatLabel(LABELS.outreachKeptSelected, blocked.ids.length)}`
            };
        }
        await this.refresh();
    }
    // --- Refresh and retry ----------------------------------------------------------------------
    async refresh() {
        if (!this.graphqlRefresh)
            return;
        const generation = this.dataGeneration;
        this.refreshing = true;
        try {
            await this.graphqlRefresh();
        }
        catch (e) {
            // Only about the same account and query: a refresh of a former one reports nothing.
            if (generation === this.dataGeneration)
                this.dataErrors = reduceErrors(e);
        }
        finally {
            if (generation === this.dataGeneration)
                this.refreshing = false;
        }
    }
    handleRefresh() {
        return this.refresh();
    }
    handleRetry() {
        if (!this.graphqlRefresh)
            return; // nothing loaded yet that can be re-requested
        this.dataErrors = [];
        this.computeErrors = [];
        this.refresh().then(() => this.recompute());
    }
}
