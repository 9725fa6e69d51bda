// The qualified-account points rule (issue 16), clause by clause: the wait, the cap, the excluded statuses,
// converted leads, an account that stops being qualified during the wait, idempotent re-runs, people without
// a status, custom configuration, the metadata mapping and its errors, and the change event.
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../config';
import { formatDay, parseDay } from '../dates';
import { computeQualified } from '../qualified';
import {
    DEFAULT_EXCLUDED_STATUSES,
    DEFAULT_QUALIFICATION_RULES,
    adjustmentKey,
    evaluateQualificationPoints,
    type QualificationPointsInput,
    type QualificationRules,
    type RulePerson,
    type SI_Points_Ledger__c
} from '../qualificationRule';
import { qualificationChangeEvent } from '../qualificationEvents';
import {
    qualificationRuleProblems,
    qualificationRulesFromMetadata,
    qualificationRulesToMetadata,
    type SI_Qualification_Rule__mdt
} from '../qualificationRuleMetadata';
import type { Account } from '../types';

const START = '2026-10-01';
const ACCOUNT = '001000000000001AAA';

function day(offset: number, from = START): string {
    return formatDay((parseDay(from) as number) + offset);
}

function qualifiedAccount(start: string | null = START): Account {
    return {
        Id: ACCOUNT,
        Name: 'Acme',
        SI_Qualified__c: true,
        SI_Qualified_Start_Date__c: start,
        SI_Qualified_End_Date__c: null
    };
}

function contact(id: string, extra: Partial<RulePerson> = {}): RulePerson {
    return { Id: id, AccountId: ACCOUNT, FirstName: 'Con', LastName: id, ...extra };
}

function lead(id: string, status: string | null, extra: Partial<RulePerson> = {}): RulePerson {
    return { Id: id, FirstName: 'Lea', LastName: id, Status: status, IsConverted: false, ...extra };
}

function ledgerRow(
    person: { contact?: string; lead?: string },
    appliedOn: string,
    start: string,
    points = 20
): SI_Points_Ledger__c {
    return {
        Account__c: ACCOUNT,
        Contact__c: person.contact ?? null,
        Lead__c: person.lead ?? null,
        Points__c: points,
        Qualified_Start_Date__c: start,
        Applied_On__c: appliedOn
    };
}

function run(
    input: Partial<QualificationPointsInput>,
    asOf: string,
    rules: QualificationRules = DEFAULT_QUALIFICATION_RULES
) {
    return evaluateQualificationPoints({ account: qualifiedAccount(), ...input }, rules, asOf);
}

function outcomes(result: ReturnType<typeof run>): Record<string, string> {
    return Object.fromEntries(result.decisions.map((d) => [d.personId, d.outcome]));
}

describe('qualified-account points: the wait', () => {
    it.each([
        [0, 'Not due yet', 0],
        [5, 'Not due yet', 0],
        [6, 'Applied', 1],
        [7, 'Applied', 1]
    ])('day %i after the qualified start date: %s', (offset, outcome, rows) => {
        const result = run({ contacts: [contact('003A')] }, day(offset));
        expect(result.decisions).toEqual([
            expect.objectContaining({
                personId: '003A',
                object: 'Contact',
                outcome,
                dueOn: day(6),
                points: rows ? 20 : 0
            })
        ]);
        expect(result.ledgerRows).toHaveLength(rows);
    });

    it('writes one ledger row per applied adjustment with the person, account, points, reason, start date and day', () => {
        const result = run({ contacts: [contact('003A')], leads: [lead('00QA', 'Open - Not Contacted')] }, day(6));
        expect(result.ledgerRows).toEqual([
            {
                Account__c: ACCOUNT,
                Contact__c: '003A',
                Lead__c: null,
                Points__c: 20,
                Reason__c: expect.stringContaining(`qualified since ${START}`),
                Qualified_Start_Date__c: START,
                Applied_On__c: day(6),
                Adjustment_Key__c: adjustmentKey('Contact', '003A', ACCOUNT, START),
                Rule__c: 'Contact'
            },
            expect.objectContaining({
                Contact__c: null,
                Lead__c: '00QA',
                Rule__c: 'Lead',
                Adjustment_Key__c: `Lead:00QA:${ACCOUNT}:${START}`
            })
        ]);
        expect(result.decisions.map((d) => d.reason)).toEqual([
            `+20 points: the account has been qualified since ${START}, due on ${day(6)} after the 6-day wait; no earlier points from this rule`,
            `+20 points: the account has been qualified since ${START}, due on ${day(6)} after the 6-day wait; no earlier points from this rule`
        ]);
        expect(result.fieldUpdates).toEqual([
            { Id: '003A', object: 'Contact', SI_Qualified_Account_Points__c: 20 },
            { Id: '00QA', object: 'Lead', SI_Qualified_Account_Points__c: 20 }
        ]);
    });

    it('catches up on a missed due day: a run after it still applies the points, dated that run', () => {
        const result = run({ contacts: [contact('003A')] }, day(30));
        expect(result.ledgerRows).toEqual([
            expect.objectContaining({ Applied_On__c: day(30), Qualified_Start_Date__c: START })
        ]);
    });
});

