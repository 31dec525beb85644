import type { Actor } from '../../platform/auth/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { FilingErrors } from './filings.errors.ts';
import type { QueueScope } from './filings.repository.ts';

/** Whose filings a caller lists: an institution account its own institution's, a regulator its jurisdiction's. */
export function queueScopeOf(actor: Actor | null): QueueScope {
  if (!actor) return { kind: 'nothing' };
  if (actor.role === 'institutionDirector' || actor.role === 'institutionStaff') return actor.institutionId ? { kind: 'institution', institutionId: actor.institutionId } : { kind: 'nothing' };
  return actor.jurisdictionCode && actor.role !== 'family' ? { kind: 'jurisdiction', code: actor.jurisdictionCode } : { kind: 'nothing' };
}

/**
 * Filing is the health commission's act, at district level (or the city's, which oversees the
 * districts): a regulator of another department, or a subdistrict's officer, may read the queue
 * but not decide.
 */
export function assertCanDecide(actor: Actor | null): asserts actor is Actor {
  const code = actor?.jurisdictionCode ?? '';
  if (!actor || actor.department !== 'healthCommission' || code.length !== 6) throw new DomainError(FilingErrors.REVIEWER_NOT_ELIGIBLE);
}

/** Only an institution's own account applies for it; the route's scope already keeps others out. */
export function applicantInstitution(actor: Actor | null): string {
  if (!actor?.institutionId || (actor.role !== 'institutionDirector' && actor.role !== 'institutionStaff')) throw new DomainError(FilingErrors.FILING_NO_INSTITUTION);
  return actor.institutionId;
}
