/**
 * What the data exchange and the bulk import add to the registry: registrations as registrars
 * report them, the rules a registration and a class list must meet, and look-ups for duplicates.
 */
export { registrations } from './registrations.tables.ts';
export { applyRegistration, markInvited, type AppliedRegistration, type RegistrationPlace, type RegistrationToApply } from './registration-upsert.ts';
export { registrationRuleProblems, impliedKind, type RegistrationRuleProblem } from './registration-rules.ts';
export { classRuleViolations, maxSizeKeys, type ClassRuleViolation, type ClassSpec } from './class-rules.ts';
export { findTakenCreditCodes, findTakenFilingNumbers } from './registry-lookups.ts';
export { withinJurisdiction, containsPattern } from './area.ts';
