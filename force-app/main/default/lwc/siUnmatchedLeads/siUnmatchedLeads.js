// Leads not linked to the account: leads that look like the account's, each with why (the engine's
// `leadRelation`: the same email or website domain or company name, or only a similar one) and a link to the
// lead's record page, so a rep can convert the lead or link it to the account. Two kinds:
// - not counted: leads the panel's lead search found (a similar company name, a domain that contains the
//   account's) that the engine's lead rule does not match, listed first: the scores miss them if they are
//   the account's;
// - counted: leads the lead rule matches, in the engine's order (most engaged first): the scores count them,
//   but in Salesforce they are still leads, not contacts of the account.
// The first `shown` are listed, and "Show N more" lists the rest.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { leadRelation } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Unmatched_Leads';
import HELP from '@salesforce/label/c.SI_Unmatched_Leads_Help';
import NONE from '@salesforce/label/c.SI_Unmatched_Leads_None';
import COUNTED from '@salesforce/label/c.SI_Unmatched_Counted';
import NOT_COUNTED from '@salesforce/label/c.SI_Unmatched_Not_Counted';
import GRADE from '@salesforce/label/c.SI_Grade';
import SHOW_MORE from '@salesforce/label/c.SI_Show_More_People';
import SHOW_FEWER from '@salesforce/label/c.SI_Show_Fewer_People';
import REASON_EMAIL from '@salesforce/label/c.SI_Lead_Reason_Email_Domain';
import REASON_WEBSITE from '@salesforce/label/c.SI_Lead_Reason_Website_Domain';
import REASON_COMPANY from '@salesforce/label/c.SI_Lead_Reason_Company_Name';
import REASON_SIMILAR_EMAIL from '@salesforce/label/c.SI_Lead_Reason_Similar_Email_Domain';
import REASON_SIMILAR_WEBSITE from '@salesforce/label/c.SI_Lead_Reason_Similar_Website_Domain';
import REASON_SIMILAR_COMPANY from '@salesforce/label/c.SI_Lead_Reason_Similar_Company_Name';
const REASONS = {
    'Email domain': REASON_EMAIL,
    'Website domain': REASON_WEBSITE,
    'Company name': REASON_COMPANY,
    'Similar email domain': REASON_SIMILAR_EMAIL,
    'Similar website domain': REASON_SIMILAR_WEBSITE,
    'Similar company name': REASON_SIMILAR_COMPANY
};
const DEFAULT_SHOWN = 5;
/** The last rows of each list and the inputs they were built from (see siPersonaMap's VIEWS). */
const VIEWS = new WeakMap();
function leadName(lead) {
    const name = typeof lead.Name === 'string' ? lead.Name.trim() : '';
    if (name)
        return name;
    const parts = [lead.FirstName, lead.LastName].filter((p) => typeof p === 'string' && p.trim() !== '');
    return parts.length > 0 ? parts.join(' ') : String(lead.Id ?? '');
}
function detailOf(title, company) {
    return [title, company].filter((p) => typeof p === 'string' && p.trim() !== '').join(' · ');
}
function pageOf(id) {
    return { type: 'standard__recordPage', attributes: { recordId: id, objectApiName: 'Lead', actionName: 'view' } };
}
export default class SiUnmatchedLeads extends NavigationMixin(LightningElement) {
    /** The account the leads look like (its Name and Website). */
    @api
    account = null;
    /** The engine's people: its leads are the ones the lead rule matched, most engaged first. */
    @api
    people = [];
    /** The records of the leads the engine counted (their company and website). */
    @api
    leads = [];
    /** Leads the panel's lead search found that the lead rule does not match. */
    @api
    otherLeads = [];
    /** How many leads are listed before "Show N more". */
    @api
    shown = DEFAULT_SHOWN;
    shownAccountId = undefined;
    /** The account's Id: a new account (the page reused for another) starts with the short list. */
    @api
    get accountId() {
        return this.shownAccountId;
    }
    set accountId(value) {
        if (value === this.shownAccountId)
            return;
        if (this.shownAccountId !== undefined)
            this.expanded = false;
        this.shownAccountId = value;
    }
    heading = TITLE;
    help = HELP;
    noneLabel = NONE;
    listId = 'si-unmatched-leads';
    expanded = false;
    /** Record page URLs by lead Id, as the platform generates them (reassigned, so the links re-render). */
    urls = {};
    /** Lead Ids whose URL has been asked for (not rendered, so a plain Set). */
    requested = new Set();
    get allRows() {
        const inputs = [this.account, this.people, this.leads, this.otherLeads];
        const cached = VIEWS.get(this);
        if (cached && inputs.every((value, i) => value === cached.inputs[i]))
            return cached.rows;
        const rows = this.buildRows();
        VIEWS.set(this, { inputs, rows });
        return rows;
    }
    buildRows() {
        const account = this.account;
        if (!account)
            return [];
        const row = (id, name, detail, relation, grade) => ({
            id,
            name,
            detail,
            reason: formatLabel(REASONS[relation.kind], relation.value),
            kind: relation.kind,
            counted: relation.matched,
            statusText: relation.matched ? COUNTED : NOT_COUNTED,
            statusClass: relation.matched ? 'slds-badge slds-badge_lightest' : 'slds-badge slds-theme_warning',
            gradeText: grade ? formatLabel(GRADE, grade) : '',
            url: '#'
        });
        const notCounted = [];
        const seen = new Set();
        for (const lead of this.otherLeads ?? []) {
            const id = typeof lead?.Id === 'string' ? lead.Id : null;
            if (!id || seen.has(id))
                continue;
            const relation = leadRelation(account, lead);
            if (!relation || relation.matched)
                continue;
            seen.add(id);
            notCounted.push(row(id, leadName(lead), detailOf(lead.Title, lead.Company), relation, null));
        }
        notCounted.sort((a, b) => a.name.localeCompare(b.name));
        const records = new Map();
        for (const lead of this.leads ?? [])
            if (typeof lead?.Id === 'string')
                records.set(lead.Id, lead);
        const counted = [];
        for (const person of this.people ?? []) {
            if (person.type !== 'Lead' || seen.has(person.id))
                continue;
            const record = records.get(person.id) ?? { Id: person.id, Email: person.email };
            const relation = leadRelation(account, record);
            if (!relation?.matched)
                continue;
            seen.add(person.id);
            counted.push(row(person.id, person.name, detailOf(person.title, record.Company), relation, person.grade));
        }
        return [...notCounted, ...counted];
    }
    get rows() {
        const all = this.allRows;
        const limit = this.limit;
        const listed = this.expanded ? all : all.slice(0, limit);
        return listed.map((r) => ({ ...r, url: this.urls[r.id] ?? r.url }));
    }
    get limit() {
        const shown = Number(this.shown);
        return Number.isFinite(shown) && shown >= 1 ? Math.floor(shown) : DEFAULT_SHOWN;
    }
    get hasRows() {
        return this.allRows.length > 0;
    }
    get canToggle() {
        return this.allRows.length > this.limit;
    }
    get hiddenCount() {
        return this.expanded ? 0 : Math.max(0, this.allRows.length - this.limit);
    }
    get ariaExpanded() {
        return this.expanded ? 'true' : 'false';
    }
    get toggleText() {
        return this.expanded ? SHOW_FEWER : formatLabel(SHOW_MORE, this.hiddenCount);
    }
    renderedCallback() {
        // The links' URLs, for the leads listed now (a rep can open one in a new tab).
        for (const r of this.rows) {
            if (this.requested.has(r.id))
                continue;
            this.requested.add(r.id);
            this[NavigationMixin.GenerateUrl](pageOf(r.id)).then((url) => {
                if (typeof url === 'string' && url)
                    this.urls = { ...this.urls, [r.id]: url };
            }, () => {
                // No URL: the link still opens the lead through the click handler.
            });
        }
    }
    handleToggle() {
        this.expanded = !this.expanded;
    }
    /** Opens the lead's record page in Lightning Experience (a modified click is the browser's: new tab). */
    handleOpen(event) {
        const id = event.currentTarget.dataset.id;
        if (!id || event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1)
            return;
        event.preventDefault();
        this[NavigationMixin.Navigate](pageOf(id));
    }
}
