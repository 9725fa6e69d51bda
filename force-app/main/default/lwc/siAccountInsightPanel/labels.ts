// Every string the panel shows, from custom labels (force-app/main/default/labels).
import SI_Panel_Title from '@salesforce/label/c.SI_Panel_Title';
import SI_Loading from '@salesforce/label/c.SI_Loading';
import SI_Error_Title from '@salesforce/label/c.SI_Error_Title';
import SI_Retry from '@salesforce/label/c.SI_Retry';
import SI_Refresh from '@salesforce/label/c.SI_Refresh';
import SI_Refreshing from '@salesforce/label/c.SI_Refreshing';
import SI_No_Access from '@salesforce/label/c.SI_No_Access';
import SI_Empty from '@salesforce/label/c.SI_Empty';
import SI_Qualified from '@salesforce/label/c.SI_Qualified';
import SI_Not_Qualified from '@salesforce/label/c.SI_Not_Qualified';
import SI_Qualified_Since from '@salesforce/label/c.SI_Qualified_Since';
import SI_Freshness from '@salesforce/label/c.SI_Freshness';
import SI_Freshness_None from '@salesforce/label/c.SI_Freshness_None';
import SI_Profile_Fit from '@salesforce/label/c.SI_Profile_Fit';
import SI_Reach from '@salesforce/label/c.SI_Reach';
import SI_Intent from '@salesforce/label/c.SI_Intent';
import SI_Buying_Stage from '@salesforce/label/c.SI_Buying_Stage';
import SI_Score_Of from '@salesforce/label/c.SI_Score_Of';
import SI_Show_Why from '@salesforce/label/c.SI_Show_Why';
import SI_Why_Of from '@salesforce/label/c.SI_Why_Of';
import SI_No_Factors from '@salesforce/label/c.SI_No_Factors';
import SI_Points from '@salesforce/label/c.SI_Points';
import SI_Trend from '@salesforce/label/c.SI_Trend';
import SI_Top_Keywords from '@salesforce/label/c.SI_Top_Keywords';
import SI_Band_Strong from '@salesforce/label/c.SI_Band_Strong';
import SI_Band_Moderate from '@salesforce/label/c.SI_Band_Moderate';
import SI_Band_Weak from '@salesforce/label/c.SI_Band_Weak';
import SI_Level_High from '@salesforce/label/c.SI_Level_High';
import SI_Level_Medium from '@salesforce/label/c.SI_Level_Medium';
import SI_Level_Low from '@salesforce/label/c.SI_Level_Low';
import SI_Trend_Rising from '@salesforce/label/c.SI_Trend_Rising';
import SI_Trend_Steady from '@salesforce/label/c.SI_Trend_Steady';
import SI_Trend_Falling from '@salesforce/label/c.SI_Trend_Falling';
import SI_Stage_Target from '@salesforce/label/c.SI_Stage_Target';
import SI_Stage_Awareness from '@salesforce/label/c.SI_Stage_Awareness';
import SI_Stage_Consideration from '@salesforce/label/c.SI_Stage_Consideration';
import SI_Stage_Decision from '@salesforce/label/c.SI_Stage_Decision';
import SI_Stage_Purchase from '@salesforce/label/c.SI_Stage_Purchase';
import SI_Current_Stage from '@salesforce/label/c.SI_Current_Stage';
import SI_Persona_Map from '@salesforce/label/c.SI_Persona_Map';
import SI_Importance_Strong from '@salesforce/label/c.SI_Importance_Strong';
import SI_Importance_Moderate from '@salesforce/label/c.SI_Importance_Moderate';
import SI_Importance_Weak from '@salesforce/label/c.SI_Importance_Weak';
import SI_Gap from '@salesforce/label/c.SI_Gap';
import SI_Other_People from '@salesforce/label/c.SI_Other_People';
import SI_Grade from '@salesforce/label/c.SI_Grade';
import SI_Last_Engaged from '@salesforce/label/c.SI_Last_Engaged';
import SI_Never_Engaged from '@salesforce/label/c.SI_Never_Engaged';
import SI_No_Title from '@salesforce/label/c.SI_No_Title';
import SI_Lead from '@salesforce/label/c.SI_Lead';
import SI_Opted_Out from '@salesforce/label/c.SI_Opted_Out';
import SI_Select_Person from '@salesforce/label/c.SI_Select_Person';
import SI_Contacts_To_Reach from '@salesforce/label/c.SI_Contacts_To_Reach';
import SI_No_Contacts_To_Reach from '@salesforce/label/c.SI_No_Contacts_To_Reach';
import SI_Add_To_Outreach from '@salesforce/label/c.SI_Add_To_Outreach';
import SI_Add_To_Outreach_Title from '@salesforce/label/c.SI_Add_To_Outreach_Title';
import SI_Add_To_Outreach_Open_Failed_Title from '@salesforce/label/c.SI_Add_To_Outreach_Open_Failed_Title';
import SI_Add_To_Outreach_Open_Failed from '@salesforce/label/c.SI_Add_To_Outreach_Open_Failed';
import SI_Outreach_Not_Connected from '@salesforce/label/c.SI_Outreach_Not_Connected';
import SI_Outreach_Connection_Expired from '@salesforce/label/c.SI_Outreach_Connection_Expired';
import SI_Outreach_Connection_Revoked from '@salesforce/label/c.SI_Outreach_Connection_Revoked';
import SI_Outreach_Kept_Selected from '@salesforce/label/c.SI_Outreach_Kept_Selected';
import SI_Outreach_Connect_Link from '@salesforce/label/c.SI_Outreach_Connect_Link';
import SI_Outreach_Connect_Url from '@salesforce/label/c.SI_Outreach_Connect_Url';
import SI_Selected_Count from '@salesforce/label/c.SI_Selected_Count';
import SI_Select_People_Hint from '@salesforce/label/c.SI_Select_People_Hint';
import SI_Truncated from '@salesforce/label/c.SI_Truncated';
import SI_Truncated_Stored from '@salesforce/label/c.SI_Truncated_Stored';
import SI_Stored_Reason from '@salesforce/label/c.SI_Stored_Reason';
import SI_Truncated_Item from '@salesforce/label/c.SI_Truncated_Item';
import SI_Truncated_Item_Unknown from '@salesforce/label/c.SI_Truncated_Item_Unknown';
import SI_Collection_Contacts from '@salesforce/label/c.SI_Collection_Contacts';
import SI_Collection_Leads from '@salesforce/label/c.SI_Collection_Leads';
import SI_Collection_Tasks from '@salesforce/label/c.SI_Collection_Tasks';
import SI_Collection_Events from '@salesforce/label/c.SI_Collection_Events';
import SI_Collection_Campaign_Members from '@salesforce/label/c.SI_Collection_Campaign_Members';
import SI_Collection_Opportunities from '@salesforce/label/c.SI_Collection_Opportunities';
import SI_Collection_Intent_Signals from '@salesforce/label/c.SI_Collection_Intent_Signals';
import SI_Data_Quality from '@salesforce/label/c.SI_Data_Quality';
import SI_Hidden_Object from '@salesforce/label/c.SI_Hidden_Object';
import SI_Hidden_Fields from '@salesforce/label/c.SI_Hidden_Fields';
import SI_Hidden_Campaign_Responses from '@salesforce/label/c.SI_Hidden_Campaign_Responses';
import SI_No_View_Insights from '@salesforce/label/c.SI_No_View_Insights';
import SI_Data_Quality_One from '@salesforce/label/c.SI_Data_Quality_One';

