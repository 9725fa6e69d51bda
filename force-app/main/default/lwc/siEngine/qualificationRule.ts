// The qualified-account points rule (issue 16): when an account becomes qualified, its people get behaviour
// points a marketing automation platform can sync, `Wait_Days` after the qualified start date, at most once
// every `Cap_Days` per person, never to people whose status says sales already owns them. Configuration is
// `SI_Qualification_Rule__mdt` (one record per object, Lead and Contact); the ledger `SI_Points_Ledger__c`
// (one row per applied adjustment) makes it idempotent. Pure: `asOf` is passed in, nothing reads the clock.
// docs/ENGINE.md "Qualified-account points" explains every clause.
import { formatDay, parseAsOf, parseDay } from './dates';
import { recordId, text } from './quality';
import type { Account, Maybe } from './types';

/** The custom metadata type of the rule's configuration (qualificationRuleMetadata.ts). */
export const QUALIFICATION_RULE_TYPE = 'SI_Qualification_Rule__mdt';
const TYPE = QUALIFICATION_RULE_TYPE;

/** The objects whose people the rule gives points to; also the `Object__c` picklist values. */
export const QUALIFICATION_RULE_OBJECTS = ['Lead', 'Contact'] as const;
export type QualificationRuleObject = (typeof QUALIFICATION_RULE_OBJECTS)[number];

/** The field on Lead and Contact that holds the points from this rule (the ledger's sum for the person). */
export const QUALIFIED_POINTS_FIELD = 'SI_Qualified_Account_Points__c';

/** The rule for one object's people, as `SI_Qualification_Rule__mdt` configures it. */
export interface QualificationRule {
    /** DeveloperName of the record. */
    key: string;
    label: string;
    object: QualificationRuleObject;
    /** Points added per adjustment (whole number, at least 1). */
    points: number;
    /** Days after the qualified start date before the points are due (whole number, at least 0). */
    waitDays: number;
    /** A person gets points from this rule at most once in this many days (whole number, at least 1). */
    capDays: number;
    /** Statuses (compared trimmed and case-insensitively) whose people never get points. */
    excludedStatuses: string[];
    /** API name of the field holding the person's status; null: the object has no status to read. */
    statusField: string | null;
}

/** One rule per object; null: the rule is off for that object (an inactive record). */
export type QualificationRules = Record<QualificationRuleObject, QualificationRule | null>;

/** The statuses that show sales already owns a person (the issue's list). */
export const DEFAULT_EXCLUDED_STATUSES: readonly string[] = Object.freeze([
    'Accepted',
    'Qualifying',
    'Qualified',
    'Disqualified',
    'Ineligible',
    'Recycle'
]);

function defaultRule(object: QualificationRuleObject, statusField: string | null): QualificationRule {
    return {
        key: object,
        label: `${object} qualified-account points`,
        object,
        points: 20,
        waitDays: 6,
        capDays: 90,
        excludedStatuses: [...DEFAULT_EXCLUDED_STATUSES],
        statusField
    };
}

/**
 * The shipped rules; the `SI_Qualification_Rule__mdt` records mirror them (`qualificationRulesToMetadata`).
 * Lead reads its standard `Status`. Contact has no standard status field: its rule ships without one (no
 * contact is excluded by status) until an admin names the org's field (e.g. a custom `Status__c`).
 */
export const DEFAULT_QUALIFICATION_RULES: QualificationRules = Object.freeze({
    Lead: defaultRule('Lead', 'Status'),
    Contact: defaultRule('Contact', null)
});

// ---------------------------------------------------------------------------------------------
// Inputs

/** `SI_Account_Score_History__c`: the fields the rule reads. */
export interface QualifiedHistoryRow {
    Account__c?: Maybe<string>;
    /** YYYY-MM-DD */
    Scored_On__c?: Maybe<string>;
    Qualified__c?: Maybe<boolean>;
}

