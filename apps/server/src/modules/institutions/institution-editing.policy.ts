import type { FilingStatus } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import { EditingErrors } from './institution-editing.errors.ts';

/**
 * What the director may change, by where the filing stands. Before filing everything is open;
 * while the district reviews it nothing moves (the reviewer must see what was submitted); once
 * filed, the facts the filing rests on (location, premises, meals, kind, classes, director)
 * change only through a change filing (变更备案), the day-to-day rest directly.
 */
export type EditScope = 'filedFact' | 'operational';

/** The filed facts, as the error names them: location, premises, classes, director… */
export type FiledFact = 'location' | 'premises' | 'meals' | 'kind' | 'ownership' | 'classes' | 'director';

export function assertEditable(filingStatus: FilingStatus, scope: EditScope, fact?: FiledFact): void {
  if (filingStatus === 'withdrawn') throw new DomainError(EditingErrors.INSTITUTION_WITHDRAWN);
  if (filingStatus === 'submitted' || filingStatus === 'underReview') throw new DomainError(EditingErrors.FILING_IN_REVIEW);
  if (scope === 'filedFact' && isFiled(filingStatus)) throw new DomainError(EditingErrors.CHANGE_FILING_REQUIRED, { fact: fact ?? 'classes' });
}

/** Filed (or suspended): the filing stands and the public register shows the filed facts. */
export function isFiled(filingStatus: FilingStatus): boolean {
  return filingStatus === 'filed' || filingStatus === 'suspended';
}