describe('qualified-account points: the cap', () => {
    // Points given on day 0 for an earlier qualified period; the account is qualified again later, and the
    // new points fall due (start + 6) on day 89, 90 or 91 after the earlier ones.
    const earlier = day(-200);
    function capped(daysSinceLastPoints: number, runOffset = 0) {
        const lastApplied = '2026-06-01';
        const due = day(daysSinceLastPoints, lastApplied);
        const start = day(-6, due);
        return evaluateQualificationPoints(
            {
                account: qualifiedAccount(start),
                contacts: [contact('003A')],
                ledger: [ledgerRow({ contact: '003A' }, lastApplied, earlier)]
            },
            DEFAULT_QUALIFICATION_RULES,
            day(runOffset, due)
        );
    }

    it('day 89 after the last points: no points (capped), with the reason', () => {
        const result = capped(89);
        expect(outcomes(result)).toEqual({ '003A': 'Capped' });
        expect(result.ledgerRows).toEqual([]);
        expect(result.decisions[0]?.reason).toBe(
            `Con 003A got 20 points on 2026-06-01, less than 90 days before the due day ${day(89, '2026-06-01')}: at most once every 90 days`
        );
    });

    it('day 90 and day 91 after the last points: points again', () => {
        expect(outcomes(capped(90))).toEqual({ '003A': 'Applied' });
        expect(outcomes(capped(91))).toEqual({ '003A': 'Applied' });
        expect(capped(91).decisions[0]?.reason).toContain('last points from this rule on 2026-06-01');
    });

    it('judges the cap on the due day: a late run decides as the on-time run would have', () => {
        expect(outcomes(capped(89, 10))).toEqual({ '003A': 'Capped' });
        expect(outcomes(capped(91, 10))).toEqual({ '003A': 'Applied' });
    });

    it('counts the ledger rows of any account: the cap is per person', () => {
        const result = run(
            {
                contacts: [contact('003A')],
                ledger: [{ ...ledgerRow({ contact: '003A' }, day(-10), day(-30)), Account__c: '001OTHER' }]
            },
            day(6)
        );
        expect(outcomes(result)).toEqual({ '003A': 'Capped' });
    });

    it('sums every ledger row of the person into the points field', () => {
        const result = capped(120);
        expect(result.fieldUpdates).toEqual([{ Id: '003A', object: 'Contact', SI_Qualified_Account_Points__c: 40 }]);
    });
});

