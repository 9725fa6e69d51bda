// List uploads: a CSV read with papaparse (header aliases, every bad row named by row and field), matched
// to the sample accounts with siEngine's AccountListMatcher into the report shown before saving; the
// candidate-account filter the builder sends selects, on the preview's graphql-js stand-in, every account
// the matcher then picks.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { AccountListMatcher, domainFromWebsite, emailDomain, normalizeCompanyName, type Account } from 'c/siEngine';
import { candidateAccountsWhere, listMatchReport, MAX_LIST_ROWS, parseListCsv, type CsvParser } from 'c/siSegments';
import { contextFor, nodes, store } from '../../../../../../preview/graphql/__tests__/support/context';
import { executeGraphQL } from '../../../../../../preview/graphql/execute';

const ROOT = join(__dirname, '..', '..', '..', '..', '..', '..');
const parser: CsvParser = Papa as unknown as CsvParser;

interface TreeAccount extends Account {
    attributes: { referenceId: string };
}
const SAMPLE: Account[] = (
    JSON.parse(readFileSync(join(ROOT, 'data', 'Account.json'), 'utf8')) as { records: TreeAccount[] }
).records.map((r) => ({ ...r, Id: r.attributes.referenceId }));
/** The sample accounts and a second account on Tidewater's website (a duplicate record in the org). */
const ACCOUNTS: Account[] = [
    ...SAMPLE,
    { Id: 'AccountDup', Name: 'Tidewater Energy', Website: 'tidewaterenergy.com', BillingCountry: 'United States' }
];
const nameOf = (id: string): string | null => (ACCOUNTS.find((a) => a.Id === id)?.Name as string) ?? null;
const LIST = readFileSync(join(__dirname, 'data', 'sample-list.csv'), 'utf8');

describe('parseListCsv', () => {
    it('reads the columns by their aliases and names every bad row by row and field', () => {
        const upload = parseListCsv(LIST, parser);
        expect(upload.columns).toEqual({ domain: 'Website', company: 'Company Name', country: 'Country' });
        expect(upload.errors).toEqual([
            {
                row: 8,
                field: 'Website',
                message: 'Row 8, Website: "not a domain" is not a domain, a website or an email'
            },
            { row: 9, field: 'Website', message: 'Row 9: no Website or Company Name' }
        ]);
        // Every data row is a row or an error: nothing dropped.
        const dataRows = LIST.trim().split(/\r?\n/).length - 1;
        expect(upload.rows.length + upload.errors.length).toBe(dataRows);
        expect(upload.rows[2]).toEqual({ row: 3, domain: null, company: 'Meridian Freight', country: 'United States' });
    });

    it('refuses a file without a domain or company column, or too many rows', () => {
        const none = parseListCsv('Region,Owner\nEMEA,Ann\n', parser);
        expect(none.rows).toEqual([]);
        expect(none.errors[0]?.message).toBe(
            'The list needs a Domain or a Company column (found: Region, Owner); optionally Country'
        );
        const many = parseListCsv(`domain\n${'acme.com\n'.repeat(MAX_LIST_ROWS + 1)}`, parser);
        expect(many.errors[0]?.message).toBe(
            `The list has ${MAX_LIST_ROWS + 1} rows; upload at most ${MAX_LIST_ROWS} at once`
        );
    });

    it("names a row the CSV parser cannot read, and takes other headers' spellings and a BOM", () => {
        // A spreadsheet's semicolon-separated export with a byte order mark.
        const bom = parseListCsv('\uFEFFaccount_name;x\nAcme, Inc.;1\n', parser);
        expect(bom.columns.company).toBe('account_name');
        expect(bom.rows).toEqual([{ row: 1, domain: null, company: 'Acme, Inc.', country: null }]);
        const quoted = parseListCsv('Account Name,E-mail\n"Acme\nGlobex,ann@globex.com\n', parser);
        expect(quoted.rows).toEqual([]);
        expect(quoted.errors[0]).toMatchObject({ row: 1, field: null });
        expect(quoted.errors[0]?.message).toMatch(/^Row 1: .*Quoted field unterminated/);
        // An unquoted comma shifts the columns: refused; a short row is read with its missing cells empty.
        const shifted = parseListCsv('Company,Country\nAcme, Inc.,Germany\nBeta\n', parser);
        expect(shifted.errors).toEqual([
            { row: 1, field: null, message: 'Row 1: Too many fields: expected 2 fields but parsed 3' }
        ]);
        expect(shifted.rows).toEqual([{ row: 2, domain: null, company: 'Beta', country: null }]);
        const aliases = parseListCsv('ACCOUNT NAME,Billing_Country,email\nAcme,Germany,ann@acme.de\n', parser);
        expect(aliases.columns).toEqual({ domain: 'email', company: 'ACCOUNT NAME', country: 'Billing_Country' });
        expect(aliases.rows).toEqual([{ row: 1, domain: 'ann@acme.de', company: 'Acme', country: 'Germany' }]);
    });
});

