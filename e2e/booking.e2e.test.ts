import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser.ts';
import { readDemoAccounts } from './demo-accounts.ts';
import { root, startServer, type RunningServer } from './server.ts';
import { sessionHeaders, signInThroughApi, type Credentials, type Session } from './session.ts';

/**
 * 入托网上约 on a phone: a family searches inclusive (普惠) institutions within 1 km of a point near
 * the demo institution, for a 20-month-old; opens the institution's page and books a toddler place
 * for a child it adds on the way. The institution's director offers a place in a toddler class,
 * the family accepts it, and the booking reads 已入托. No page logs a console error.
 */

const screenshots = path.join(root, 'test-results/e2e');
const phone = { width: 375, height: 812 };
const desktop = { width: 1440, height: 900 };
const childName = '李小满';

/** A date as YYYY-MM-DD in Beijing, `months` and `days` before today. */
function beijingDateBefore(months: number, days: number): string {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth() - months, today.getDate() - days));
  return date.toISOString().slice(0, 10);
}

function credentialsOf(role: 'family' | 'institutionDirector'): Credentials {
  const account = readDemoAccounts().find((a) => a.role === role);
  if (!account) throw new Error(`docs/DEMO.md lists no ${role}`);
  return account.credentials;
}

describe('booking a place online, offered and accepted', () => {
  let server: RunningServer;
  let browser: Browser;
  let familySession: Session;
  let directorSession: Session;
  let institution: { id: string; name: string; lat: number; lng: number };
  const birthDate = beijingDateBefore(20, 5);

  const api = async <T>(session: Session, url: string): Promise<T> => {
    const response = await fetch(`${server.url}/api/v1${url}`, { headers: sessionHeaders(session) });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return (await response.json()) as T;
  };

  /** A browser context already signed in (the family's phone code is asked once: codes are rate limited). */
  async function contextFor(session: Session, viewport: typeof phone): Promise<BrowserContext> {
    const isPhone = viewport === phone;
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, isMobile: isPhone, hasTouch: isPhone });
    await context.addCookies(session.cookies);
    return context;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await fs.mkdir(screenshots, { recursive: true });
    [familySession, directorSession] = await Promise.all([signInThroughApi(server.url, credentialsOf('family')), signInThroughApi(server.url, credentialsOf('institutionDirector'))]);
    // The director's own institution, which must be inclusive and have a free toddler place.
    const me = await api<{ institutionId: string }>(directorSession, '/auth/me');
    const places = await api<{ items: { classType: string; vacancies: number }[] }>(directorSession, `/institutions/${me.institutionId}/class-places`);
    expect(places.items.some((c) => c.classType === 'toddlerClass' && c.vacancies > 0)).toBe(true);
    const entry = await api<{ id: string; name: string; lat: number; lng: number; inclusive: boolean }>(familySession, `/public/institutions/${me.institutionId}`);
    expect(entry.inclusive).toBe(true);
    institution = entry;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds the institution nearby and books a place for a new 20-month-old child, at phone width', async () => {
    const context = await contextFor(familySession, phone);
    const page = await context.newPage();
    const errors = collectErrors(page);
    // About 450 m north of the institution, searched within 1 km, for a child born 20 months ago.
    const near = `${(institution.lat + 0.004).toFixed(6)},${institution.lng.toFixed(6)}`;
    await page.goto(`${server.url}/family/find?near=${near}&from=${encodeURIComponent('附近')}&radius=1000&childBirthDate=${birthDate}`, { waitUntil: 'networkidle' });
    await page.getByTestId('search-filters-open').click();
    await page.getByTestId('search-age-hint').filter({ hasText: '20 个月' }).waitFor();
    await page.locator('#register-filter-inclusive').click();
    await page.getByTestId('search-filters-apply').click();
    await page.getByTestId('search-filters-apply').waitFor({ state: 'hidden' });
    const card = page.getByTestId('institution-card').filter({ hasText: institution.name });
    await card.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(screenshots, 'booking-find-phone.png'), fullPage: true });
    const shown = await page.getByTestId('institution-card').allInnerTexts();
    expect(shown.every((text) => text.includes('普惠'))).toBe(true);

    await card.click();
    await page.waitForURL(`**/institutions/${institution.id}`);
    await page.getByTestId('book-place').click();
    await page.waitForURL(`**/family/book/${institution.id}`);
    await page.getByRole('button', { name: '添加孩子' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill(childName);
    await dialog.getByLabel('出生日期').fill(birthDate);
    await dialog.getByLabel('出生日期').press('Enter');
    await dialog.getByText('女', { exact: true }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The new child is chosen, and the toddler class suggested for its age on the start date.
    await expect.poll(() => page.getByRole('radio', { name: new RegExp(childName) }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('radio', { name: /托小班/ }).isChecked()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'booking-form-phone.png'), fullPage: true });
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByTestId('confirm-booking').click();
    await page.waitForURL('**/family/bookings');
    const booking = page.getByTestId('booking-card').filter({ hasText: childName });
    await booking.getByTestId('booking-state').filter({ hasText: '待机构处理' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'booking-requested-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is offered a place by the institution’s director', async () => {
    const context = await contextFor(directorSession, desktop);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/institution/bookings`, { waitUntil: 'networkidle' });
    const row = page.locator('tr').filter({ hasText: childName });
    await row.waitFor({ timeout: 60_000 });
    await row.getByTestId('offer-place').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/托小/).first().waitFor();
    await dialog.getByRole('button', { name: '预留托位' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已预留托位', { exact: true }).first().click();
    await page.locator('tr').filter({ hasText: childName }).getByTestId('booking-state').filter({ hasText: '已预留托位' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'booking-offered-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('accepts the offer and shows the child enrolled, at phone width', async () => {
    const context = await contextFor(familySession, phone);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/family`, { waitUntil: 'networkidle' });
    await page.getByTestId('my-bookings-link').click();
    const booking = page.getByTestId('booking-card').filter({ hasText: childName });
    await booking.getByTestId('booking-state').filter({ hasText: '已预留托位' }).waitFor({ timeout: 60_000 });
    await booking.getByText(/请在 .* 前确认/).waitFor();
    await booking.getByTestId('booking-accept').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await booking.getByTestId('booking-state').filter({ hasText: '已入托' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(screenshots, 'booking-enrolled-phone.png'), fullPage: true });
    const bookings = await api<{ items: { child: { name: string }; state: string }[] }>(familySession, '/family/bookings');
    expect(bookings.items.find((b) => b.child.name === childName)?.state).toBe('enrolled');
    expect(errors).toEqual([]);
    await context.close();
  });
});
