// One account's membership history in one segment: every SI_Segment_Membership__c row of the pair, newest
// first, as "In this segment from 3 Nov 2026 to 20 Nov 2026". Rows are never deleted (the scoring job closes
// them with Removed_On__c), so this is the history even after the segment was unpublished.
import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { formatDay, formatLabel, reduceErrors, type PlatformError } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Segment_History_Title';
import PERIOD from '@salesforce/label/c.SI_Segment_History_Period';
import OPEN from '@salesforce/label/c.SI_Segment_History_Open';
import NEVER from '@salesforce/label/c.SI_Segment_History_Never';
import ERROR from '@salesforce/label/c.SI_Segment_History_Error';

/** Periods shown (an account joins and leaves a segment a few times a year at most). */
export const PERIODS_SHOWN = 50;

const QUERY = gql`
    query siSegmentHistory($accountId: ID, $segmentId: ID, $first: Int) {
        uiapi {
            query {
                SI_Segment_Membership__c(
                    where: { and: [{ Account__c: { eq: $accountId } }, { Segment__c: { eq: $segmentId } }] }
                    orderBy: { Added_On__c: { order: DESC }, Id: { order: DESC } }
                    first: $first
                ) {
                    edges {
                        node {
                            Id
                            Added_On__c {
                                value
                            }
                            Removed_On__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

interface Node {
    Id: string;
    Added_On__c?: { value?: string | null };
    Removed_On__c?: { value?: string | null };
}

interface QueryData {
    uiapi?: { query?: { SI_Segment_Membership__c?: { edges?: { node?: Node }[] } } };
}

/** "From 3 Nov 2026 to 20 Nov 2026", or "From 3 Nov 2026 (a member now)" for the open row. */
export function periodText(added: string | null | undefined, removed: string | null | undefined): string {
    return removed ? formatLabel(PERIOD, formatDay(added), formatDay(removed)) : formatLabel(OPEN, formatDay(added));
}

export default class SiSegmentHistory extends LightningElement {
    @api accountId = '';
    @api accountName = '';
    @api segmentId = '';

    readonly errorTitle = ERROR;
    loaded = false;
    periods: { id: string; text: string }[] = [];
    errors: string[] = [];

    get variables(): { accountId: string; segmentId: string; first: number } {
        return { accountId: this.accountId, segmentId: this.segmentId, first: PERIODS_SHOWN };
    }

    @wire(graphql, { query: QUERY, variables: '$variables' })
    wiredHistory({ data, errors }: { data?: QueryData; errors?: PlatformError[] }): void {
        if (errors && errors.length > 0) {
            this.errors = reduceErrors(errors);
            this.loaded = true;
            return;
        }
        if (!data) return;
        this.periods = (data.uiapi?.query?.SI_Segment_Membership__c?.edges ?? [])
            .map((e) => e.node)
            .filter((n): n is Node => !!n)
            .map((n) => ({ id: n.Id, text: periodText(n.Added_On__c?.value, n.Removed_On__c?.value) }));
        this.errors = [];
        this.loaded = true;
    }

    get heading(): string {
        return formatLabel(TITLE, this.accountName);
    }

    get hasError(): boolean {
        return this.errors.length > 0;
    }

    get never(): boolean {
        return this.loaded && !this.hasError && this.periods.length === 0;
    }

    get neverText(): string {
        return NEVER;
    }
}
