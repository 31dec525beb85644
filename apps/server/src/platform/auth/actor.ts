import type { Department, Role } from '@youyu/contracts';

/** Who is calling: resolved once per request from the session. */
export type Actor = {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  role: Role;
  department: Department | null;
  /** Root of the jurisdiction the actor may reach (city, district or subdistrict code). */
  jurisdictionCode: string | null;
  institutionId: string | null;
  permissions: ReadonlySet<string>;
  mustChangePassword: boolean;
  /** Administrators must enrol a second factor (TOTP) before anything else. */
  mustEnrolTotp: boolean;
};

/** Where a record belongs; a route's scope loader answers this for the record it touches. */
export type RecordScope = {
  jurisdictionCode?: string | null;
  institutionId?: string | null;
  ownerUserId?: string | null;
};

/**
 * Codes are hierarchical by prefix once the trailing zero pairs of a 6-digit code are dropped:
 * city 110000 → "11" covers district 110105 → "110105" covers subdistrict 110105001.
 */
export function scopePrefix(code: string): string {
  if (code.length !== 6) return code;
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

export function isWithinJurisdiction(actorCode: string | null, recordCode: string | null | undefined): boolean {
  if (!actorCode || !recordCode) return false;
  return recordCode.startsWith(scopePrefix(actorCode));
}

/** The one rule for "may this actor reach this record", by the kind of account. */
export function isInScope(actor: Actor, scope: RecordScope): boolean {
  switch (actor.role) {
    case 'family':
      return !!scope.ownerUserId && scope.ownerUserId === actor.userId;
    case 'institutionDirector':
    case 'institutionStaff':
      return !!scope.institutionId && scope.institutionId === actor.institutionId;
    default:
      if (scope.ownerUserId && scope.ownerUserId === actor.userId) return true;
      return isWithinJurisdiction(actor.jurisdictionCode, scope.jurisdictionCode);
  }
}
