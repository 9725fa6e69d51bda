// Every string the readiness checklist shows, from custom labels (force-app/main/default/labels).
import SI_Readiness_Title from '@salesforce/label/c.SI_Readiness_Title';
import SI_Readiness_Score from '@salesforce/label/c.SI_Readiness_Score';
import SI_Readiness_Ready from '@salesforce/label/c.SI_Readiness_Ready';
import SI_Readiness_Not_Ready from '@salesforce/label/c.SI_Readiness_Not_Ready';
import SI_Readiness_Missing from '@salesforce/label/c.SI_Readiness_Missing';
import SI_Readiness_Done from '@salesforce/label/c.SI_Readiness_Done';
import SI_Readiness_Hidden from '@salesforce/label/c.SI_Readiness_Hidden';
import SI_Readiness_Required from '@salesforce/label/c.SI_Readiness_Required';
import SI_Readiness_Recommended from '@salesforce/label/c.SI_Readiness_Recommended';
import SI_Readiness_Edit from '@salesforce/label/c.SI_Readiness_Edit';
import SI_Readiness_Edit_Item from '@salesforce/label/c.SI_Readiness_Edit_Item';
import SI_Readiness_All_Done from '@salesforce/label/c.SI_Readiness_All_Done';
import SI_Readiness_Empty from '@salesforce/label/c.SI_Readiness_Empty';
import SI_Readiness_Error from '@salesforce/label/c.SI_Readiness_Error';
import SI_Loading from '@salesforce/label/c.SI_Loading';

export const LABELS = Object.freeze({
    title: SI_Readiness_Title,
    score: SI_Readiness_Score,
    ready: SI_Readiness_Ready,
    notReady: SI_Readiness_Not_Ready,
    missing: SI_Readiness_Missing,
    done: SI_Readiness_Done,
    hidden: SI_Readiness_Hidden,
    required: SI_Readiness_Required,
    recommended: SI_Readiness_Recommended,
    edit: SI_Readiness_Edit,
    editItem: SI_Readiness_Edit_Item,
    allDone: SI_Readiness_All_Done,
    empty: SI_Readiness_Empty,
    error: SI_Readiness_Error,
    loading: SI_Loading
});
