// The CSV provider: a vendor export parsed with papaparse, header aliases, and per-row problems that name
// the file, the row and the field (the row then reaches the pipeline as Invalid row: nothing is dropped).
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { CsvProvider, parseVendorCsv } from '../acquire/csvProvider';
import { ProviderError } from '../acquire/errors';
import { providerFor } from '../acquire/provider';

const VENDOR = join(__dirname, 'data/acquire/vendor.csv');

describe('CSV provider', () => {
    it('reads a vendor export by header alias, trims values and keeps the file order', async () => {
        const people = await providerFor('CSV', { file: VENDOR, mappingProfile: null }).candidates();
        expect(people).toHaveLength(6);
        expect(people[0]).toEqual({
            index: 0,
            source: 'vendor.csv row 2',
            firstName: 'Ann',
            lastName: 'Lee',
            title: 'CTO',
            email: 'Ann.Lee@Acme.com',
            phone: '+1 555 0100',
            company: 'Acme Corporation',
            domain: 'acme.com',
            country: 'United States',
            state: 'California',
            linkedInUrl: 'https://www.linkedin.com/in/annlee',
            invalid: null
        });
        expect(people[4]).toMatchObject({ firstName: 'Eve, Jr.', title: 'Director of IT, EMEA', state: 'Bayern' });
        expect(people.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('names the file, row and field of each row it cannot use', async () => {
        const people = await new CsvProvider(VENDOR).candidates();
        expect(people.map((p) => p.invalid)).toEqual([
            null,
            null,
            'vendor.csv row 4: field last name: missing (Leads and Contacts need one)',
            'vendor.csv row 5: field email: "dana@@globex" is not an email address',
            null,
            expect.stringMatching(/^vendor\.csv row 7: 8 cells for 10 columns/)
        ]);
    });

    it('stops when the email or last name column is missing, or two columns give one field', () => {
        expect(() => parseVendorCsv('a.csv', 'Name,Email\nAnn,a@b.co\n')).toThrow(
            'a.csv: no last name column (headers: Name, Email)'
        );
        expect(() => parseVendorCsv('b.csv', 'Last Name,Email,Work Email\nLee,a@b.co,c@b.co\n')).toThrow(
            'b.csv: columns "Email" and "Work Email" both give the email field; keep one'
        );
        expect(() => parseVendorCsv('c.csv', '')).toThrow(ProviderError);
    });

    it('flags a value longer than the Salesforce field', () => {
        const [p] = parseVendorCsv('d.csv', `lastname,email,title\nLee,a@b.co,${'x'.repeat(129)}\n`);
        expect(p!.invalid).toBe('d.csv row 2: field title: 129 characters, at most 128');
    });

    it('refuses an unknown mapping profile and a missing file', () => {
        expect(() => new CsvProvider(VENDOR, 'Zoominfo v9')).toThrow('no mapping profile "Zoominfo v9"');
        expect(() => providerFor('CSV', { file: null, mappingProfile: null })).toThrow('--provider-file');
        expect(() => providerFor('Nope', { file: VENDOR, mappingProfile: null })).toThrow('no provider "Nope"');
    });
});