describe('listMatchReport over the sample accounts', () => {
    const report = listMatchReport(parseListCsv(LIST, parser), new AccountListMatcher(ACCOUNTS), nameOf);
    const byRow = new Map(report.entries.map((e) => [e.row, e]));

    it('gives each row its reason and account', () => {
        expect(report.entries.map((e) => [e.row, e.reason, e.account?.id ?? null])).toEqual([
            [1, 'Domain', 'AccountRef1'],
            [2, 'Website or email domain', 'AccountRef2'],
            [3, 'Name and country', 'AccountRef3'],
            [4, 'Name and country', 'AccountRef5'],
            [5, 'No match', null],
            [6, 'Website or email domain', 'AccountRef7'],
            [7, 'Name', 'AccountRef8'],
            [10, 'No match', null],
            [11, 'Name', 'AccountRef1'],
            [12, 'Ambiguous', null]
        ]);
        expect(byRow.get(3)?.account).toEqual({ id: 'AccountRef3', name: 'Meridian Freight Group' });
        expect(byRow.get(3)?.input).toBe('Meridian Freight, United States');
    });

    it('never guesses an ambiguous row: it lists the candidates', () => {
        expect(byRow.get(12)?.candidates).toEqual([
            { id: 'AccountDup', name: 'Tidewater Energy' },
            { id: 'AccountRef9', name: 'Tidewater Energy Partners' }
        ]);
        expect(report.accountIds).not.toContain('AccountRef9');
    });

    it('saves each matched account once, and keeps the row errors in the report', () => {
        expect(byRow.get(11)?.duplicate).toBe(true);
        expect(report.accountIds).toEqual([
            'AccountRef1',
            'AccountRef2',
            'AccountRef3',
            'AccountRef5',
            'AccountRef7',
            'AccountRef8'
        ]);
        expect(report.counts).toEqual({
            Domain: 1,
            'Website or email domain': 2,
            'Name and country': 2,
            Name: 2,
            'No match': 2,
            Ambiguous: 1
        });
        expect(report.errors.map((e) => e.row)).toEqual([8, 9]);
    });
});

describe('candidateAccountsWhere', () => {
    const domainOf = (v: string): string | null => {
        return v.includes('@') && !v.includes('/') ? emailDomain(v) : domainFromWebsite(v);
    };
    const normalize = (n: string): string | null => normalizeCompanyName(n);

    it('selects, on the GraphQL stand-in, every account the matcher picks from all accounts', () => {
        const upload = parseListCsv(LIST, parser);
        const where = candidateAccountsWhere(upload.rows, domainOf, normalize);
        const records = ACCOUNTS.map((a) => ({ ...a, Id: `001${String(ACCOUNTS.indexOf(a)).padStart(15, '0')}` }));
        const result = executeGraphQL(
            'query c($where: Account_Filter) { uiapi { query { Account(where: $where, first: 2000) { edges { node { Id Name { value } Website { value } BillingCountry { value } } } } } } }',
            { where },
            contextFor(store({ Account: records as never }))
        );
        const found = nodes(result, 'Account').map((n): Account => ({
            Id: n.Id,
            Name: n.Name.value,
            Website: n.Website.value,
            BillingCountry: n.BillingCountry.value
        }));
        expect(found.length).toBeLessThan(records.length);
        const all = listMatchReport(upload, new AccountListMatcher(records), () => null);
        const fromCandidates = listMatchReport(upload, new AccountListMatcher(found), () => null);
        expect(fromCandidates.entries).toEqual(all.entries);
    });

    it('asks for the longest word of a normalized name and the domain of a website or email', () => {
        expect(
            candidateAccountsWhere(
                [
                    { company: 'The Larkspur Home & Garden, Inc.' },
                    { domain: 'https://www.acme.com/x' },
                    { domain: 'ann@acme.com' }
                ],
                domainOf,
                normalize
            )
        ).toEqual({ or: [{ Name: { like: '%larkspur%' } }, { Website: { like: '%acme.com%' } }] });
        expect(candidateAccountsWhere([{ country: 'France' }], domainOf, normalize)).toBeNull();
    });
});
