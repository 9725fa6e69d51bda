// The five buying stages as a path (lightning-progress-indicator type="path"), the engine's stage
// current, and a keyboard-accessible disclosure of the engine's reasons.
import { LightningElement, api } from 'lwc';
import { BUYING_STAGES, type BuyingStage } from 'c/siEngine';
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

const STAGE_LABELS: Readonly<Record<BuyingStage, string>> = {
    Target: TARGET,
    Awareness: AWARENESS,
    Consideration: CONSIDERATION,
    Decision: DECISION,
    Purchase: PURCHASE
};

let nextId = 0;

export default class SiBuyingStagePath extends LightningElement {
    @api stage: BuyingStage = 'Target';
    @api reasons: string[] = [];

    expanded = false;
    readonly panelId = `si-stage-why-${++nextId}`;
    readonly heading = TITLE;
    readonly showWhyLabel = SHOW_WHY;
    readonly noReasonsLabel = NO_FACTORS;

    get steps(): Array<{ value: BuyingStage; label: string }> {
        return BUYING_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }));
    }

    get currentStageText(): string {
        return formatLabel(CURRENT_STAGE, STAGE_LABELS[this.stage] ?? this.stage);
    }

    get whyAccessibleName(): string {
        return formatLabel(WHY_OF, TITLE.toLowerCase());
    }

    get ariaExpanded(): string {
        return String(this.expanded);
    }

    get iconName(): string {
        return this.expanded ? 'utility:chevrondown' : 'utility:chevronright';
    }

    get reasonRows(): Array<{ key: string; text: string }> {
        return (this.reasons ?? []).map((text, i) => ({ key: `${i}`, text }));
    }

    get hasReasons(): boolean {
        return this.reasonRows.length > 0;
    }

    handleToggle(): void {
        this.expanded = !this.expanded;
    }
}
