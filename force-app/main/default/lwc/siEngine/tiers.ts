// ABM tier recommendations: from each account's profile fit, intent, buying stage and readiness, which tier
// it should be in, filling the tiers (configuration: `SI_ABM_Tier__mdt`, capacity and entry thresholds) top
// tier first, highest priority first, and waitlisting what does not fit. Not ready: no tier.
// docs/ENGINE.md explains the rules, the priority and the tie rule.
import { ConfigError } from './config';
import type { ReadinessResult } from './readiness';
import type { AccountInsight, Maybe } from './types';
import { ABM_TIERS, BUYING_STAGES, type BuyingStage } from './vocabulary';

/** One tier: its `Account.SI_ABM_Tier__c` value, capacity and what an account needs to enter it. */
export interface TierDefinition {
    /** DeveloperName. */
    key: string;
    /** The `Account.SI_ABM_Tier__c` value. */
    tier: string;
    /** Fewer recommended accounts than this: the tier is under capacity (said, not forced). */
    capacityMin: number;
    /** At most this many accounts are recommended; the rest are waitlisted. */
    capacityMax: number;
    minFitScore: number;
    minIntentScore: number;
    /** Stage order 1 (Target) to 5 (Purchase). */
    minStageOrder: number;
    /** Tiers are filled lowest first (Tier 1 first). */
    sortOrder: number;
}

function tierDef(
    key: string,
    tier: string,
    capacityMin: number,
    capacityMax: number,
    minFitScore: number,
    minIntentScore: number,
    minStageOrder: number,
    sortOrder: number
): TierDefinition {
    return { key, tier, capacityMin, capacityMax, minFitScore, minIntentScore, minStageOrder, sortOrder };
}

/**
 * The shipped tiers (the `SI_ABM_Tier__mdt` records mirror them): Tier 1 5-10 accounts, Strong fit
 * (81, `Fit_Strong_Min`), intent 30 and Consideration or later; Tier 2 40-50, Moderate fit or better (50)
 * and Awareness or later; Tier 3 75-100, Moderate fit or better.
 */
export const DEFAULT_TIERS: readonly TierDefinition[] = Object.freeze([
    tierDef('Tier_1', 'Tier 1', 5, 10, 81, 30, 3, 10),
    tierDef('Tier_2', 'Tier 2', 40, 50, 50, 0, 2, 20),
    tierDef('Tier_3', 'Tier 3', 75, 100, 50, 0, 1, 30)
]) as readonly TierDefinition[];

/** What the recommendation reads of one account. */
export interface TierCandidate {
    accountId: string;
    accountName: string | null;
    /** `Account.SI_ABM_Tier__c` as stored (any text), or null. */
    currentTier: string | null;
    fitScore: number;
    intentScore: number;
    stage: BuyingStage;
    readiness: ReadinessResult;
}

/** The candidate of an account from its insight and readiness. */
export function tierCandidate(
    insight: AccountInsight,
    readiness: ReadinessResult,
    currentTier?: Maybe<string>
): TierCandidate {
    const stored = currentTier === undefined ? insight.abmTier : currentTier;
    return {
        accountId: insight.accountId ?? '',
        accountName: insight.accountName,
        currentTier: typeof stored === 'string' && stored.trim() ? stored : null,
        fitScore: insight.profileFit.score,
        intentScore: insight.intent.score,
        stage: insight.buyingStage.stage,
        readiness
    };
}

/** Profile fit score plus intent score (0-200): who gets a tier's places first. */
export function tierPriority(c: Pick<TierCandidate, 'fitScore' | 'intentScore'>): number {
    return c.fitScore + c.intentScore;
}

function stageOrder(stage: BuyingStage): number {
    return BUYING_STAGES.indexOf(stage) + 1;
}

/** Why the candidate does not meet the tier's thresholds; empty when it does. */
export function tierShortfalls(c: TierCandidate, t: TierDefinition): string[] {
    const short: string[] = [];
    if (c.fitScore < t.minFitScore) short.push(`fit ${c.fitScore} below ${t.minFitScore}`);
    if (c.intentScore < t.minIntentScore) short.push(`intent ${c.intentScore} below ${t.minIntentScore}`);
    if (stageOrder(c.stage) < t.minStageOrder)
        short.push(`stage ${c.stage} before ${BUYING_STAGES[t.minStageOrder - 1] ?? t.minStageOrder}`);
    return short;
}

