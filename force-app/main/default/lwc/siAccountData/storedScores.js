// The scores the org-wide scoring job (`npm run score`) stored on the Account, and the day it stored them
// (`SI_Last_Scored_At__c`, written with every change). The panel shows them instead of a computed score
// when the account has more records than one view reads: never a partial score.
import { BUYING_STAGES, FIT_BANDS, INTENT_TRENDS, REACH_LEVELS, isOneOf } from 'c/siEngine';
function score(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value) : null;
}
function day(value) {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}
/**
 * The stored scores of an Account record, or null when the job has not stored a complete set (no date, a
 * score missing or out of range, a value not in its picklist): then there is no stored result to show.
 */
export function storedScores(account) {
    const a = account;
    const scoredOn = day(a.SI_Last_Scored_At__c);
    const fit = score(a.SI_Profile_Fit_Score__c);
    const reach = score(a.SI_Reach_Score__c);
    const intent = score(a.SI_Intent_Score__c);
    const band = a.SI_Profile_Fit_Band__c;
    const level = a.SI_Reach_Level__c;
    const trend = a.SI_Intent_Trend__c;
    const stage = a.SI_Buying_Stage__c;
    if (scoredOn === null || fit === null || reach === null || intent === null)
        return null;
    if (!isOneOf(FIT_BANDS, band) || !isOneOf(REACH_LEVELS, level) || !isOneOf(INTENT_TRENDS, trend))
        return null;
    if (!isOneOf(BUYING_STAGES, stage))
        return null;
    return {
        scoredOn,
        fit: { score: fit, band },
        reach: { score: reach, level },
        intent: { score: intent, trend },
        stage,
        qualified: a.SI_Qualified__c === true,
        qualifiedStart: day(a.SI_Qualified_Start_Date__c),
        qualifiedEnd: day(a.SI_Qualified_End_Date__c)
    };
}
/**
 * The insight with its account scores replaced by the stored ones (no factors: the job stores scores, not
 * their reasons; `reason` says where they come from). People, personas and contacts to reach stay as
 * computed from the records the view read.
 */
export function withStoredScores(insight, stored, reason) {
    return {
        ...insight,
        profileFit: { score: stored.fit.score, band: stored.fit.band, factors: [], caps: [] },
        reach: { ...insight.reach, score: stored.reach.score, level: stored.reach.level, factors: [], caps: [] },
        intent: {
            ...insight.intent,
            score: stored.intent.score,
            trend: stored.intent.trend,
            factors: [],
            caps: [],
            topKeywords: []
        },
        buyingStage: { stage: stored.stage, reasons: [reason] },
        qualified: {
            ...insight.qualified,
            qualified: stored.qualified,
            startDate: stored.qualified ? stored.qualifiedStart : insight.qualified.startDate,
            endDate: stored.qualified ? null : stored.qualifiedEnd,
            startDateMissing: null,
            endDateMissing: null,
            reason
        }
    };
}
