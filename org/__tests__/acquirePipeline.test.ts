// Contact acquisition (issue 17): the pure pipeline, clause by clause. Each test changes one thing about a
// candidate that is otherwise Eligible (a CTO at a target account with no Technical Buyer, in the US).
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { countryCode, regionCountry } from '../acquire/countries';
import { DefinitionError, gdprCountries, parseOrchestration } from '../acquire/definition';
import { countDecisions, decideCandidates, type PipelineInput } from '../acquire/pipeline';
import { normalizeEmail } from '../acquire/rules';
import type { AcquireAccount, Candidate, Decision, ExistingPerson, Orchestration } from '../acquire/types';

const ACCOUNTS: AcquireAccount[] = [
    {
        Id: '001000000000001AAA',
        Name: 'Acme Corporation',
        Website: 'https://acme.com',
        BillingCountry: 'United States'
    },
    { Id: '001000000000002AAA', Name: 'Globex', Website: 'globex.com', BillingCountry: 'US' },
    { Id: '001000000000003AAA', Name: 'Umbrella', Website: 'umbrella.com', BillingCountry: 'US' },
    { Id: '001000000000004AAA', Name: 'Umbrella Holdings', Website: 'umbrella.com', BillingCountry: 'US' },
    { Id: '001000000000005AAA', Name: 'Initech', Website: 'initech.com', BillingCountry: 'US' },
    { Id: '001000000000006AAA', Name: 'Hooli', Website: 'hooli.com', BillingCountry: 'Germany' }
];
const [ACME, GLOBEX, UMBRELLA, UMBRELLA_HOLDINGS, INITECH, HOOLI] = ACCOUNTS.map((a) => a.Id) as string[];

const EXISTING: ExistingPerson[] = [
    // Acme already has an Economic Buyer (its CEO)
    { id: '003000000000001AAA', object: 'Contact', email: 'Ceo@Acme.com', accountId: ACME!, title: 'CEO' },
    { id: '00Q000000000001AAA', object: 'Lead', email: 'lead@globex.com', accountId: null, title: 'Analyst' }
];

function orchestration(fields: Record<string, unknown> = {}): Orchestration {
    return parseOrchestration(
        { Name: 'Fill gaps', Account_Ids__c: `${ACME},${GLOBEX},${UMBRELLA},${UMBRELLA_HOLDINGS},${HOOLI}`, ...fields },
        ['CSV']
    );
}

let nextIndex = 0;
function person(fields: Partial<Candidate> = {}): Candidate {
    const index = nextIndex++;
    return {
        index,
        source: `vendor.csv line ${index + 2}`,
        firstName: 'Ann',
        lastName: 'Lee',
        title: 'CTO',
        email: `ann${index}@acme.com`,
        phone: null,
        company: null,
        domain: 'acme.com',
        country: 'US',
        state: null,
        linkedInUrl: null,
        invalid: null,
        ...fields
    };
}

function decide(
    candidates: Candidate[],
    o: Orchestration = orchestration(),
    more: Partial<PipelineInput> = {}
): Decision[] {
    return decideCandidates({
        orchestration: o,
        candidates: candidates.map((c, index) => ({ ...c, index, source: `vendor.csv line ${index + 2}` })),
        accounts: ACCOUNTS,
        targetAccountIds: new Set([...o.accountIds]),
        existingPeople: EXISTING,
        personas: DEFAULT_CONFIG.personas,
        lastAcquired: new Map(),
        asOf: '2026-12-03',
        ...more
    });
}

const one = (c: Partial<Candidate>, o?: Orchestration, more?: Partial<PipelineInput>): Decision =>
    decide([person(c)], o, more)[0]!;

describe('acquire pipeline: the eligible case', () => {
    it('a CTO at a target account with no Technical Buyer is Eligible, with account, persona and why', () => {
        const d = one({});
        expect(d).toMatchObject({
            outcome: 'Eligible',
            skipReason: null,
            accountId: ACME,
            accountName: 'Acme Corporation',
            persona: 'Technical_Buyer'
        });
        expect(d.reason).toBe('fills the missing Strong persona Technical Buyer (account by Domain)');
    });
});