describe('qualified-account points: excluded statuses', () => {
    it.each(DEFAULT_EXCLUDED_STATUSES.map((s) => [s]))('a lead with the status %s gets no points', (status) => {
        const result = run({ leads: [lead('00QA', status), lead('00QB', 'Working')] }, day(6));
        expect(outcomes(result)).toEqual({ '00QA': 'Excluded status', '00QB': 'Applied' });
        expect(result.decisions[0]?.reason).toBe(
            `Lea 00QA has the status ${status} (Status): sales already owns this person, no points`
        );
        expect(result.ledgerRows.map((r) => r.Lead__c)).toEqual(['00QB']);
    });

    it('compares statuses trimmed and case-insensitively', () => {
        const result = run({ leads: [lead('00QA', '  qualified '), lead('00QB', 'RECYCLE')] }, day(6));
        expect(outcomes(result)).toEqual({ '00QA': 'Excluded status', '00QB': 'Excluded status' });
    });

    it('reads the status field the rule names, per object', () => {
        const rules: QualificationRules = {
            Lead: DEFAULT_QUALIFICATION_RULES.Lead,
            Contact: { ...DEFAULT_QUALIFICATION_RULES.Contact!, statusField: 'Contact_Status__c' }
        };
        const people = [
            contact('003A', { Contact_Status__c: 'Accepted' }),
            contact('003B', { Contact_Status__c: 'Nurture', Status: 'Accepted' })
        ];
        expect(outcomes(run({ contacts: people }, day(6), rules))).toEqual({
            '003A': 'Excluded status',
            '003B': 'Applied'
        });
        // The shipped Contact rule reads no status field: the same contacts both get points.
        expect(outcomes(run({ contacts: people }, day(6)))).toEqual({ '003A': 'Applied', '003B': 'Applied' });
    });
});

describe('qualified-account points: people without a status', () => {
    it('gives points to people whose status is missing, null, blank or not text', () => {
        const leads = [
            { Id: '00QA', LastName: 'Missing' },
            lead('00QB', null),
            lead('00QC', '   '),
            { Id: '00QD', LastName: 'Number', Status: 7 }
        ];
        const result = run({ leads }, day(6));
        expect(outcomes(result)).toEqual({
            '00QA': 'Applied',
            '00QB': 'Applied',
            '00QC': 'Applied',
            '00QD': 'Applied'
        });
    });

    it('leaves out people without an Id, with a note, and counts a repeated Id once', () => {
        const result = run({ contacts: [contact('003A'), { LastName: 'Nobody' }, contact('003A')] }, day(6));
        expect(result.decisions).toHaveLength(1);
        expect(result.ledgerRows).toHaveLength(1);
        expect(result.notes).toEqual(['Contact: 1 record without an Id left out']);
    });
});

describe('qualified-account points: a lead converted meanwhile', () => {
    it('gives a lead converted during the wait nothing and its contact the points once', () => {
        const converted = lead('00QA', 'Working', { IsConverted: true, ConvertedContactId: '003A' });
        const before = run({ leads: [lead('00QA', 'Working')] }, day(3));
        expect(outcomes(before)).toEqual({ '00QA': 'Not due yet' });
        const after = run({ contacts: [contact('003A')], leads: [converted] }, day(6));
        expect(outcomes(after)).toEqual({ '003A': 'Applied', '00QA': 'Converted' });
        expect(after.decisions[1]?.reason).toBe('Lea 00QA is a converted lead: its contact 003A carries the person');
        expect(after.ledgerRows.map((r) => [r.Contact__c, r.Lead__c])).toEqual([['003A', null]]);
    });

    it("counts the lead's ledger rows for its contact: no second points for the same start date", () => {
        const converted = lead('00QA', 'Working', { IsConverted: true, ConvertedContactId: '003A' });
        const result = run(
            { contacts: [contact('003A')], leads: [converted], ledger: [ledgerRow({ lead: '00QA' }, day(6), START)] },
            day(8)
        );
        expect(outcomes(result)).toEqual({ '003A': 'Already applied', '00QA': 'Converted' });
        expect(result.ledgerRows).toEqual([]);
        expect(result.fieldUpdates).toEqual([{ Id: '003A', object: 'Contact', SI_Qualified_Account_Points__c: 20 }]);
    });

    it("counts the lead's ledger rows for its contact's cap", () => {
        const converted = lead('00QA', 'Working', { IsConverted: true, ConvertedContactId: '003A' });
        const result = run(
            {
                contacts: [contact('003A')],
                leads: [converted],
                ledger: [ledgerRow({ lead: '00QA' }, day(-20), day(-60))]
            },
            day(6)
        );
        expect(outcomes(result)).toEqual({ '003A': 'Capped', '00QA': 'Converted' });
    });
});

