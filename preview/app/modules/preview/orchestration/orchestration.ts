// The preview's orchestration record page (`/?page=orchestration[&orchestration=ID]`): a mock-up of
// SI_Orchestration_Record_Page (SLDS page header and the record's fields) with the real runs component
// (c-si-orchestration-runs), which reads the orchestration's results through the GraphQL stand-in as the preview
// user (the server's --permission-set: SI_Operations_User reads them, SI_Sales_User does not).
import { LightningElement } from 'lwc';
import { previewContext } from '../../../../standins/platform';

interface RecordData {
    id?: string;
    fields: Record<string, { value: unknown; displayValue?: string | null }>;
}

/** The fields of the page's details section, in the order of the orchestration's layout. */
const DETAIL_FIELDS: ReadonlyArray<[string, string]> = [
    ['Goal__c', 'Goal'],
    ['Provider__c', 'Provider'],
    ['Create_As__c', 'Create As'],
    ['Levels__c', 'Levels'],
    ['Functions__c', 'Functions'],
    ['Geography_Exclude__c', 'Geography Exclude'],
    ['Per_Account_Cap__c', 'Per-Account Cap'],
    ['Cooldown_Days__c', 'Cooldown (days)'],
    ['Schedule__c', 'Schedule'],
    ['Last_Run_Id__c', 'Last Run Id'],
    ['Last_Run_On__c', 'Last Run On']
];

export default class Orchestration extends LightningElement {
    readonly context = previewContext();
    readonly record = (this.context.orchestrationRecord ?? null) as RecordData | null;
    readonly recordId: string;

    constructor() {
        super();
        const wanted = new URLSearchParams(window.location.search).get('orchestration');
        const list = this.context.orchestrations ?? [];
        this.recordId = (list.find((o) => o.Id === wanted) ?? list[0])?.Id ?? '';
    }

    get hasOrchestration(): boolean {
        return this.recordId !== '';
    }

    /** No record: the user cannot read SI_Orchestration__c (Lightning Experience shows no page then). */
    get noAccess(): boolean {
        return this.hasOrchestration && this.record === null;
    }

    get name(): string {
        const value = this.record?.fields.Name?.value;
        return typeof value === 'string' ? value : (this.context.orchestrations?.find((o) => o.Id === this.recordId)?.Name ?? '');
    }

    get details(): Array<{ key: string; label: string; value: string }> {
        const fields = this.record?.fields ?? {};
        return DETAIL_FIELDS.filter(([api]) => api in fields).map(([api, label]) => {
            const f = fields[api];
            const value = f?.displayValue ?? f?.value;
            return { key: api, label, value: value === null || value === undefined || value === '' ? '-' : String(value) };
        });
    }

    get accountHref(): string {
        return '/';
    }
}
