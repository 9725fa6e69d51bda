// The readiness checklist on the Account page, next to the insight panel: the account's readiness score,
// the items done and the items missing (required first), each missing one with its help text and an Edit
// button that opens the record's edit page. The readiness items come from custom metadata through cacheable
// Apex (SI_ReadinessController, user mode); the account's fields from LDS getRecord (`optionalFields`: a
// field the user cannot see is reported, not an error); the engine decides (checklist.ts). States: loading,
// error (the platform's text), empty (no active items), ready.
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { NavigationMixin } from 'lightning/navigation';
import getReadinessItems from '@salesforce/apex/SI_ReadinessController.getReadinessItems';
import { readinessItemsFromMetadata, type ReadinessItem, type SI_Readiness_Item__mdt } from 'c/siEngine';
import { formatLabel, reduceErrors, type PlatformError } from 'c/siLdsUtils';
import { checklistOf, optionalFieldsOf, type Checklist, type ChecklistItem, type LdsRecord } from './checklist';
import { LABELS } from './labels';

interface WireResult<T> {
    data?: T;
    error?: PlatformError;
}

interface ShownItem extends ChecklistItem {
    badge: string;
    editText: string;
}

export default class SiReadinessChecklist extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    readonly labels = LABELS;

    /** The active readiness items, or null until the configuration arrives (or when it is invalid). */
    items: ReadinessItem[] | null = null;
    /** `Account.<Field>` of every item: undefined until the items are known, so getRecord waits for them. */
    optionalFields: string[] | undefined = undefined;
    record: LdsRecord | null = null;
    configErrors: string[] = [];
    recordErrors: string[] = [];

    @wire(getReadinessItems)
    wiredItems({ data, error }: { data?: SI_Readiness_Item__mdt[]; error?: unknown }): void {
        if (error) {
            this.items = null;
            this.configErrors = reduceErrors(error as PlatformError);
            return;
        }
        if (!data) return;
        try {
            const items = readinessItemsFromMetadata(data);
            this.configErrors = [];
            this.items = items;
            this.optionalFields = items.length > 0 ? optionalFieldsOf(items) : undefined;
        } catch (e) {
            this.items = null;
            this.configErrors = reduceErrors(e as PlatformError);
        }
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    wiredRecord({ data, error }: WireResult<LdsRecord>): void {
        if (error) {
            this.record = null;
            this.recordErrors = reduceErrors(error);
        } else if (data) {
            this.recordErrors = [];
            this.record = data;
        }
    }

    get errors(): string[] {
        return [...this.configErrors, ...this.recordErrors];
    }

    get hasError(): boolean {
        return this.errors.length > 0;
    }

    get isEmpty(): boolean {
        return !this.hasError && this.items !== null && this.items.length === 0;
    }

    get isLoading(): boolean {
        return !this.hasError && !this.isEmpty && this.checklist === null;
    }

    get checklist(): Checklist | null {
        if (!this.items || this.items.length === 0 || !this.record) return null;
        return checklistOf(this.record, this.items);
    }

    get isReady(): boolean {
        return this.checklist !== null && !this.hasError;
    }

    get score(): number {
        return this.checklist?.readiness.score ?? 0;
    }

    /** The SLDS progress bar's width: the score (0-100) as a percentage. */
    get barStyle(): string {
        return `width: ${this.score}%`;
    }

    get scoreText(): string {
        return formatLabel(LABELS.score, this.score);
    }

    get statusText(): string {
        const c = this.checklist;
        if (!c) return '';
        return c.readiness.ready ? LABELS.ready : formatLabel(LABELS.notReady, c.readiness.missingRequired.length);
    }

    get statusClass(): string {
        return this.checklist?.readiness.ready
            ? 'si-readiness__status slds-text-color_success'
            : 'si-readiness__status slds-text-color_error';
    }

    private shown(items: readonly ChecklistItem[]): ShownItem[] {
        return items.map((i) => ({
            ...i,
            badge: i.required ? LABELS.required : LABELS.recommended,
            editText: formatLabel(LABELS.editItem, i.label)
        }));
    }

    get missingItems(): ShownItem[] {
        return this.shown(this.checklist?.missing ?? []);
    }

    get doneItems(): ShownItem[] {
        return this.shown(this.checklist?.done ?? []);
    }

    get hiddenItems(): ShownItem[] {
        return this.shown(this.checklist?.hidden ?? []);
    }

    get hasMissing(): boolean {
        return this.missingItems.length > 0;
    }

    get hasDone(): boolean {
        return this.doneItems.length > 0;
    }

    get hasHidden(): boolean {
        return this.hiddenItems.length > 0;
    }

    get missingHeading(): string {
        return `${LABELS.missing} (${this.missingItems.length})`;
    }

    get doneHeading(): string {
        return `${LABELS.done} (${this.doneItems.length})`;
    }

    /** Opens the account's edit page (the standard record edit action) to fill the missing field in. */
    handleEdit(): void {
        if (!this.recordId) return;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: this.recordId, objectApiName: 'Account', actionName: 'edit' }
        });
    }
}
