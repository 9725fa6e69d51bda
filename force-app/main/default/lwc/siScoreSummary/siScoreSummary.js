// One score with its rating and details, and its "Why?" (c-si-why-disclosure): the factors that
// produced the score, from the engine unchanged, each with the points it gives (its share of the score:
// they sum to it), and the note of each cap after the factors it limits (`explanationLines`).
import { LightningElement, api } from 'lwc';
import { explanationLines } from 'c/siEngine';
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
    /** The caps that limited the score (the engine's `caps`): each a note, without points. */
    @api
    caps = [];
    get scoreText() {
        return this.score === null || this.score === undefined ? '-' : String(this.score);
    }
    get scoreAssistiveText() {
        return formatLabel(SCORE_OF, this.scoreText);
    }
    /** The factors as the disclosure lists them, the points given signed and labelled; cap notes without points. */
    get factorItems() {
        return explanationLines({ factors: this.factors ?? [], caps: this.caps ?? [] }).map((line, i) => {
            const key = `${i}-${line.label}`;
            if (line.points === null)
                return { key, label: line.label, note: true };
            const points = line.points > 0 ? `+${line.points}` : String(line.points);
            return { key, label: line.label, detail: formatLabel(POINTS, points) };
        });
    }
    get detailRows() {
        return (this.details ?? []).map((text, i) => ({ key: `${i}`, text }));
    }
}
