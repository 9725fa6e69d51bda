// Intent: imported intent signals and campaign responses in the intent window, its trend versus the
// prior period of the same length, and the top keywords.
import type { ModelSettings } from './config';
import { factor, finishScore, plural, roundPoints } from './scoring';
import type { CappedScore, Factor, IntentResult, KeywordWeight } from './types';
import { INTENT_SIGNAL_TYPES, type IntentSignalType, type IntentTrend } from './vocabulary';

/** Totals of one period (the current window or the prior one). */
export interface IntentTally {
    /** Summed weight and count per signal type, indexed like INTENT_SIGNAL_TYPES (a typed array, not a keyed object). */
    signalPoints: Float64Array;
    signalCounts: Uint32Array;
    responsePoints: number;
    responseCount: number;
    /** Lower-case keyword -> its display form, summed weight and count. */
    keywords: Map<string, KeywordWeight>;
    /** Keyword as written -> its entry in `keywords`: one lookup per signal, each spelling lowered once. */
    byText: Map<string, KeywordWeight>;
}

export function newIntentTally(): IntentTally {
    return {
        signalPoints: new Float64Array(INTENT_SIGNAL_TYPES.length),
        signalCounts: new Uint32Array(INTENT_SIGNAL_TYPES.length),
        responsePoints: 0,
        responseCount: 0,
        keywords: new Map(),
        byText: new Map()
    };
}

/** Index of each signal type in a tally's arrays (the order of INTENT_SIGNAL_TYPES). */
export const INTENT_SIGNAL_TYPE_INDEX: Readonly<Record<IntentSignalType, number>> = Object.fromEntries(
    INTENT_SIGNAL_TYPES.map((t, i) => [t, i])
) as Record<IntentSignalType, number>;

/**
 * Adds one signal of a period (`type`: its index in INTENT_SIGNAL_TYPES): its weight counts in full (no decay
 * inside the window). Keywords count case-insensitively, shown as first written.
 */
export function addSignal(tally: IntentTally, type: number, weight: number, keyword: string | null): void {
    (tally.signalPoints[type] as number) += weight;
    (tally.signalCounts[type] as number)++;
    if (!keyword) return;
    let entry = tally.byText.get(keyword);
    if (entry === undefined) {
        const key = keyword.toLowerCase();
        entry = tally.keywords.get(key);
        if (entry === undefined) {
            entry = { keyword, weight, count: 1 };
            tally.keywords.set(key, entry);
            tally.byText.set(keyword, entry);
            return;
        }
        tally.byText.set(keyword, entry);
    }
    entry.weight += weight;
    entry.count++;
}

/** Adds one campaign response of a period: its engagement base points times `Intent_Engagement_Multiplier`. */
export function addResponse(tally: IntentTally, basePoints: number, settings: ModelSettings): void {
    tally.responsePoints += basePoints * settings.Intent_Engagement_Multiplier;
    tally.responseCount++;
}

/** The intent score of one period: rounded points per signal type and for responses, capped at 100 (shared out, `finishScore`). */
export function intentScore(tally: IntentTally, settings: ModelSettings): CappedScore {
    const factors: Factor[] = [];
    const days = settings.Intent_Window_Days;
    for (let i = 0; i < INTENT_SIGNAL_TYPES.length; i++) {
        const count = tally.signalCounts[i] as number;
        if (count === 0) continue;
        factors.push(
            factor(
                `${INTENT_SIGNAL_TYPES[i] as IntentSignalType}: ${plural(count, 'signal')} in the last ${days} days`,
                roundPoints(tally.signalPoints[i] as number)
            )
        );
    }
    if (tally.responseCount > 0) {
        factors.push(
            factor(
                `Campaign responses: ${tally.responseCount} in the last ${days} days`,
                roundPoints(tally.responsePoints)
            )
        );
    }
    return finishScore(factors);
}

/** Rising / Falling when the score differs from the prior period's by more than `Intent_Trend_Percent`. */
export function intentTrend(score: number, prior: number, settings: ModelSettings): IntentTrend {
    const margin = (Math.max(prior, 1) * settings.Intent_Trend_Percent) / 100;
    if (score - prior > margin) return 'Rising';
    if (prior - score > margin) return 'Falling';
    return 'Steady';
}

export function topKeywords(tally: IntentTally, count: number): KeywordWeight[] {
    return [...tally.keywords.values()]
        .sort(
            (a, b) =>
                b.weight - a.weight || b.count - a.count || (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0)
        )
        .slice(0, count)
        .map((k) => ({ keyword: k.keyword, weight: Math.round(k.weight * 10) / 10, count: k.count }));
}

export function computeIntent(current: IntentTally, prior: IntentTally, settings: ModelSettings): IntentResult {
    const scored = intentScore(current, settings);
    const priorScore = intentScore(prior, settings).score;
    return {
        ...scored,
        windowDays: settings.Intent_Window_Days,
        trend: intentTrend(scored.score, priorScore, settings),
        priorScore,
        topKeywords: topKeywords(current, settings.Intent_Top_Keywords)
    };
}
