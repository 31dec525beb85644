import { signInPath } from '../../../features/accounts/role-home.ts';

/** Families sign in with a phone code; these open the sign-in page on that tab and come back after. */
export const familySignIn = (next: string) => signInPath(next, 'phone');