/** A Contact or a Lead with the fields the rule reads; the status field is whichever the rule names. */
export interface RulePerson {
    Id?: Maybe<string>;
    attributes?: { type?: string; referenceId?: string };
    Name?: Maybe<string>;
    FirstName?: Maybe<string>;
    LastName?: Maybe<string>;
    /** Lead only. */
    IsConverted?: Maybe<boolean>;
    /** Lead only: the contact a converted lead became; its ledger rows count for that contact. */
    ConvertedContactId?: Maybe<string>;
    SI_Qualified_Account_Points__c?: Maybe<number>;
    [field: string]: unknown;
}

/** `SI_Points_Ledger__c`: one applied adjustment. */
export interface SI_Points_Ledger__c {
    Id?: Maybe<string>;
    Account__c?: Maybe<string>;
    Contact__c?: Maybe<string>;
    Lead__c?: Maybe<string>;
    Points__c?: Maybe<number>;
    Reason__c?: Maybe<string>;
    /** YYYY-MM-DD: the qualified start date the adjustment answers. */
    Qualified_Start_Date__c?: Maybe<string>;
    /** YYYY-MM-DD: the day the points were applied (the run's asOf). */
    Applied_On__c?: Maybe<string>;
    /** Unique: `<object>:<person Id>:<account Id>:<start date>`; a repeated insert fails instead of doubling. */
    Adjustment_Key__c?: Maybe<string>;
    /** DeveloperName of the rule record that applied it. */
    Rule__c?: Maybe<string>;
}

export interface QualificationPointsInput {
    /** `Id`, `SI_Qualified__c`, `SI_Qualified_Start_Date__c`, `SI_Qualified_End_Date__c` as the job stores them. */
    account: Account;
    /** The account's `SI_Account_Score_History__c` rows (any order); read when the account fields are absent. */
    history?: readonly QualifiedHistoryRow[] | null;
    contacts?: readonly RulePerson[] | null;
    /** The account's leads, converted ones too (with `ConvertedContactId`): they carry their ledger rows over. */
    leads?: readonly RulePerson[] | null;
    /** Every ledger row of these people, of any account (the cap is per person). */
    ledger?: readonly SI_Points_Ledger__c[] | null;
}

// ---------------------------------------------------------------------------------------------
// Results

export type PointsOutcome =
    'Applied' | 'Already applied' | 'Not due yet' | 'Capped' | 'Excluded status' | 'Converted' | 'Rule off';

export interface PointsDecision {
    personId: string;
    object: QualificationRuleObject;
    outcome: PointsOutcome;
    /** Points applied by this run: the rule's points when `Applied`, else 0. */
    points: number;
    /** YYYY-MM-DD: the qualified start date plus the wait; null when the rule is off. */
    dueOn: string | null;
    reason: string;
}

/** The person's points field as it should be: the sum of their ledger rows, the new ones included. */
export interface PointsFieldUpdate {
    Id: string;
    object: QualificationRuleObject;
    SI_Qualified_Account_Points__c: number;
}

/** Where the qualified state came from. */
export type QualifiedSource = 'Account' | 'History' | 'None';

export interface QualificationPointsResult {
    accountId: string | null;
    asOf: string;
    /** Qualified on asOf, continuously since `startDate`. */
    qualified: boolean;
    /** YYYY-MM-DD: the start of the current qualified period; null when not qualified or not recorded. */
    startDate: string | null;
    source: QualifiedSource;
    /** Why the account's people get points, or why nobody does. */
    reason: string;
    /** One per person of a qualified account with a start date (input order); empty otherwise. */
    decisions: PointsDecision[];
    /** The ledger rows to insert: one per `Applied` decision. */
    ledgerRows: SI_Points_Ledger__c[];
    /** People whose stored points differ from their ledger's sum (new rows included). */
    fieldUpdates: PointsFieldUpdate[];
    /** Records left out or values ignored (no Id, malformed dates), one line each. */
    notes: string[];
}

// ---------------------------------------------------------------------------------------------
// The qualified period

interface Period {
    qualified: boolean;
    start: number | null;
    source: QualifiedSource;
    /** A history row saying not qualified after the start: the period is not continuous. */
    interruptedOn: number | null;
}