/**
 * The tie rule, for the places of tier `t`: higher priority first; on equal priority the account already
 * in the tier first (a tie never moves an account out), then the later buying stage, the higher readiness
 * score, and last the smaller account Id (so the same data always gives the same order).
 */
export function compareForTier(a: TierCandidate, b: TierCandidate, t: TierDefinition): number {
    const byPriority = tierPriority(b) - tierPriority(a);
    if (byPriority !== 0) return byPriority;
    const aIn = a.currentTier === t.tier ? 1 : 0;
    const bIn = b.currentTier === t.tier ? 1 : 0;
    if (aIn !== bIn) return bIn - aIn;
    const byStage = stageOrder(b.stage) - stageOrder(a.stage);
    if (byStage !== 0) return byStage;
    const byReadiness = b.readiness.score - a.readiness.score;
    if (byReadiness !== 0) return byReadiness;
    return a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
}

export type TierMove = 'Add' | 'Promote' | 'Demote' | 'Change' | 'Remove' | 'Keep' | 'None';

export interface TierWaitlistEntry {
    accountId: string;
    accountName: string | null;
    /** 1 = first in line. */
    position: number;
    priority: number;
    /** The tier the account is recommended instead, or null. */
    placedIn: string | null;
}

export interface TierSummary {
    key: string;
    tier: string;
    capacityMin: number;
    capacityMax: number;
    /** Accounts recommended for the tier, in place order. */
    accounts: string[];
    full: boolean;
    underCapacity: boolean;
    waitlist: TierWaitlistEntry[];
    /** "Tier 1: 10 of 5-10, full; 3 waitlisted". */
    note: string;
}

export interface TierRecommendation {
    accountId: string;
    accountName: string | null;
    currentTier: string | null;
    /** Null: no tier (not ready, meets no tier's thresholds, or every tier it meets is full). */
    recommendedTier: string | null;
    move: TierMove;
    priority: number;
    fitScore: number;
    intentScore: number;
    stage: BuyingStage;
    readinessScore: number;
    ready: boolean;
    /** Place in the recommended tier (1 = first), or null. */
    place: number | null;
    /** The highest tier the account meets but had no room for, and its line position; or null. */
    waitlistedFor: { tier: string; position: number } | null;
    reasons: string[];
}

export interface TierPlan {
    /** The active tiers in fill order. */
    tiers: TierSummary[];
    /** Every candidate, by priority (highest first), then the tie rule of no tier (Id). */
    accounts: TierRecommendation[];
    /** The accounts whose recommended tier differs from their current one. */
    moves: TierRecommendation[];
}

