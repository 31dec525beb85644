import type { Actor } from '../../platform/auth/index.ts';

/**
 * Which institutions a caller's lists cover. Institution accounts see their own institution;
 * every other role sees its jurisdiction (the guard's isInScope says the same for one record).
 */
export type RegistryScope = { kind: 'institution'; institutionId: string } | { kind: 'jurisdiction'; code: string } | { kind: 'nothing' };

export function registryScopeOf(actor: Actor | null): RegistryScope {
  if (!actor) return { kind: 'nothing' };
  if (actor.role === 'institutionDirector' || actor.role === 'institutionStaff') {
    return actor.institutionId ? { kind: 'institution', institutionId: actor.institutionId } : { kind: 'nothing' };
  }
  if (actor.role === 'family' || !actor.jurisdictionCode) return { kind: 'nothing' };
  return { kind: 'jurisdiction', code: actor.jurisdictionCode };
}

/**
 * Children's names and guardians' contacts are for the people who care for them: the staff of the
 * child's own institution. Regulators see them masked; the full ID number needs an audited unmask.
 */
export function canSeeChildIdentity(actor: Actor | null, institutionId: string): boolean {
  return !!actor && (actor.role === 'institutionDirector' || actor.role === 'institutionStaff') && actor.institutionId === institutionId;
}
