// List segments: an uploaded CSV of domains or company names (with an optional country) read into rows,
// each refusal naming its row and field, then matched to accounts into the report shown before saving.
// Pure: the CSV parser (papaparse: the npm module in Node, the SI_PapaParse static resource in the builder,
// loaded with lightning/platformResourceLoader because a component cannot import an npm package) and the
// matcher (siEngine's AccountListMatcher) are passed in, so this bundle imports no other bundle at run time.
import type { ListMatch, ListMatchReason, ListRow } from 'c/siEngine';

/** What this module needs of papaparse's `Papa.parse` (a string in, header mode). */
export interface CsvParser {
    parse(
        text: string,
        config: { header: true; skipEmptyLines: 'greedy'; transformHeader: (h: string) => string }
    ): {
        data: Record<string, unknown>[];
        errors: { type: string; code: string; message: string; row?: number | undefined }[];
        meta: { fields?: string[] | undefined };
    };
}

/** What this module needs of AccountListMatcher. */
export interface ListMatcher {
    match(row: ListRow, index: number): ListMatch;
}

/** Rows one upload may hold (a list segment is a target list, not a data load). */
export const MAX_LIST_ROWS = 5000;

export type ListColumn = 'domain' | 'company' | 'country';

/** Accepted headers per column (compared without case, spaces, `_` or `-`). */
export const LIST_HEADER_ALIASES: Readonly<Record<ListColumn, readonly string[]>> = {
    domain: ['domain', 'website', 'web site', 'url', 'email', 'email domain', 'company domain', 'account website'],
    company: ['company', 'company name', 'account', 'account name', 'name', 'organization', 'organisation'],
    country: ['country', 'billing country', 'country/region', 'account country']
};

const squash = (h: string): string => h.toLowerCase().replace(/[\s_-]+/g, '');

export interface ListUploadRow extends ListRow {
    /** 1-based: row 1 is the first row after the header. */
    row: number;
}

export interface ListRowError {
    /** 1-based data row, or 0 for the file itself (its header). */
    row: number;
    /** The column's header as uploaded, or null. */
    field: string | null;
    message: string;
}

export interface ListUpload {
    /** The uploaded header of each column read, or null when the file has none. */
    columns: Record<ListColumn, string | null>;
    rows: ListUploadRow[];
    errors: ListRowError[];
}

