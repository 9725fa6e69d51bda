import {
    ConfigError,
    DEFAULT_READINESS_ITEMS,
    computeReadiness,
    isFilled,
    readinessItemProblems,
    readinessItemsFromMetadata,
    readinessItemsToMetadata,
    validateReadinessItems,
    type Account,
    type SI_Readiness_Item__mdt
} from 'c/siEngine';

/** An account with every shipped readiness field filled in. */
const READY: Account = {
    Id: '001000000000001AAA',
    Name: 'Acme Cloud',
    BillingCountry: 'United States',
    Industry: 'Technology',
    SI_GTM_Strategy__c: 'New Logo',
    SI_ABM_Tier__c: 'Tier 2',
    Website: 'https://www.acme.example',
    OwnerId: '005000000000001AAA',
    SI_SDR__c: '005000000000002AAA',
    SI_Technologies__c: 'Snowflake, Kubernetes',
    ParentId: '001000000000009AAA'
};

describe('readiness: the shipped items', () => {
    it('has the issue list: country, industry, GTM strategy, ABM tier, website, owner, SDR, technology, parent', () => {
        expect(DEFAULT_READINESS_ITEMS.map((i) => [i.field, i.required])).toEqual([
            ['BillingCountry', true],
            ['Industry', true],
            ['SI_GTM_Strategy__c', true],
            ['SI_ABM_Tier__c', false],
            ['Website', true],
            ['OwnerId', true],
            ['SI_SDR__c', true],
            ['SI_Technologies__c', false],
            ['ParentId', false]
        ]);
        expect(DEFAULT_READINESS_ITEMS.reduce((s, i) => s + i.weight, 0)).toBe(100);
        expect(readinessItemProblems(DEFAULT_READINESS_ITEMS)).toEqual([]);
    });

    it('gives 100 and ready when every item is filled in', () => {
        const r = computeReadiness(READY, DEFAULT_READINESS_ITEMS);
        expect(r.score).toBe(100);
        expect(r.ready).toBe(true);
        expect(r.done).toHaveLength(9);
        expect(r.missingRequired).toEqual([]);
        expect(r.missingRecommended).toEqual([]);
        expect(r.reason).toBe('Ready: 9 of 9 items done');
    });

    // One test per item: blanking exactly that field makes exactly that item missing, with its weight off
    // the score; a required one makes the account not ready, a recommended one does not.
    it.each(DEFAULT_READINESS_ITEMS.map((i) => [i.label, i.field, i.required, i.weight] as const))(
        'item %s (%s): blank is missing, required %s, weight %d',
        (label, field, required, weight) => {
            for (const blank of [null, undefined, '', '   ']) {
                const account: Account = { ...READY, [field]: blank };
                const r = computeReadiness(account, DEFAULT_READINESS_ITEMS);
                const missing = [...r.missingRequired, ...r.missingRecommended];
                expect(missing.map((m) => m.field)).toEqual([field]);
                expect(missing[0]?.label).toBe(label);
                expect(missing[0]?.helpText.length).toBeGreaterThan(10);
                expect(r.ready).toBe(!required);
                expect(r.score).toBe(100 - weight);
                expect(r.reason).toBe(required ? `Not ready: missing ${label}` : `Ready; recommended: ${label}`);
                expect(r.done.map((d) => d.field)).not.toContain(field);
            }
        }
    );

    it('lists several missing items in sort order, required apart from recommended', () => {
        const r = computeReadiness(
            { ...READY, SI_SDR__c: null, BillingCountry: '', ParentId: null, SI_Technologies__c: null },
            DEFAULT_READINESS_ITEMS
        );
        expect(r.missingRequired.map((i) => i.label)).toEqual(['Country', 'SDR']);
        expect(r.missingRecommended.map((i) => i.label)).toEqual(['Technology', 'Parent hierarchy']);
        expect(r.score).toBe(60);
        expect(r.reason).toBe('Not ready: missing Country, SDR; also recommended: Technology, Parent hierarchy');
        expect(r.items.map((i) => i.key)).toEqual(DEFAULT_READINESS_ITEMS.map((i) => i.key));
    });

    it('an account with nothing scores 0, and rounds down so only a complete record scores 100', () => {
        expect(computeReadiness({ Id: 'x' }, DEFAULT_READINESS_ITEMS).score).toBe(0);
        const items = [
            { ...DEFAULT_READINESS_ITEMS[0]!, weight: 199 },
            { ...DEFAULT_READINESS_ITEMS[1]!, weight: 1, required: false }
        ];
        const r = computeReadiness({ BillingCountry: 'US' }, items);
        expect(r.score).toBe(99);
        expect(r.ready).toBe(true);
    });

    it('counts numbers, checked checkboxes and lists as filled in', () => {
        expect([0, 12, true, ['a'], { Name: 'x' }].map(isFilled)).toEqual([true, true, true, true, true]);
        expect([false, Number.NaN, [], '', ' ', null, undefined].map(isFilled)).toEqual([
            false,
            false,
            false,
            false,
            false,
            false,
            false
        ]);
    });
});

