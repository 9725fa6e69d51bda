// A List segment's upload: a CSV of domains or company names (optional country) read with papaparse (the
// SI_PapaParse static resource), each row matched to accounts by siEngine's AccountListMatcher over the candidate
// accounts (one GraphQL query per 2,000, paged to the end, so no candidate is missed), and the match report shown
// before anything is saved: each row's reason (domain, website or email domain, name and country, ambiguous with
// the accounts it could be, no match), rows the file could not give, and duplicates. Sends `listmatched` with the
// accounts saving would add; ambiguous rows are never among them.
import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { loadScript } from 'lightning/platformResourceLoader';
import PAPA_PARSE from '@salesforce/resourceUrl/SI_PapaParse';
import { AccountListMatcher, domainFromWebsite, emailDomain, normalizeCompanyName, type Account } from 'c/siEngine';
import { formatLabel, reduceErrors, type PlatformError } from 'c/siLdsUtils';
import {
    candidateAccountsWhere,
    listMatchReport,
    parseListCsv,
    type CsvParser,
    type ListReport,
    type ListUpload
} from 'c/siSegments';
import FILE from '@salesforce/label/c.SI_Segment_List_File';
import FILE_HELP from '@salesforce/label/c.SI_Segment_List_File_Help';
import READING from '@salesforce/label/c.SI_Segment_List_Reading';
import SUMMARY from '@salesforce/label/c.SI_Segment_List_Summary';
import DUPLICATE from '@salesforce/label/c.SI_Segment_List_Duplicate';
import ERROR from '@salesforce/label/c.SI_Segment_List_Error';

/** Candidate accounts per query (the GraphQL API's largest page). */
export const CANDIDATES_PAGE = 2000;

const QUERY = gql`
    query siSegmentListCandidates($where: Account_Filter, $first: Int, $after: String) {
        uiapi {
            query {
                Account(where: $where, first: $first, after: $after, orderBy: { Id: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Website {
                                value
                            }
                            BillingCountry {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

interface Node {
    Id: string;
    Name?: { value?: string | null };
    Website?: { value?: string | null };
    BillingCountry?: { value?: string | null };
}

interface QueryData {
    uiapi?: {
        query?: {
            Account?: { edges?: { node?: Node }[]; pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } };
        };
    };
}

/** A row's domain as the matcher reads it: an email's domain, else a website's. */
export function domainOf(value: string): string | null {
    return value.includes('@') && !value.includes('/') ? emailDomain(value) : domainFromWebsite(value);
}

/** A file's text (FileReader: in every browser Lightning supports, and in jsdom). */
export function readText(file: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result ?? ''));
        reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
        reader.readAsText(file);
    });
}

export interface ReportRow {
    key: string;
    row: number;
    input: string;
    reason: string;
    accounts: string;
    note: string;
}

export default class SiSegmentListUpload extends LightningElement {
    readonly labels = { file: FILE, fileHelp: FILE_HELP, reading: READING, error: ERROR };
    fileName = '';
    reading = false;
    errors: string[] = [];
    report: ListReport | null = null;
    private upload: ListUpload | null = null;
    private candidates: Account[] = [];
    /** The candidates query's variables; undefined: no query (the wire waits). */
    variables: { where: Record<string, unknown>; first: number; after: string | null } | undefined = undefined;

    @wire(graphql, { query: QUERY, variables: '$variables' })
    wiredCandidates({ data, errors }: { data?: QueryData; errors?: PlatformError[] }): void {
        if (!this.variables) return;
        if (errors && errors.length > 0) {
            this.errors = reduceErrors(errors);
            this.reading = false;
            this.variables = undefined;
            return;
        }
        const connection = data?.uiapi?.query?.Account;
        if (!connection) return;
        for (const edge of connection.edges ?? []) {
            const n = edge.node;
            if (n)
                this.candidates.push({
                    Id: n.Id,
                    Name: n.Name?.value ?? null,
                    Website: n.Website?.value ?? null,
                    BillingCountry: n.BillingCountry?.value ?? null
                } as Account);
        }
        if (connection.pageInfo?.hasNextPage && connection.pageInfo.endCursor) {
            this.variables = { ...this.variables, after: connection.pageInfo.endCursor };
            return;
        }
        this.variables = undefined;
        this.finish();
    }

    async handleFile(event: Event): Promise<void> {
        const file = (event.target as HTMLInputElement & { files?: FileList }).files?.[0];
        if (!file) return;
        this.fileName = file.name;
        this.reading = true;
        this.errors = [];
        this.report = null;
        this.candidates = [];
        this.send();
        try {
            await loadScript(this, PAPA_PARSE);
            const papa = (window as unknown as { Papa?: CsvParser }).Papa;
            if (!papa) throw new Error('The CSV reader (SI_PapaParse static resource) did not load.');
            this.upload = parseListCsv(await readText(file), papa);
        } catch (e) {
            this.errors = [e instanceof Error ? e.message : reduceErrors(e as PlatformError).join('; ')];
            this.reading = false;
            return;
        }
        const where = candidateAccountsWhere(this.upload.rows, domainOf, normalizeCompanyName);
        if (where === null) {
            this.finish();
            return;
        }
        this.variables = { where, first: CANDIDATES_PAGE, after: null };
    }

    private finish(): void {
        const upload = this.upload;
        if (!upload) return;
        const names = new Map(this.candidates.map((a) => [String(a.Id), typeof a.Name === 'string' ? a.Name : null]));
        this.report = listMatchReport(upload, new AccountListMatcher(this.candidates), (id) => names.get(id) ?? null);
        this.reading = false;
        this.send();
    }

    private send(): void {
        const report = this.report;
        this.dispatchEvent(
            new CustomEvent('listmatched', {
                detail: { fileName: this.fileName, accountIds: report ? [...report.accountIds] : [] }
            })
        );
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get summary(): string {
        const r = this.report;
        if (!r) return '';
        const counts = Object.entries(r.counts)
            .map(([reason, n]) => `${reason} ${n}`)
            .join(', ');
        return formatLabel(SUMMARY, r.entries.length + r.errors.length, r.accountIds.length, counts || '-');
    }

    get rowErrors(): string[] {
        return (this.report?.errors ?? []).map((e) => e.message);
    }

    get hasRowErrors(): boolean {
        return this.rowErrors.length > 0;
    }

    get rows(): ReportRow[] {
        return (this.report?.entries ?? []).map((e) => ({
            key: `r${e.row}`,
            row: e.row,
            input: e.input,
            reason: e.reason,
            accounts: e.account ? (e.account.name ?? e.account.id) : e.candidates.map((c) => c.name ?? c.id).join('; '),
            note: e.duplicate ? DUPLICATE : ''
        }));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }
}