function ordinal(n: number): string {
    const tens = n % 100;
    if (tens >= 11 && tens <= 13) return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function thresholds(t: TierDefinition): string {
    return `fit ${t.minFitScore}+, intent ${t.minIntentScore}+, stage ${BUYING_STAGES[t.minStageOrder - 1] ?? t.minStageOrder} or later`;
}

function capacity(t: TierDefinition): string {
    return t.capacityMin === t.capacityMax ? String(t.capacityMax) : `${t.capacityMin}-${t.capacityMax}`;
}

/**
 * Recommends a tier for every candidate, respecting each tier's capacity. Tiers are filled in sort order
 * (Tier 1 first): a tier's places go to the ready candidates not yet placed that meet its thresholds, in
 * the order of `compareForTier`, up to `capacityMax`; those beyond are on its waitlist and go on to the
 * next tier. A candidate that is not ready gets no tier. Pure: the same candidates give the same plan.
 */
export function recommendTiers(
    candidates: readonly TierCandidate[],
    tierDefinitions: readonly TierDefinition[]
): TierPlan {
    const tiers = [...tierDefinitions].sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
    const placed = new Map<string, { tier: TierDefinition; place: number }>();
    const waitlisted = new Map<string, { tier: TierDefinition; position: number; lastPlaced: TierCandidate | null }>();
    const reasons = new Map<string, string[]>();
    for (const c of candidates) reasons.set(c.accountId, []);
    const summaries: TierSummary[] = [];

    for (const t of tiers) {
        const pool = candidates
            .filter((c) => c.readiness.ready && !placed.has(c.accountId) && tierShortfalls(c, t).length === 0)
            .sort((a, b) => compareForTier(a, b, t));
        const members = pool.slice(0, Math.max(0, t.capacityMax));
        const rest = pool.slice(members.length);
        members.forEach((c, n) => placed.set(c.accountId, { tier: t, place: n + 1 }));
        const lastPlaced = members[members.length - 1] ?? null;
        rest.forEach((c, n) => {
            if (!waitlisted.has(c.accountId)) waitlisted.set(c.accountId, { tier: t, position: n + 1, lastPlaced });
            const last = lastPlaced
                ? tierPriority(lastPlaced) === tierPriority(c)
                    ? `tied on priority ${tierPriority(c)} with the last placed, ${lastPlaced.accountName ?? lastPlaced.accountId}, which the tie rule puts first`
                    : `the last placed has priority ${tierPriority(lastPlaced)}`
                : 'it holds no accounts';
            reasons
                .get(c.accountId)
                ?.push(
                    `${t.tier} is full (${members.length} of ${capacity(t)}): waitlisted ${ordinal(n + 1)} (priority ${tierPriority(c)}; ${last})`
                );
        });
        summaries.push({
            key: t.key,
            tier: t.tier,
            capacityMin: t.capacityMin,
            capacityMax: t.capacityMax,
            accounts: members.map((c) => c.accountId),
            full: members.length >= t.capacityMax,
            underCapacity: members.length < t.capacityMin,
            waitlist: rest.map((c, n) => ({
                accountId: c.accountId,
                accountName: c.accountName,
                position: n + 1,
                priority: tierPriority(c),
                placedIn: null
            })),
            note: ''
        });
    }

    const recommendations: TierRecommendation[] = candidates.map((c) => {
        const own = reasons.get(c.accountId) ?? [];
        const where = placed.get(c.accountId) ?? null;
        const wait = waitlisted.get(c.accountId) ?? null;
        const lines: string[] = [];
        if (!c.readiness.ready) {
            lines.push(c.readiness.reason);
        } else {
            for (const t of tiers) {
                if (where && t === where.tier) break;
                const short = tierShortfalls(c, t);
                if (short.length > 0) lines.push(`Not ${t.tier}: ${short.join(', ')}`);
            }
            lines.push(...own);
            if (where) {
                lines.push(
                    `${where.tier.tier}: priority ${tierPriority(c)} (fit ${c.fitScore} + intent ${c.intentScore}), ${ordinal(where.place)} of ${capacity(where.tier)} places; meets ${thresholds(where.tier)}`
                );
            } else if (!wait) {
                lines.push('Meets no tier: no tier recommended');
            } else {
                lines.push('No tier with room: no tier recommended');
            }
        }
        const recommendedTier = where ? where.tier.tier : null;
        const move = tierMove(c.currentTier, recommendedTier, tiers);
        if (c.currentTier && move !== 'Keep') {
            lines.unshift(
                `Now ${c.currentTier}${recommendedTier ? `, recommended ${recommendedTier}` : ', recommended no tier'}`
            );
        }
        return {
            accountId: c.accountId,
            accountName: c.accountName,
            currentTier: c.currentTier,
            recommendedTier,
            move,
            priority: tierPriority(c),
            fitScore: c.fitScore,
            intentScore: c.intentScore,
            stage: c.stage,
            readinessScore: c.readiness.score,
            ready: c.readiness.ready,
            place: where ? where.place : null,
            waitlistedFor: wait ? { tier: wait.tier.tier, position: wait.position } : null,
            reasons: lines
        };
    });

    const byId = new Map(recommendations.map((r) => [r.accountId, r]));
    for (const s of summaries) {
        for (const w of s.waitlist) w.placedIn = byId.get(w.accountId)?.recommendedTier ?? null;
        const parts = [
            `${s.tier}: ${s.accounts.length} of ${s.capacityMin === s.capacityMax ? s.capacityMax : `${s.capacityMin}-${s.capacityMax}`}`
        ];
        if (s.full) parts.push('full');
        if (s.underCapacity) parts.push(`under capacity (${s.capacityMin - s.accounts.length} more needed)`);
        if (s.waitlist.length > 0) parts.push(`${s.waitlist.length} waitlisted`);
        s.note = parts.join(', ');
    }

    const ordered = [...recommendations].sort(
        (a, b) => b.priority - a.priority || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0)
    );
    return {
        tiers: summaries,
        accounts: ordered,
        moves: ordered.filter((r) => r.move !== 'Keep' && r.move !== 'None')
    };
}