const DOMAIN_LIKE = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$|^(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s/?#:@]+\.[^\s/?#:@]+(?:[/?#:].*)?$/i;

function cell(record: Record<string, unknown>, header: string | null): string | null {
    if (header === null) return null;
    const value = record[header];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Reads an uploaded list. The header names the columns (aliases in LIST_HEADER_ALIASES); a file without a
 * domain or a company column is refused whole. A row without either, or whose domain is neither a domain, a
 * website nor an email, or that the CSV parser could not read, is an error naming its row and field; the
 * other rows are read. Nothing is dropped silently: every data row is a row or an error.
 */
export function parseListCsv(text: string, parser: CsvParser): ListUpload {
    const columns: Record<ListColumn, string | null> = { domain: null, company: null, country: null };
    const parsed = parser.parse(text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: 'greedy',
        transformHeader: (h) => h.trim()
    });
    const fields = parsed.meta.fields ?? [];
    for (const column of Object.keys(columns) as ListColumn[]) {
        const aliases = LIST_HEADER_ALIASES[column].map(squash);
        columns[column] = fields.find((f) => aliases.includes(squash(f))) ?? null;
    }
    const errors: ListRowError[] = [];
    if (columns.domain === null && columns.company === null) {
        errors.push({
            row: 0,
            field: null,
            message: `The list needs a Domain or a Company column (found: ${fields.length > 0 ? fields.join(', ') : 'no header'}); optionally Country`
        });
        return { columns, rows: [], errors };
    }
    if (parsed.data.length > MAX_LIST_ROWS) {
        errors.push({
            row: 0,
            field: null,
            message: `The list has ${parsed.data.length} rows; upload at most ${MAX_LIST_ROWS} at once`
        });
        return { columns, rows: [], errors };
    }
    // A row with fewer fields than the header is read as it is (its missing cells are empty); any other
    // parser error (an unterminated quote, more fields than the header: an unquoted comma) refuses the row.
    // papaparse 5.7 numbers field-count errors by data row but quote errors by line with the header
    // counted: both are brought to the data row.
    const unreadable = new Map<number, string[]>();
    const dataRow = (e: { type: string; row?: number | undefined }): number | null => {
        if (typeof e.row !== 'number') return null;
        return e.type === 'Quotes' ? e.row - 1 : e.row;
    };
    for (const e of parsed.errors) {
        const i = dataRow(e);
        if (i !== null) unreadable.set(i, [...(unreadable.get(i) ?? []), e.message]);
    }
    for (const e of parsed.errors) {
        const i = dataRow(e);
        if (e.code === 'TooFewFields' && i !== null && unreadable.get(i)?.length === 1) unreadable.delete(i);
    }
    const rows: ListUploadRow[] = [];
    parsed.data.forEach((record, i) => {
        const row = i + 1;
        const problems = unreadable.get(i);
        if (problems !== undefined) {
            errors.push({ row, field: null, message: `Row ${row}: ${problems.join('; ')}` });
            return;
        }
        const domain = cell(record, columns.domain);
        const company = cell(record, columns.company);
        const country = cell(record, columns.country);
        if (domain === null && company === null) {
            const which = [columns.domain, columns.company].filter((c) => c !== null).join(' or ');
            errors.push({ row, field: columns.domain ?? columns.company, message: `Row ${row}: no ${which}` });
            return;
        }
        if (domain !== null && !DOMAIN_LIKE.test(domain)) {
            errors.push({
                row,
                field: columns.domain,
                message: `Row ${row}, ${columns.domain}: "${domain}" is not a domain, a website or an email`
            });
            return;
        }
        rows.push({ row, domain, company, country });
    });
    return { columns, rows, errors };
}

export interface AccountRef {
    id: string;
    name: string | null;
}

export interface ListReportEntry {
    row: number;
    /** What the row said: its domain, else its company (and country). */
    input: string;
    reason: ListMatchReason;
    /** The account the row matched, or null. */
    account: AccountRef | null;
    /** Ambiguous: the accounts the deciding rule found (never guessed between). */
    candidates: AccountRef[];
    /** True when an earlier row matched the same account (saved once). */
    duplicate: boolean;
}

export interface ListReport {
    entries: ListReportEntry[];
    errors: ListRowError[];
    /** Rows per reason, in the order of ListMatchReason. */
    counts: Partial<Record<ListMatchReason, number>>;
    /** The accounts saving adds, each once, in row order. */
    accountIds: string[];
}

/** Matches the rows of an upload (`matcher`: an AccountListMatcher over the candidate accounts). */
export function listMatchReport(
    upload: ListUpload,
    matcher: ListMatcher,
    accountName: (id: string) => string | null
): ListReport {
    const ref = (id: string): AccountRef => ({ id, name: accountName(id) });
    const seen = new Set<string>();
    const counts: ListReport['counts'] = {};
    const entries = upload.rows.map((r): ListReportEntry => {
        const m = matcher.match(r, r.row - 1);
        counts[m.reason] = (counts[m.reason] ?? 0) + 1;
        const duplicate = m.accountId !== null && seen.has(m.accountId);
        if (m.accountId !== null) seen.add(m.accountId);
        const input =
            r.domain ?? [r.company, r.country].filter((v): v is string => typeof v === 'string' && v !== '').join(', ');
        return {
            row: r.row,
            input,
            reason: m.reason,
            account: m.accountId === null ? null : ref(m.accountId),
            candidates: m.candidates.map(ref),
            duplicate
        };
    });
    return { entries, errors: upload.errors, counts, accountIds: [...seen] };
}

/** SOQL/GraphQL `like` with the value's own `%`, `_` and `\` escaped. */
function likeContains(value: string): string {
    return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A GraphQL Account filter that selects at least every account a row could match (website containing the
 * row's domain, name containing the first word of its normalized company name), so that the matcher,
 * run over those candidates, decides exactly. `normalize` is siEngine's normalizeCompanyName; `domainOf`
 * its domainFromWebsite or emailDomain reading of the row's domain.
 */
export function candidateAccountsWhere(
    rows: readonly ListRow[],
    domainOf: (value: string) => string | null,
    normalize: (name: string) => string | null
): Record<string, unknown> | null {
    const likes = new Set<string>();
    for (const r of rows) {
        const domain = r.domain ? domainOf(r.domain) : null;
        if (domain) likes.add(`W${likeContains(domain)}`);
        const name = r.company ? normalize(r.company) : null;
        const word = name ? (name.split(' ').sort((a, b) => b.length - a.length)[0] ?? null) : null;
        if (word) likes.add(`N${likeContains(word)}`);
    }
    if (likes.size === 0) return null;
    return {
        or: [...likes].map((l) => (l[0] === 'W' ? { Website: { like: l.slice(1) } } : { Name: { like: l.slice(1) } }))
    };
}
