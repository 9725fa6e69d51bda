import { factor, finishScore, plural, roundPoints } from './scoring';
import { INTENT_SIGNAL_TYPES } from './vocabulary';
export function newIntentTally() {
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
export const INTENT_SIGNAL_TYPE_INDEX = Object.fromEntries(INTENT_SIGNAL_TYPES.map((t, i) => [t, i]));
/**
 * Adds one signal of a period (`type`: its index in INTENT_SIGNAL_TYPES): its weight counts in full (no decay
 * inside the window). Keywords count case-insensitively, shown as first written.
 */
export function addSignal(tally, type, weight, keyword) {
    tally.signalPoints[type] += weight;
    tally.signalCounts[type]++;
    if (!keyword)
        return;
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
export function addResponse(tally, basePoints, settings) {
    tally.responsePoints += basePoints * settings.Intent_Engagement_Multiplier;
    tally.responseCount++;
}
/** The intent score of one period: rounded points per signal type and for responses, capped at 100 (shared out, `finishScore`). */
export function intentScore(tally, settings) {
    const factors = [];
    const days = settings.Intent_Window_Days;
    for (let i = 0; i < INTENT_SIGNAL_TYPES.length; i++) {
        const count = tally.signalCounts[i];
        if (count === 0)
            continue;
        factors.push(factor(`${INTENT_SIGNAL_TYPES[i]}: ${plural(count, 'signal')} in the last ${days} days`, roundPoints(tally.signalPoints[i])));
    }
    if (tally.responseCount > 0) {
        factors.push(factor(`Campaign responses: ${tally.responseCount} in the last ${days} days`, roundPoints(tally.responsePoints)));
    }
    return finishScore(factors);
}
/** Rising / Falling when the score differs from the prior period's by more than `Intent_Trend_Percent`. */
export function intentTrend(score, prior, settings) {
    const margin = (Math.max(prior, 1) * settings.Intent_Trend_Percent) / 100;
    if (score - prior > margin)
        return 'Rising';
    if (prior - score > margin)
        return 'Falling';
    return 'Steady';
}
export function topKeywords(tally, count) {
    return [...tally.keywords.values()]
        .sort((a, b) => b.weight - a.weight || b.count - a.count || (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0))
        .slice(0, count)
        .map((k) => ({ keyword: k.keyword, weight: Math.round(k.weight * 10) / 10, count: k.count }));
}
export function computeIntent(current, prior, settings) {
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
