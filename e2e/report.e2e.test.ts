import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { readDemoAccounts } from './demo-accounts.ts';
import { root, startServer, type RunningServer } from './server.ts';

/**
 * 投诉举报马上查 on a phone: a visitor, not signed in, opens the report form from an institution's
 * page link, reports a food problem anonymously with a photo as evidence, gets a tracking code (also
 * texted to the mobile number given for it alone), and looks the case up by it (typed by hand, lower
 * case and without dashes) — seeing its progress and none of what was written. The district's
 * handler then finds it in the queue.
 */

const screenshots = path.join(root, 'test-results/e2e');
const phone = { width: 375, height: 812 };
const desktop = { width: 1440, height: 900 };
const description = '今天中午的饭菜有明显酸味，孩子回家后说肚子疼，其他家长也反映过。';
// The smallest valid PNG: a 1×1 pixel.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

describe('an anonymous report, looked up by its tracking code', () => {
  let server: RunningServer;
  let browser: Browser;
  let institution: { id: string; name: string };
  let trackingCode: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await fs.mkdir(screenshots, { recursive: true });
    const page = (await (await fetch(`${server.url}/api/v1/public/institutions?district=110105&pageSize=1`)).json()) as { items: { id: string; name: string }[] };
    institution = page.items[0]!;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('files the report at phone width and shows the tracking code at once', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: phone, isMobile: true, hasTouch: true });
    const p = await context.newPage();
    await p.goto(`${server.url}/report?institution=${institution.id}`, { waitUntil: 'networkidle' });
    await p.getByText(institution.name).first().waitFor({ timeout: 60_000 });
    await p.getByText('食品安全', { exact: true }).click();
    await p.getByPlaceholder('请写明时间、地点、经过').fill(description);
    await p.locator('input[type=file]').setInputFiles({ name: 'lunch.png', mimeType: 'image/png', buffer: png });
    await p.getByText('lunch.png').waitFor();
    // Anonymous is the default: no name is asked; a mobile number is optional, only to text the code to.
    expect(await p.getByLabel('您的称呼').count()).toBe(0);
    await p.getByLabel('接收查询码的手机号码（可选）').fill('13612345678');
    await p.screenshot({ path: path.join(screenshots, 'report-form-phone.png'), fullPage: true });

    await p.getByRole('button', { name: /提\s*交/ }).click();
    const code = p.getByTestId('tracking-code');
    await code.waitFor({ timeout: 60_000 });
    trackingCode = (await code.innerText()).trim();
    expect(trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await p.getByText('查询码和查询网址已通过短信发送到您的手机。').waitFor();
    await p.screenshot({ path: path.join(screenshots, 'report-receipt-phone.png'), fullPage: true });
    await context.close();
  });

  it('looks the case up by the code, typed by hand, without an account and without personal data', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: phone, isMobile: true, hasTouch: true });
    const p = await context.newPage();
    await p.goto(`${server.url}/cases`, { waitUntil: 'networkidle' });
    await p.getByPlaceholder('例如：K7QM-4XRP-9TDA').waitFor({ timeout: 60_000 });
    await p.getByPlaceholder('例如：K7QM-4XRP-9TDA').fill(trackingCode.replaceAll('-', '').toLowerCase());
    await p.getByPlaceholder('例如：K7QM-4XRP-9TDA').press('Enter');
    await p.waitForURL(/\/cases\/.+/);
    await p.getByText(trackingCode, { exact: true }).first().waitFor({ timeout: 60_000 });
    const text = await p.locator('main').innerText();
    expect(text).toContain('已提交');
    expect(text).toContain('食品安全');
    expect(text).toContain(institution.name);
    expect(text).toContain('已提交 1 个证据文件');
    expect(text).not.toContain(description.slice(0, 8));
    await p.screenshot({ path: path.join(screenshots, 'case-lookup-phone.png'), fullPage: true });

    await p.goto(`${server.url}/cases/2222-2222-2222`, { waitUntil: 'networkidle' });
    await p.getByText('没有找到这个查询码').waitFor({ timeout: 60_000 });
    await context.close();
  });

  it('reaches the district health commission’s queue', async () => {
    const regulator = readDemoAccounts().find((a) => a.role === 'regulator')!.credentials as { password: string };
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: desktop });
    await signIn(context, server.url, { username: 'chaoyang.health', password: regulator.password });
    const p = await context.newPage();
    await p.goto(`${server.url}/regulator/cases`, { waitUntil: 'networkidle' });
    await p.getByText(trackingCode).waitFor({ timeout: 60_000 });
    await p.screenshot({ path: path.join(screenshots, 'regulator-cases-desktop.png'), fullPage: true });
    await p.getByText(trackingCode).click();
    await p.waitForURL(/\/regulator\/cases\/.+/);
    await p.getByText(description).waitFor({ timeout: 60_000 });
    await p.screenshot({ path: path.join(screenshots, 'regulator-case-desktop.png'), fullPage: true });
    await context.close();
  });
});
