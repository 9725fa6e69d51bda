// List segments: each uploaded row matched to an account with its reason; ties are never guessed.
import { describe, expect, it } from '@jest/globals';
import { AccountListMatcher, matchListRows, type Account } from 'c/siEngine';

const ACCOUNTS: Account[] = [
    { Id: '001A', Name: 'Acme Corporation', Website: 'https://www.acme.com', BillingCountry: 'Germany' },
    { Id: '001B', Name: 'Acme Corp.', Website: 'acme.fr', BillingCountry: 'France' },
    { Id: '001C', Name: 'Globex', Website: 'globex.com', BillingCountry: 'United States' },
    { Id: '001D', Name: 'Globex', Website: 'globex.io', BillingCountry: 'United States' },
    { Id: '001E', Name: 'Initech', Website: 'initech.com', BillingCountry: 'Canada' },
    { Id: '001F', Name: 'Umbrella', Website: 'umbrella.com' },
    { Id: '001G', Name: 'Umbrella Holdings', Website: 'umbrella.com' }
];

describe('matchListRows', () => {
    it('matches by domain, by a website or email domain, by name and country, and says why', () => {
        const results = matchListRows(
            [
                { domain: 'ACME.com' },
                { domain: 'www.acme.com' },
                { domain: 'https://acme.fr/about' },
                { domain: 'ann@initech.com' },
                { company: 'ACME corporation', country: 'germany' },
                { company: 'Initech' },
                { domain: 'nobody.example', company: 'Initech', country: 'Canada' }
            ],
            ACCOUNTS
        );
        expect(results.map((r) => [r.reason, r.accountId])).toEqual([
            ['Domain', '001A'],
            ['Domain', '001A'],
            ['Website or email domain', '001B'],
            ['Website or email domain', '001E'],
            ['Name and country', '001A'],
            ['Name', '001E'],
            ['Name and country', '001E']
        ]);
        expect(results.map((r) => r.row)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    it('never guesses between accounts that share a domain or a name', () => {
        const [domain, name] = matchListRows(
            [{ domain: 'umbrella.com' }, { company: 'Globex', country: 'United States' }],
            ACCOUNTS
        );
        expect(domain).toEqual({ row: 0, reason: 'Ambiguous', accountId: null, candidates: ['001F', '001G'] });
        expect(name).toEqual({ row: 1, reason: 'Ambiguous', accountId: null, candidates: ['001C', '001D'] });
    });

    it('says no match, and that a row without a domain or a company has nothing to match', () => {
        const results = matchListRows(
            [{ domain: 'acme.de' }, { company: 'Acme Corporation', country: 'Spain' }, { country: 'France' }, {}],
            ACCOUNTS
        );
        expect(results.map((r) => r.reason)).toEqual(['No match', 'No match', 'Nothing to match', 'Nothing to match']);
        expect(results.every((r) => r.accountId === null)).toBe(true);
    });
});

describe('AccountListMatcher for people (contact acquisition)', () => {
    it("tries a person's email domain after the row's domain and before the name; a free mail domain never matches", () => {
        const matcher = new AccountListMatcher(ACCOUNTS);
        expect(
            matcher.match({ domain: 'nobody.example', email: 'ann@initech.com', company: 'Globex' }, 0)
        ).toMatchObject({
            reason: 'Website or email domain',
            accountId: '001E'
        });
        expect(matcher.match({ email: 'ann@gmail.com', company: 'Initech' }, 1)).toMatchObject({
            reason: 'Name',
            accountId: '001E'
        });
        expect(matcher.match({ email: 'ann@gmail.com' }, 2).reason).toBe('No match');
        expect(matcher.match({ email: 'ann@umbrella.com' }, 3)).toMatchObject({
            reason: 'Ambiguous',
            candidates: ['001F', '001G']
        });
    });

    it('compares countries by the given key, so a code and a name of one country are equal', () => {
        const codes: Record<string, string> = { de: 'DE', germany: 'DE', deutschland: 'DE', france: 'FR' };
        const matcher = new AccountListMatcher(ACCOUNTS, {
            countryKey: (c) => codes[c.toLowerCase()] ?? c.toLowerCase()
        });
        expect(matcher.match({ company: 'Acme Corporation', country: 'DE' }, 0)).toMatchObject({
            reason: 'Name and country',
            accountId: '001A'
        });
        expect(matcher.match({ company: 'Acme', country: 'Deutschland' }, 1).accountId).toBe('001A');
        expect(new AccountListMatcher(ACCOUNTS).match({ company: 'Acme', country: 'DE' }, 2).reason).toBe('No match');
    });
});