describe('qualified-account points: the account must stay qualified', () => {
    it('gives no points when the account stops being qualified during the wait', () => {
        const account: Account = {
            Id: ACCOUNT,
            SI_Qualified__c: false,
            SI_Qualified_Start_Date__c: START,
            SI_Qualified_End_Date__c: day(3)
        };
        const result = evaluateQualificationPoints(
            { account, contacts: [contact('003A')], leads: [lead('00QA', null)] },
            DEFAULT_QUALIFICATION_RULES,
            day(6)
        );
        expect(result.qualified).toBe(false);
        expect(result.decisions).toEqual([]);
        expect(result.ledgerRows).toEqual([]);
        expect(result.reason).toMatch(/^No points: the account is not qualified/);
    });

    it('restarts the wait when the account qualifies again (a new start date)', () => {
        const restarted = day(4);
        const result = evaluateQualificationPoints(
            { account: qualifiedAccount(restarted), contacts: [contact('003A')] },
            DEFAULT_QUALIFICATION_RULES,
            day(6)
        );
        expect(result.decisions).toEqual([expect.objectContaining({ outcome: 'Not due yet', dueOn: day(10) })]);
        expect(
            outcomes(
                evaluateQualificationPoints(
                    { account: qualifiedAccount(restarted), contacts: [contact('003A')] },
                    DEFAULT_QUALIFICATION_RULES,
                    day(10)
                )
            )
        ).toEqual({
            '003A': 'Applied'
        });
    });

    it('gives no points when the score history shows the account not qualified after its start date', () => {
        const history = [
            { Account__c: ACCOUNT, Scored_On__c: START, Qualified__c: true },
            { Account__c: ACCOUNT, Scored_On__c: day(3), Qualified__c: false }
        ];
        const result = run({ contacts: [contact('003A')], history }, day(6));
        expect(result.ledgerRows).toEqual([]);
        expect(result.reason).toContain(`not qualified on ${day(3)}, after its start date ${START}`);
    });

    it('reads the qualified period from the score history when the account fields are absent', () => {
        const history = [
            { Account__c: ACCOUNT, Scored_On__c: day(-40), Qualified__c: true },
            { Account__c: ACCOUNT, Scored_On__c: day(-20), Qualified__c: false },
            { Account__c: ACCOUNT, Scored_On__c: START, Qualified__c: true },
            { Account__c: ACCOUNT, Scored_On__c: day(2), Qualified__c: true },
            { Account__c: '001OTHER', Scored_On__c: day(3), Qualified__c: false }
        ];
        const result = evaluateQualificationPoints(
            { account: { Id: ACCOUNT }, history, contacts: [contact('003A')] },
            DEFAULT_QUALIFICATION_RULES,
            day(6)
        );
        expect([result.source, result.startDate, outcomes(result)]).toEqual(['History', START, { '003A': 'Applied' }]);
        const ended = evaluateQualificationPoints(
            {
                account: { Id: ACCOUNT },
                history: [...history, { Account__c: ACCOUNT, Scored_On__c: day(5), Qualified__c: false }],
                contacts: [contact('003A')]
            },
            DEFAULT_QUALIFICATION_RULES,
            day(6)
        );
        expect([ended.source, ended.qualified, ended.ledgerRows]).toEqual(['History', false, []]);
    });

    it('gives no points to a qualified account without a start date, and never makes one up', () => {
        const result = evaluateQualificationPoints(
            { account: qualifiedAccount(null), contacts: [contact('003A')] },
            DEFAULT_QUALIFICATION_RULES,
            day(6)
        );
        expect([result.startDate, result.ledgerRows]).toEqual([null, []]);
        expect(result.reason).toContain('no qualified start date is recorded yet');
    });
});

