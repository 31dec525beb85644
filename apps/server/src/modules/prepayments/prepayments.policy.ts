import type { Actor } from '../../platform/auth/index.ts';

/**
 * Children's and guardians' names are for the institution that cares for them; regulators see
 * them masked (the same rule as the registry's children list).
 */
export function canSeeFamilyNames(actor: Actor | null, institutionId: string): boolean {
  return !!actor && (actor.role === 'institutionDirector' || actor.role === 'institutionStaff') && actor.institutionId === institutionId;
}
