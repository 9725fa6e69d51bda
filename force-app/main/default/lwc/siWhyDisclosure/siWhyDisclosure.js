// The "Why?" of a score or a stage: a native button (aria-expanded, aria-controls, an accessible name
// that says what it explains) that shows or hides the list of reasons the engine gave, unchanged.
// One place for the disclosure that every score and the buying stage use. The list is one column at any
// width: each reason's label on the left (wrapping, however long), its points on the right, right-aligned
// and never wrapped; a note (a cap) is a line of its own, without points.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/siLdsUtils';
import SHOW_WHY from '@salesforce/label/c.SI_Show_Why';
import WHY_OF from '@salesforce/label/c.SI_Why_Of';
import NO_FACTORS from '@salesforce/label/c.SI_No_Factors';
const ITEM_CLASS = 'si-why__item slds-grid slds-grid_align-spread slds-grid_vertical-align-start slds-p-vertical_xxx-small';
const NOTE_CLASS = 'si-why__note slds-text-body_small slds-text-color_weak slds-p-bottom_xx-small';
let nextId = 0;
export default class SiWhyDisclosure extends LightningElement {
    /**
     * What is explained, e.g. "Profile Fit": the button's accessible name is the label SI_Why_Of with it, as
     * given (no change of case: a translation may need the noun capitalised, as German does).
     */
    @api
    subject = '';
    @api
    items = [];
    expanded = false;
    panelId = `si-why-${++nextId}`;
    showWhyLabel = SHOW_WHY;
    noItemsLabel = NO_FACTORS;
    get accessibleName() {
        return formatLabel(WHY_OF, this.subject ?? '');
    }
    get ariaExpanded() {
        return String(this.expanded);
    }
    get iconName() {
        return this.expanded ? 'utility:chevrondown' : 'utility:chevronright';
    }
    get hasItems() {
        return (this.items ?? []).length > 0;
    }
    get rows() {
        return (this.items ?? []).map((item) => ({
            ...item,
            isNote: item.note === true,
            className: item.note ? NOTE_CLASS : ITEM_CLASS
        }));
    }
    handleToggle() {
        this.expanded = !this.expanded;
    }
}
