// The playbook steps of the org-wide job, run for each scored account after its scores: readiness (score and
// missing items), segment memberships, the qualified-account points rule and the qualification change
// event; and, once every account is scored, the recommended ABM tiers (capacity is org-wide). Each step is
// the engine's or siSegments' pure function; this module only turns their results into the rows the job
// writes. A step whose configuration or objects the run cannot use is off, and the summary says why.
import {
    computeReadiness,
    evaluateQualificationPoints,
    qualificationChangeEvent,
    recommendTiers,
    tierCandidate,
    type AccountInsight,
    type QualificationRules,
    type ReadinessItem,
    type ReadinessResult,
    type RulePerson,
    type SI_Points_Ledger__c,
    type TierCandidate,
    type TierDefinition
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { accountMembership, SEGMENTS_FIELD, type OpenMembership, type PublishedSegment } from '../segments/membership';
import { NULL_VALUE, type AccountChanges, type UpdateRow } from './changes';
import type { StoredValue } from './fields';
import type { GroupedAccount } from './group';

export const READINESS_SCORE_FIELD = 'SI_Readiness_Score__c';
export const READINESS_MISSING_FIELD = 'SI_Readiness_Missing__c';
export const RECOMMENDED_TIER_FIELD = 'SI_Recommended_Tier__c';
export const POINTS_FIELD = 'SI_Qualified_Account_Points__c';
const TEXT_LENGTH = 255;

export type PlaybookStep = 'readiness' | 'tiers' | 'segments' | 'points' | 'events';
export const PLAYBOOK_STEPS: readonly PlaybookStep[] = ['readiness', 'tiers', 'segments', 'points', 'events'];

export interface PlaybookConfig {
    readinessItems: readonly ReadinessItem[];
    tiers: readonly TierDefinition[];
    rules: QualificationRules;
    segments: readonly PublishedSegment[];
    /** Published segments whose definition does not check (kept as they are), one line each. */
    segmentProblems: readonly string[];
    /** The steps this run takes; a step left out has its reason in `off`. */
    steps: ReadonlySet<PlaybookStep>;
    off: Record<string, string>;
    /** Every account is scored (no shard, no --where): segment member counts are whole and written. */
    wholeOrg: boolean;
    /** ISO date-time the run computes at (`SI_Segment__c.Last_Computed__c`). */
    computedAt: string;
}

export interface PlaybookSummary {
    /** Steps not taken, with the reason. */
    off: Record<string, string>;
    readiness: { ready: number; notReady: number; changed: number };
    tiers: { changed: number; notes: string[] };
    segments: {
        published: number;
        added: number;
        removed: number;
        fieldChanges: number;
        /** Accounts whose segment names did not all fit the 255-character field. */
        truncated: number;
        members: Record<string, number>;
        problems: string[];
        /** Time this process spent in the step for every account (membership and its rows), in ms: its cost in the job. */
        ms: number;
    };
    points: {
        applied: number;
        pointsApplied: number;
        fieldUpdates: number;
        outcomes: Record<string, number>;
        /** Time this process spent in the step for every account (the rule and its rows), in ms: its cost in the job. */
        ms: number;
    };
    events: { published: number };
}

export function newPlaybookSummary(config: PlaybookConfig): PlaybookSummary {
    return {
        off: { ...config.off },
        readiness: { ready: 0, notReady: 0, changed: 0 },
        tiers: { changed: 0, notes: [] },
        segments: {
            published: config.steps.has('segments') ? config.segments.length : 0,
            added: 0,
            removed: 0,
            fieldChanges: 0,
            truncated: 0,
            members: {},
            problems: [...config.segmentProblems],
            ms: 0
        },
        points: { applied: 0, pointsApplied: 0, fieldUpdates: 0, outcomes: {}, ms: 0 },
        events: { published: 0 }
    };
}

/** One row of points-decisions.csv: who gets points and why (the dry run's listing). */
export interface DecisionRow {
    Account__c: string;
    Person__c: string;
    Object__c: string;
    Outcome__c: string;
    Points__c: number;
    Due_On__c: string | null;
    Reason__c: string;
}

/** What one account adds to the run's files besides its score changes. */
export interface PlaybookRows {
    membershipInserts: UpdateRow[];
    membershipUpdates: UpdateRow[];
    ledger: UpdateRow[];
    decisions: DecisionRow[];
    event: UpdateRow | null;
}

function same(a: unknown, b: unknown): boolean {
    return (a ?? null) === (b ?? null) || ((a === '' || a === null || a === undefined) && b === null);
}

/** The account's fields as this run leaves them: stored values overwritten by the changes (`#N/A` is null). */
export function valuesAfterRun(stored: Record<string, unknown>, account: UpdateRow | null): Record<string, unknown> {
    const values: Record<string, unknown> = { ...stored };
    for (const [field, value] of Object.entries(account ?? {})) values[field] = value === NULL_VALUE ? null : value;
    return values;
}

function withText(value: string, max: number): string {
    return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** The readiness fields' new values. */
export function readinessValues(readiness: ReadinessResult): Record<string, StoredValue> {
    const missing = readiness.missingRequired.map((i) => i.label).join('; ');
    return {
        [READINESS_SCORE_FIELD]: readiness.score,
        [READINESS_MISSING_FIELD]: missing ? withText(missing, TEXT_LENGTH) : null
    };
}

/** A readiness result without its item lists: what the tier plan keeps for each account until the end. */
function slim(readiness: ReadinessResult): ReadinessResult {
    return { ...readiness, items: [], done: [], missingRequired: [], missingRecommended: [] };
}

export class Playbook {
    readonly summary: PlaybookSummary;
    private readonly candidates: TierCandidate[] = [];
    private readonly storedTiers = new Map<string, string | null>();
    private readonly memberCounts = new Map<string, number>();

    constructor(
        private readonly config: PlaybookConfig,
        private readonly asOf: string
    ) {
        this.summary = newPlaybookSummary(config);
        for (const segment of config.segments) this.summary.segments.members[segment.name] = 0;
    }

    private on(step: PlaybookStep): boolean {
        return this.config.steps.has(step);
    }

    /**
     * Runs the per-account steps for one scored account: adds the readiness and segments fields to
     * `changes.account` and the points field to `changes.people` where they change, and returns the other rows.
     */
    account(grouped: GroupedAccount, insight: AccountInsight, changes: AccountChanges): PlaybookRows {
        const stored = grouped.data.account as Record<string, unknown>;
        const id = String(stored.Id);
        const rows: PlaybookRows = {
            membershipInserts: [],
            membershipUpdates: [],
            ledger: [],
            decisions: [],
            event: null
        };
        const setAccount = (field: string, value: StoredValue): void => {
            if (same(stored[field], value)) return;
            changes.account ??= { Id: id };
            changes.account[field] = value === null ? NULL_VALUE : value;
        };
        let readiness: ReadinessResult | null = null;
        if (this.on('readiness') || this.on('tiers')) {
            readiness = computeReadiness(grouped.data.account, this.config.readinessItems);
            if (readiness.ready) this.summary.readiness.ready++;
            else this.summary.readiness.notReady++;
        }
        if (readiness && this.on('readiness')) {
            const before = changes.account ? Object.keys(changes.account).length : 0;
            for (const [field, value] of Object.entries(readinessValues(readiness))) setAccount(field, value);
            if ((changes.account ? Object.keys(changes.account).length : 0) > before) this.summary.readiness.changed++;
        }
        if (readiness && this.on('tiers')) {
            const current = stored.SI_ABM_Tier__c;
            this.candidates.push(tierCandidate(insight, slim(readiness), typeof current === 'string' ? current : null));
            const recommended = stored[RECOMMENDED_TIER_FIELD];
            this.storedTiers.set(id, typeof recommended === 'string' && recommended ? recommended : null);
        }
        const values = valuesAfterRun(stored, changes.account);
        if (this.on('segments')) {
            const started = performance.now();
            const open: OpenMembership[] = grouped.memberships.map((m) => ({
                Id: String(m.Id),
                Segment__c: String(m.Segment__c),
                Account__c: String(m.Account__c)
            }));
            const current = stored[SEGMENTS_FIELD];
            const membership = accountMembership(
                id,
                values,
                this.config.segments,
                open,
                this.asOf,
                typeof current === 'string' ? current : null
            );
            rows.membershipInserts.push(...membership.added);
            rows.membershipUpdates.push(...membership.removed);
            this.summary.segments.added += membership.added.length;
            this.summary.segments.removed += membership.removed.length;
            for (const segment of membership.segments) {
                this.memberCounts.set(segment.id, (this.memberCounts.get(segment.id) ?? 0) + 1);
                this.summary.segments.members[segment.name] = (this.summary.segments.members[segment.name] ?? 0) + 1;
            }
            if (membership.truncated) this.summary.segments.truncated++;
            if (membership.field !== undefined) {
                setAccount(SEGMENTS_FIELD, membership.field);
                this.summary.segments.fieldChanges++;
            }
            this.summary.segments.ms += performance.now() - started;
        }
        if (this.on('points')) this.points(grouped, id, values, changes, rows);
        if (this.on('events')) {
            const event = qualificationChangeEvent(
                values,
                insight.qualified,
                insight.profileFit.band,
                insight.buyingStage.stage,
                this.asOf
            );
            if (event) {
                rows.event = { ...event } as unknown as UpdateRow;
                this.summary.events.published++;
            }
        }
        return rows;
    }

    private points(
        grouped: GroupedAccount,
        accountId: string,
        values: Record<string, unknown>,
        changes: AccountChanges,
        rows: PlaybookRows
    ): void {
        const started = performance.now();
        const result = evaluateQualificationPoints(
            {
                account: values,
                contacts: (grouped.data.contacts ?? []) as RulePerson[],
                leads: [...((grouped.data.leads ?? []) as RulePerson[]), ...(grouped.convertedLeads as RulePerson[])],
                ledger: grouped.ledger as SI_Points_Ledger__c[]
            },
            this.config.rules,
            this.asOf
        );
        for (const decision of result.decisions) {
            const outcomes = this.summary.points.outcomes;
            outcomes[decision.outcome] = (outcomes[decision.outcome] ?? 0) + 1;
            rows.decisions.push({
                Account__c: accountId,
                Person__c: decision.personId,
                Object__c: decision.object,
                Outcome__c: decision.outcome,
                Points__c: decision.points,
                Due_On__c: decision.dueOn,
                Reason__c: decision.reason
            });
        }
        for (const row of result.ledgerRows) {
            rows.ledger.push({ ...row } as unknown as UpdateRow);
            this.summary.points.applied++;
            this.summary.points.pointsApplied += row.Points__c ?? 0;
        }
        for (const update of result.fieldUpdates) {
            const existing = changes.people.find((p) => p.row.Id === update.Id);
            if (existing) existing.row[POINTS_FIELD] = update.SI_Qualified_Account_Points__c;
            else
                changes.people.push({
                    object: update.object,
                    row: { Id: update.Id, [POINTS_FIELD]: update.SI_Qualified_Account_Points__c }
                });
            this.summary.points.fieldUpdates++;
        }
        this.summary.points.ms += performance.now() - started;
    }

    /**
     * After every account: the member count of each published segment whose count changed (or was never
     * computed), when the run saw the whole org. An unchanged org takes no writes.
     */
    segmentCountRows(): UpdateRow[] {
        if (!this.on('segments') || !this.config.wholeOrg) return [];
        return this.config.segments
            .filter((s) => s.storedCount !== (this.memberCounts.get(s.id) ?? 0))
            .map((s) => ({
                Id: s.id,
                Member_Count__c: this.memberCounts.get(s.id) ?? 0,
                Last_Computed__c: this.config.computedAt
            }));
    }

    /**
     * After every account: the recommended tiers, with each tier's capacity (rows only for accounts whose
     * recommendation changed). Empty when the tiers step is off.
     */
    tierChanges(): Map<string, UpdateRow> {
        const out = new Map<string, UpdateRow>();
        if (!this.on('tiers')) return out;
        const plan = recommendTiers(this.candidates, this.config.tiers);
        for (const rec of plan.accounts) {
            if (same(this.storedTiers.get(rec.accountId), rec.recommendedTier)) continue;
            out.set(rec.accountId, { Id: rec.accountId, [RECOMMENDED_TIER_FIELD]: rec.recommendedTier ?? NULL_VALUE });
        }
        this.summary.tiers.changed = out.size;
        this.summary.tiers.notes = plan.tiers.map((t) => t.note);
        return out;
    }
}
