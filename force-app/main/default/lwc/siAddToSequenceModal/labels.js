// Every user-facing string of the Add to Outreach modal, from custom labels (CustomLabels.labels-meta.xml).
import title from '@salesforce/label/c.SI_Outreach_Modal_Title';
import selectedCount from '@salesforce/label/c.SI_Outreach_Selected_Count';
import noPeople from '@salesforce/label/c.SI_Outreach_No_People';
import sequenceLabel from '@salesforce/label/c.SI_Outreach_Sequence_Label';
import sequencePlaceholder from '@salesforce/label/c.SI_Outreach_Sequence_Placeholder';
import mailboxLabel from '@salesforce/label/c.SI_Outreach_Mailbox_Label';
import mailboxPlaceholder from '@salesforce/label/c.SI_Outreach_Mailbox_Placeholder';
import loadingOptions from '@salesforce/label/c.SI_Outreach_Loading_Options';
import loadError from '@salesforce/label/c.SI_Outreach_Load_Error';
import runError from '@salesforce/label/c.SI_Outreach_Run_Error';
import listTruncated from '@salesforce/label/c.SI_Outreach_List_Truncated';
import noSequences from '@salesforce/label/c.SI_Outreach_No_Sequences';
import noMailboxes from '@salesforce/label/c.SI_Outreach_No_Mailboxes';
import retry from '@salesforce/label/c.SI_Outreach_Retry';
import cancel from '@salesforce/label/c.SI_Outreach_Cancel';
import confirm from '@salesforce/label/c.SI_Outreach_Confirm';
import done from '@salesforce/label/c.SI_Outreach_Done';
import progressFind from '@salesforce/label/c.SI_Outreach_Progress_Find';
import progressCreate from '@salesforce/label/c.SI_Outreach_Progress_Create';
import progressCheck from '@salesforce/label/c.SI_Outreach_Progress_Check';
import progressAdd from '@salesforce/label/c.SI_Outreach_Progress_Add';
import progressCount from '@salesforce/label/c.SI_Outreach_Progress_Count';
import savingIds from '@salesforce/label/c.SI_Outreach_Saving_Ids';
import resultsHeading from '@salesforce/label/c.SI_Outreach_Results_Heading';
import columnPerson from '@salesforce/label/c.SI_Outreach_Column_Person';
import columnOutcome from '@salesforce/label/c.SI_Outreach_Column_Outcome';
import columnDetails from '@salesforce/label/c.SI_Outreach_Column_Details';
import columnNext from '@salesforce/label/c.SI_Outreach_Column_Next';
import outcomeAdded from '@salesforce/label/c.SI_Outreach_Outcome_Added';
import outcomeAlreadyInSequence from '@salesforce/label/c.SI_Outreach_Outcome_Already';
import outcomeMissingEmail from '@salesforce/label/c.SI_Outreach_Outcome_Missing_Email';
import outcomeOptedOut from '@salesforce/label/c.SI_Outreach_Outcome_Opted_Out';
import outcomeNotPermitted from '@salesforce/label/c.SI_Outreach_Outcome_Not_Permitted';
import outcomeRateLimited from '@salesforce/label/c.SI_Outreach_Outcome_Rate_Limited';
import outcomeFailed from '@salesforce/label/c.SI_Outreach_Outcome_Failed';
import detailAdded from '@salesforce/label/c.SI_Outreach_Detail_Added';
import detailAlready from '@salesforce/label/c.SI_Outreach_Detail_Already';
import detailMissingEmail from '@salesforce/label/c.SI_Outreach_Detail_Missing_Email';
import detailOptOutSalesforce from '@salesforce/label/c.SI_Outreach_Detail_Opt_Out_Salesforce';
import detailOptOutOutreach from '@salesforce/label/c.SI_Outreach_Detail_Opt_Out_Outreach';
import detailHttp from '@salesforce/label/c.SI_Outreach_Detail_Http';
import writebackFailed from '@salesforce/label/c.SI_Outreach_Writeback_Failed';
import nextNone from '@salesforce/label/c.SI_Outreach_Next_None';
import nextRetryAt from '@salesforce/label/c.SI_Outreach_Next_Retry_At';
import nextRetryLater from '@salesforce/label/c.SI_Outreach_Next_Retry_Later';
import nextConnectOutreach from '@salesforce/label/c.SI_Outreach_Next_Connect';
import nextReconnectOutreach from '@salesforce/label/c.SI_Outreach_Next_Reconnect';
import notConnected from '@salesforce/label/c.SI_Outreach_Not_Connected';
import connectionExpired from '@salesforce/label/c.SI_Outreach_Connection_Expired';
import connectionRevoked from '@salesforce/label/c.SI_Outreach_Connection_Revoked';
import connectLink from '@salesforce/label/c.SI_Outreach_Connect_Link';
import connectUrl from '@salesforce/label/c.SI_Outreach_Connect_Url';
import nextAskAdminForScope from '@salesforce/label/c.SI_Outreach_Next_Ask_Admin_Scope';
import nextAskOutreachAdmin from '@salesforce/label/c.SI_Outreach_Next_Ask_Outreach_Admin';
import nextFixRecord from '@salesforce/label/c.SI_Outreach_Next_Fix_Record';
import nextAddEmail from '@salesforce/label/c.SI_Outreach_Next_Add_Email';
import nextReviewSelection from '@salesforce/label/c.SI_Outreach_Next_Review_Selection';
import nextContactAdmin from '@salesforce/label/c.SI_Outreach_Next_Contact_Admin';
import toastTitle from '@salesforce/label/c.SI_Outreach_Toast_Title';
import summary from '@salesforce/label/c.SI_Outreach_Summary';
export const LABELS = {
    title,
    selectedCount,
    noPeople,
    sequenceLabel,
    sequencePlaceholder,
    mailboxLabel,
    mailboxPlaceholder,
    loadingOptions,
    loadError,
    runError,
    listTruncated,
    noSequences,
    noMailboxes,
    retry,
    cancel,
    confirm,
    done,
    progressFind,
    progressCreate,
    progressCheck,
    progressAdd,
    progressCount,
    savingIds,
    resultsHeading,
    columnPerson,
    columnOutcome,
    columnDetails,
    columnNext,
    outcomeAdded,
    outcomeAlreadyInSequence,
    outcomeMissingEmail,
    outcomeOptedOut,
    outcomeNotPermitted,
    outcomeRateLimited,
    outcomeFailed,
    detailAdded,
    detailAlready,
    detailMissingEmail,
    detailOptOutSalesforce,
    detailOptOutOutreach,
    detailHttp,
    writebackFailed,
    nextNone,
    nextRetryAt,
    nextRetryLater,
    nextConnectOutreach,
    nextReconnectOutreach,
    notConnected,
    connectionExpired,
    connectionRevoked,
    connectLink,
    connectUrl,
    nextAskAdminForScope,
    nextAskOutreachAdmin,
    nextFixRecord,
    nextAddEmail,
    nextReviewSelection,
    nextContactAdmin,
    toastTitle,
    summary
};
/** Replaces `{0}`, `{1}`... with the arguments. */
export function formatLabel(label, ...args) {
    return label.replace(/\{(\d+)\}/g, (match, index) => {
        const value = args[Number(index)];
        return value === undefined ? match : String(value);
    });
}
