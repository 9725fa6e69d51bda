// Public API of the Sales Intelligence signals engine (library bundle, no `lwc` imports).
// Runs unchanged in Lightning components and in Node; every function is pure, `asOf` is passed in.
export * from './vocabulary';
export * from './types';
export * from './config';
export { parseDay, formatDay, parseAsOf } from './dates';
export { QualityNotes } from './quality';
export { domainFromWebsite, emailDomain, normalizeCompanyName, matchLead, leadRelation, assignLeads, groupAccountData, FREE_EMAIL_DOMAINS, LEAD_MATCH_RANK } from './matching';
export { classifyTitle, placePersona, preparePersonas, buildPersonaMap } from './personas';
export { computeProfileFit, evaluateCriterion, fitBand } from './fit';
export { computeReach, reachKindOfTask, reachLevel } from './reach';
export { engagementKindOfMember, isResponse, engagementGrade, accountEngagement, engagementReadDays, readWindows } from './engagement';
export { computeIntent, intentTrend } from './intent';
export { computeStage } from './stage';
export { computeQualified, isQualified, START_DATE_NOT_RECORDED, END_DATE_NOT_RECORDED } from './qualified';
export { contactsToReach } from './recommendations';
export { AccountListMatcher, matchListRows } from './listMatch';
export { computeInsight } from './insight';
export { summarizeReach } from './reachCounts';
export { apportion, explanationLines } from './scoring';
export { DEFAULT_READINESS_ITEMS, computeReadiness, isFilled, readinessItemProblems, validateReadinessItems, readinessItemsFromMetadata, readinessItemsToMetadata } from './readiness';
export { DEFAULT_TIERS, tierCandidate, tierPriority, tierShortfalls, compareForTier, recommendTiers, tierMove, tierDefinitionProblems, validateTierDefinitions, tierDefinitionsFromMetadata, tierDefinitionsToMetadata } from './tiers';
export { QUALIFICATION_RULE_OBJECTS, QUALIFIED_POINTS_FIELD, DEFAULT_EXCLUDED_STATUSES, DEFAULT_QUALIFICATION_RULES, evaluateQualificationPoints, adjustmentKey } from './qualificationRule';
export { qualificationRuleProblems, qualificationRulesFromMetadata, qualificationRulesToMetadata } from './qualificationRuleMetadata';
export { qualificationChangeEvent } from './qualificationEvents';