describe('acquire pipeline: email dedupe', () => {
    it('finds the CRM record whatever the case and whitespace of either email, and names it', () => {
        const d = one({ email: '  CEO@acme.COM ' });
        expect(d).toMatchObject({
            outcome: 'Skipped',
            skipReason: 'Already in CRM',
            matchedRecordId: '003000000000001AAA'
        });
        expect(d.reason).toBe('Contact 003000000000001AAA has the email ceo@acme.com');
        expect(one({ email: 'LEAD@globex.com' })).toMatchObject({
            skipReason: 'Already in CRM',
            matchedRecordId: '00Q000000000001AAA'
        });
    });

    it('keeps the first of a batch and names it for the later ones', () => {
        const [a, b] = decide([person({ email: 'x@acme.com' }), person({ email: ' X@Acme.com' })]);
        expect(a!.outcome).toBe('Eligible');
        expect(b).toMatchObject({ skipReason: 'Duplicate in batch', reason: 'same email as vendor.csv line 2' });
    });

    it('skips a row without a usable email, and an invalid row with the provider message', () => {
        expect(one({ email: null }).skipReason).toBe('No email');
        expect(one({ email: 'not-an-email' }).reason).toBe('"not-an-email" is not an email address');
        const d = one({ invalid: 'vendor.csv line 9, field email: missing' });
        expect(d).toMatchObject({ skipReason: 'Invalid row', reason: 'vendor.csv line 9, field email: missing' });
        expect(normalizeEmail(' A@B.co ')).toBe('a@b.co');
    });
});

describe('acquire pipeline: GDPR', () => {
    it.each([
        'DE',
        'de',
        'Germany',
        'Deutschland',
        'Österreich',
        'United Kingdom',
        'UK',
        'Schweiz',
        'Brasil',
        'Canada'
    ])('never acquires a person in %s', (country) => {
        const d = one({ country });
        expect(d.skipReason).toBe('GDPR region');
        expect(d.outcome).toBe('Skipped');
    });

    it('reads the state when the country is missing, and refuses to guess when neither tells', () => {
        expect(one({ country: null, state: 'Bayern' })).toMatchObject({
            skipReason: 'GDPR region',
            reason: 'state "Bayern" is in DE, a GDPR region (no country given)'
        });
        expect(one({ country: null, state: 'Ontario' }).skipReason).toBe('GDPR region');
        expect(one({ country: null, state: 'Texas' }).outcome).toBe('Eligible');
        expect(one({ country: null, state: null }).skipReason).toBe('Location unknown');
        expect(one({ country: 'Germny' }).reason).toBe(
            'country "Germny" is not one this app knows, so a GDPR region cannot be ruled out'
        );
    });

    it('the list is the default plus additions; a default country leaves only with a minus; never empty', () => {
        expect(gdprCountries('x', '')).toContain('DE');
        expect(gdprCountries('x', 'AU')).toEqual(expect.arrayContaining(['AU', 'DE', 'CA']));
        expect(gdprCountries('x', '-CA')).not.toContain('CA');
        expect(one({ country: 'Australia' }, orchestration({ GDPR_Countries__c: 'Australia' })).skipReason).toBe(
            'GDPR region'
        );
        expect(one({ country: 'Canada' }, orchestration({ GDPR_Countries__c: '-CA' })).outcome).toBe('Eligible');
        const all = [
            'AT',
            'BE',
            'BG',
            'HR',
            'CY',
            'CZ',
            'DK',
            'EE',
            'FI',
            'FR',
            'DE',
            'GR',
            'HU',
            'IE',
            'IT',
            'LV',
            'LT'
        ]
            .concat([
                'LU',
                'MT',
                'NL',
                'PL',
                'PT',
                'RO',
                'SK',
                'SI',
                'ES',
                'SE',
                'IS',
                'LI',
                'NO',
                'GB',
                'CH',
                'BR',
                'CA'
            ])
            .map((c) => `-${c}`)
            .join(',');
        expect(() => gdprCountries('x', all)).toThrow('it cannot be empty');
        expect(() => gdprCountries('x', 'Atlantis')).toThrow('"Atlantis" is not a country this app knows');
    });

    it('codes and names of a country are one code', () => {
        expect(['DE', 'Germany', 'Deutschland', 'germany '].map(countryCode)).toEqual(['DE', 'DE', 'DE', 'DE']);
        expect(regionCountry('Île-de-France')).toBe('FR');
        expect(regionCountry('CA')).toBe('US'); // in a state column CA is California
    });
});

