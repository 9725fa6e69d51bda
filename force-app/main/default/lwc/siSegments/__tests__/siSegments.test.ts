// Segment definitions: checked once, every problem named by its path; compiled to a predicate, a GraphQL
// filter and a SOQL condition (their agreement on the sample data: org/__tests__/segments.test.ts).
import { ABM_TIERS, BUYING_STAGES, FIT_BANDS, INTENT_TRENDS, REACH_LEVELS } from 'c/siEngine';
import {
    APP_PICKLISTS,
    SegmentDefinitionError,
    checkDefinition,
    checkSegmentName,
    segmentGraphqlWhere,
    segmentPredicate,
    segmentSoqlWhere,
    soqlString,
    type SegmentDefinition
} from 'c/siSegments';

function problemsOf(definition: unknown): string[] {
    try {
        checkDefinition(definition);
    } catch (e) {
        if (e instanceof SegmentDefinitionError) return [...e.problems];
        throw e;
    }
    return [];
}

const EMEA_DECISION: SegmentDefinition = {
    all: [
        { field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong', 'Moderate'] },
        { field: 'SI_Buying_Stage__c', op: 'in', values: ['Decision', 'Purchase'] },
        {
            any: [
                { field: 'BillingCountry', op: 'in', values: ['Germany', 'France'] },
                { field: 'NumberOfEmployees', op: 'between', values: [500, 5000] }
            ]
        }
    ]
};

describe('checkDefinition', () => {
    it('takes a valid definition as it is', () => {
        expect(checkDefinition(EMEA_DECISION)).toBe(EMEA_DECISION);
    });

    it('names every problem by its path', () => {
        expect(
            problemsOf({
                all: [
                    { field: 'Shoe_Size__c', op: 'in', values: ['9'] },
                    { field: 'SI_Profile_Fit_Band__c', op: 'gte', value: 3 },
                    { field: 'SI_Buying_Stage__c', op: 'in', values: ['Closed'] },
                    { field: 'NumberOfEmployees', op: 'between', values: [5000, 500] },
                    { field: 'SI_Qualified__c', op: 'is', value: 'yes' },
                    { field: 'OwnerId', op: 'in', values: ["005' OR Name != '"] },
                    { any: [] },
                    { all: [], any: [] }
                ]
            })
        ).toEqual([
            expect.stringMatching(/^definition\.all\[0\]\.field: "Shoe_Size__c" is not a field segments filter on/),
            expect.stringMatching(/^definition\.all\[1\]\.op: "gte" does not apply to SI_Profile_Fit_Band__c/),
            'definition.all[2].values[0]: "Closed" is not one of Target, Awareness, Consideration, Decision, Purchase',
            'definition.all[3].values: min 5000 is above max 500',
            'definition.all[4].value: true or false',
            `definition.all[5].values[0]: "005' OR Name != '" is not a record Id`,
            'definition.all[6].any: a list of at least one condition or group',
            'definition.all[7]: a group has "all" or "any", not both'
        ]);
        expect(problemsOf({ field: 'Industry', op: 'in', values: ['Tech'] })).toEqual([
            'definition: a group ({ "all": [...] } or { "any": [...] })'
        ]);
        let deep: unknown = { all: [{ field: 'Industry', op: 'isBlank' }] };
        for (let i = 0; i < 6; i++) deep = { all: [deep] };
        expect(problemsOf(deep)).toEqual([expect.stringMatching(/groups nested deeper than 5$/)]);
    });

    it("keeps the app's picklist values equal to the engine's vocabulary", () => {
        expect(APP_PICKLISTS).toEqual({ FIT_BANDS, REACH_LEVELS, INTENT_TRENDS, BUYING_STAGES, ABM_TIERS });
    });
});

describe('compiled', () => {
    it('to SOQL with escaped values and allow-listed fields only', () => {
        expect(segmentSoqlWhere(EMEA_DECISION)).toBe(
            "(SI_Profile_Fit_Band__c IN ('Strong', 'Moderate') AND SI_Buying_Stage__c IN ('Decision', 'Purchase') AND (BillingCountry IN ('Germany', 'France') OR (NumberOfEmployees >= 500 AND NumberOfEmployees <= 5000)))"
        );
        const injected = checkDefinition({
            any: [{ field: 'BillingCountry', op: 'in', values: ["x') OR Name LIKE ('%"] }]
        });
        expect(segmentSoqlWhere(injected)).toBe("BillingCountry IN ('x\\') OR Name LIKE (\\'%')");
        expect(soqlString('a\\b\n"c')).toBe("'a\\\\b\\n\\\"c'");
        expect(() => segmentSoqlWhere({ all: [{ field: 'Name', op: 'isBlank' }] })).toThrow(
            'not a segment field: Name'
        );
    });

    it('to a GraphQL filter of the same shape', () => {
        expect(segmentGraphqlWhere(EMEA_DECISION)).toEqual({
            and: [
                { SI_Profile_Fit_Band__c: { in: ['Strong', 'Moderate'] } },
                { SI_Buying_Stage__c: { in: ['Decision', 'Purchase'] } },
                {
                    or: [
                        { BillingCountry: { in: ['Germany', 'France'] } },
                        { NumberOfEmployees: { gte: 500, lte: 5000 } }
                    ]
                }
            ]
        });
    });

    it('to a predicate with Salesforce comparisons', () => {
        const holds = segmentPredicate(EMEA_DECISION);
        const base = { SI_Profile_Fit_Band__c: 'strong', SI_Buying_Stage__c: 'Decision' };
        expect(holds({ ...base, BillingCountry: 'GERMANY' })).toBe(true);
        expect(holds({ ...base, BillingCountry: 'Spain', NumberOfEmployees: 5000 })).toBe(true);
        expect(holds({ ...base, BillingCountry: 'Spain', NumberOfEmployees: 5001 })).toBe(false);
        expect(holds({ ...base, SI_Buying_Stage__c: null, BillingCountry: 'France' })).toBe(false);
        const notIn = segmentPredicate({ all: [{ field: 'Industry', op: 'notIn', values: ['Retail'] }] });
        expect([notIn({ Industry: 'retail' }), notIn({ Industry: 'Banking' }), notIn({ Industry: null })]).toEqual([
            false,
            true,
            true
        ]);
        const notQualified = segmentPredicate({ all: [{ field: 'SI_Qualified__c', op: 'is', value: false }] });
        expect([
            notQualified({ SI_Qualified__c: false }),
            notQualified({}),
            notQualified({ SI_Qualified__c: true })
        ]).toEqual([true, true, false]);
        const owner = segmentPredicate({ all: [{ field: 'OwnerId', op: 'in', values: ['005000000000001'] }] });
        expect(owner({ OwnerId: '005000000000001AAA' })).toBe(true);
    });
});

describe('checkSegmentName', () => {
    const teams = ['SDR', 'AE', 'Marketing'];

    it('takes Team - FY## Q# - Name with a configured team', () => {
        expect(checkSegmentName('SDR - FY27 Q1 - EMEA Decision', teams)).toEqual({
            ok: true,
            parts: { team: 'SDR', fiscalYear: 27, quarter: 1, name: 'EMEA Decision' }
        });
        expect(checkSegmentName('  marketing - FY28 Q4 - Webinar follow-up ', teams)).toMatchObject({
            ok: true,
            parts: { team: 'Marketing', quarter: 4 }
        });
    });

    it.each([
        ['', /^A segment needs a name/],
        ['EMEA Decision', /is not named "Team - FY## Q# - Name", for example "SDR - FY27 Q1 - EMEA Decision"/],
        ['SDR - FY2027 Q1 - EMEA', /is not named/],
        ['SDR - FY27 Q5 - EMEA', /is not named/],
        ['Sales - FY27 Q1 - EMEA', /^"Sales" is not a team \(SDR, AE, Marketing\)$/],
        [`SDR - FY27 Q1 - ${'x'.repeat(80)}`, /^At most 80 characters/]
    ])('refuses %j, saying why', (name, problem) => {
        expect(checkSegmentName(name, teams)).toEqual({ ok: false, problem: expect.stringMatching(problem) });
    });

    it('says when no teams are configured', () => {
        expect(checkSegmentName('SDR - FY27 Q1 - EMEA', [])).toEqual({
            ok: false,
            problem: '"SDR" is not a team (no teams are configured)'
        });
    });
});
