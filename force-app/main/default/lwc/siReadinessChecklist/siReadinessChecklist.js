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
import { readinessItemsFromMetadata } from 'c/siEngine';
import { formatLabel, reduceErrors } from 'c/siLdsUtils';
import { checklistOf, optionalFieldsOf } from './checklist';
import { LABELS } from './labels';
export default class SiReadinessChecklist extends NavigationMixin(LightningElement) {
    @api
    recordId;
    @api
    objectApiName;
    labels = LABELS;
    /** The active readiness items, or null until the configuration arrives (or when it is invalid). */
    items = null;
    /** `Account.<Field>` of every item: undefined until the items are known, so getRecord waits for them. */
    optionalFields = undefined;
    record = null;
    configErrors = [];
    recordErrors = [];
    @wire(getReadinessItems)
    wiredItems({ data, error }) {
        if (error) {
            this.items = null;
            this.configErrors = reduceErrors(error);
            return;
        }
        if (!data)
            return;
        try {
            const items = readinessItemsFromMetadata(data);
            this.configErrors = [];
            this.items = items;
            this.optionalFields = items.length > 0 ? optionalFieldsOf(items) : undefined;
        }
        catch (e) {
            this.items = null;
            this.configErrors = reduceErrors(e);
        }
    }
    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    wiredRecord({ data, error }) {
        if (error) {
            this.record = null;
            this.recordErrors = reduceErrors(error);
        }
        else if (data) {
            this.recordErrors = [];
            this.record = data;
        }
    }
    get errors() {
        return [...this.configErrors, ...this.recordErrors];
    }
    get hasError() {
        return this.errors.length > 0;
    }
    get isEmpty() {
        return !this.hasError && this.items !== null && this.items.length === 0;
    }
    get isLoading() {
        return !this.hasError && !this.isEmpty && this.checklist === null;
    }
    get checklist() {
        if (!this.items || this.items.length === 0 || !this.record)
            return null;
        return checklistOf(this.record, this.items);
    }
    get isReady() {
        return this.checklist !== null && !this.hasError;
    }
    get score() {
        return this.checklist?.readiness.score ?? 0;
    }
    /** The SLDS progress bar's width: the score (0-100) as a percentage. */
    get barStyle() {
        return `width: ${this.score}%`;
    }
    get scoreText() {
        return formatLabel(LABELS.score, this.score);
    }
    get statusText() {
        const c = this.checklist;
        if (!c)
            return '';
        return c.readiness.ready ? LABELS.ready : formatLabel(LABELS.notReady, c.readiness.missingRequired.length);
    }
    get statusClass() {
        return this.checklist?.readiness.ready
            ? 'si-readiness__status slds-text-color_success'
            : 'si-readiness__status slds-text-color_error';
    }
    shown(items) {
        return items.map((i) => ({
            ...i,
            badge: i.required ? LABELS.required : LABELS.recommended,
            editText: formatLabel(LABELS.editItem, i.label)
        }));
    }
    get missingItems() {
        return this.shown(this.checklist?.missing ?? []);
    }
    get doneItems() {
        return this.shown(this.checklist?.done ?? []);
    }
    get hiddenItems() {
        return this.shown(this.checklist?.hidden ?? []);
    }
    get hasMissing() {
        return this.missingItems.length > 0;
    }
    get hasDone() {
        return this.doneItems.length > 0;
    }
    get hasHidden() {
        return this.hiddenItems.length > 0;
    }
    get missingHeading() {
        return `${LABELS.missing} (${this.missingItems.length})`;
    }
    get doneHeading() {
        return `${LABELS.done} (${this.doneItems.length})`;
    }
    /** Opens the account's edit page (the standard record edit action) to fill the missing field in. */
    handleEdit() {
        if (!this.recordId)
            return;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: this.recordId, objectApiName: 'Account', actionName: 'edit' }
        });
    }
}
