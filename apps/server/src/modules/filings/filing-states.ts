import type { FilingAction, FilingKind, FilingState, FilingStatus } from '@youyu/contracts';

/**
 * The filing state machine. The applicant (the institution's director) drafts, submits, corrects
 * and resubmits; the district reviewer accepts for review (受理), then returns, files or refuses;
 * the regulator suspends, reinstates and withdraws a filing in force (initial filings only: a
 * change filing, once filed, has been applied to the filing in force).
 */
export type Actor = 'applicant' | 'reviewer' | 'supervisor';

type Transition = { action: Exclude<FilingAction, 'create'>; from: readonly FilingState[]; to: FilingState; by: Actor; initialOnly?: boolean };

export const transitions: readonly Transition[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', by: 'applicant' },
  { action: 'resubmit', from: ['returned'], to: 'resubmitted', by: 'applicant' },
  { action: 'cancel', from: ['draft', 'returned'], to: 'cancelled', by: 'applicant' },
  { action: 'startReview', from: ['submitted', 'resubmitted'], to: 'underReview', by: 'reviewer' },
  { action: 'return', from: ['underReview'], to: 'returned', by: 'reviewer' },
  { action: 'file', from: ['underReview'], to: 'filed', by: 'reviewer' },
  { action: 'refuse', from: ['underReview'], to: 'refused', by: 'reviewer' },
  { action: 'suspend', from: ['filed'], to: 'suspended', by: 'supervisor', initialOnly: true },
  { action: 'reinstate', from: ['suspended'], to: 'filed', by: 'supervisor', initialOnly: true },
  { action: 'withdraw', from: ['filed', 'suspended'], to: 'withdrawn', by: 'supervisor', initialOnly: true },
];

/** The state an action leads to, or null when it is not allowed from here. */
export function nextState(kind: FilingKind, state: FilingState, action: FilingAction): FilingState | null {
  const t = transitions.find((x) => x.action === action && x.from.includes(state) && (!x.initialOnly || kind === 'initial'));
  return t?.to ?? null;
}

/** What each party may do next, for the UI's buttons. */
export function availableActions(kind: FilingKind, state: FilingState, by: Actor): FilingAction[] {
  return transitions.filter((t) => t.by === by && t.from.includes(state) && (!t.initialOnly || kind === 'initial')).map((t) => t.action);
}

/**
 * The institution's filing status an initial filing's state gives it (a cancelled application
 * leaves it registered). Change filings leave the institution as it is: filed.
 */
export function institutionStatusFor(kind: FilingKind, state: FilingState): FilingStatus | null {
  if (kind === 'change') return null;
  switch (state) {
    case 'resubmitted':
      return 'submitted';
    case 'cancelled':
      return 'registered';
    default:
      return state;
  }
}
