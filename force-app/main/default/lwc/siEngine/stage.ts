// Buying stage: from intent, gated by breadth of engagement, raised by opportunities.
import { stageFromOrder, type ModelSettings } from './config';
import type { BuyingStageResult } from './types';
import { BUYING_STAGES, type BuyingStage } from './vocabulary';

export interface StageInputs {
    intentScore: number;
    /** People with any engagement in the engagement window. */
    engagedPeople: number;
    openOpportunities: number;
    /** Won opportunities closed within `Stage_Won_Opportunity_Days`. */
    recentWonOpportunities: number;
}

const order = (stage: BuyingStage): number => BUYING_STAGES.indexOf(stage);

/**
 * 1. Intent sets the stage: Purchase at `Stage_Purchase_Min`, Decision at `Stage_Decision_Min`,
 *    Consideration at `Stage_Consideration_Min`, Awareness at `Stage_Awareness_Min`, else Target.
 * 2. Breadth gate: intent alone reaches Decision or Purchase only with at least
 *    `Stage_Decision_Min_People` engaged people; otherwise Consideration.
 * 3. An open opportunity lifts the stage to at least `Stage_Open_Opportunity` (Decision by default);
 *    a recently won one to at least `Stage_Won_Opportunity` (Purchase by default).
 * Profile fit is deliberately not used: stage describes buying behaviour; the qualified flag combines
 * the two. Every rule only ever raises the stage as intent, engagement or opportunities grow.
 */
export function computeStage(inputs: StageInputs, settings: ModelSettings): BuyingStageResult {
    const reasons: string[] = [];
    const s = settings;
    const thresholds: [BuyingStage, number][] = [
        ['Purchase', s.Stage_Purchase_Min],
        ['Decision', s.Stage_Decision_Min],
        ['Consideration', s.Stage_Consideration_Min],
        ['Awareness', s.Stage_Awareness_Min]
    ];
    let stage: BuyingStage = 'Target';
    for (const [name, min] of thresholds) {
        if (inputs.intentScore >= min) {
            stage = name;
            reasons.push(`Intent ${inputs.intentScore} is at least ${min}: ${name}`);
            break;
        }
    }
    if (stage === 'Target') reasons.push(`Intent ${inputs.intentScore} is below ${s.Stage_Awareness_Min}: Target`);
    if (order(stage) >= order('Decision') && inputs.engagedPeople < s.Stage_Decision_Min_People) {
        stage = 'Consideration';
        reasons.push(`Only ${inputs.engagedPeople} engaged ${inputs.engagedPeople === 1 ? 'person' : 'people'} (Decision needs ${s.Stage_Decision_Min_People}): Consideration`);
    }
    if (inputs.openOpportunities > 0) {
        const floor = stageFromOrder(s.Stage_Open_Opportunity);
        if (order(floor) > order(stage)) {
            stage = floor;
            reasons.push(`${inputs.openOpportunities} open ${inputs.openOpportunities === 1 ? 'opportunity' : 'opportunities'}: at least ${floor}`);
        }
    }
    if (inputs.recentWonOpportunities > 0) {
        const floor = stageFromOrder(s.Stage_Won_Opportunity);
        if (order(floor) > order(stage)) {
            stage = floor;
            reasons.push(`Opportunity won in the last ${s.Stage_Won_Opportunity_Days} days: at least ${floor}`);
        }
    }
    return { stage, reasons };
}
