// The preview page: an Account record page mock-up (SLDS page header with highlights, two columns) with
// the real insight panel in the right-hand column, and the preview's controls: the account (every
// account of the data set), the custom permissions, the Outreach stand-in's outcome, the panel width.
// Toasts the components raise (`lightning__showtoast`) are shown as SLDS toasts.
import { LightningElement, wire } from 'lwc';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import { deniedPermissions } from '../../../../standins/customPermission';
import { OUTREACH_SCENARIOS, outreach, type OutreachScenario } from '../../../../standins/outreach';
import { previewClock, previewContext, PREVIEW_EVENTS, type PreviewClock } from '../../../../standins/platform';
import { SHOW_TOAST_EVENT, type ToastInit } from '../../../../standins/platformShowToastEvent';

const PERMISSIONS = [
    { name: 'SI_View_Insights', label: 'SI_View_Insights (see the insight)' },
    { name: 'SI_Add_To_Sequence', label: 'SI_Add_To_Sequence (Add to Outreach)' }
];

const SCENARIO_LABELS: Record<OutreachScenario, string> = {
    mixed: 'Each person a different outcome',
    added: 'Everyone is added',
    alreadyInSequence: 'Already in the sequence',
    optedOut: 'Opted out in Outreach',
    rateLimited: 'Rate limited (429)',
    failed: 'Outreach fails (500)',
    notPermitted: 'Not permitted (403)'
};

const HIGHLIGHT_FIELDS = ['Industry', 'Type', 'Website', 'NumberOfEmployees', 'AnnualRevenue', 'BillingCountry', 'SI_ABM_Tier__c'];
const DETAIL_FIELDS = ['Name', ...HIGHLIGHT_FIELDS, 'SI_Buying_Stage__c', 'SI_Profile_Fit_Band__c', 'SI_Qualified__c', 'SI_Qualified_Start_Date__c'];
const FIELD_LABELS: Record<string, string> = {
    Name: 'Account Name',
    Industry: 'Industry',
    Type: 'Type',
    Website: 'Website',
    NumberOfEmployees: 'Employees',
    AnnualRevenue: 'Annual Revenue',
    BillingCountry: 'Billing Country',
    SI_ABM_Tier__c: 'ABM Tier',
    SI_Buying_Stage__c: 'Buying Stage (stored)',
    SI_Profile_Fit_Band__c: 'Profile Fit Band (stored)',
    SI_Qualified__c: 'Qualified (stored)',
    SI_Qualified_Start_Date__c: 'Qualified Since (stored)'
};

interface Toast {
    key: string;
    title: string;
    message: string;
    variant: 'info' | 'success' | 'warning' | 'error';
}

interface RecordData {
    fields: Record<string, { value: unknown }>;
}

/** Written out (not `utility:${variant}`): the preview build keeps only the icons it finds named (preview/build/icons.mjs). */
const TOAST_ICONS: Record<Toast['variant'], string> = {
    info: 'utility:info',
    success: 'utility:success',
    warning: 'utility:warning',
    error: 'utility:error'
};

let toastCount = 0;

export default class App extends LightningElement {
    readonly context = previewContext();
    readonly clock: PreviewClock = previewClock();
    readonly recordId: string;
    readonly denied = deniedPermissions();
    scenario: OutreachScenario = outreach.getScenario();
    wide = new URLSearchParams(window.location.search).get('layout') === 'wide';
    toasts: Toast[] = [];
    record: RecordData | null = null;
    recordError: string | null = null;

