// The shared vocabulary (docs/ARCHITECTURE.md). The engine, the picklists and the labels use exactly
// these strings; the Salesforce picklists are generated from these constants.
/** Profile fit band, strongest first. */
export const FIT_BANDS = ['Strong', 'Moderate', 'Weak'];
/** Reach level, highest first. */
export const REACH_LEVELS = ['High', 'Medium', 'Low'];
/** Buying stage, in journey order (index = order). */
export const BUYING_STAGES = ['Target', 'Awareness', 'Consideration', 'Decision', 'Purchase'];
/** Engagement grade, best first. */
export const ENGAGEMENT_GRADES = ['A', 'B', 'C', 'D'];
/** Persona importance, most important first. */
export const PERSONA_IMPORTANCES = ['Strong', 'Moderate', 'Weak'];
/** Account-based-marketing tier, top tier first. */
export const ABM_TIERS = ['Tier 1', 'Tier 2', 'Tier 3'];
/** Go-to-market strategy of an account (`Account.SI_GTM_Strategy__c`), a readiness item. */
export const GTM_STRATEGIES = ['New Logo', 'Expansion', 'Win-Back', 'Partner-Led'];
/** Job functions a title is classified into; `Other` when no keyword matches. */
export const JOB_FUNCTIONS = [
    'Executive',
    'Sales',
    'Marketing',
    'Engineering',
    'IT',
    'Security',
    'Finance',
    'Operations',
    'Product',
    'Human Resources',
    'Legal',
    'Customer Success',
    'Other'
];
/** Seniorities a title is classified into, most senior first. */
export const SENIORITIES = ['C-Level', 'VP', 'Director', 'Manager', 'Individual Contributor'];
/** Types of externally imported intent signals (`SI_Intent_Signal__c.Signal_Type__c`). */
export const INTENT_SIGNAL_TYPES = [
    'Keyword Research',
    'Web Visit',
    'Content Download',
    'Review Site',
    'Other'
];
/** Operators of a profile criterion (`SI_Profile_Criterion__mdt.Operator__c`). */
export const CRITERION_OPERATORS = ['In', 'Between', 'Contains', 'Not_Blank'];
/** The persona key of everybody who fits no configured persona (`SI_Persona__c` value). */
export const OTHER_PERSONA = 'Other';
/** Kinds of engagement activity (campaign responses and person-linked intent signals). */
export const ENGAGEMENT_KINDS = ['Email Click', 'Form Fill', 'Webinar', 'Event', 'Other Response', 'Intent Signal'];
/** Kinds of reach activity (Tasks and Events logged by sales and marketing). */
export const REACH_KINDS = ['Meeting', 'Call', 'Email', 'Other'];
/** Intent trend versus the prior period of the same length. */
export const INTENT_TRENDS = ['Rising', 'Steady', 'Falling'];
export function isOneOf(values, value) {
    return typeof value === 'string' && values.includes(value);
}
