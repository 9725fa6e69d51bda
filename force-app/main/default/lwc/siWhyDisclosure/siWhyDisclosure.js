// The "Why?" of a score or a stage: a native button (aria-expanded, aria-controls, an accessible name
// that says what it explains) that shows or hides the list of reasons the engine gave, unchanged.
// One place for the disclosure that every score and the buying stage use.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/siLdsUtils';
import SHOW_WHY from '@salesforce/label/c.SI_Show_Why';
import WHY_OF from '@salesforce/label/c.SI_Why_Of';
import NO_FACTORS from '@salesforce/label/c.SI_No_Factors';
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
    handleToggle() {
        this.expanded = !this.expanded;
    }
}