describe('qualified-account points: re-runs', () => {
    it('two runs on the same day: the second, given the first run’s ledger rows, writes nothing', () => {
        const input = { contacts: [contact('003A'), contact('003B')], leads: [lead('00QA', 'Working')] };
        const first = run(input, day(6));
        expect(first.ledgerRows).toHaveLength(3);
        const stored = first.fieldUpdates.map((u) => ({ Id: u.Id, points: u.SI_Qualified_Account_Points__c }));
        const withPoints = (p: RulePerson): RulePerson => ({
            ...p,
            SI_Qualified_Account_Points__c: stored.find((s) => s.Id === p.Id)?.points ?? null
        });
        const second = run(
            { contacts: input.contacts.map(withPoints), leads: input.leads.map(withPoints), ledger: first.ledgerRows },
            day(6)
        );
        expect(second.ledgerRows).toEqual([]);
        expect(second.fieldUpdates).toEqual([]);
        expect(Object.values(outcomes(second))).toEqual(['Already applied', 'Already applied', 'Already applied']);
    });

    it('runs on later days for the same start date change nothing either', () => {
        const first = run({ contacts: [contact('003A')] }, day(6));
        for (const later of [day(7), day(100), day(400)]) {
            const again = run(
                { contacts: [contact('003A', { SI_Qualified_Account_Points__c: 20 })], ledger: first.ledgerRows },
                later
            );
            expect([later, again.ledgerRows, again.fieldUpdates]).toEqual([later, [], []]);
        }
    });

    it('ignores ledger rows applied after asOf (a run for an earlier day)', () => {
        const result = run(
            { contacts: [contact('003A')], ledger: [ledgerRow({ contact: '003A' }, day(20), START)] },
            day(6)
        );
        expect(outcomes(result)).toEqual({ '003A': 'Applied' });
        expect(result.notes).toEqual([`SI_Points_Ledger__c: 1 row applied after ${day(6)} ignored`]);
    });

    it('corrects a points field that does not match the ledger', () => {
        const result = run(
            {
                contacts: [contact('003A', { SI_Qualified_Account_Points__c: 55 })],
                ledger: [ledgerRow({ contact: '003A' }, day(6), START)]
            },
            day(9)
        );
        expect(result.fieldUpdates).toEqual([{ Id: '003A', object: 'Contact', SI_Qualified_Account_Points__c: 20 }]);
    });

    it('does not depend on the order of people or ledger rows', () => {
        const people = [contact('003A'), contact('003B'), contact('003C')];
        const ledger = [
            ledgerRow({ contact: '003A' }, day(-30), day(-50)),
            ledgerRow({ contact: '003B' }, day(-120), day(-150))
        ];
        const forward = run({ contacts: people, ledger }, day(6));
        const backward = run({ contacts: [...people].reverse(), ledger: [...ledger].reverse() }, day(6));
        expect(outcomes(forward)).toEqual({ '003A': 'Capped', '003B': 'Applied', '003C': 'Applied' });
        expect(outcomes(backward)).toEqual(outcomes(forward));
    });
});

