import {
    ConfigError,
    DEFAULT_READINESS_ITEMS,
    DEFAULT_TIERS,
    compareForTier,
    computeReadiness,
    recommendTiers,
    tierDefinitionProblems,
    tierDefinitionsFromMetadata,
    tierDefinitionsToMetadata,
    tierMove,
    validateTierDefinitions,
    type BuyingStage,
    type ReadinessResult,
    type SI_ABM_Tier__mdt,
    type TierCandidate,
    type TierDefinition
} from 'c/siEngine';

const READY: ReadinessResult = computeReadiness(
    {
        BillingCountry: 'US',
        Industry: 'Technology',
        SI_GTM_Strategy__c: 'New Logo',
        Website: 'acme.example',
        OwnerId: '005A',
        SI_SDR__c: '005B'
    },
    DEFAULT_READINESS_ITEMS
);
const NOT_READY: ReadinessResult = computeReadiness(
    { BillingCountry: 'US', Industry: 'Technology' },
    DEFAULT_READINESS_ITEMS
);

function candidate(
    id: string,
    fitScore: number,
    intentScore: number,
    options: { tier?: string; stage?: BuyingStage; readiness?: ReadinessResult } = {}
): TierCandidate {
    return {
        accountId: id,
        accountName: `Account ${id}`,
        currentTier: options.tier ?? null,
        fitScore,
        intentScore,
        stage: options.stage ?? 'Decision',
        readiness: options.readiness ?? READY
    };
}

/** Small tiers: Tier 1 holds 2, Tier 2 holds 2, Tier 3 holds 3; thresholds as shipped. */
const SMALL: TierDefinition[] = [
    { ...DEFAULT_TIERS[0]!, capacityMin: 1, capacityMax: 2 },
    { ...DEFAULT_TIERS[1]!, capacityMin: 1, capacityMax: 2 },
    { ...DEFAULT_TIERS[2]!, capacityMin: 1, capacityMax: 3 }
];

function tiersOf(plan: ReturnType<typeof recommendTiers>): Record<string, string | null> {
    return Object.fromEntries(plan.accounts.map((a) => [a.accountId, a.recommendedTier]));
}

describe('tiers: the shipped definitions', () => {
    it('Tier 1 5-10, Tier 2 about 50, Tier 3 75-100, filled in that order', () => {
        expect(DEFAULT_TIERS.map((t) => [t.tier, t.capacityMin, t.capacityMax])).toEqual([
            ['Tier 1', 5, 10],
            ['Tier 2', 40, 50],
            ['Tier 3', 75, 100]
        ]);
        expect(tierDefinitionProblems(DEFAULT_TIERS)).toEqual([]);
        expect(tierDefinitionsFromMetadata(tierDefinitionsToMetadata(DEFAULT_TIERS))).toEqual(DEFAULT_TIERS);
    });

    it('places a ready account in the top tier whose thresholds it meets', () => {
        const plan = recommendTiers(
            [
                candidate('a', 90, 40, { stage: 'Consideration' }),
                candidate('b', 90, 20),
                candidate('c', 60, 0, { stage: 'Awareness' }),
                candidate('d', 60, 0, { stage: 'Target' }),
                candidate('e', 40, 90)
            ],
            DEFAULT_TIERS
        );
        expect(tiersOf(plan)).toEqual({ a: 'Tier 1', b: 'Tier 2', c: 'Tier 2', d: 'Tier 3', e: null });
        const b = plan.accounts.find((x) => x.accountId === 'b');
        expect(b?.reasons[0]).toBe('Not Tier 1: intent 20 below 30');
        expect(b?.move).toBe('Add');
        expect(plan.accounts.find((x) => x.accountId === 'e')?.reasons).toEqual([
            'Not Tier 1: fit 40 below 81',
            'Not Tier 2: fit 40 below 50',
            'Not Tier 3: fit 40 below 50',
            'Meets no tier: no tier recommended'
        ]);
        expect(plan.tiers.map((t) => t.underCapacity)).toEqual([true, true, true]);
        expect(plan.tiers[0]?.note).toBe('Tier 1: 1 of 5-10, under capacity (4 more needed)');
    });
});

