import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { roles } from '@youyu/contracts';
import { collectErrors, launchBrowser, signIn } from './browser.ts';
import { sessionHeaders } from './session.ts';
import { portalOf, readDemoAccounts } from './demo-accounts.ts';
import { root, startServer, type RunningServer } from './server.ts';

const screenshots = path.join(root, 'test-results/e2e');
const hanzi = /[\u4e00-\u9fff]{2,}/;
const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 800 };

describe('smoke: the demo city in a browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await fs.mkdir(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([['desktop', desktop] as const, ['phone', phone] as const])('renders the home page in Chinese without console errors (%s)', async (name, viewport) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport });
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const response = await page.goto(server.url, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // The page is there once its heading is (before that, a loading spinner).
      const heading = page.locator('h1').first();
      await heading.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await heading.innerText()).toMatch(hanzi);
      await page.screenshot({ path: path.join(screenshots, `home-${name}.png`), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks the server who is signed in only with a session, and follows sign-in and sign-out', async () => {
    const account = readDemoAccounts().find((a) => a.role === 'regulator');
    if (!account || !('username' in account.credentials)) throw new Error('docs/DEMO.md lists no regulator with a username');
    const context = await browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const whoAmI: number[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/api/v1/auth/me') whoAmI.push(response.status());
      });
      await page.goto(`${server.url}/sign-in`, { waitUntil: 'networkidle' });
      expect(whoAmI, 'no session cookie: no /auth/me').toEqual([]);
      await page.getByLabel('用户名').fill(account.credentials.username);
      await page.getByLabel('密码', { exact: true }).fill(account.credentials.password);
      await page.locator('form').getByRole('button', { name: /^登\s?录$/ }).click();
      await page.waitForURL(/\/regulator(\/|$)/);
      await page.reload({ waitUntil: 'networkidle' });
      expect(new URL(page.url()).pathname, 'a reload keeps the session').toMatch(/^\/regulator/);
      expect(whoAmI).toEqual([200]);
      await page.getByRole('button', { name: '账户菜单' }).click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      // Polling the path (not waitForURL) makes a failure say where the page went instead.
      await expect.poll(() => new URL(page.url()).pathname, { message: 'signing out leaves for the public home page', timeout: 30_000 }).toBe('/');
      await page.goto(`${server.url}/regulator`, { waitUntil: 'networkidle' });
      expect(new URL(page.url()).pathname, 'signed out: the portal sends to sign-in').toBe('/sign-in');
      expect(whoAmI, 'the cookie went with the session: no further /auth/me').toEqual([200]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the system administrator pick an institution by name when creating an account', async () => {
    const account = readDemoAccounts().find((a) => a.role === 'systemAdmin')!;
    const context = await browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const session = await signIn(context, server.url, account.credentials);
      const lookup = await fetch(`${server.url}/api/v1/admin/institution-lookup`, { headers: sessionHeaders(session) });
      expect(lookup.status).toBe(200);
      const [institution] = ((await lookup.json()) as { items: { id: string; name: string }[] }).items;
      if (!institution) throw new Error('the demo city has no institution to pick');
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/admin/users`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: '新建账户' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('角色').click();
      await page.getByTitle('托育机构负责人').click();
      await dialog.getByLabel('所属机构').fill(institution.name.slice(0, 4));
      const option = page.locator('.ant-select-item-option', { hasText: institution.name }).first();
      await option.waitFor({ state: 'visible', timeout: 15_000 });
      await option.click();
      await expect.poll(() => dialog.locator('.ant-select-selection-item', { hasText: institution.name }).count()).toBe(1);
      await page.screenshot({ path: path.join(screenshots, 'admin-create-user.png') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(roles)('%s signs in and sees the navigation of its portal', async (role) => {
    const account = readDemoAccounts().find((a) => a.role === role);
    if (!account) throw new Error(`docs/DEMO.md lists no demo account for the role ${role}`);
    const portal = portalOf[role];
    // Families use their phones: their portal is checked at phone width.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: role === 'family' ? phone : desktop });
    try {
      await signIn(context, server.url, account.credentials);
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}${portal}`, { waitUntil: 'networkidle' });
      expect(new URL(page.url()).pathname, 'stays in its portal (not sent to sign in or a password change)').toMatch(new RegExp(`^${portal}(/|$)`));
      const navigation = page.locator('nav, [role="navigation"], .ant-menu').first();
      await navigation.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await navigation.innerText()).toMatch(hanzi);
      await page.screenshot({ path: path.join(screenshots, `portal-${role}.png`), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
