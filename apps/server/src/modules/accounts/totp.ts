import { authenticator as defaultAuthenticator } from 'otplib';

// One step either side: a phone clock a little off still works, and a code lives at most ~90 s.
const authenticator = defaultAuthenticator.clone({ window: 1 });

const ISSUER = 'Youyu 幼有所育';

export const generateTotpSecret = () => authenticator.generateSecret(20);
export const totpUrl = (accountName: string, secret: string) => authenticator.keyuri(accountName, ISSUER, secret);
/** The current code; tests and the sign-in helper use it. */
export const currentTotpCode = (secret: string) => authenticator.generate(secret);

export function isTotpCodeValid(secret: string, code: string): boolean {
  try {
    return authenticator.check(code, secret);
  } catch {
    return false;
  }
}
