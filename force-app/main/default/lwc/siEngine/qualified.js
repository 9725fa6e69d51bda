// Qualified account: Strong or Moderate fit and a Decision or Purchase stage, with start and end dates.
import { parseDay } from './dates';
const QUALIFYING_BANDS = ['Strong', 'Moderate'];
const QUALIFYING_STAGES = ['Decision', 'Purchase'];
/** True exactly when the band is Strong or Moderate and the stage is Decision or Purchase. */
export function isQualified(band, stage) {
    return QUALIFYING_BANDS.includes(band) && QUALIFYING_STAGES.includes(stage);
}
function storedDate(account, field, notes, id) {
    const value = account[field];
    if (value === null || value === undefined || value === '')
        return null;
    if (typeof value === 'string' && parseDay(value) !== null)
        return value.slice(0, 10);
    notes?.add('Account', field, 'Not a date: ignored', id);
    return null;
}
/** Why a qualified account has no start date: the panel never makes one up. */
export const START_DATE_NOT_RECORDED = 'Start date not recorded yet: the org-wide scoring job (npm run score -- --target-org ALIAS) records it the first time it sees the account qualified';
/** Why an account that stopped being qualified has no end date. */
export const END_DATE_NOT_RECORDED = 'End date not recorded yet: the org-wide scoring job (npm run score -- --target-org ALIAS) records it the first time it sees the account no longer qualified';
/**
 * From the stored state (`SI_Qualified__c`, `SI_Qualified_Start_Date__c`, `SI_Qualified_End_Date__c`), the
 * dates known today (`startDate`, `endDate`: stored ones only, never asOf) and the dates the scoring job
 * stores (`toStore`):
 * - qualified now and before: the stored start date; when it is missing, none (`startDateMissing`, noted)
 *   and the job stores asOf; no end date;
 * - qualified now, not before: no start date yet (`startDateMissing`; a stored one belongs to an earlier
 *   period) and the job stores asOf; no end date;
 * - not qualified now, qualified before: the stored start date; no end date yet (`endDateMissing`) and the
 *   job stores asOf;
 * - not qualified now or before: the stored dates of the last qualified period, if any.
 */
export function computeQualified(band, stage, account, asOf, notes, id) {
    const qualified = isQualified(band, stage);
    const stored = account.SI_Qualified__c;
    if (stored !== null && stored !== undefined && typeof stored !== 'boolean')
        notes?.add('Account', 'SI_Qualified__c', 'Not a checkbox value: treated as not qualified', id);
    const was = stored === true;
    const start = storedDate(account, 'SI_Qualified_Start_Date__c', notes, id);
    const end = storedDate(account, 'SI_Qualified_End_Date__c', notes, id);
    let startDate;
    let endDate;
    let toStore;
    let change;
    if (qualified) {
        change = was ? 'Still qualified' : 'Became qualified';
        // Newly qualified: a stored start date belongs to an earlier period.
        startDate = was ? start : null;
        endDate = null;
        if (was && !start)
            notes?.add('Account', 'SI_Qualified_Start_Date__c', 'Qualified without a start date: the scoring job stores its scoring date', id);
        toStore = { startDate: startDate ?? asOf, endDate: null };
    }
    else if (was) {
        change = 'No longer qualified';
        startDate = start;
        endDate = null;
        toStore = { startDate: start, endDate: asOf };
    }
    else {
        change = 'Not qualified';
        startDate = start;
        endDate = end;
        toStore = { startDate: start, endDate: end };
    }
    const why = `fit ${band}, stage ${stage}`;
    const needs = 'needs a Strong or Moderate fit and a Decision or Purchase stage';
    return {
        qualified,
        startDate,
        endDate,
        startDateMissing: qualified && !startDate ? START_DATE_NOT_RECORDED : null,
        endDateMissing: change === 'No longer qualified' ? END_DATE_NOT_RECORDED : null,
        toStore,
        change,
        reason: qualified ? `${change}: ${why}` : `${change}: ${why}; ${needs}`
    };
}