function historyRows(
    history: readonly QualifiedHistoryRow[],
    accountId: string | null,
    asOfDay: number,
    notes: string[]
): Array<{ day: number; qualified: boolean }> {
    const rows: Array<{ day: number; qualified: boolean }> = [];
    let malformed = 0;
    for (const row of history) {
        if (!row || (accountId && row.Account__c && row.Account__c !== accountId)) continue;
        const day = parseDay(row.Scored_On__c);
        if (day === null) {
            malformed++;
            continue;
        }
        if (day <= asOfDay) rows.push({ day, qualified: row.Qualified__c === true });
    }
    if (malformed > 0)
        notes.push(
            `SI_Account_Score_History__c: ${malformed} row${malformed === 1 ? '' : 's'} without a valid Scored_On__c ignored`
        );
    rows.sort((a, b) => a.day - b.day);
    return rows;
}

function qualifiedPeriod(
    input: QualificationPointsInput,
    accountId: string | null,
    asOfDay: number,
    notes: string[]
): Period {
    const account = input.account;
    const rows = historyRows(input.history ?? [], accountId, asOfDay, notes);
    // The start of the trailing qualified run of history rows, if the last row is qualified.
    let historyStart: number | null = null;
    for (const row of rows) {
        if (row.qualified && historyStart === null) historyStart = row.day;
        else if (!row.qualified) historyStart = null;
    }
    if (typeof account.SI_Qualified__c === 'boolean') {
        const raw = account.SI_Qualified_Start_Date__c;
        let start = parseDay(raw);
        if (start === null && raw !== null && raw !== undefined && raw !== '')
            notes.push(`Account SI_Qualified_Start_Date__c is not a date: ${JSON.stringify(raw)}`);
        if (!account.SI_Qualified__c) return { qualified: false, start, source: 'Account', interruptedOn: null };
        if (start === null) start = historyStart;
        let interruptedOn: number | null = null;
        if (start !== null) for (const row of rows) if (!row.qualified && row.day > start) interruptedOn = row.day;
        return { qualified: true, start, source: 'Account', interruptedOn };
    }
    if (rows.length > 0) {
        const last = rows[rows.length - 1] as { day: number; qualified: boolean };
        return {
            qualified: last.qualified,
            start: last.qualified ? historyStart : null,
            source: 'History',
            interruptedOn: null
        };
    }
    return { qualified: false, start: null, source: 'None', interruptedOn: null };
}

// ---------------------------------------------------------------------------------------------
// The rule

function personName(person: RulePerson, id: string): string {
    const name = text(person.Name) ?? [text(person.FirstName), text(person.LastName)].filter(Boolean).join(' ');
    return name || id;
}

function statusOf(person: RulePerson, rule: QualificationRule): string | null {
    if (!rule.statusField) return null;
    const value = person[rule.statusField];
    return typeof value === 'string' ? text(value) : null;
}

interface LedgerEntry {
    accountId: string | null;
    start: number | null;
    applied: number;
    points: number;
}

/** An adjustment's unique key (`SI_Points_Ledger__c.Adjustment_Key__c`). */
export function adjustmentKey(
    object: QualificationRuleObject,
    personId: string,
    accountId: string,
    startDate: string
): string {
    return `${object}:${personId}:${accountId}:${startDate}`;
}

/**
 * Decides, for one account on `asOf`, who of its people gets the qualified-account points, with the reason,
 * and gives the ledger rows to insert and the points fields to update. Per person, the first that applies:
 * 1. a converted lead gets nothing (its contact carries the person, and its ledger rows);
 * 2. the object's rule is off: nothing;
 * 3. a ledger row of the person answers this account's start date: already applied (re-runs change nothing);
 * 4. the person's status is excluded: nothing;
 * 5. asOf is before the start date plus the wait: not due yet;
 * 6. a ledger row of the person was applied less than the cap before the due day (or after it): capped;
 * 7. otherwise the points are applied on asOf (a late run catches up on a missed due day).
 * Nobody gets points unless the account is qualified on asOf with a start date, continuously since it.
 */
