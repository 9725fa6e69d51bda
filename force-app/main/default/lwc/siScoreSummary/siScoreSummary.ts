// One score with its rating and a keyboard-accessible disclosure of why: the factors that produced
// the score, from the engine unchanged, behind a native button with aria-expanded and aria-controls.
import { LightningElement, api } from 'lwc';
import type { Factor } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import SHOW_WHY from '@salesforce/label/c.SI_Show_Why';
import WHY_OF from '@salesforce/label/c.SI_Why_Of';
import NO_FACTORS from '@salesforce/label/c.SI_No_Factors';
import POINTS from '@salesforce/label/c.SI_Points';
import SCORE_OF from '@salesforce/label/c.SI_Score_Of';

interface FactorRow {
    key: string;
    label: string;
    points: string;
}

let nextId = 0;

export default class SiScoreSummary extends LightningElement {
    /** Score title, e.g. "Profile fit". */
    @api label = '';
    /** 0-100. */
    @api score: number | null = null;
    /** The rating already labelled for display (band, level). */
    @api rating = '';
    /** Extra lines under the rating (trend, keywords), already labelled. */
    @api details: string[] = [];
    @api factors: Factor[] = [];

    expanded = false;
    readonly panelId = `si-why-${++nextId}`;

    get showWhyLabel(): string {
        return SHOW_WHY;
    }

    get whyAccessibleName(): string {
        return formatLabel(WHY_OF, this.label.toLowerCase());
    }

    get scoreText(): string {
        return this.score === null || this.score === undefined ? '-' : String(this.score);
    }

    get scoreAssistiveText(): string {
        return formatLabel(SCORE_OF, this.scoreText);
    }

    get ariaExpanded(): string {
        return String(this.expanded);
    }

    get iconName(): string {
        return this.expanded ? 'utility:chevrondown' : 'utility:chevronright';
    }

    get factorRows(): FactorRow[] {
        return (this.factors ?? []).map((f, i) => ({
            key: `${i}-${f.label}`,
            label: f.label,
            points: formatLabel(POINTS, f.points > 0 ? `+${f.points}` : String(f.points))
        }));
    }

    get hasFactors(): boolean {
        return this.factorRows.length > 0;
    }

    get noFactorsLabel(): string {
        return NO_FACTORS;
    }

    get detailRows(): Array<{ key: string; text: string }> {
        return (this.details ?? []).map((text, i) => ({ key: `${i}`, text }));
    }

    handleToggle(): void {
        this.expanded = !this.expanded;
    }
}
