// The qualification change event (`SI_Qualification_Change__e`): one for every qualified / no-longer-qualified
// transition an account makes on a scoring run, for the account owner's notification Flow.
import { parseAsOf } from './dates';
import { recordId, text } from './quality';
/**
 * The change event for a scored account, from `computeQualified`'s result: one when the account became
 * qualified or stopped being qualified (with the dates the job stores), null otherwise.
 */
export function qualificationChangeEvent(account, qualified, band, stage, asOf) {
    parseAsOf(asOf);
    if (qualified.change !== 'Became qualified' && qualified.change !== 'No longer qualified')
        return null;
    const id = recordId(account);
    if (!id)
        return null;
    const became = qualified.change === 'Became qualified';
    return {
        Account_Id__c: id,
        Account_Name__c: text(account.Name),
        Owner_Id__c: typeof account.OwnerId === 'string' ? text(account.OwnerId) : null,
        Previous_State__c: became ? 'Not qualified' : 'Qualified',
        New_State__c: became ? 'Qualified' : 'Not qualified',
        Qualified_Start_Date__c: qualified.toStore.startDate,
        Qualified_End_Date__c: qualified.toStore.endDate,
        Profile_Fit_Band__c: band,
        Buying_Stage__c: stage,
        As_Of__c: asOf
    };
}