export function evaluateQualificationPoints(
    input: QualificationPointsInput,
    rules: QualificationRules,
    asOf: string
): QualificationPointsResult {
    const asOfDay = parseAsOf(asOf);
    const notes: string[] = [];
    const accountId = recordId(input.account);
    const period = qualifiedPeriod(input, accountId, asOfDay, notes);
    const base = {
        accountId,
        asOf,
        qualified: period.qualified && period.interruptedOn === null,
        startDate: period.start === null ? null : formatDay(period.start),
        source: period.source,
        decisions: [] as PointsDecision[],
        ledgerRows: [] as SI_Points_Ledger__c[],
        fieldUpdates: [] as PointsFieldUpdate[],
        notes
    };
    if (!accountId) return { ...base, qualified: false, reason: 'No points: the account has no Id' };
    if (!period.qualified) {
        return {
            ...base,
            startDate: null,
            reason: 'No points: the account is not qualified (a Strong or Moderate fit and a Decision or Purchase stage)'
        };
    }
    if (period.start === null) {
        return {
            ...base,
            reason: 'No points: the account is qualified but no qualified start date is recorded yet (the org-wide scoring job records it)'
        };
    }
    const start = period.start;
    const startDate = formatDay(start);
    if (period.interruptedOn !== null) {
        return {
            ...base,
            reason: `No points: the score history shows the account not qualified on ${formatDay(period.interruptedOn)}, after its start date ${startDate}; the wait starts again at the next start date`
        };
    }
    if (start > asOfDay)
        return {
            ...base,
            qualified: false,
            reason: `No points: the qualified start date ${startDate} is after ${asOf}`
        };

    // Ledger rows by person; a converted lead's rows count for its contact.
    const convertedTo = new Map<string, string>();
    for (const lead of input.leads ?? []) {
        const id = recordId(lead);
        const contact = text(lead?.ConvertedContactId);
        if (id && lead?.IsConverted === true && contact) convertedTo.set(id, contact);
    }
    const ledgerBy = new Map<string, LedgerEntry[]>();
    let badRows = 0;
    let futureRows = 0;
    for (const row of input.ledger ?? []) {
        const applied = parseDay(row?.Applied_On__c);
        const contact = text(row?.Contact__c);
        const lead = text(row?.Lead__c);
        const person = contact ?? (lead ? (convertedTo.get(lead) ?? lead) : null);
        if (!row || applied === null || !person) {
            badRows++;
            continue;
        }
        if (applied > asOfDay) {
            futureRows++;
            continue;
        }
        const entry: LedgerEntry = {
            accountId: text(row.Account__c),
            start: parseDay(row.Qualified_Start_Date__c),
            applied,
            points: typeof row.Points__c === 'number' && Number.isFinite(row.Points__c) ? row.Points__c : 0
        };
        const list = ledgerBy.get(person);
        if (list) list.push(entry);
        else ledgerBy.set(person, [entry]);
    }
    if (badRows > 0)
        notes.push(
            `SI_Points_Ledger__c: ${badRows} row${badRows === 1 ? '' : 's'} without a person or a valid Applied_On__c ignored`
        );
    if (futureRows > 0)
        notes.push(
            `SI_Points_Ledger__c: ${futureRows} row${futureRows === 1 ? '' : 's'} applied after ${asOf} ignored`
        );

    const decisions: PointsDecision[] = [];
    const ledgerRows: SI_Points_Ledger__c[] = [];
    const fieldUpdates: PointsFieldUpdate[] = [];
    const seen = new Set<string>();
    const people: Array<[QualificationRuleObject, readonly RulePerson[]]> = [
        ['Contact', input.contacts ?? []],
        ['Lead', input.leads ?? []]
    ];
    for (const [object, records] of people) {
        let withoutId = 0;
        for (const person of records) {
            const id = person ? recordId(person) : null;
            if (!person || !id) {
                withoutId++;
                continue;
            }
            if (seen.has(id)) continue;
            seen.add(id);
            const name = personName(person, id);
            const rule = rules[object];
            const decide = (outcome: PointsOutcome, reason: string, dueOn: string | null, points = 0): void => {
                decisions.push({ personId: id, object, outcome, points, dueOn, reason });
            };
            if (object === 'Lead' && person.IsConverted === true) {
                const contact = text(person.ConvertedContactId);
                decide(
                    'Converted',
                    `${name} is a converted lead: ${contact ? `its contact ${contact}` : 'its contact'} carries the person`,
                    null
                );
                continue;
            }
            if (!rule) {
                decide(
                    'Rule off',
                    `The qualified-account points rule for ${object} records is off (inactive ${TYPE} record)`,
                    null
                );
                continue;
            }
            const dueDay = start + rule.waitDays;
            const dueOn = formatDay(dueDay);
            const history = ledgerBy.get(id) ?? [];
            const answered = history.find((e) => e.accountId === accountId && e.start === start);
            if (answered) {
                decide(
                    'Already applied',
                    `${name} already got ${answered.points} points on ${formatDay(answered.applied)} for the account's qualified start date ${startDate}`,
                    dueOn
                );
            } else {
                const status = statusOf(person, rule);
                const excluded =
                    status !== null && rule.excludedStatuses.some((s) => s.toLowerCase() === status.toLowerCase());
                if (excluded) {
                    decide(
                        'Excluded status',
                        `${name} has the status ${status} (${rule.statusField ?? ''}): sales already owns this person, no points`,
                        dueOn
                    );
                } else if (asOfDay < dueDay) {
                    decide(
                        'Not due yet',
                        `Due on ${dueOn}: ${rule.waitDays} days after the account's qualified start date ${startDate}, if it is still qualified then`,
                        dueOn
                    );
                } else {
                    let last: LedgerEntry | null = null;
                    for (const e of history) if (!last || e.applied > last.applied) last = e;
                    if (last && last.applied > dueDay - rule.capDays) {
                        decide(
                            'Capped',
                            `${name} got ${last.points} points on ${formatDay(last.applied)}, less than ${rule.capDays} days before the due day ${dueOn}: at most once every ${rule.capDays} days`,
                            dueOn
                        );
                    } else {
                        const reason = `+${rule.points} points: the account has been qualified since ${startDate}, due on ${dueOn} after the ${rule.waitDays}-day wait; ${last ? `last points from this rule on ${formatDay(last.applied)}` : 'no earlier points from this rule'}`;
                        decide('Applied', reason, dueOn, rule.points);
                        ledgerRows.push({
                            Account__c: accountId,
                            Contact__c: object === 'Contact' ? id : null,
                            Lead__c: object === 'Lead' ? id : null,
                            Points__c: rule.points,
                            Reason__c: reason.length > 255 ? `${reason.slice(0, 252)}...` : reason,
                            Qualified_Start_Date__c: startDate,
                            Applied_On__c: asOf,
                            Adjustment_Key__c: adjustmentKey(object, id, accountId, startDate),
                            Rule__c: rule.key
                        });
                        history.push({ accountId, start, applied: asOfDay, points: rule.points });
                        ledgerBy.set(id, history);
                    }
                }
            }
            let total = 0;
            for (const e of history) total += e.points;
            const stored = person.SI_Qualified_Account_Points__c;
            const storedPoints = typeof stored === 'number' && Number.isFinite(stored) ? stored : null;
            // A blank field and no points agree; any other difference is written.
            if (storedPoints !== total && !(storedPoints === null && total === 0))
                fieldUpdates.push({ Id: id, object, SI_Qualified_Account_Points__c: total });
        }
        if (withoutId > 0)
            notes.push(`${object}: ${withoutId} record${withoutId === 1 ? '' : 's'} without an Id left out`);
    }
    const applied = ledgerRows.length;
    return {
        ...base,
        reason: `Qualified since ${startDate}: ${applied} ${applied === 1 ? 'person gets' : 'people get'} points on ${asOf}`,
        decisions,
        ledgerRows,
        fieldUpdates
    };
}
