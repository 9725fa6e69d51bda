// One filter of the segment builder: field, operator and value(s). Owns no state: it shows `row` and sends the
// changed row up (`rowchange`) or asks to be removed (`rowremove`); the builder keeps the list.
import { LightningElement, api } from 'lwc';
import FIELD from '@salesforce/label/c.SI_Segment_Filter_Field';
import OPERATOR from '@salesforce/label/c.SI_Segment_Filter_Operator';
import VALUES from '@salesforce/label/c.SI_Segment_Filter_Values';
import VALUES_HELP from '@salesforce/label/c.SI_Segment_Filter_Values_Help';
import MIN from '@salesforce/label/c.SI_Segment_Filter_Min';
import MAX from '@salesforce/label/c.SI_Segment_Filter_Max';
import REMOVE from '@salesforce/label/c.SI_Segment_Filter_Remove';
import { knownValues, operatorOptions, withField } from './rows';
export * from './rows';
const FLAG_OPTIONS = [
    { label: 'True', value: 'true' },
    { label: 'False', value: 'false' }
];
export default class SiSegmentFilterRow extends LightningElement {
    @api
    row;
    @api
    fieldOptions = [];
    /** 1-based position, for the accessible names of the row's inputs. */
    @api
    position = 1;
    labels = { field: FIELD, operator: OPERATOR, values: VALUES, valuesHelp: VALUES_HELP, min: MIN, max: MAX };
    flagOptions = FLAG_OPTIONS;
    get removeLabel() {
        return `${REMOVE} ${this.position}`;
    }
    get operatorOptions() {
        return operatorOptions(this.row.field);
    }
    get valueOptions() {
        return (knownValues(this.row.field) ?? []).map((v) => ({ label: v, value: v }));
    }
    get showPicks() {
        return this.isList && knownValues(this.row.field) !== null;
    }
    get showText() {
        return this.isList && knownValues(this.row.field) === null;
    }
    get showNumber() {
        return this.row.op === 'gte' || this.row.op === 'lte';
    }
    get showRange() {
        return this.row.op === 'between';
    }
    get showFlag() {
        return this.row.op === 'is';
    }
    get isList() {
        return this.row.op === 'in' || this.row.op === 'notIn';
    }
    send(row) {
        this.dispatchEvent(new CustomEvent('rowchange', { detail: { row } }));
    }
    handleField(event) {
        this.send(withField(this.row, event.detail.value));
    }
    handleOperator(event) {
        this.send({ ...this.row, op: event.detail.value });
    }
    handlePicked(event) {
        this.send({ ...this.row, picked: [...event.detail.value] });
    }
    handleText(event) {
        this.send({ ...this.row, text: String(event.detail.value ?? '') });
    }
    handleText2(event) {
        this.send({ ...this.row, text2: String(event.detail.value ?? '') });
    }
    handleFlag(event) {
        this.send({ ...this.row, flag: event.detail.value === 'false' ? 'false' : 'true' });
    }
    handleRemove() {
        this.dispatchEvent(new CustomEvent('rowremove', { detail: { key: this.row.key } }));
    }
}
