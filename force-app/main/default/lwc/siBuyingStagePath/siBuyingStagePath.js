// The five buying stages as a path (lightning-progress-indicator type="path"), the engine's stage
// current, and a keyboard-accessible disclosure of the engine's reasons.
import { LightningElement, api } from 'lwc';
import { BUYING_STAGES } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Buying_Stage';
import CURRENT_STAGE from '@salesforce/label/c.SI_Current_Stage';
import SHOW_WHY from '@salesforce/label/c.SI_Show_Why';
import WHY_OF from '@salesforce/label/c.SI_Why_Of';
import NO_FACTORS from '@salesforce/label/c.SI_No_Factors';
import TARGET from '@salesforce/label/c.SI_Stage_Target';
import AWARENESS from '@salesforce/label/c.SI_Stage_Awareness';
import CONSIDERATION from '@salesforce/label/c.SI_Stage_Consideration';
import DECISION from '@salesforce/label/c.SI_Stage_Decision';
import PURCHASE from '@salesforce/label/c.SI_Stage_Purchase';
const STAGE_LABELS = {
    Target: TARGET,
    Awareness: AWARENESS,
    Consideration: CONSIDERATION,
    Decision: DECISION,
    Purchase: PURCHASE
};
let nextId = 0;
export default class SiBuyingStagePath extends LightningElement {
    @api
    stage = 'Target';
    @api
    reasons = [];
    expanded = false;
    panelId = `si-stage-why-${++nextId}`;
    heading = TITLE;
    showWhyLabel = SHOW_WHY;
    noReasonsLabel = NO_FACTORS;
    get steps() {
        return BUYING_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }));
    }
    get currentStageText() {
        return formatLabel(CURRENT_STAGE, STAGE_LABELS[this.stage] ?? this.stage);
    }
    get whyAccessibleName() {
        return formatLabel(WHY_OF, TITLE.toLowerCase());
    }
    get ariaExpanded() {
        return String(this.expanded);
    }
    get iconName() {
        return this.expanded ? 'utility:chevrondown' : 'utility:chevronright';
    }
    get reasonRows() {
        return (this.reasons ?? []).map((text, i) => ({ key: `${i}`, text }));
    }
    get hasReasons() {
        return this.reasonRows.length > 0;
    }
    handleToggle() {
        this.expanded = !this.expanded;
    }
}