describe('readiness: configuration', () => {
    it('round-trips through the custom metadata records', () => {
        expect(readinessItemsFromMetadata(readinessItemsToMetadata(DEFAULT_READINESS_ITEMS))).toEqual(
            DEFAULT_READINESS_ITEMS
        );
    });

    it('leaves inactive records out and orders by Sort_Order__c', () => {
        const records: SI_Readiness_Item__mdt[] = [
            { DeveloperName: 'B', MasterLabel: 'B', Field__c: 'Industry', Weight__c: 1, Sort_Order__c: 2 },
            {
                DeveloperName: 'A',
                MasterLabel: 'A',
                Field__c: 'Website',
                Weight__c: 1,
                Sort_Order__c: 1,
                Required__c: true
            },
            { DeveloperName: 'C', MasterLabel: 'C', Field__c: 'Phone', Weight__c: 1, Active__c: false }
        ];
        const items = readinessItemsFromMetadata(records);
        expect(items.map((i) => [i.key, i.required])).toEqual([
            ['A', true],
            ['B', false]
        ]);
    });

    it('names the record and the field of every problem', () => {
        const records = [
            { DeveloperName: 'SDR', MasterLabel: 'SDR', Field__c: 'SI_SDR__c', Weight__c: -5 },
            { DeveloperName: 'Bad_Field', MasterLabel: 'x', Field__c: 'Owner.Name', Weight__c: 1 },
            { DeveloperName: 'No_Weight', MasterLabel: 'x', Field__c: 'Phone' },
            { DeveloperName: 'Again', MasterLabel: 'x', Field__c: 'si_sdr__c', Weight__c: 1 },
            { DeveloperName: 'SDR', MasterLabel: '', Field__c: 'Fax', Weight__c: 1, Required__c: 'yes' },
            { MasterLabel: 'nameless' }
        ] as unknown as SI_Readiness_Item__mdt[];
        let error: unknown;
        try {
            readinessItemsFromMetadata(records);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([
            'SI_Readiness_Item__mdt SDR: Weight__c must not be negative, got -5',
            'SI_Readiness_Item__mdt Bad_Field: Field__c must be an Account field API name, got "Owner.Name"',
            'SI_Readiness_Item__mdt No_Weight: Weight__c must be a number, got undefined',
            'SI_Readiness_Item__mdt Again: Field__c si_sdr__c is already checked by SDR',
            'SI_Readiness_Item__mdt SDR: duplicate record',
            'SI_Readiness_Item__mdt SDR: MasterLabel is blank',
            'SI_Readiness_Item__mdt SDR: Required__c must be true or false, got "yes"',
            'SI_Readiness_Item__mdt record 6: DeveloperName must be a developer name, got undefined'
        ]);
    });

    it('refuses weights that add up to 0', () => {
        expect(() =>
            readinessItemsFromMetadata([{ DeveloperName: 'A', MasterLabel: 'A', Field__c: 'Website', Weight__c: 0 }])
        ).toThrow(/Weight__c add up to 0/);
        expect(() => validateReadinessItems([{ ...DEFAULT_READINESS_ITEMS[0], weight: 'x' }])).toThrow(
            'readiness item Country: weight must be a number, got "x"'
        );
        expect(readinessItemProblems('nope')).toEqual(['readiness items must be a list']);
    });
});
