import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { signInThroughApi, type Credentials, type Session } from './session.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium as installed by the system (playwright-core downloads no browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in through the API and hands the session cookies to a browser context. */
export async function signIn(context: BrowserContext, baseUrl: string, credentials: Credentials): Promise<Session> {
  const session = await signInThroughApi(baseUrl, credentials);
  await context.addCookies(session.cookies);
  return session;
}

/** Console errors and uncaught exceptions of a page: a finished page has none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return errors;
}
