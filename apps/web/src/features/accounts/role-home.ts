import type { Role } from '@youyu/contracts';

export type PortalId = 'family' | 'institution' | 'regulator' | 'admin';

/** Which portal each role works in; every role has exactly one. */
export const portalOfRole: Record<Role, PortalId> = {
  family: 'family',
  institutionDirector: 'institution',
  institutionStaff: 'institution',
  regulator: 'regulator',
  inspector: 'regulator',
  supervisor: 'regulator',
  systemAdmin: 'admin',
  securityAdmin: 'admin',
  auditAdmin: 'admin',
};

const portalPath = (portal: PortalId) => `/${portal}`;

export const homePathOf = (role: Role) => portalPath(portalOfRole[role]);

/** Pages any signed-in account may be sent back to after signing in. */
const sharedPrefixes = ['/account/'];

/**
 * Where to go after signing in: the page the user was sent away from when it belongs to their
 * portal, otherwise their portal's home. Only same-site paths are accepted, so a crafted
 * ?next=//evil.example can't bounce the user elsewhere.
 */
export function afterSignInPath(role: Role, next: string | null | undefined): string {
  const home = homePathOf(role);
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return home;
  const inOwnPortal = next === home || next.startsWith(`${home}/`) || next.startsWith(`${home}?`);
  return inOwnPortal || sharedPrefixes.some((p) => next.startsWith(p)) ? next : home;
}

export type SignInTab = 'password' | 'phone';

/** The sign-in page, remembering where to come back to; families use the phone tab. */
export function signInPath(returnTo?: string, tab?: SignInTab): string {
  const params = new URLSearchParams();
  if (tab) params.set('tab', tab);
  if (returnTo && returnTo !== '/') params.set('next', returnTo);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
