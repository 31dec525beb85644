import { adminRoles, type Role } from '@youyu/contracts';
import { scopePrefix, type Actor } from '../../platform/auth/index.ts';

/**
 * Which accounts an administrator reaches. An administrator without a jurisdiction is
 * platform-wide; otherwise accounts whose jurisdiction code lies under theirs, and accounts with no
 * place at all (families, platform-wide administrators) only from the city level up.
 */
export type Reach = { prefix: string | null; includesUnplaced: boolean };

export function reachOf(actor: Pick<Actor, 'jurisdictionCode'>): Reach {
  if (!actor.jurisdictionCode) return { prefix: null, includesUnplaced: true };
  const prefix = scopePrefix(actor.jurisdictionCode);
  // A 6-digit code reduced to 2 (province-level city) or 4 digits (prefecture city) is a city.
  return { prefix, includesUnplaced: prefix.length <= 4 };
}

export function isInReach(reach: Reach, jurisdictionCode: string | null): boolean {
  if (reach.prefix === null) return true;
  return jurisdictionCode ? jurisdictionCode.startsWith(reach.prefix) : reach.includesUnplaced;
}

export const isAdminRole = (role: string): boolean => (adminRoles as readonly string[]).includes(role);
export const isInstitutionRole = (role: Role) => role === 'institutionDirector' || role === 'institutionStaff';