describe('acquire pipeline: geography, title, level and function', () => {
    it('exclude wins over include', () => {
        const o = orchestration({ Geography_Include__c: 'US, Mexico', Geography_Exclude__c: 'Texas' });
        expect(one({ state: 'TX' }, o).skipReason).toBe('Geography excluded');
        expect(one({ state: 'California' }, o).outcome).toBe('Eligible');
        expect(one({ country: 'Australia' }, o)).toMatchObject({ skipReason: 'Geography not included' });
        expect(() => orchestration({ Geography_Include__c: 'Narnia' })).toThrow(
            'Geography_Include__c: "Narnia" is neither a country'
        );
    });

    it('title words are whole words; exclude wins; include needs one', () => {
        const o = orchestration({ Title_Include__c: 'cto, chief', Title_Exclude__c: 'interim' });
        expect(one({ title: 'Interim CTO' }, o)).toMatchObject({
            skipReason: 'Title excluded',
            reason: 'title "Interim CTO" has the excluded word "interim"'
        });
        expect(one({ title: 'Chief Technology Officer' }, o).outcome).toBe('Eligible');
        expect(one({ title: 'Doctor' }, o).skipReason).toBe('Title not included'); // "cto" inside a word does not count
        expect(one({ title: null }, o).skipReason).toBe('Title not included');
    });

    it('level and function come from the engine title vocabulary', () => {
        const o = orchestration({ Levels__c: 'C-Level;VP', Functions__c: 'IT;Engineering' });
        expect(one({ title: 'CTO' }, o).outcome).toBe('Eligible');
        expect(one({ title: 'IT Manager' }, o)).toMatchObject({ skipReason: 'Level not wanted' });
        expect(one({ title: 'CFO' }, o)).toMatchObject({ skipReason: 'Function not wanted' });
        expect(() => orchestration({ Levels__c: 'Boss' })).toThrow(
            'Levels__c: "Boss" is not in the persona vocabulary'
        );
    });
});

describe('acquire pipeline: account matching', () => {
    it('by domain, then email domain, then name and country (a code equals the account name of the country)', () => {
        expect(one({ domain: null, email: 'z@globex.com' })).toMatchObject({ accountId: GLOBEX });
        expect(
            one({ domain: null, email: 'z@gmail.com', company: 'Globex Inc.', country: 'United States' })
        ).toMatchObject({
            accountId: GLOBEX,
            outcome: 'Eligible'
        });
        expect(one({ domain: null, email: 'z@gmail.com', company: 'Acme Corp', country: 'US' }).accountId).toBe(ACME);
    });

    it('a candidate matching two accounts is skipped with both, never guessed', () => {
        const d = one({ domain: 'umbrella.com', email: 'z@umbrella.com' });
        expect(d).toMatchObject({ skipReason: 'Ambiguous account', accountId: null });
        expect(d.reason).toContain(`${UMBRELLA}, ${UMBRELLA_HOLDINGS}`);
    });

    it('no match, and a match outside the target, are named', () => {
        expect(one({ domain: 'nobody.example', email: 'z@nobody.example' }).skipReason).toBe('No account match');
        expect(one({ domain: 'initech.com', email: 'z@initech.com' })).toMatchObject({
            skipReason: 'Not a target account',
            accountId: INITECH
        });
    });
});

