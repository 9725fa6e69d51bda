// One score with its rating and details, and its "Why?" (c-si-why-disclosure): the factors that
// produced the score, from the engine unchanged, with their points.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/siLdsUtils';
import POINTS from '@salesforce/label/c.SI_Points';
import SCORE_OF from '@salesforce/label/c.SI_Score_Of';
export default class SiScoreSummary extends LightningElement {
    /** Score title, e.g. "Profile fit". */
    @api
    label = '';
    /** 0-100. */
    @api
    score = null;
    /** The rating already labelled for display (band, level). */
    @api
    rating = '';
    /** Extra lines under the rating (trend, keywords), already labelled. */
    @api
    details = [];
    @api
    factors = [];
    get scoreText() {
        return this.score === null || this.score === undefined ? '-' : String(this.score);
    }
    get scoreAssistiveText() {
        return formatLabel(SCORE_OF, this.scoreText);
    }
    /** The factors as the disclosure lists them, points signed and labelled. */
    get factorItems() {
        return (this.factors ?? []).map((f, i) => ({
            key: `${i}-${f.label}`,
            label: f.label,
            detail: formatLabel(POINTS, f.points > 0 ? `+${f.points}` : String(f.points))
        }));
    }
    get detailRows() {
        return (this.details ?? []).map((text, i) => ({ key: `${i}`, text }));
    }
}
