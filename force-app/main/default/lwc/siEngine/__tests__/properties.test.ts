import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    BUYING_STAGES,
    DEFAULT_CONFIG,
    START_DATE_NOT_RECORDED,
    computeInsight,
    type AccountData,
    type CampaignMember,
    type Scored,
    type Task
} from 'c/siEngine';

const AS_OF = '2025-06-01';
const RUNS = { numRuns: 60 };
const PEOPLE = ['C0', 'C1', 'C2', 'C3', 'L0', 'L1'];
const TITLES = [
    'CEO',
    'CIO',
    'VP of Engineering',
    'IT Manager',
    'Software Engineer',
    'Recruiter',
    '',
    'Director of Operations'
];

const day = fc
    .integer({ min: -10, max: 200 })
    .map((age) => new Date(Date.UTC(2025, 5, 1) - age * 86400000).toISOString().slice(0, 10));
const taskArb: fc.Arbitrary<Task> = fc.record({
    Id: fc.string({ minLength: 1, maxLength: 4 }),
    WhoId: fc.constantFrom(...PEOPLE, null),
    ActivityDate: day,
    TaskSubtype: fc.constantFrom('Call', 'Email', 'Task', null)
});
const memberArb: fc.Arbitrary<CampaignMember> = fc.record({
    Id: fc.string({ minLength: 1, maxLength: 4 }),
    ContactId: fc.constantFrom('C0', 'C1', 'C2', 'C3'),
    HasResponded: fc.constant(true),
    FirstRespondedDate: day,
    Status: fc.constantFrom('Clicked', 'Attended', 'Form Submitted', 'Responded'),
    Campaign: fc.record({ Type: fc.constantFrom('Email', 'Webinar', 'Event', 'Content') })
});
const dataArb: fc.Arbitrary<AccountData> = fc.record({
    account: fc.record({
        Id: fc.constant('001'),
        Name: fc.constant('Acme'),
        Industry: fc.constantFrom('Technology', 'Retail', null),
        NumberOfEmployees: fc.option(fc.integer({ min: 0, max: 300000 })),
        BillingCountry: fc.constantFrom('US', 'Brazil', null),
        SI_Qualified__c: fc.boolean(),
        SI_Qualified_Start_Date__c: fc.option(day)
    }),
    contacts: fc.tuple(...[0, 1, 2, 3].map((i) => fc.constantFrom(...TITLES).map((Title) => ({ Id: `C${i}`, Title })))),
    leads: fc.tuple(
        ...[0, 1].map((i) => fc.constantFrom(...TITLES).map((Title) => ({ Id: `L${i}`, Title, Company: 'Acme' })))
    ),
    tasks: fc.array(taskArb, { maxLength: 25 }),
    campaignMembers: fc.array(memberArb, { maxLength: 25 }),
    opportunities: fc.array(fc.record({ IsClosed: fc.boolean(), IsWon: fc.boolean(), CloseDate: day }), {
        maxLength: 2
    }),
    intentSignals: fc.array(
        fc.record({
            Signal_Type__c: fc.constantFrom('Keyword Research', 'Web Visit', 'Bogus'),
            Weight__c: fc.option(fc.double({ min: 0, max: 40, noNaN: true })),
            Occurred_At__c: day,
            Keyword__c: fc.constantFrom('crm', 'abm', null)
        }),
        { maxLength: 25 }
    )
});

const scores = (i: ReturnType<typeof computeInsight>): Scored[] => [
    i.profileFit,
    i.reach,
    i.engagement,
    i.intent,
    ...i.people
];
const stageOrder = (stage: string) => (BUYING_STAGES as readonly string[]).indexOf(stage);

/** An API name in a label: a custom field or object (`__c`, `__mdt`), or words joined by underscores. */
const API_NAME = /__(c|r|mdt|e|x)\b|[A-Za-z0-9]_[A-Za-z0-9]/;

/**
 * What a rep reads must hold for a score: the factors sum exactly to it, each gives a whole number of points
 * from 0 to its raw (uncapped) points, a factor's points differ from its raw points only under a cap, each
 * cap limits a range of the factors to at most its maximum, and no label or cap note is an API name.
 */