describe('acquire pipeline: cooldown, persona priority and the cap', () => {
    it('cooldown: skipped until exactly cooldown days have passed', () => {
        const o = orchestration({ Cooldown_Days__c: 30 });
        const at = (last: string): Decision => one({}, o, { lastAcquired: new Map([[ACME!, last]]) });
        expect(at('2026-11-04')).toMatchObject({ skipReason: 'Account in cooldown' }); // 29 days
        expect(at('2026-11-04').reason).toBe('people were acquired on 2026-11-04, 29 days ago; cooldown 30 days');
        expect(at('2026-11-03').outcome).toBe('Eligible'); // 30 days
        expect(
            one({}, orchestration({ Cooldown_Days__c: 0 }), { lastAcquired: new Map([[ACME!, '2026-12-03']]) }).outcome
        ).toBe('Eligible');
    });

    it('a covered persona, or a title fitting none, is not acquired', () => {
        expect(one({ title: 'Chief Executive Officer' })).toMatchObject({
            skipReason: 'Persona not missing',
            persona: 'Economic_Buyer',
            reason: 'Economic Buyer is already covered at the account'
        });
        expect(one({ title: 'Receptionist' }).reason).toBe('the title fits none of the personas');
    });

    it('missing Strong personas first; the cap is hit mid-persona and the rest say so', () => {
        const o = orchestration({ Per_Account_Cap__c: 3 });
        const ds = decide(
            [
                person({ title: 'IT Manager' }), // Moderate
                person({ title: 'VP Engineering' }), // Strong, sort 30
                person({ title: 'CTO' }), // Strong, sort 20
                person({ title: 'VP of Engineering' }), // Strong, sort 30
                person({ title: 'Chief Technology Officer' }) // Strong, sort 20
            ],
            o
        );
        expect(ds.map((d) => [d.persona, d.outcome])).toEqual([
            ['IT_Manager', 'Skipped'],
            ['Engineering_Leader', 'Eligible'],
            ['Technical_Buyer', 'Eligible'],
            ['Engineering_Leader', 'Skipped'],
            ['Technical_Buyer', 'Eligible']
        ]);
        expect(ds[3]).toMatchObject({ skipReason: 'Account cap reached', accountId: ACME });
        expect(countDecisions(ds)).toEqual({
            outcomes: { Eligible: 3, Skipped: 2, Created: 0, Error: 0 },
            skipped: { 'Account cap reached': 2 }
        });
    });

    it('the cap counts per account', () => {
        const o = orchestration({ Per_Account_Cap__c: 1 });
        const ds = decide([person({}), person({ domain: 'globex.com', email: 'q@globex.com' }), person({})], o);
        expect(ds.map((d) => d.outcome)).toEqual(['Eligible', 'Eligible', 'Skipped']);
    });
});

describe('acquire pipeline: every candidate gets exactly one decision', () => {
    it('one decision per candidate, in order, whatever the mix', () => {
        const mix = [
            person({}),
            person({ email: null }),
            person({ country: 'DE' }),
            person({ domain: 'umbrella.com', email: 'u@umbrella.com' }),
            person({ title: 'CEO' })
        ];
        const ds = decide(mix);
        expect(ds).toHaveLength(mix.length);
        expect(ds.map((d) => d.candidate.index)).toEqual([0, 1, 2, 3, 4]);
        for (const d of ds) expect(d.outcome === 'Eligible' ? d.skipReason === null : d.skipReason !== null).toBe(true);
    });
});

describe('orchestration definition', () => {
    it('refuses a definition without a target, with an unknown provider or a bad number, naming the field', () => {
        expect(() => parseOrchestration({ Name: 'x' }, ['CSV'])).toThrow('no target');
        expect(() => parseOrchestration({ Name: 'x', Account_Ids__c: ACME, Provider__c: 'Zoom' }, ['CSV'])).toThrow(
            'Provider__c: "Zoom" is not a provider'
        );
        expect(() => orchestration({ Per_Account_Cap__c: 0 })).toThrow(DefinitionError);
        expect(() => orchestration({ Create_As__c: 'Person' })).toThrow(
            'Create_As__c: "Person" is not one of Lead, Contact'
        );
        expect(orchestration({ Per_Account_Cap__c: '5', Create_As__c: 'Contact' })).toMatchObject({
            perAccountCap: 5,
            createAs: 'Contact',
            schedule: 'Manual'
        });
    });
});
