// The CSV provider: a data vendor's export (first/last name, title, email, phone, company, domain, country,
// state, LinkedIn URL) parsed with papaparse. Headers are matched by alias, case, spaces and punctuation
// ignored ("First Name", "first_name", "FirstName"); a file without an email or last name column, or with two
// columns for one field, stops with the file and its headers named. A row that cannot become a Lead or a
// Contact (wrong number of cells, no last name, a malformed email, a value longer than the Salesforce field)
// is returned with `invalid` naming the file, row and field. Rows are numbered as in a spreadsheet: the
// header is row 1.
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import type { CandidateProvider } from './provider';
import { ProviderError } from './errors';
import type { Candidate } from './types';

type Field = Exclude<keyof Candidate, 'index' | 'source' | 'invalid'>;

/** The Standard mapping profile: field -> header aliases (compared by `headerKey`). */
export const HEADER_ALIASES: Readonly<Record<Field, readonly string[]>> = {
    firstName: ['first name', 'firstname', 'given name', 'fname', 'first'],
    lastName: ['last name', 'lastname', 'surname', 'family name', 'lname', 'last'],
    title: ['title', 'job title', 'position', 'job position', 'role'],
    email: ['email', 'email address', 'work email', 'business email', 'e-mail', 'mail'],
    phone: ['phone', 'phone number', 'direct phone', 'work phone', 'mobile', 'mobile phone', 'telephone'],
    company: ['company', 'company name', 'organization', 'organisation', 'account name', 'employer'],
    domain: ['domain', 'company domain', 'website', 'company website', 'web site', 'url'],
    country: ['country', 'country code', 'person country', 'country name'],
    state: ['state', 'region', 'province', 'state province', 'state/province', 'county'],
    linkedInUrl: ['linkedin', 'linkedin url', 'linkedin profile', 'person linkedin url', 'linkedin profile url']
};

/** Mapping profiles the CSV provider knows (SI_Orchestration__c.Mapping_Profile__c; blank is Standard). */
export const MAPPING_PROFILES = ['Standard'] as const;

/** Lengths of the Lead/Contact fields the values go to (Salesforce's standard field lengths). */
const MAX_LENGTH: Partial<Record<Field, number>> = {
    firstName: 40,
    lastName: 80,
    title: 128,
    email: 80,
    phone: 40,
    company: 255,
    country: 80,
    state: 80,
    linkedInUrl: 255
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function headerKey(header: string): string {
    return header
        .replace(/^\uFEFF/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '');
}

const ALIAS_FIELD = new Map<string, Field>();
for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [Field, readonly string[]][])
    for (const alias of aliases) ALIAS_FIELD.set(headerKey(alias), field);

/** Maps a header row to field -> column index; throws naming the file for a missing or doubled column. */
export function mapHeaders(file: string, headers: readonly string[]): Map<Field, number> {
    const columns = new Map<Field, number>();
    headers.forEach((h, i) => {
        const field = ALIAS_FIELD.get(headerKey(h));
        if (!field) return;
        const before = columns.get(field);
        if (before !== undefined)
            throw new ProviderError(
                `${file}: columns "${headers[before]}" and "${h}" both give the ${field} field; keep one`
            );
        columns.set(field, i);
    });
    for (const required of ['email', 'lastName'] as const)
        if (!columns.has(required))
            throw new ProviderError(
                `${file}: no ${required === 'email' ? 'email' : 'last name'} column (headers: ${headers.join(', ')}); ` +
                    `accepted names: ${HEADER_ALIASES[required].join(', ')}`
            );
    return columns;
}

/** Parses a vendor export's text into candidates (`file` names it in messages). */
export function parseVendorCsv(file: string, text: string): Candidate[] {
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
    const rows = parsed.data;
    if (rows.length === 0) throw new ProviderError(`${file}: the file is empty (expected a header row)`);
    const headers = rows[0] as string[];
    const columns = mapHeaders(file, headers);
    const rowErrors = new Map<number, string>();
    for (const e of parsed.errors) if (typeof e.row === 'number') rowErrors.set(e.row, `${e.message}`);
    const candidates: Candidate[] = [];
    for (let r = 1; r < rows.length; r++) {
        const cells = rows[r] as string[];
        const rowNumber = r + 1;
        const source = `${file} row ${rowNumber}`;
        const value = (field: Field): string | null => {
            const i = columns.get(field);
            const v = i === undefined ? undefined : cells[i];
            const t = v === undefined ? '' : v.trim();
            return t ? t : null;
        };
        const candidate: Candidate = {
            index: r - 1,
            source,
            firstName: value('firstName'),
            lastName: value('lastName'),
            title: value('title'),
            email: value('email'),
            phone: value('phone'),
            company: value('company'),
            domain: value('domain'),
            country: value('country'),
            state: value('state'),
            linkedInUrl: value('linkedInUrl'),
            invalid: null
        };
        const problems: string[] = [];
        const parseError = rowErrors.get(r);
        if (parseError || cells.length !== headers.length)
            problems.push(`${cells.length} cells for ${headers.length} columns${parseError ? ` (${parseError})` : ''}`);
        if (!candidate.lastName) problems.push('field last name: missing (Leads and Contacts need one)');
        if (candidate.email && !EMAIL.test(candidate.email))
            problems.push(`field email: "${candidate.email}" is not an email address`);
        for (const [field, max] of Object.entries(MAX_LENGTH) as [Field, number][]) {
            const v = candidate[field];
            if (v && v.length > max)
                problems.push(`field ${headers[columns.get(field) as number]}: ${v.length} characters, at most ${max}`);
        }
        if (problems.length > 0) candidate.invalid = `${source}: ${problems.join('; ')}`;
        candidates.push(candidate);
    }
    return candidates;
}

export class CsvProvider implements CandidateProvider {
    readonly name = 'CSV';

    constructor(
        private readonly file: string,
        mappingProfile: string | null = null
    ) {
        if (mappingProfile && !(MAPPING_PROFILES as readonly string[]).includes(mappingProfile))
            throw new ProviderError(
                `the CSV provider has no mapping profile "${mappingProfile}" (it has ${MAPPING_PROFILES.join(', ')})`
            );
    }

    candidates(): Promise<Candidate[]> {
        if (!existsSync(this.file)) throw new ProviderError(`${this.file}: no such file`);
        return Promise.resolve(parseVendorCsv(basename(this.file), readFileSync(this.file, 'utf8')));
    }
}