export const LABELS = {
    panelTitle: SI_Panel_Title,
    loading: SI_Loading,
    errorTitle: SI_Error_Title,
    retry: SI_Retry,
    refresh: SI_Refresh,
    refreshing: SI_Refreshing,
    noAccess: SI_No_Access,
    noViewInsights: SI_No_View_Insights,
    hiddenObject: SI_Hidden_Object,
    hiddenFields: SI_Hidden_Fields,
    hiddenCampaignResponses: SI_Hidden_Campaign_Responses,
    empty: SI_Empty,
    qualified: SI_Qualified,
    notQualified: SI_Not_Qualified,
    qualifiedSince: SI_Qualified_Since,
    freshness: SI_Freshness,
    freshnessNone: SI_Freshness_None,
    profileFit: SI_Profile_Fit,
    reach: SI_Reach,
    intent: SI_Intent,
    buyingStage: SI_Buying_Stage,
    scoreOf: SI_Score_Of,
    showWhy: SI_Show_Why,
    whyOf: SI_Why_Of,
    noFactors: SI_No_Factors,
    points: SI_Points,
    trend: SI_Trend,
    topKeywords: SI_Top_Keywords,
    bandStrong: SI_Band_Strong,
    bandModerate: SI_Band_Moderate,
    bandWeak: SI_Band_Weak,
    levelHigh: SI_Level_High,
    levelMedium: SI_Level_Medium,
    levelLow: SI_Level_Low,
    trendRising: SI_Trend_Rising,
    trendSteady: SI_Trend_Steady,
    trendFalling: SI_Trend_Falling,
    stageTarget: SI_Stage_Target,
    stageAwareness: SI_Stage_Awareness,
    stageConsideration: SI_Stage_Consideration,
    stageDecision: SI_Stage_Decision,
    stagePurchase: SI_Stage_Purchase,
    currentStage: SI_Current_Stage,
    personaMap: SI_Persona_Map,
    importanceStrong: SI_Importance_Strong,
    importanceModerate: SI_Importance_Moderate,
    importanceWeak: SI_Importance_Weak,
    gap: SI_Gap,
    otherPeople: SI_Other_People,
    grade: SI_Grade,
    lastEngaged: SI_Last_Engaged,
    neverEngaged: SI_Never_Engaged,
    noTitle: SI_No_Title,
    lead: SI_Lead,
    optedOut: SI_Opted_Out,
    selectPerson: SI_Select_Person,
    contactsToReach: SI_Contacts_To_Reach,
    noContactsToReach: SI_No_Contacts_To_Reach,
    addToOutreach: SI_Add_To_Outreach,
    addToOutreachTitle: SI_Add_To_Outreach_Title,
    addToOutreachFailedTitle: SI_Add_To_Outreach_Open_Failed_Title,
    addToOutreachFailed: SI_Add_To_Outreach_Open_Failed,
    outreachNotConnected: SI_Outreach_Not_Connected,
    outreachConnectionExpired: SI_Outreach_Connection_Expired,
    outreachConnectionRevoked: SI_Outreach_Connection_Revoked,
    outreachKeptSelected: SI_Outreach_Kept_Selected,
    outreachConnectLink: SI_Outreach_Connect_Link,
    outreachConnectUrl: SI_Outreach_Connect_Url,
    selectedCount: SI_Selected_Count,
    selectPeopleHint: SI_Select_People_Hint,
    truncated: SI_Truncated,
    truncatedStored: SI_Truncated_Stored,
    storedReason: SI_Stored_Reason,
    truncatedItem: SI_Truncated_Item,
    truncatedItemUnknown: SI_Truncated_Item_Unknown,
    collectionContacts: SI_Collection_Contacts,
    collectionLeads: SI_Collection_Leads,
    collectionTasks: SI_Collection_Tasks,
    collectionEvents: SI_Collection_Events,
    collectionCampaignMembers: SI_Collection_Campaign_Members,
    collectionOpportunities: SI_Collection_Opportunities,
    collectionIntentSignals: SI_Collection_Intent_Signals,
    dataQuality: SI_Data_Quality,
    dataQualityOne: SI_Data_Quality_One
} as const;
