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
/**
 * Dates from the stored state (`SI_Qualified__c`, `SI_Qualified_Start_Date__c`, `SI_Qualified_End_Date__c`):
 * - qualified now and before: keeps the stored start date (asOf when it was missing), no end date;
 * - qualified now, not before: start = asOf, no end date;
 * - not qualified now, qualified before: keeps the start date, end = asOf;
 * - not qualified now or before: keeps the stored dates of the last qualified period, if any.
 */
export function computeQualified(band, stage, account, asOf, notes, id) {
    const qualified = isQualified(band, stage);
    const stored = account.SI_Qualified__c;
    if (stored !== null && stored !== undefined && typeof stored !== 'boolean')
        notes?.add('Account', 'SI_Qualified__c', 'Not a checkbox value: treated as not qualified', id);
    const was = stored === true;
    const start = storedDate(account, 'SI_Qualified_Start_Date__c', notes, id);
    const end = storedDate(account, 'SI_Qualified_End_Date__c', notes, id);
    const why = `fit ${band}, stage ${stage}`;
    if (qualified && was) {
        if (!start)
            notes?.add('Account', 'SI_Qualified_Start_Date__c', 'Qualified without a start date: set to the scoring date', id);
        return { qualified, startDate: start ?? asOf, endDate: null, change: 'Still qualified', reason: `Still qualified: ${why}` };
    }
    if (qualified)
        return { qualified, startDate: asOf, endDate: null, change: 'Became qualified', reason: `Became qualified: ${why}` };
    const needs = 'needs a Strong or Moderate fit and a Decision or Purchase stage';
    if (was)
        return { qualified, startDate: start, endDate: asOf, change: 'No longer qualified', reason: `No longer qualified: ${why}; ${needs}` };
    return { qualified, startDate: start, endDate: end, change: 'Not qualified', reason: `Not qualified: ${why}; ${needs}` };
}