describe('qualified-account points: custom configuration', () => {
    const records: SI_Qualification_Rule__mdt[] = [
        {
            DeveloperName: 'Lead_Fast',
            MasterLabel: 'Lead fast track',
            Object__c: 'Lead',
            Points__c: 35,
            Wait_Days__c: 2,
            Cap_Days__c: 30,
            Excluded_Statuses__c: 'Working, Nurture',
            Status_Field__c: 'Lead_Stage__c',
            Active__c: true
        },
        {
            DeveloperName: 'Contact',
            MasterLabel: 'Contact',
            Object__c: 'Contact',
            Points__c: 20,
            Wait_Days__c: 6,
            Cap_Days__c: 90,
            Active__c: false
        }
    ];
    const rules = qualificationRulesFromMetadata(records);

    it('reads points, wait, cap, excluded statuses and status field from the records', () => {
        expect(rules.Lead).toEqual({
            key: 'Lead_Fast',
            label: 'Lead fast track',
            object: 'Lead',
            points: 35,
            waitDays: 2,
            capDays: 30,
            excludedStatuses: ['Working', 'Nurture'],
            statusField: 'Lead_Stage__c'
        });
        expect(rules.Contact).toBeNull();
    });

    it('applies them: 35 points after 2 days, capped for 30, its own statuses, contacts off', () => {
        const leads = [
            lead('00QA', 'Qualified', { Lead_Stage__c: 'Open' }),
            lead('00QB', null, { Lead_Stage__c: 'nurture' })
        ];
        const input = { contacts: [contact('003A')], leads };
        expect(outcomes(run(input, day(1), rules))).toEqual({
            '003A': 'Rule off',
            '00QA': 'Not due yet',
            '00QB': 'Excluded status'
        });
        const due = run(input, day(2), rules);
        expect(outcomes(due)).toEqual({ '003A': 'Rule off', '00QA': 'Applied', '00QB': 'Excluded status' });
        expect(due.ledgerRows).toEqual([
            expect.objectContaining({ Lead__c: '00QA', Points__c: 35, Rule__c: 'Lead_Fast' })
        ]);
        // A new start date 29 and 30 days later.
        const ledger = due.ledgerRows;
        const at = (offset: number) =>
            evaluateQualificationPoints(
                { account: qualifiedAccount(day(offset - 2, day(2))), leads, ledger },
                rules,
                day(offset, day(2))
            );
        expect(outcomes(at(29))).toEqual({ '00QA': 'Capped', '00QB': 'Excluded status' });
        expect(outcomes(at(30))).toEqual({ '00QA': 'Applied', '00QB': 'Excluded status' });
    });

    it('keeps the shipped rule for an object without a record, and a zero wait applies on the start date', () => {
        const only = qualificationRulesFromMetadata([{ ...records[0], DeveloperName: 'Lead_Now', Wait_Days__c: 0 }]);
        expect(only.Contact).toEqual(DEFAULT_QUALIFICATION_RULES.Contact);
        expect(outcomes(run({ leads: [lead('00QA', null)] }, START, only))).toEqual({ '00QA': 'Applied' });
    });

    it('round-trips the shipped rules through their records', () => {
        const shipped = qualificationRulesToMetadata(DEFAULT_QUALIFICATION_RULES);
        expect(
            shipped.map((r) => [
                r.DeveloperName,
                r.Object__c,
                r.Points__c,
                r.Wait_Days__c,
                r.Cap_Days__c,
                r.Status_Field__c
            ])
        ).toEqual([
            ['Lead', 'Lead', 20, 6, 90, 'Status'],
            ['Contact', 'Contact', 20, 6, 90, null]
        ]);
        expect(shipped[0]?.Excluded_Statuses__c).toBe('Accepted,Qualifying,Qualified,Disqualified,Ineligible,Recycle');
        expect(qualificationRulesFromMetadata(shipped)).toEqual(DEFAULT_QUALIFICATION_RULES);
    });

    it('names the record and the field of every problem', () => {
        const bad: Array<SI_Qualification_Rule__mdt | null> = [
            {
                DeveloperName: 'Lead_A',
                Object__c: 'Lead',
                Points__c: 0,
                Wait_Days__c: -1,
                Cap_Days__c: 2.5,
                Status_Field__c: 'Lead Status',
                Active__c: true
            },
            { DeveloperName: 'Lead_B', Object__c: 'Lead', Points__c: 10, Wait_Days__c: 6, Cap_Days__c: 90 },
            { DeveloperName: 'Opp', Object__c: 'Opportunity', Points__c: 10, Wait_Days__c: 6, Cap_Days__c: 0 },
            {
                DeveloperName: 'Lead_A',
                Object__c: 'Contact',
                Points__c: 10,
                Wait_Days__c: 6,
                Cap_Days__c: 90,
                Active__c: false
            },
            null
        ];
        expect(qualificationRuleProblems(bad)).toEqual([
            'SI_Qualification_Rule__mdt Lead_A: Points__c must be a whole number of at least 1, got 0',
            'SI_Qualification_Rule__mdt Lead_A: Wait_Days__c must be a whole number of days, 0 or more, got -1',
            'SI_Qualification_Rule__mdt Lead_A: Cap_Days__c must be a whole number of days, at least 1, got 2.5',
            'SI_Qualification_Rule__mdt Lead_A: Status_Field__c must be a field API name of Lead or blank, got "Lead Status"',
            'SI_Qualification_Rule__mdt Lead_B: Object__c Lead already has an active rule, Lead_A: keep one active record per object',
            'SI_Qualification_Rule__mdt Opp: Object__c must be Lead or Contact, got "Opportunity"',
            'SI_Qualification_Rule__mdt Opp: Cap_Days__c must be a whole number of days, at least 1, got 0',
            'SI_Qualification_Rule__mdt Lead_A: duplicate record',
            'SI_Qualification_Rule__mdt record 5 has no DeveloperName'
        ]);
        expect(() => qualificationRulesFromMetadata(bad)).toThrow(ConfigError);
        expect(() => qualificationRulesFromMetadata(bad)).toThrow(/Qualification rule custom metadata has 9 problems/);
        expect(qualificationRuleProblems(qualificationRulesToMetadata(DEFAULT_QUALIFICATION_RULES))).toEqual([]);
    });

    it('rejects an asOf that is not a date', () => {
        expect(() => run({}, '2026-02-30')).toThrow('asOf is not a real date');
    });
});

