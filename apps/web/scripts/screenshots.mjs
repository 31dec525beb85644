/* global document -- the waitForFunction callback runs in the page */
// Screenshots of every page the web app has, at desktop and phone widths, signed in as the demo
// accounts (a demo server must be running). For looking at the UI, not a test.
//   node apps/web/scripts/screenshots.mjs [baseUrl=http://localhost:3100] [outDir=/tmp/shots] [filter]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { authenticator } from 'otplib';

const [base = 'http://localhost:3100', outDir = '/tmp/shots', only = ''] = process.argv.slice(2);
const password = 'Demo@2025!';
const adminTotpSecret = 'YOUYUDEMOADMINSHAREDTOTPSECRETXX';
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };

/** Who signs in for which pages; null = not signed in. */
const tours = [
  { who: null, pages: { home: '/', 'sign-in': '/sign-in', 'sign-in-phone': '/sign-in?tab=phone', 'not-found': '/no-such-page' } },
  { who: { phone: '13800000000' }, pages: { family: '/family', 'family-find': '/family/find', 'family-children': '/family/children', 'family-me': '/family/me' } },
  { who: { username: 'demo.director' }, pages: { institution: '/institution', 'institution-account': '/institution/account' } },
  { who: { username: 'chaoyang.health' }, pages: { regulator: '/regulator', 'regulator-account': '/regulator/account', 'change-password': '/account/password', totp: '/account/totp' } },
  { who: { username: 'city.health' }, pages: { 'regulator-city': '/regulator' } },
  { who: { username: 'sysadmin', totp: true }, pages: { 'admin-users': '/admin/users', 'admin-user': 'first-user' } },
  { who: { username: 'secadmin', totp: true }, pages: { 'admin-roles': '/admin/roles', 'admin-security': '/admin/security' } },
  { who: { username: 'auditor', totp: true }, pages: { 'admin-audit': '/admin/audit' } },
];

async function signIn(request, who) {
  if (who.phone) {
    const sent = await (await request.post(`${base}/api/v1/auth/phone/code`, { data: { phone: who.phone } })).json();
    const res = await request.post(`${base}/api/v1/auth/phone/sign-in`, { data: { phone: who.phone, code: sent.devCode } });
    if (!res.ok()) throw new Error(`phone sign-in: ${res.status()} ${await res.text()}`);
    return;
  }
  const data = { username: who.username, password, ...(who.totp ? { totpCode: authenticator.generate(adminTotpSecret) } : {}) };
  const res = await request.post(`${base}/api/v1/auth/sign-in`, { data });
  if (!res.ok()) throw new Error(`sign-in ${who.username}: ${res.status()} ${await res.text()}`);
}

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const tour of tours) {
    const names = Object.keys(tour.pages).filter((name) => !only || name.includes(only));
    if (names.length === 0) continue;
    const signInContext = await browser.newContext();
    if (tour.who) await signIn(signInContext.request, tour.who);
    const storageState = await signInContext.storageState();
    await signInContext.close();
    for (const [size, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport, storageState, locale: 'zh-CN', isMobile: size === 'phone', hasTouch: size === 'phone' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
      for (const name of names) {
        let url = tour.pages[name];
        if (url === 'first-user') {
          const users = await (await context.request.get(`${base}/api/v1/admin/users?role=regulator&pageSize=1`)).json();
          url = `/admin/users/${users.items[0].id}`;
        }
        await page.goto(base + url, { waitUntil: 'networkidle' });
        // Data arrives after the page's code: wait until no spinner or skeleton is left, then for chart animations.
        await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 20_000 }).catch(() => console.warn(`  ${name}: still loading`));
        await page.waitForTimeout(1500);
        const file = path.join(outDir, `${name}-${size}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
