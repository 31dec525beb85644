import type { Department, Me, Role, SecuritySettings, User } from '@youyu/contracts';
import type { Actor } from '../../platform/auth/index.ts';
import { maskPhone } from '../../platform/crypto/index.ts';
import { isAdminRole } from './accounts.policy.ts';
import type { UserRow } from './users.repository.ts';

const DAY = 24 * 60 * 60 * 1000;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Facts derived from an account and the settings in force; pure, so every path agrees. */
export function passwordExpiresAt(user: UserRow, settings: SecuritySettings): Date | null {
  if (!user.passwordHash || !user.passwordChangedAt || settings.passwordMaxAgeDays === 0) return null;
  return new Date(user.passwordChangedAt.getTime() + settings.passwordMaxAgeDays * DAY);
}

export function mustChangePassword(user: UserRow, settings: SecuritySettings, now = new Date()): boolean {
  if (!user.passwordHash) return false;
  const expiresAt = passwordExpiresAt(user, settings);
  return user.mustChangePassword || (expiresAt !== null && expiresAt <= now);
}

export const hasTotp = (user: UserRow) => user.totpSecret !== null;

export function mustEnrolTotp(user: UserRow, settings: SecuritySettings): boolean {
  return settings.totpRequiredForAdmins && isAdminRole(user.role) && !hasTotp(user);
}

/** Unused for the dormancy period: no sign-in, creation or re-enabling since. Family accounts never go dormant. */
export function isDormant(user: UserRow, settings: SecuritySettings, now = new Date()): boolean {
  if (user.role === 'family' || settings.dormantAccountDays === 0) return false;
  const lastActivity = Math.max(user.createdAt.getTime(), user.statusChangedAt.getTime(), user.lastSignInAt?.getTime() ?? 0);
  return now.getTime() - lastActivity > settings.dormantAccountDays * DAY;
}

export function toActor(user: UserRow, sessionId: string, permissions: readonly string[], settings: SecuritySettings): Actor {
  return {
    userId: user.id,
    sessionId,
    username: user.username ?? maskPhone(user.phone ?? ''),
    displayName: user.displayName,
    role: user.role as Role,
    department: (user.department as Department | null) ?? null,
    jurisdictionCode: user.jurisdictionCode,
    institutionId: user.institutionId,
    permissions: new Set(permissions),
    mustChangePassword: mustChangePassword(user, settings),
    mustEnrolTotp: mustEnrolTotp(user, settings),
  };
}

export function toMe(user: UserRow, permissions: readonly string[], settings: SecuritySettings, csrfToken: string): Me {
  return {
    id: user.id,
    username: user.username,
    phone: user.phone ? maskPhone(user.phone) : null,
    displayName: user.displayName,
    role: user.role as Role,
    department: (user.department as Department | null) ?? null,
    jurisdictionCode: user.jurisdictionCode,
    institutionId: user.institutionId,
    permissions: [...permissions].sort(),
    mustChangePassword: mustChangePassword(user, settings),
    mustEnrolTotp: mustEnrolTotp(user, settings),
    hasTotp: hasTotp(user),
    passwordExpiresAt: iso(passwordExpiresAt(user, settings)),
    csrfToken,
  };
}

/** An account as administrators see it: phone masked, no secrets. */
export function toUserView(user: UserRow): User {
  return {
    id: user.id,
    username: user.username,
    phone: user.phone ? maskPhone(user.phone) : null,
    displayName: user.displayName,
    role: user.role as Role,
    department: (user.department as Department | null) ?? null,
    jurisdictionCode: user.jurisdictionCode,
    institutionId: user.institutionId,
    status: user.status as User['status'],
    disabledReason: (user.disabledReason as User['disabledReason']) ?? null,
    mustChangePassword: user.mustChangePassword,
    hasTotp: hasTotp(user),
    lastSignInAt: iso(user.lastSignInAt),
    passwordChangedAt: iso(user.passwordChangedAt),
    createdAt: user.createdAt.toISOString(),
  };
}
