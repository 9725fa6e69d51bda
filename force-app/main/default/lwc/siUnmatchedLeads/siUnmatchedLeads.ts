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
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import { leadRelation, type Account, type Lead, type LeadRelation, type PersonInsight } from 'c/siEngine';
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

const REASONS: Readonly<Record<LeadRelation['kind'], string>> = {
    'Email domain': REASON_EMAIL,
    'Website domain': REASON_WEBSITE,
    'Company name': REASON_COMPANY,
    'Similar email domain': REASON_SIMILAR_EMAIL,
    'Similar website domain': REASON_SIMILAR_WEBSITE,
    'Similar company name': REASON_SIMILAR_COMPANY
};
const DEFAULT_SHOWN = 5;

export interface UnmatchedLeadRow {
    id: string;
    name: string;
    /** Title and company, as far as known. */
    detail: string;
    /** Why the lead looks like the account's. */
    reason: string;
    kind: LeadRelation['kind'];
    counted: boolean;
    statusText: string;
    statusClass: string;
    /** "Grade X" of a counted lead, '' for one the engine does not score. */
    gradeText: string;
    /** The lead's record page (a placeholder until the platform has generated it). */
    url: string;
}

/** The last rows of each list and the inputs they were built from (see siPersonaMap's VIEWS). */
const VIEWS = new WeakMap<object, { inputs: readonly unknown[]; rows: UnmatchedLeadRow[] }>();

function leadName(lead: Lead): string {
    const name = typeof lead.Name === 'string' ? lead.Name.trim() : '';
    if (name) return name;
    const parts = [lead.FirstName, lead.LastName].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    return parts.length > 0 ? parts.join(' ') : String(lead.Id ?? '');
}

function detailOf(title: string | null | undefined, company: string | null | undefined): string {
    return [title, company].filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' · ');
}

function pageOf(id: string): PageReference {
    return { type: 'standard__recordPage', attributes: { recordId: id, objectApiName: 'Lead', actionName: 'view' } };
}

export default class SiUnmatchedLeads extends NavigationMixin(LightningElement) {
    /** The account the leads look like (its Name and Website). */
    @api account: Account | null = null;
    /** The engine's people: its leads are the ones the lead rule matched, most engaged first. */
    @api people: PersonInsight[] = [];
    /** The records of the leads the engine counted (their company and website). */
    @api leads: Lead[] = [];
    /** Leads the panel's lead search found that the lead rule does not match. */
    @api otherLeads: Lead[] = [];
    /** How many leads are listed before "Show N more". */
    @api shown: number = DEFAULT_SHOWN;

    private shownAccountId: string | undefined = undefined;

    /** The account's Id: a new account (the page reused for another) starts with the short list. */
    @api
    get accountId(): string | undefined {
        return this.shownAccountId;
    }
    set accountId(value: string | undefined) {
        if (value === this.shownAccountId) return;
        if (this.shownAccountId !== undefined) this.expanded = false;
        this.shownAccountId = value;
    }

    readonly heading = TITLE;
    readonly help = HELP;
    readonly noneLabel = NONE;
    readonly listId = 'si-unmatched-leads';

    expanded = false;
    /** Record page URLs by lead Id, as the platform generates them (reassigned, so the links re-render). */
    urls: Readonly<Record<string, string>> = {};
    /** Lead Ids whose URL has been asked for (not rendered, so a plain Set). */
    private readonly requested = new Set<string>();

    private get allRows(): UnmatchedLeadRow[] {
        const inputs = [this.account, this.people, this.leads, this.otherLeads];
        const cached = VIEWS.get(this);
        if (cached && inputs.every((value, i) => value === cached.inputs[i])) return cached.rows;
        const rows = this.buildRows();
        VIEWS.set(this, { inputs, rows });
        return rows;
    }

    private buildRows(): UnmatchedLeadRow[] {
        const account = this.account;
        if (!account) return [];
        const row = (
            id: string,
            name: string,
            detail: string,
            relation: LeadRelation,
            grade: string | null
        ): UnmatchedLeadRow => ({
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

        const notCounted: UnmatchedLeadRow[] = [];
        const seen = new Set<string>();
        for (const lead of this.otherLeads ?? []) {
            const id = typeof lead?.Id === 'string' ? lead.Id : null;
            if (!id || seen.has(id)) continue;
            const relation = leadRelation(account, lead);
            if (!relation || relation.matched) continue;
            seen.add(id);
            notCounted.push(row(id, leadName(lead), detailOf(lead.Title, lead.Company), relation, null));
        }
        notCounted.sort((a, b) => a.name.localeCompare(b.name));

        const records = new Map<string, Lead>();
        for (const lead of this.leads ?? []) if (typeof lead?.Id === 'string') records.set(lead.Id, lead);
        const counted: UnmatchedLeadRow[] = [];
        for (const person of this.people ?? []) {
            if (person.type !== 'Lead' || seen.has(person.id)) continue;
            const record = records.get(person.id) ?? { Id: person.id, Email: person.email };
            const relation = leadRelation(account, record);
            if (!relation?.matched) continue;
            seen.add(person.id);
            counted.push(row(person.id, person.name, detailOf(person.title, record.Company), relation, person.grade));
        }
        return [...notCounted, ...counted];
    }

    get rows(): UnmatchedLeadRow[] {
        const all = this.allRows;
        const limit = this.limit;
        const listed = this.expanded ? all : all.slice(0, limit);
        return listed.map((r) => ({ ...r, url: this.urls[r.id] ?? r.url }));
    }

    private get limit(): number {
        const shown = Number(this.shown);
        return Number.isFinite(shown) && shown >= 1 ? Math.floor(shown) : DEFAULT_SHOWN;
    }

    get hasRows(): boolean {
        return this.allRows.length > 0;
    }

    get canToggle(): boolean {
        return this.allRows.length > this.limit;
    }

    get hiddenCount(): number {
        return this.expanded ? 0 : Math.max(0, this.allRows.length - this.limit);
    }

    get ariaExpanded(): 'true' | 'false' {
        return this.expanded ? 'true' : 'false';
    }

    get toggleText(): string {
        return this.expanded ? SHOW_FEWER : formatLabel(SHOW_MORE, this.hiddenCount);
    }

    override renderedCallback(): void {
        // The links' URLs, for the leads listed now (a rep can open one in a new tab).
        for (const r of this.rows) {
            if (this.requested.has(r.id)) continue;
            this.requested.add(r.id);
            this[NavigationMixin.GenerateUrl](pageOf(r.id)).then(
                (url) => {
                    if (typeof url === 'string' && url) this.urls = { ...this.urls, [r.id]: url };
                },
                () => {
                    // No URL: the link still opens the lead through the click handler.
                }
            );
        }
    }

    handleToggle(): void {
        this.expanded = !this.expanded;
    }

    /** Opens the lead's record page in Lightning Experience (a modified click is the browser's: new tab). */
    handleOpen(event: MouseEvent): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (!id || event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) return;
        event.preventDefault();
        this[NavigationMixin.Navigate](pageOf(id));
    }
}
