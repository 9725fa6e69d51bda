// Intent: imported intent signals and campaign responses in the intent window, its trend versus the
// prior period of the same length, and the top keywords.
import type { ModelSettings } from './config';
import { finishScore, plural, roundPoints } from './scoring';
import type { Factor, IntentResult, KeywordWeight, Scored } from './types';
import { INTENT_SIGNAL_TYPES, type IntentSignalType, type IntentTrend } from './vocabulary';

/** Totals of one period (the current window or the prior one). */
export interface IntentTally {
    signalPoints: Record<IntentSignalType, number>;
    signalCounts: Record<IntentSignalType, number>;
    responsePoints: number;
    responseCount: number;
    /** Lower-case keyword -> its display form, summed weight and count. */
    keywords: Map<string, KeywordWeight>;
}

export function newIntentTally(): IntentTally {
    const signalPoints = {} as Record<IntentSignalType, number>;
    const signalCounts = {} as Record<IntentSignalType, number>;
    for (const t of INTENT_SIGNAL_TYPES) {
        signalPoints[t] = 0;
        signalCounts[t] = 0;
    }
    return { signalPoints, signalCounts, responsePoints: 0, responseCount: 0, keywords: new Map() };
}

/** Adds one signal of a period: its weight counts in full (no decay inside the window). */
export function addSignal(tally: IntentTally, type: IntentSignalType, weight: number, keyword: string | null): void {
    tally.signalPoints[type] += weight;
    tally.signalCounts[type]++;
    if (keyword) {
        const key = keyword.toLowerCase();
        const entry = tally.keywords.get(key);
        if (entry) {
            entry.weight += weight;
            entry.count++;
        } else tally.keywords.set(key, { keyword, weight, count: 1 });
    }
}

/** Adds one campaign response of a period: its engagement base points times `Intent_Engagement_Multiplier`. */
export function addResponse(tally: IntentTally, basePoints: number, settings: ModelSettings): void {
    tally.responsePoints += basePoints * settings.Intent_Engagement_Multiplier;
    tally.responseCount++;
}

/** The intent score of one period: rounded points per signal type and for responses, capped at 100. */
export function intentScore(tally: IntentTally, settings: ModelSettings): Scored {
    const factors: Factor[] = [];
    const days = settings.Intent_Window_Days;
    for (const type of INTENT_SIGNAL_TYPES) {
        const count = tally.signalCounts[type];
        if (count === 0) continue;
        factors.push({ label: `${type}: ${plural(count, 'signal')} in the last ${days} days`, points: roundPoints(tally.signalPoints[type]) });
    }
    if (tally.responseCount > 0) {
        factors.push({ label: `Campaign responses: ${tally.responseCount} in the last ${days} days`, points: roundPoints(tally.responsePoints) });
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
        .sort((a, b) => b.weight - a.weight || b.count - a.count || (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0))
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
