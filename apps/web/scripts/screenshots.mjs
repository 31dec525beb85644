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

/** The first item a list answers, for pages about one record. */
const firstOf = (api, toUrl) => async (request) => toUrl((await (await request.get(`${base}${api}`)).json()).items[0]);

/** Who signs in for which pages (a path, or a function of the signed-in request); null = not signed in. */
const tours = [
  {
    who: null,
    pages: {
      home: '/',
      'sign-in': '/sign-in',
      'sign-in-phone': '/sign-in?tab=phone',
      'not-found': '/no-such-page',
      register: '/register',
      'institution-page': firstOf('/api/v1/public/institutions?pageSize=1&sort=vacancy', (i) => `/institutions/${i.id}`),
      find: '/find',
      // The demo city's institutions are densest in the centre: search from a point there.
      'find-near': `/find?near=39.92,116.40&from=${encodeURIComponent('东城区')}&walk=15`,
      'find-near-map': `/find?near=39.92,116.40&from=${encodeURIComponent('东城区')}&radius=3000&view=map`,
      report: '/report',
      'case-lookup': '/cases',
      policies: `/policies?q=${encodeURIComponent('普惠托位补贴')}`,
      policy: firstOf('/api/v1/public/policies?pageSize=1', (d) => `/policies/${d.id}`),
    },
  },
  { who: { phone: '13800000000' }, pages: { family: '/family', 'family-find': '/family/find', 'family-children': '/family/children', 'family-me': '/family/me', 'family-complaints': '/family/complaints', 'family-new-complaint': '/family/complaints/new', 'family-ratings': '/family/ratings', 'family-bookings': '/family/bookings', 'family-book': firstOf('/api/v1/public/institutions?pageSize=1&sort=vacancy', (i) => `/family/book/${i.id}`), 'family-visit': firstOf('/api/v1/public/institutions?pageSize=1&sort=vacancy', (i) => `/family/visit/${i.id}`) } },
  { who: { username: 'demo.director' }, pages: { institution: '/institution', 'institution-filing': '/institution/filing', 'institution-account': '/institution/account', 'institution-ratings': '/institution/ratings', 'institution-photos': '/institution/photos', 'institution-bookings': '/institution/bookings', 'institution-visits': '/institution/visits' } },
  {
    who: { username: 'chaoyang.health' },
    pages: {
      regulator: '/regulator',
      'regulator-filings': '/regulator/filings',
      'regulator-filing': firstOf('/api/v1/filings?pageSize=1', (f) => `/regulator/filings/${f.id}`),
      'regulator-registrations': '/regulator/registrations',
      'regulator-closures': '/regulator/closures',
      'regulator-cases': '/regulator/cases',
      'regulator-case': firstOf('/api/v1/cases?pageSize=1', (c) => `/regulator/cases/${c.id}`),
      'regulator-ratings': '/regulator/ratings',
      'regulator-policy-library': '/regulator/policy-library',
      'regulator-account': '/regulator/account',
      'change-password': '/account/password',
      totp: '/account/totp',
    },
  },
  { who: { username: 'city.health' }, pages: { 'regulator-city': '/regulator', 'regulator-imports': '/regulator/imports' } },
  { who: { username: 'sysadmin', totp: true }, pages: { 'admin-users': '/admin/users', 'admin-user': firstOf('/api/v1/admin/users?role=regulator&pageSize=1', (u) => `/admin/users/${u.id}`), 'admin-api-keys': '/admin/api-keys' } },
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
      const context = await browser.newContext({ viewport, storageState, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: size === 'phone', hasTouch: size === 'phone' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
      for (const name of names) {
        const target = tour.pages[name];
        const url = typeof target === 'function' ? await target(context.request) : target;
        await page.goto(base + url, { waitUntil: 'load' });
        // Data arrives after the page's code: wait until no spinner or skeleton is left, then for chart animations.
        await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 20_000 }).catch(() => console.warn(`  ${name}: still loading`));
        // Maps draw with WebGL after their style loads (software rendering here): wait for every one.
        await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="institution-map"]')].every((map) => map.dataset.ready === 'true'), undefined, { timeout: 20_000 }).catch(() => console.warn(`  ${name}: map not ready`));
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