describe('qualification change event', () => {
    const account: Account = {
        Id: ACCOUNT,
        Name: 'Acme',
        OwnerId: '005OWNER',
        SI_Qualified__c: false,
        SI_Qualified_Start_Date__c: null
    };

    it('is published when an account becomes qualified, with its dates, fit and stage', () => {
        const qualified = computeQualified('Strong', 'Decision', account, '2026-11-02', null, ACCOUNT);
        expect(qualificationChangeEvent(account, qualified, 'Strong', 'Decision', '2026-11-02')).toEqual({
            Account_Id__c: ACCOUNT,
            Account_Name__c: 'Acme',
            Owner_Id__c: '005OWNER',
            Previous_State__c: 'Not qualified',
            New_State__c: 'Qualified',
            Qualified_Start_Date__c: '2026-11-02',
            Qualified_End_Date__c: null,
            Profile_Fit_Band__c: 'Strong',
            Buying_Stage__c: 'Decision',
            As_Of__c: '2026-11-02'
        });
    });

    it('is published when an account stops being qualified', () => {
        const was: Account = { ...account, SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2026-09-01' };
        const qualified = computeQualified('Weak', 'Decision', was, '2026-11-02', null, ACCOUNT);
        expect(qualificationChangeEvent(was, qualified, 'Weak', 'Decision', '2026-11-02')).toEqual(
            expect.objectContaining({
                Previous_State__c: 'Qualified',
                New_State__c: 'Not qualified',
                Qualified_Start_Date__c: '2026-09-01',
                Qualified_End_Date__c: '2026-11-02'
            })
        );
    });

    it('is not published without a transition', () => {
        const still: Account = { ...account, SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2026-09-01' };
        expect(
            qualificationChangeEvent(
                still,
                computeQualified('Moderate', 'Purchase', still, '2026-11-02', null, ACCOUNT),
                'Moderate',
                'Purchase',
                '2026-11-02'
            )
        ).toBeNull();
        expect(
            qualificationChangeEvent(
                account,
                computeQualified('Weak', 'Target', account, '2026-11-02', null, ACCOUNT),
                'Weak',
                'Target',
                '2026-11-02'
            )
        ).toBeNull();
    });
});

describe('public API', () => {
    it('is exported from c/siEngine', async () => {
        const api = await import('c/siEngine');
        expect(api.evaluateQualificationPoints).toBe(evaluateQualificationPoints);
        expect(api.DEFAULT_QUALIFICATION_RULES).toBe(DEFAULT_QUALIFICATION_RULES);
        expect(api.qualificationChangeEvent).toBe(qualificationChangeEvent);
    });
});