describe('tiers: capacity edges', () => {
    it('a full tier takes the highest priorities; the rest are waitlisted and go on to the next tier', () => {
        const plan = recommendTiers(
            [candidate('a', 90, 50), candidate('b', 95, 60), candidate('c', 85, 40), candidate('d', 100, 30)],
            SMALL
        );
        // Priorities: b 155, a 140, d 130, c 125.
        expect(plan.tiers[0]?.accounts).toEqual(['b', 'a']);
        expect(plan.tiers[0]?.full).toBe(true);
        expect(plan.tiers[0]?.waitlist.map((w) => [w.accountId, w.position, w.placedIn])).toEqual([
            ['d', 1, 'Tier 2'],
            ['c', 2, 'Tier 2']
        ]);
        expect(tiersOf(plan)).toEqual({ a: 'Tier 1', b: 'Tier 1', c: 'Tier 2', d: 'Tier 2' });
        const d = plan.accounts.find((x) => x.accountId === 'd');
        expect(d?.waitlistedFor).toEqual({ tier: 'Tier 1', position: 1 });
        expect(d?.reasons).toContain(
            'Tier 1 is full (2 of 1-2): waitlisted 1st (priority 130; the last placed has priority 140)'
        );
        expect(plan.tiers[0]?.note).toBe('Tier 1: 2 of 1-2, full, 2 waitlisted');
    });

    it('every tier full: the lowest priority gets no tier, and an incumbent loses its place to higher ones', () => {
        const one: TierDefinition[] = SMALL.map((t) => ({ ...t, capacityMin: 1, capacityMax: 1 }));
        const plan = recommendTiers(
            [
                candidate('a', 100, 60),
                candidate('b', 95, 50),
                candidate('c', 90, 40),
                candidate('d', 85, 35, { tier: 'Tier 3' })
            ],
            one
        );
        expect(tiersOf(plan)).toEqual({ a: 'Tier 1', b: 'Tier 2', c: 'Tier 3', d: null });
        const d = plan.accounts.find((x) => x.accountId === 'd');
        expect(d?.move).toBe('Remove');
        expect(d?.reasons[0]).toBe('Now Tier 3, recommended no tier');
        expect(d?.reasons[d.reasons.length - 1]).toBe('No tier with room: no tier recommended');
        expect(plan.moves.map((m) => m.accountId)).toEqual(['a', 'b', 'c', 'd']);
    });

    it('capacity is never exceeded, whatever the candidates', () => {
        const many = Array.from({ length: 40 }, (_, n) =>
            candidate(`x${String(n).padStart(2, '0')}`, 80 + (n % 20), n % 50)
        );
        const plan = recommendTiers(many, SMALL);
        for (const t of plan.tiers) expect(t.accounts.length).toBeLessThanOrEqual(t.capacityMax);
        const placed = plan.accounts.filter((a) => a.recommendedTier !== null);
        expect(placed).toHaveLength(7);
        expect(new Set(placed.map((p) => p.accountId)).size).toBe(7);
    });

    describe('ties on priority', () => {
        it('go to the account already in the tier', () => {
            const plan = recommendTiers(
                [candidate('a', 100, 50), candidate('b', 90, 40), candidate('c', 81, 49, { tier: 'Tier 1' })],
                SMALL
            );
            // b and c both 130 for the second place of Tier 1: c is in Tier 1 already.
            expect(plan.tiers[0]?.accounts).toEqual(['a', 'c']);
            expect(plan.accounts.find((x) => x.accountId === 'c')?.move).toBe('Keep');
            expect(plan.accounts.find((x) => x.accountId === 'b')?.reasons).toContain(
                'Tier 1 is full (2 of 1-2): waitlisted 1st (priority 130; tied on priority 130 with the last placed, Account c, which the tie rule puts first)'
            );
        });

        it('then to the later buying stage, then the higher readiness, then the smaller Id', () => {
            const t1 = SMALL[0]!;
            const partly: ReadinessResult = { ...READY, score: READY.score - 10 };
            expect(
                compareForTier(candidate('b', 90, 40, { stage: 'Purchase' }), candidate('a', 90, 40), t1)
            ).toBeLessThan(0);
            expect(
                compareForTier(candidate('b', 90, 40), candidate('a', 90, 40, { readiness: partly }), t1)
            ).toBeLessThan(0);
            expect(compareForTier(candidate('a', 90, 40), candidate('b', 90, 40), t1)).toBeLessThan(0);
            expect(compareForTier(candidate('a', 90, 40), candidate('a', 90, 40), t1)).toBe(0);
            // In the plan: three tied for two places, the input order does not matter.
            const tied = [candidate('c', 90, 40), candidate('a', 90, 40), candidate('b', 90, 40)];
            expect(recommendTiers(tied, SMALL).tiers[0]?.accounts).toEqual(['a', 'b']);
            expect(recommendTiers([...tied].reverse(), SMALL).tiers[0]?.accounts).toEqual(['a', 'b']);
        });
    });

    it('an account that loses readiness loses its tier, and its place goes to the next in line', () => {
        const before = recommendTiers(
            [
                candidate('a', 100, 50, { tier: 'Tier 1' }),
                candidate('b', 95, 50, { tier: 'Tier 1' }),
                candidate('c', 90, 40)
            ],
            SMALL
        );
        expect(before.tiers[0]?.accounts).toEqual(['a', 'b']);
        expect(before.moves.map((m) => [m.accountId, m.move])).toEqual([['c', 'Add']]);

        const after = recommendTiers(
            [
                candidate('a', 100, 50, { tier: 'Tier 1', readiness: NOT_READY }),
                candidate('b', 95, 50, { tier: 'Tier 1' }),
                candidate('c', 90, 40)
            ],
            SMALL
        );
        expect(after.tiers[0]?.accounts).toEqual(['b', 'c']);
        const a = after.accounts.find((x) => x.accountId === 'a');
        expect(a?.recommendedTier).toBeNull();
        expect(a?.move).toBe('Remove');
        expect(a?.ready).toBe(false);
        expect(a?.reasons).toEqual([
            'Now Tier 1, recommended no tier',
            'Not ready: missing GTM strategy, Domain or website, Owner, SDR; also recommended: ABM tier, Technology, Parent hierarchy'
        ]);
        expect(a?.waitlistedFor).toBeNull();
        expect(after.moves.map((m) => [m.accountId, m.move])).toEqual([
            ['a', 'Remove'],
            ['c', 'Add']
        ]);
    });

    it('a not ready account is never placed, even with room and the best scores', () => {
        const plan = recommendTiers([candidate('a', 100, 100, { readiness: NOT_READY })], DEFAULT_TIERS);
        expect(plan.accounts[0]?.recommendedTier).toBeNull();
        expect(plan.accounts[0]?.move).toBe('None');
        expect(plan.tiers.every((t) => t.waitlist.length === 0)).toBe(true);
    });

    it('names the moves between tiers', () => {
        expect(tierMove(null, 'Tier 2', DEFAULT_TIERS)).toBe('Add');
        expect(tierMove('Tier 3', 'Tier 1', DEFAULT_TIERS)).toBe('Promote');
        expect(tierMove('Tier 1', 'Tier 2', DEFAULT_TIERS)).toBe('Demote');
        expect(tierMove('Tier 2', null, DEFAULT_TIERS)).toBe('Remove');
        expect(tierMove('Tier 2', 'Tier 2', DEFAULT_TIERS)).toBe('Keep');
        expect(tierMove(null, null, DEFAULT_TIERS)).toBe('None');
        expect(tierMove('Gold', 'Tier 1', DEFAULT_TIERS)).toBe('Change');
    });
});

