import { authenticator } from 'otplib';

/** A cookie as the server set it, in the shape Playwright's context.addCookies takes. */
export type SessionCookie = {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
};

export type Session = { cookies: SessionCookie[]; csrfToken: string | null };

/** A Set-Cookie header; the value stays as sent (the server decodes it). */
function parseSetCookie(header: string, host: string): SessionCookie {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  const cookie: SessionCookie = { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: host, path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' };
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=');
    switch (key.toLowerCase()) {
      case 'path':
        cookie.path = value;
        break;
      case 'httponly':
        cookie.httpOnly = true;
        break;
      case 'secure':
        cookie.secure = true;
        break;
      case 'samesite':
        cookie.sameSite = (value.charAt(0).toUpperCase() + value.slice(1).toLowerCase()) as SessionCookie['sameSite'];
        break;
      case 'max-age':
        cookie.expires = Math.floor(Date.now() / 1000) + Number(value);
        break;
    }
  }
  return cookie;
}

/**
 * How an account signs in: staff with username and password (plus the current code of their
 * authenticator, when one is enrolled); families with their phone and a texted code, which demo
 * mode returns in the answer.
 */
export type Credentials = { username: string; password: string; totpSecret?: string } | { phone: string };

async function post<T>(baseUrl: string, path: string, body: unknown): Promise<{ response: Response; data: T }> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return { response, data: (await response.json()) as T };
}

/** Signs in through the API, as the web app's forms do (faster and steadier than typing). */
export async function signInThroughApi(baseUrl: string, credentials: Credentials): Promise<Session> {
  let signedIn: { response: Response; data: { csrfToken?: string } };
  if ('phone' in credentials) {
    const sent = await post<{ devCode?: string }>(baseUrl, '/auth/phone/code', { phone: credentials.phone });
    if (!sent.data.devCode) throw new Error('no sign-in code in the answer: is the server in demo mode?');
    signedIn = await post(baseUrl, '/auth/phone/sign-in', { phone: credentials.phone, code: sent.data.devCode });
  } else {
    const totpCode = credentials.totpSecret ? authenticator.generate(credentials.totpSecret) : undefined;
    signedIn = await post(baseUrl, '/auth/sign-in', { username: credentials.username, password: credentials.password, totpCode });
  }
  const host = new URL(baseUrl).hostname;
  return { cookies: signedIn.response.headers.getSetCookie().map((h) => parseSetCookie(h, host)), csrfToken: signedIn.data.csrfToken ?? null };
}

/** The session as request headers, for API calls outside the browser (writes need the CSRF token). */
export function sessionHeaders(session: Session): Record<string, string> {
  const headers: Record<string, string> = { cookie: session.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
  if (session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  return headers;
}