    constructor() {
        super();
        const wanted = new URLSearchParams(window.location.search).get('account');
        const known = this.context.accounts.find((a) => a.Id === wanted);
        this.recordId = known ? known.Id : (this.context.accounts[0]?.Id ?? '');
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: DETAIL_FIELDS.map((f) => `Account.${f}`) })
    wiredRecord({ data, error }: { data?: RecordData; error?: { body?: { message?: string } } }): void {
        if (data) {
            this.record = data;
            this.recordError = null;
        } else if (error) {
            this.recordError = error.body?.message ?? 'The account could not be loaded.';
        }
    }

    private readonly onToast = (event: Event): void => {
        const detail = ((event as CustomEvent<ToastInit>).detail ?? {}) as ToastInit;
        const variant = detail.variant ?? 'info';
        const toast: Toast = { key: `t${++toastCount}`, title: detail.title ?? '', message: detail.message ?? '', variant };
        this.toasts = [...this.toasts, toast];
        if (detail.mode !== 'sticky') {
            setTimeout(() => this.dismiss(toast.key), variant === 'error' ? 20000 : 10000);
        }
    };

    private readonly onNavigate = (event: Event): void => {
        const { pageReference } = (event as CustomEvent<{ pageReference: { type: string; attributes?: Record<string, unknown> } }>).detail;
        const recordId = pageReference.attributes?.recordId;
        const action = pageReference.attributes?.actionName;
        // A record's view page opens; its edit page (the readiness checklist's Edit) is reported: the preview has none.
        if (pageReference.type === 'standard__recordPage' && (action === undefined || action === 'view') && typeof recordId === 'string' && this.context.accounts.some((a) => a.Id === recordId)) {
            this.go({ account: recordId });
            return;
        }
        this.onToast(
            new CustomEvent(SHOW_TOAST_EVENT, {
                detail: { title: 'Navigation (preview)', message: `The preview has no page for ${JSON.stringify(pageReference)}.`, variant: 'info' }
            })
        );
    };

    override connectedCallback(): void {
        window.addEventListener(SHOW_TOAST_EVENT, this.onToast);
        window.addEventListener(PREVIEW_EVENTS.navigate, this.onNavigate);
        this.watchPanel();
    }

    /**
     * Marks when the panel has settled: `performance.mark('si-panel-rendered')` and
     * `document.body.dataset.panelState` = `ready` (insight, stage path and people rendered, no spinner),
     * `error` or `noAccess`. Browser tests and `npm run bench:browser` wait for it.
     */
    private watchPanel(): void {
        const check = (): void => {
            const panel = this.template?.querySelector('c-si-account-insight-panel');
            const root = panel?.shadowRoot;
            const state = root ? panelState(root) : null;
            if (state) {
                performance.mark('si-panel-rendered', { detail: { state } });
                document.body.dataset.panelState = state;
                return;
            }
            requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
    }

    override disconnectedCallback(): void {
        window.removeEventListener(SHOW_TOAST_EVENT, this.onToast);
        window.removeEventListener(PREVIEW_EVENTS.navigate, this.onNavigate);
    }

    // --- Controls -------------------------------------------------------------------------------

    get accountOptions(): Array<{ label: string; value: string; selected: boolean }> {
        return this.context.accounts.map((a) => ({ label: a.Name, value: a.Id, selected: a.Id === this.recordId }));
    }

    get permissionSwitches(): Array<{ name: string; label: string; checked: boolean }> {
        return PERMISSIONS.map((p) => ({ ...p, checked: !this.denied.has(p.name) }));
    }

    get scenarioOptions(): Array<{ label: string; value: string; selected: boolean }> {
        return OUTREACH_SCENARIOS.map((s) => ({ label: SCENARIO_LABELS[s], value: s, selected: s === this.scenario }));
    }

    get layoutOptions(): Array<{ id: string; label: string; value: string; checked: boolean }> {
        return [
            { id: 'layout-sidebar', label: 'Sidebar', value: 'sidebar', checked: !this.wide },
            { id: 'layout-wide', label: 'Full width', value: 'wide', checked: this.wide }
        ];
    }

    /** Opens the page with changed URL parameters (a new record page, as on the platform). */
    private go(changes: Record<string, string | null>): void {
        const params = new URLSearchParams(window.location.search);
        for (const [k, v] of Object.entries(changes)) {
            if (v === null || v === '') params.delete(k);
            else params.set(k, v);
        }
        window.location.search = params.toString();
    }

    handleAccountChange(event: Event): void {
        this.go({ account: (event.target as HTMLSelectElement).value });
    }

    handlePermissionChange(event: Event): void {
        const input = event.target as HTMLInputElement & { dataset: { name: string } };
        const denied = new Set(this.denied);
        if (input.checked) denied.delete(input.dataset.name);
        else denied.add(input.dataset.name);
        this.go({ account: this.recordId, deny: [...denied].sort().join(',') || null });
    }

    handleScenarioChange(event: Event): void {
        this.scenario = (event.target as HTMLSelectElement).value as OutreachScenario;
        outreach.setScenario(this.scenario);
        const params = new URLSearchParams(window.location.search);
        params.set('outreach', this.scenario);
        window.history.replaceState(null, '', `?${params.toString()}`);
    }

    handleLayoutChange(event: Event): void {
        this.go({ account: this.recordId, layout: (event.target as HTMLInputElement).value === 'wide' ? 'wide' : null });
    }

    handleToastClose(event: Event): void {
        this.dismiss((event.currentTarget as HTMLElement).dataset.key ?? '');
    }

    private dismiss(key: string): void {
        this.toasts = this.toasts.filter((t) => t.key !== key);
    }

    // --- Record page ----------------------------------------------------------------------------

    private value(field: string): unknown {
        return this.record ? getFieldValue(this.record as never, `Account.${field}`) : undefined;
    }

    get accountName(): string {
        const name = this.value('Name');
        return typeof name === 'string' ? name : (this.context.accounts.find((a) => a.Id === this.recordId)?.Name ?? '');
    }

    get highlights(): Array<{ key: string; label: string; value: string }> {
        return HIGHLIGHT_FIELDS.map((f) => ({ key: f, label: FIELD_LABELS[f] ?? f, value: display(this.value(f)) }));
    }

    get details(): Array<{ key: string; valueKey: string; label: string; value: string }> {
        return DETAIL_FIELDS.map((f) => ({ key: f, valueKey: `${f}-value`, label: FIELD_LABELS[f] ?? f, value: display(this.value(f)) }));
    }

    get mainClass(): string {
        return this.wide ? 'slds-col slds-size_1-of-1' : 'slds-col slds-size_1-of-1 slds-large-size_7-of-12';
    }

    get sideClass(): string {
        return this.wide ? 'slds-col slds-size_1-of-1 si-preview-panel' : 'slds-col slds-size_1-of-1 slds-large-size_5-of-12 si-preview-panel';
    }



    /** `true` / `false` (a boolean would render as an empty attribute or none). */
    get pinnedAttribute(): string {
        return String(this.clock.pinned);
    }

    /** Today, or the pinned day: the panel's "today" is not the real one then. */
    get asOfNote(): string {
        return this.clock.pinned
            ? "(pinned: the preview server's --as-of sets the page's clock to this day, not today)"
            : '(today)';
    }

    /** The data folder, the day it is generated for, and whether its dates were moved to the page's day. */
    get dataText(): string {
        const { dataAsOf, shiftDays, asOf } = this.clock;
        const folder = `Data: ${this.context.dataDir.split('/').slice(-2).join('/')}`;
        if (dataAsOf === null) return `${folder}, served as it is (it declares no as-of).`;
        if (shiftDays === 0) return `${folder}, generated for ${dataAsOf}.`;
        const days = Math.abs(shiftDays);
        const moved = `${days} day${days === 1 ? '' : 's'} ${shiftDays > 0 ? 'later' : 'earlier'}`;
        return `${folder}, generated for ${dataAsOf}; its dates are moved ${moved}, so it shows on ${asOf} what it shows on ${dataAsOf}.`;
    }

    get toastItems(): Array<Toast & { className: string; icon: string; assistive: string }> {
        return this.toasts.map((t) => ({
            ...t,
            className: `slds-notify slds-notify_toast slds-theme_${t.variant}`,
            icon: TOAST_ICONS[t.variant],
            assistive: t.variant
        }));
    }
}

function panelState(root: ShadowRoot): 'ready' | 'error' | 'noAccess' | null {
    if (root.querySelector('lightning-spinner')) return null;
    if (root.querySelector('.si-error')) return 'error';
    if (root.querySelector('.si-no-access')) return 'noAccess';
    const people = root.querySelector('c-si-persona-map') ?? root.querySelector('.si-empty');
    const path = root.querySelector('c-si-buying-stage-path');
    return root.querySelector('.si-header') && people && path?.shadowRoot?.firstElementChild ? 'ready' : null;
}

function display(value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (typeof value === 'number') return value.toLocaleString('en-US');
    return String(value);
}