describe('tiers: configuration', () => {
    it('names the record and the field of every problem', () => {
        const records: SI_ABM_Tier__mdt[] = [
            { ...tierDefinitionsToMetadata(DEFAULT_TIERS)[0], Capacity_Max__c: 0 },
            { ...tierDefinitionsToMetadata(DEFAULT_TIERS)[1], Tier_Value__c: 'Tier 9', Min_Stage__c: 6 },
            { ...tierDefinitionsToMetadata(DEFAULT_TIERS)[2], Min_Fit_Score__c: null }
        ];
        let error: unknown;
        try {
            tierDefinitionsFromMetadata(records);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([
            'SI_ABM_Tier__mdt Tier_1: Capacity_Max__c must be a whole number of at least 1, got 0',
            'SI_ABM_Tier__mdt Tier_2: Tier_Value__c "Tier 9" is not a value of Account.SI_ABM_Tier__c (Tier 1, Tier 2, Tier 3)',
            'SI_ABM_Tier__mdt Tier_2: Min_Stage__c must be a stage order 1 (Target) to 5 (Purchase), got 6',
            'SI_ABM_Tier__mdt Tier_3: Min_Fit_Score__c must be a number, got null'
        ]);
    });

    it('refuses a minimum above the maximum and two records for one tier value; skips inactive ones', () => {
        const [t1, t2] = tierDefinitionsToMetadata(DEFAULT_TIERS);
        expect(() => tierDefinitionsFromMetadata([{ ...t1, Capacity_Min__c: 20 }])).toThrow(
            'SI_ABM_Tier__mdt Tier_1: Capacity_Min__c (20) is above Capacity_Max__c (10)'
        );
        expect(() => tierDefinitionsFromMetadata([t1!, { ...t2, Tier_Value__c: 'Tier 1' }])).toThrow(
            "SI_ABM_Tier__mdt Tier_2: Tier_Value__c Tier 1 is also Tier_1's"
        );
        expect(tierDefinitionsFromMetadata([t1!, { ...t2, Active__c: false }]).map((t) => t.key)).toEqual(['Tier_1']);
        expect(() => validateTierDefinitions([{ ...DEFAULT_TIERS[0], capacityMax: 1.5 }])).toThrow(
            'tier Tier_1: capacityMax must be a whole number of at least 1, got 1.5'
        );
    });
});