/** The move from the stored tier to the recommended one; tier order from the definitions' sort order. */
export function tierMove(
    current: string | null,
    recommended: string | null,
    tiers: readonly TierDefinition[]
): TierMove {
    if (current === recommended) return current === null ? 'None' : 'Keep';
    if (current === null) return 'Add';
    if (recommended === null) return 'Remove';
    const from = tiers.findIndex((t) => t.tier === current);
    const to = tiers.findIndex((t) => t.tier === recommended);
    if (from < 0 || to < 0) return 'Change';
    return to < from ? 'Promote' : 'Demote';
}

// ---------------------------------------------------------------------------------------------
// Configuration: validation and the custom metadata mapping

/** `SI_ABM_Tier__mdt` as the configuration read returns it. */
export interface SI_ABM_Tier__mdt {
    DeveloperName?: Maybe<string>;
    MasterLabel?: Maybe<string>;
    Tier_Value__c?: Maybe<string>;
    Capacity_Min__c?: Maybe<number>;
    Capacity_Max__c?: Maybe<number>;
    Min_Fit_Score__c?: Maybe<number>;
    Min_Intent_Score__c?: Maybe<number>;
    Min_Stage__c?: Maybe<number>;
    Sort_Order__c?: Maybe<number>;
    Active__c?: Maybe<boolean>;
}

function isFiniteNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field -> engine property, and the problem of a value (null when fine). */
const TIER_NUMBERS: readonly {
    field: keyof SI_ABM_Tier__mdt;
    prop: keyof TierDefinition;
    check: (v: number) => string | null;
}[] = [
    {
        field: 'Capacity_Min__c',
        prop: 'capacityMin',
        check: (v) => (Number.isInteger(v) && v >= 0 ? null : `must be a whole number of at least 0, got ${v}`)
    },
    {
        field: 'Capacity_Max__c',
        prop: 'capacityMax',
        check: (v) => (Number.isInteger(v) && v >= 1 ? null : `must be a whole number of at least 1, got ${v}`)
    },
    {
        field: 'Min_Fit_Score__c',
        prop: 'minFitScore',
        check: (v) => (v >= 0 && v <= 100 ? null : `must be between 0 and 100, got ${v}`)
    },
    {
        field: 'Min_Intent_Score__c',
        prop: 'minIntentScore',
        check: (v) => (v >= 0 && v <= 100 ? null : `must be between 0 and 100, got ${v}`)
    },
    {
        field: 'Min_Stage__c',
        prop: 'minStageOrder',
        check: (v) => {
            if (Number.isInteger(v) && v >= 1 && v <= BUYING_STAGES.length) return null;
            return `must be a stage order 1 (Target) to ${BUYING_STAGES.length} (Purchase), got ${v}`;
        }
    },
    { field: 'Sort_Order__c', prop: 'sortOrder', check: () => null }
];

function tierValueProblem(value: unknown): string | null {
    if (typeof value !== 'string' || !value.trim())
        return `must be a value of Account.SI_ABM_Tier__c (${ABM_TIERS.join(', ')}), got ${JSON.stringify(value) ?? 'undefined'}`;
    return (ABM_TIERS as readonly string[]).includes(value)
        ? null
        : `${JSON.stringify(value)} is not a value of Account.SI_ABM_Tier__c (${ABM_TIERS.join(', ')})`;
}

function crossProblems(
    tiers: readonly TierDefinition[],
    name: (t: TierDefinition) => string,
    field: (f: string, p: string) => string
): string[] {
    const problems: string[] = [];
    const values = new Map<string, string>();
    for (const t of tiers) {
        if (isFiniteNumber(t.capacityMin) && isFiniteNumber(t.capacityMax) && t.capacityMin > t.capacityMax) {
            problems.push(
                `${name(t)}: ${field('Capacity_Min__c', 'capacityMin')} (${t.capacityMin}) is above ${field('Capacity_Max__c', 'capacityMax')} (${t.capacityMax})`
            );
        }
        const other = values.get(t.tier);
        if (other !== undefined)
            problems.push(`${name(t)}: ${field('Tier_Value__c', 'tier')} ${t.tier} is also ${other}'s`);
        else values.set(t.tier, t.key);
    }
    return problems;
}

