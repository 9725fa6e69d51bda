// The five buying stages as a path (lightning-progress-indicator type="path"), the engine's stage
// current, and its "Why?" (c-si-why-disclosure): the engine's reasons, unchanged.
import { LightningElement, api } from 'lwc';
import { BUYING_STAGES } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Buying_Stage';
import CURRENT_STAGE from '@salesforce/label/c.SI_Current_Stage';
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
export default class SiBuyingStagePath extends LightningElement {
    @api
    stage = 'Target';
    @api
    reasons = [];
    heading = TITLE;
    get steps() {
        return BUYING_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }));
    }
    get currentStageText() {
        return formatLabel(CURRENT_STAGE, STAGE_LABELS[this.stage] ?? this.stage);
    }
    /** The reasons as the disclosure lists them. */
    get reasonItems() {
        return (this.reasons ?? []).map((label, i) => ({ key: `${i}`, label }));
    }
}
