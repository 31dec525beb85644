/** What the filings module uses of the registry editing (the director's edits and the class rules). */
export { findFilingFacts, setFilingStanding, applyFilingChanges, type FilingFacts } from './filing-support.ts';
export { classRulesAt, placeOf } from './institution-editing.service.ts';
export { institutionFacts } from './institutions.service.ts';
export { checkClassPlan, checkCarerRatios, requiredCaregivers, type ClassRules, type RuleViolation, type Rule } from './filing-class-rules.ts';
export { formatBasis, violationMessage } from './rule-messages.ts';
export { isFiled } from './institution-editing.policy.ts';
export { classCaregivers } from './institution-editing.tables.ts';
