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
import { knownValues, operatorOptions, withField, type FilterRow, type Option } from './rows';

export * from './rows';

const FLAG_OPTIONS: Option[] = [
    { label: 'True', value: 'true' },
    { label: 'False', value: 'false' }
];

export default class SiSegmentFilterRow extends LightningElement {
    @api row!: FilterRow;
    @api fieldOptions: Option[] = [];
    /** 1-based position, for the accessible names of the row's inputs. */
    @api position = 1;

    readonly labels = { field: FIELD, operator: OPERATOR, values: VALUES, valuesHelp: VALUES_HELP, min: MIN, max: MAX };
    readonly flagOptions = FLAG_OPTIONS;

    get removeLabel(): string {
        return `${REMOVE} ${this.position}`;
    }

    get operatorOptions(): Option[] {
        return operatorOptions(this.row.field);
    }

    get valueOptions(): Option[] {
        return (knownValues(this.row.field) ?? []).map((v) => ({ label: v, value: v }));
    }

    get showPicks(): boolean {
        return this.isList && knownValues(this.row.field) !== null;
    }

    get showText(): boolean {
        return this.isList && knownValues(this.row.field) === null;
    }

    get showNumber(): boolean {
        return this.row.op === 'gte' || this.row.op === 'lte';
    }

    get showRange(): boolean {
        return this.row.op === 'between';
    }

    get showFlag(): boolean {
        return this.row.op === 'is';
    }

    private get isList(): boolean {
        return this.row.op === 'in' || this.row.op === 'notIn';
    }

    private send(row: FilterRow): void {
        this.dispatchEvent(new CustomEvent('rowchange', { detail: { row } }));
    }

    handleField(event: CustomEvent<{ value: string }>): void {
        this.send(withField(this.row, event.detail.value));
    }

    handleOperator(event: CustomEvent<{ value: string }>): void {
        this.send({ ...this.row, op: event.detail.value as FilterRow['op'] });
    }

    handlePicked(event: CustomEvent<{ value: string[] }>): void {
        this.send({ ...this.row, picked: [...event.detail.value] });
    }

    handleText(event: CustomEvent<{ value: string }>): void {
        this.send({ ...this.row, text: String(event.detail.value ?? '') });
    }

    handleText2(event: CustomEvent<{ value: string }>): void {
        this.send({ ...this.row, text2: String(event.detail.value ?? '') });
    }

    handleFlag(event: CustomEvent<{ value: string }>): void {
        this.send({ ...this.row, flag: event.detail.value === 'false' ? 'false' : 'true' });
    }

    handleRemove(): void {
        this.dispatchEvent(new CustomEvent('rowremove', { detail: { key: this.row.key } }));
    }
}
