// The orchestration's record page: its last runs of `npm run acquire` (runs and re-pushes) with the count
// of each outcome, read as one GraphQL aggregate of its SI_Acquisition_Result__c rows (never the rows).
import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { formatLabel, reduceErrors } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Acquisition_Runs_Title';
import EMPTY from '@salesforce/label/c.SI_Acquisition_Runs_Empty';
import ERROR from '@salesforce/label/c.SI_Acquisition_Runs_Error';
import TRUNCATED from '@salesforce/label/c.SI_Acquisition_Runs_Truncated';
import NO_ACCESS from '@salesforce/label/c.SI_Acquisition_Runs_No_Access';
import REPUSH_OF from '@salesforce/label/c.SI_Acquisition_Runs_Repush_Of';
import COL_RUN from '@salesforce/label/c.SI_Acquisition_Runs_Col_Run';
import COL_RUN_ON from '@salesforce/label/c.SI_Acquisition_Runs_Col_Run_On';
import COL_CREATED from '@salesforce/label/c.SI_Acquisition_Runs_Col_Created';
import COL_ERROR from '@salesforce/label/c.SI_Acquisition_Runs_Col_Error';
import COL_SKIPPED from '@salesforce/label/c.SI_Acquisition_Runs_Col_Skipped';
import COL_TOTAL from '@salesforce/label/c.SI_Acquisition_Runs_Col_Total';
import { RUNS_QUERY, summarizeRuns } from './runs';
/** Runs shown (newest first). */
export const RUNS_SHOWN = 10;
const QUERY = gql `
    ${RUNS_QUERY}
`;
/**
 * The GraphQL API's answer for an object the user cannot read: it is not in their schema ("Field
 * 'SI_Acquisition_Result__c' in type 'RecordQueryAggregate' is undefined", graphql-js: "Cannot query field ...").
 */
export function isNoAccess(message) {
    return (message.includes('SI_Acquisition_Result__c') && /Cannot query field|FieldUndefined|is undefined/i.test(message));
}
export default class SiOrchestrationRuns extends LightningElement {
    @api
    recordId = '';
    cardTitle = TITLE;
    emptyText = EMPTY;
    errorTitle = ERROR;
    columns = {
        run: COL_RUN,
        runOn: COL_RUN_ON,
        created: COL_CREATED,
        error: COL_ERROR,
        skipped: COL_SKIPPED,
        total: COL_TOTAL
    };
    loaded = false;
    runs = [];
    errors = [];
    truncated = false;
    get variables() {
        return { recordId: this.recordId };
    }
    @wire(graphql, { query: QUERY, variables: '$variables' })
    wiredRuns({ data, errors }) {
        if (errors && errors.length > 0) {
            const messages = reduceErrors(errors);
            // A user who cannot read the results has no such field in their GraphQL schema: say what to ask for.
            this.errors = messages.some(isNoAccess) ? [NO_ACCESS] : messages;
            this.loaded = true;
            return;
        }
        if (!data)
            return;
        const connection = data.uiapi?.aggregate?.SI_Acquisition_Result__c;
        const groups = (connection?.edges ?? []).map((e) => e.node?.aggregate).filter((g) => !!g);
        this.truncated = connection?.pageInfo?.hasNextPage === true;
        this.runs = summarizeRuns(groups)
            .slice(0, RUNS_SHOWN)
            .map((r) => ({
            ...r,
            runOnText: r.runOn
                ? new Date(r.runOn).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
                : '',
            repushText: r.repushOf ? formatLabel(REPUSH_OF, r.repushOf) : ''
        }));
        this.errors = [];
        this.loaded = true;
    }
    get hasError() {
        return this.errors.length > 0;
    }
    get isEmpty() {
        return this.loaded && !this.hasError && this.runs.length === 0;
    }
    get hasRuns() {
        return !this.hasError && this.runs.length > 0;
    }
    get truncatedText() {
        return this.truncated ? TRUNCATED : '';
    }
}
