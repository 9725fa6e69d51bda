// The segment builder's live result: how many accounts the definition selects and the first 50 of them, by
// name, as one UI API GraphQL query whose `where` is the definition compiled by siSegments (a variable, never
// spliced into the query text). Choosing an account shows its membership history in the saved segment.
import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { formatLabel, reduceErrors, type PlatformError } from 'c/siLdsUtils';
import type { GraphqlFilter } from 'c/siSegments';
import COUNT from '@salesforce/label/c.SI_Segment_Members_Count';
import COUNT_ONE from '@salesforce/label/c.SI_Segment_Members_Count_One';
import SHOWING from '@salesforce/label/c.SI_Segment_Members_Showing';
import EMPTY from '@salesforce/label/c.SI_Segment_Members_Empty';
import ERROR from '@salesforce/label/c.SI_Segment_Members_Error';
import LOADING from '@salesforce/label/c.SI_Segment_Members_Loading';
import HISTORY from '@salesforce/label/c.SI_Segment_Members_History';
import COL_ACCOUNT from '@salesforce/label/c.SI_Segment_Members_Col_Account';
import COL_FIT from '@salesforce/label/c.SI_Segment_Members_Col_Fit';
import COL_STAGE from '@salesforce/label/c.SI_Segment_Members_Col_Stage';
import COL_COUNTRY from '@salesforce/label/c.SI_Segment_Members_Col_Country';

/** Accounts listed under the count. */
export const MEMBERS_SHOWN = 50;

export const MEMBERS_QUERY = `query siSegmentMembers($where: Account_Filter, $first: Int) {
    uiapi {
        query {
            Account(where: $where, first: $first, orderBy: { Name: { order: ASC }, Id: { order: ASC } }) {
                totalCount
                edges {
                    node {
                        Id
                        Name { value }
                        SI_Profile_Fit_Band__c { value }
                        SI_Buying_Stage__c { value }
                        BillingCountry { value }
                    }
                }
            }
        }
    }
}`;

const QUERY = gql`
    ${MEMBERS_QUERY}
`;

interface Value<T> {
    value?: T | null;
}

interface MemberNode {
    Id: string;
    Name?: Value<string>;
    SI_Profile_Fit_Band__c?: Value<string>;
    SI_Buying_Stage__c?: Value<string>;
    BillingCountry?: Value<string>;
}

interface QueryData {
    uiapi?: { query?: { Account?: { totalCount?: number; edges?: { node?: MemberNode }[] } } };
}

export interface MemberRow {
    id: string;
    name: string;
    fit: string;
    stage: string;
    country: string;
    historyLabel: string;
}

export default class SiSegmentMembers extends LightningElement {
    /** The definition as a GraphQL `Account_Filter` (segmentGraphqlWhere); the parent renders this only for a valid one. */
    @api where: GraphqlFilter = {};
    /** The saved segment, for membership history; empty before the first save. */
    @api segmentId = '';

    readonly columns = { account: COL_ACCOUNT, fit: COL_FIT, stage: COL_STAGE, country: COL_COUNTRY };
    readonly loadingText = LOADING;
    readonly errorTitle = ERROR;
    readonly emptyText = EMPTY;
    loading = true;
    total = 0;
    members: MemberRow[] = [];
    errors: string[] = [];
    selectedId = '';

    get variables(): { where: GraphqlFilter; first: number } {
        return { where: this.where, first: MEMBERS_SHOWN };
    }

    @wire(graphql, { query: QUERY, variables: '$variables' })
    wiredMembers({ data, errors }: { data?: QueryData; errors?: PlatformError[] }): void {
        if (errors && errors.length > 0) {
            this.errors = reduceErrors(errors);
            this.loading = false;
            return;
        }
        if (!data) return;
        const connection = data.uiapi?.query?.Account;
        this.total = connection?.totalCount ?? 0;
        this.members = (connection?.edges ?? [])
            .map((e) => e.node)
            .filter((n): n is MemberNode => !!n)
            .map((n) => {
                const name = n.Name?.value ?? n.Id;
                return {
                    id: n.Id,
                    name,
                    fit: n.SI_Profile_Fit_Band__c?.value ?? '',
                    stage: n.SI_Buying_Stage__c?.value ?? '',
                    country: n.BillingCountry?.value ?? '',
                    historyLabel: formatLabel(HISTORY, name)
                };
            });
        this.errors = [];
        this.loading = false;
        // The parent shows the count in its header and enables publishing only for a non-empty result.
        this.dispatchEvent(new CustomEvent('countchange', { detail: { total: this.total } }));
    }

    get hasError(): boolean {
        return this.errors.length > 0;
    }

    get isEmpty(): boolean {
        return !this.loading && !this.hasError && this.total === 0;
    }

    get hasMembers(): boolean {
        return !this.hasError && this.members.length > 0;
    }

    get countText(): string {
        return this.total === 1 ? COUNT_ONE : formatLabel(COUNT, this.total.toLocaleString());
    }

    get showingText(): string {
        return this.total > this.members.length
            ? formatLabel(SHOWING, this.members.length, this.total.toLocaleString())
            : '';
    }

    get canShowHistory(): boolean {
        return this.segmentId !== '';
    }

    get showHistory(): boolean {
        return this.canShowHistory && this.selectedId !== '';
    }

    get selectedName(): string {
        return this.members.find((m) => m.id === this.selectedId)?.name ?? '';
    }

    handleHistory(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.accountId ?? '';
        this.selectedId = this.selectedId === id ? '' : id;
    }
}
