/**
 * The server sets its readable CSRF cookie together with the (unreadable) session cookie, with
 * the same lifetime, and clears both at sign-out (apps/server/src/modules/accounts/session-cookies.ts).
 * Without it there is plainly no session, so the page need not ask the server and log a 401.
 */
export const sessionHintCookie = 'youyu_csrf';

/** Whether `document.cookie` (name=value pairs joined by "; ") carries the session hint. */
export function hasSessionHint(cookies: string): boolean {
  return cookies.split(';').some((pair) => {
    const [name = '', value = ''] = pair.trim().split('=');
    return name === sessionHintCookie && value !== '';
  });
}
