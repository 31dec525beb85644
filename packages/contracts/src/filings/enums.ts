import { z } from 'zod';

/** An initial filing (备案) puts a registered institution on the register; a change filing (变更备案) alters filed facts. */
export const filingKinds = ['initial', 'change'] as const;
export const FilingKind = z.enum(filingKinds);
export type FilingKind = z.infer<typeof FilingKind>;

/**
 * Where one filing application stands. The applicant drafts, submits and (after a return)
 * resubmits; the district reviewer accepts it for review, then returns, files or refuses it.
 * A filed initial filing is the filing in force: it can be suspended and withdrawn (closure).
 * `cancelled`: the applicant abandoned a draft or a returned application.
 */
export const filingStates = ['draft', 'submitted', 'resubmitted', 'underReview', 'returned', 'filed', 'refused', 'suspended', 'withdrawn', 'cancelled'] as const;
export const FilingState = z.enum(filingStates);
export type FilingState = z.infer<typeof FilingState>;

/** Waiting for the reviewer: the working-day time limit runs. */
export const pendingFilingStates = ['submitted', 'resubmitted', 'underReview'] as const satisfies readonly FilingState[];
/** Still open: not yet decided. */
export const openFilingStates = ['draft', 'submitted', 'resubmitted', 'underReview', 'returned'] as const satisfies readonly FilingState[];

/** What moves a filing from one state to another; every one is recorded as a filing event. */
export const filingActions = ['create', 'submit', 'resubmit', 'startReview', 'return', 'file', 'refuse', 'cancel', 'suspend', 'reinstate', 'withdraw'] as const;
export const FilingAction = z.enum(filingActions);
export type FilingAction = z.infer<typeof FilingAction>;

/**
 * Required materials (托育机构登记和备案办法): fire-safety proof, premises proof, the health
 * evaluation report (rated 合格), staff qualification proofs, a food business licence where
 * meals are made; `other` for anything else the applicant adds.
 */
export const materialCategories = ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence', 'other'] as const;
export const MaterialCategory = z.enum(materialCategories);
export type MaterialCategory = z.infer<typeof MaterialCategory>;

/** The file types a material may be: sniffed from the content, never taken from the name. */
export const materialContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MaterialContentType = z.enum(materialContentTypes);
export type MaterialContentType = z.infer<typeof MaterialContentType>;
export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
export const MATERIALS_PER_FILING_MAX = 40;

/** The parts of a filing a reviewer can return with a reason each. */
export const filingItems = ['basics', 'location', 'premises', 'classes', 'fees', 'staff', 'commitment', ...materialCategories.filter((c) => c !== 'other'), 'other'] as const;
export const FilingItem = z.enum(filingItems);
export type FilingItem = z.infer<typeof FilingItem>;

/** The health evaluation report's conclusion (托幼机构卫生评价报告): only 合格 can be filed. */
export const healthEvaluationRatings = ['qualified', 'unqualified'] as const;
export const HealthEvaluationRating = z.enum(healthEvaluationRatings);
export type HealthEvaluationRating = z.infer<typeof HealthEvaluationRating>;

/** How the review deadline stands, in working days (skipping weekends and the city's holidays). */
export const deadlineStatuses = ['onTime', 'dueSoon', 'overdue'] as const;
export const DeadlineStatus = z.enum(deadlineStatuses);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;