function expectExplained(s: Scored): void {
    expect(s.factors.reduce((t, f) => t + f.points, 0)).toBe(s.score);
    const caps = s.caps ?? [];
    for (const f of s.factors) {
        expect(Number.isInteger(f.points) && f.points >= 0 && f.points <= f.rawPoints).toBe(true);
        if (caps.length === 0) expect(f.points).toBe(f.rawPoints);
        expect(f.label).not.toMatch(API_NAME);
    }
    for (const c of caps) {
        expect(c.first >= 0 && c.count >= 1 && c.first + c.count <= s.factors.length).toBe(true);
        const limited = s.factors.slice(c.first, c.first + c.count).reduce((t, f) => t + f.points, 0);
        expect(limited).toBeLessThanOrEqual(c.max);
        expect(c.before).toBeGreaterThan(c.max);
        expect(c.label).not.toMatch(API_NAME);
    }
}

describe('computeInsight properties', () => {
    it('keeps every score in 0-100 with factors summing exactly to it', () => {
        fc.assert(
            fc.property(dataArb, (data) => {
                const insight = computeInsight(data, DEFAULT_CONFIG, AS_OF);
                for (const s of scores(insight)) {
                    expect(Number.isInteger(s.score) && s.score >= 0 && s.score <= 100).toBe(true);
                    expectExplained(s);
                }
                for (const reason of insight.buyingStage.reasons) expect(reason).not.toMatch(API_NAME);
            }),
            RUNS
        );
    });

    it('shares every capped group and score out exactly, whatever the maximums and points', () => {
        // Small maximums and large points per activity, so that groups and scores are capped often; the
        // factors still sum to the score and each shows its share.
        const settingsArb = fc.record({
            Reach_Activity_Max: fc.integer({ min: 0, max: 60 }),
            Reach_Person_Max: fc.integer({ min: 0, max: 60 }),
            Reach_Persona_Max: fc.integer({ min: 0, max: 60 }),
            Reach_Call_Points: fc.integer({ min: 0, max: 40 }),
            Reach_Email_Points: fc.integer({ min: 0, max: 40 }),
            Reach_Person_Points: fc.integer({ min: 0, max: 40 }),
            Reach_Persona_Points: fc.integer({ min: 0, max: 40 }),
            Account_Engaged_Person_Points: fc.integer({ min: 0, max: 40 }),
            Account_Engaged_Person_Max: fc.integer({ min: 0, max: 120 }),
            Engagement_Email_Click_Points: fc.integer({ min: 0, max: 80 }),
            Engagement_Webinar_Points: fc.integer({ min: 0, max: 80 }),
            Intent_Engagement_Multiplier: fc.integer({ min: 0, max: 4 })
        });
        let capped = 0;
        fc.assert(
            fc.property(dataArb, settingsArb, (data, overrides) => {
                const config = { ...DEFAULT_CONFIG, settings: { ...DEFAULT_CONFIG.settings, ...overrides } };
                for (const s of scores(computeInsight(data, config, AS_OF))) {
                    expect(Number.isInteger(s.score) && s.score >= 0 && s.score <= 100).toBe(true);
                    expectExplained(s);
                    if ((s.caps ?? []).length > 0) capped++;
                }
            }),
            { numRuns: 150 }
        );
        expect(capped).toBeGreaterThan(50);
    });

    it('one more engagement never lowers intent, account engagement or stage', () => {
        fc.assert(
            fc.property(dataArb, memberArb, (data, extra) => {
                const before = computeInsight(data, DEFAULT_CONFIG, AS_OF);
                const after = computeInsight(
                    { ...data, campaignMembers: [...(data.campaignMembers ?? []), extra] },
                    DEFAULT_CONFIG,
                    AS_OF
                );
                expect(after.intent.score).toBeGreaterThanOrEqual(before.intent.score);
                expect(after.engagement.score).toBeGreaterThanOrEqual(before.engagement.score);
                expect(stageOrder(after.buyingStage.stage)).toBeGreaterThanOrEqual(
                    stageOrder(before.buyingStage.stage)
                );
            }),
            RUNS
        );
    });

    it('one more reach activity never lowers reach', () => {
        fc.assert(
            fc.property(dataArb, taskArb, (data, extra) => {
                const before = computeInsight(data, DEFAULT_CONFIG, AS_OF).reach.score;
                const after = computeInsight({ ...data, tasks: [...(data.tasks ?? []), extra] }, DEFAULT_CONFIG, AS_OF)
                    .reach.score;
                expect(after).toBeGreaterThanOrEqual(before);
            }),
            RUNS
        );
    });

    it('orders people by score, then last engagement, then name, then Id, whatever the scores and dates', () => {
        type Person = ReturnType<typeof computeInsight>['people'][number];
        // Strictly before: what a list ordered best first must never have after its predecessor.
        const before = (a: Person, b: Person): boolean => {
            if (a.score !== b.score) return a.score > b.score;
            if (a.lastEngagedDate !== b.lastEngagedDate)
                return (
                    b.lastEngagedDate === null || (a.lastEngagedDate !== null && a.lastEngagedDate > b.lastEngagedDate)
                );
            if (a.name !== b.name) return a.name < b.name;
            return a.id < b.id;
        };
        // A response 40 years old inside a 20,000-day window, or negative points: the engine compares every
        // pair instead of its counting sort on (score, day). Such settings fail validateConfig, but the order holds.
        const old: CampaignMember = {
            Id: 'OLD',
            ContactId: 'C1',
            HasResponded: true,
            FirstRespondedDate: '1985-06-01',
            Status: 'Clicked'
        };
        const wide = { ...DEFAULT_CONFIG, settings: { ...DEFAULT_CONFIG.settings, Engagement_Window_Days: 20000 } };
        const negative = {
            ...DEFAULT_CONFIG,
            settings: { ...DEFAULT_CONFIG.settings, Engagement_Form_Fill_Points: -15 }
        };
        fc.assert(
            fc.property(dataArb, fc.constantFrom('default', 'wide', 'negative'), (data, variant) => {
                const config = variant === 'wide' ? wide : variant === 'negative' ? negative : DEFAULT_CONFIG;
                const members = variant === 'wide' ? [...(data.campaignMembers ?? []), old] : data.campaignMembers;
                const people = computeInsight({ ...data, campaignMembers: members }, config, AS_OF).people;
                for (let k = 1; k < people.length; k++)
                    expect(before(people[k] as Person, people[k - 1] as Person)).toBe(false);
            }),
            RUNS
        );
    });

    it('is qualified exactly when the band is Strong or Moderate and the stage Decision or Purchase', () => {
        fc.assert(
            fc.property(dataArb, (data) => {
                const i = computeInsight(data, DEFAULT_CONFIG, AS_OF);
                const expected =
                    i.profileFit.band !== 'Weak' &&
                    (i.buyingStage.stage === 'Decision' || i.buyingStage.stage === 'Purchase');
                expect(i.qualified.qualified).toBe(expected);
                const keptStart = data.account.SI_Qualified__c && data.account.SI_Qualified_Start_Date__c;
                // While qualified there is no end date; the start date is the stored one or none (never
                // asOf), with the reason; the scoring job stores the stored one or asOf.
                expect(i.qualified.qualified ? i.qualified.endDate : null).toBeNull();
                expect(i.qualified.qualified ? i.qualified.startDate : null).toBe(
                    i.qualified.qualified && keptStart ? data.account.SI_Qualified_Start_Date__c : null
                );
                expect(i.qualified.startDateMissing).toBe(
                    i.qualified.qualified && !keptStart ? START_DATE_NOT_RECORDED : null
                );
                expect(i.qualified.qualified ? i.qualified.toStore : null).toEqual(
                    i.qualified.qualified
                        ? { startDate: keptStart ? data.account.SI_Qualified_Start_Date__c : AS_OF, endDate: null }
                        : null
                );
            }),
            RUNS
        );
    });

    it('never throws on garbage records and reports them', () => {
        const garbageRecord = fc.oneof(
            fc.anything(),
            fc.dictionary(
                fc.constantFrom(
                    'Id',
                    'WhoId',
                    'ActivityDate',
                    'ContactId',
                    'HasResponded',
                    'Title',
                    'Weight__c',
                    'IsClosed',
                    'Campaign'
                ),
                fc.anything()
            )
        );
        const garbageList = fc.oneof(fc.array(garbageRecord, { maxLength: 8 }), fc.anything());
        fc.assert(
            fc.property(
                fc.record({
                    account: fc.dictionary(fc.string(), fc.anything()),
                    contacts: garbageList,
                    leads: garbageList,
                    tasks: garbageList,
                    events: garbageList,
                    campaignMembers: garbageList,
                    opportunities: garbageList,
                    intentSignals: garbageList
                }),
                (data) => {
                    const insight = computeInsight(data as unknown as AccountData, DEFAULT_CONFIG, AS_OF);
                    expect(insight.asOf).toBe(AS_OF);
                    for (const s of scores(insight)) {
                        expect(s.factors.reduce((t, f) => t + f.points, 0)).toBe(s.score);
                        for (const f of s.factors) expect(f.points).toBeLessThanOrEqual(f.rawPoints);
                    }
                }
            ),
            { numRuns: 150 }
        );
    });
});