/** Every problem of a list of tier definitions (of unknown origin); empty when valid. */
export function tierDefinitionProblems(tiers: unknown): string[] {
    if (!Array.isArray(tiers)) return ['tiers must be a list'];
    const problems: string[] = [];
    const keys = new Set<string>();
    tiers.forEach((raw: unknown, n) => {
        if (!isRecord(raw)) {
            problems.push(`tier ${n + 1} must be an object`);
            return;
        }
        const name = typeof raw.key === 'string' && raw.key ? `tier ${raw.key}` : `tier ${n + 1}`;
        if (typeof raw.key !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(raw.key))
            problems.push(`${name}: key must be a developer name, got ${JSON.stringify(raw.key)}`);
        else if (keys.has(raw.key)) problems.push(`${name}: duplicate key`);
        else keys.add(raw.key);
        const tierProblem = tierValueProblem(raw.tier);
        if (tierProblem) problems.push(`${name}: tier ${tierProblem}`);
        for (const spec of TIER_NUMBERS) {
            const v = raw[spec.prop];
            if (!isFiniteNumber(v))
                problems.push(`${name}: ${spec.prop} must be a number, got ${JSON.stringify(v) ?? 'undefined'}`);
            else {
                const p = spec.check(v);
                if (p) problems.push(`${name}: ${spec.prop} ${p}`);
            }
        }
    });
    if (problems.length > 0) return problems;
    return crossProblems(
        tiers as TierDefinition[],
        (t) => `tier ${t.key}`,
        (_f, p) => p
    );
}

/** Returns the tiers typed when valid; otherwise throws one `ConfigError` listing every problem. */
export function validateTierDefinitions(tiers: unknown, source = 'Tiers'): TierDefinition[] {
    const problems = tierDefinitionProblems(tiers);
    if (problems.length > 0) throw new ConfigError(source, problems);
    return tiers as TierDefinition[];
}

/**
 * The tier definitions from the custom metadata records. Inactive records are left out. Throws one
 * `ConfigError` whose problems name the record and the field (`SI_ABM_Tier__mdt Tier_1: Capacity_Max__c
 * must be a whole number of at least 1, got 0`).
 */
export function tierDefinitionsFromMetadata(records: readonly SI_ABM_Tier__mdt[]): TierDefinition[] {
    const problems: string[] = [];
    const tiers: TierDefinition[] = [];
    const keys = new Set<string>();
    records.forEach((record, n) => {
        const key = record?.DeveloperName;
        if (typeof key !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
            problems.push(
                `SI_ABM_Tier__mdt record ${n + 1}: DeveloperName must be a developer name, got ${JSON.stringify(key) ?? 'undefined'}`
            );
            return;
        }
        const where = `SI_ABM_Tier__mdt ${key}`;
        if (keys.has(key)) problems.push(`${where}: duplicate record`);
        keys.add(key);
        if (record.Active__c === false) return;
        const tierProblem = tierValueProblem(record.Tier_Value__c);
        if (tierProblem) problems.push(`${where}: Tier_Value__c ${tierProblem}`);
        const t: TierDefinition = tierDef(
            key,
            typeof record.Tier_Value__c === 'string' ? record.Tier_Value__c : '',
            0,
            0,
            0,
            0,
            1,
            Number.MAX_SAFE_INTEGER
        );
        for (const spec of TIER_NUMBERS) {
            const v = record[spec.field];
            if (spec.field === 'Sort_Order__c' && (v === null || v === undefined)) continue;
            if (!isFiniteNumber(v)) {
                problems.push(`${where}: ${spec.field} must be a number, got ${JSON.stringify(v) ?? 'undefined'}`);
                continue;
            }
            const p = spec.check(v);
            if (p) problems.push(`${where}: ${spec.field} ${p}`);
            else (t as unknown as Record<string, number>)[spec.prop] = v;
        }
        tiers.push(t);
    });
    if (problems.length === 0)
        problems.push(
            ...crossProblems(
                tiers,
                (t) => `SI_ABM_Tier__mdt ${t.key}`,
                (f) => f
            )
        );
    if (problems.length > 0) throw new ConfigError('ABM tiers (SI_ABM_Tier__mdt)', problems);
    return tiers.sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
}

/** The custom metadata records of tier definitions: the inverse of `tierDefinitionsFromMetadata`. */
export function tierDefinitionsToMetadata(tiers: readonly TierDefinition[]): SI_ABM_Tier__mdt[] {
    return tiers.map((t) => ({
        DeveloperName: t.key,
        MasterLabel: t.tier,
        Tier_Value__c: t.tier,
        Capacity_Min__c: t.capacityMin,
        Capacity_Max__c: t.capacityMax,
        Min_Fit_Score__c: t.minFitScore,
        Min_Intent_Score__c: t.minIntentScore,
        Min_Stage__c: t.minStageOrder,
        Sort_Order__c: t.sortOrder,
        Active__c: true
    }));
}
