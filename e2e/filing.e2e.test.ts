import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { creditCodeCheckCharacter, FOR_PROFIT_SCOPE } from '@youyu/contracts';
import { launchBrowser, signIn } from './browser.ts';
import { readDemoAccounts } from './demo-accounts.ts';
import { root, startServer, type RunningServer } from './server.ts';
import { sessionHeaders, signInThroughApi, type Credentials, type Session } from './session.ts';

/**
 * The whole filing in a browser, on the demo city: a registrar pushes a registration; the director
 * of the new institution completes the filing and submits it; the district reviewer returns it with
 * a reason; the director corrects it and resubmits; the reviewer files it; a family finds it on the
 * public register. The director's registry entry is prepared through the API (as any test seeds its
 * data); every step of the filing itself happens in the pages.
 */

const screenshots = path.join(root, 'test-results/e2e');
const desktop = { width: 1440, height: 900 };
const institutionName = '北京市朝阳区晨曦托育有限公司';
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

/** A valid ID number with a distinct sequence, born in 1988. */
function idNumber(n: number): string {
  const body = `11010519880${n % 9 + 1}1${n % 10}${String(100 + n).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

type Api = { call<T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<T> };

function apiOf(baseUrl: string, session: Session): Api {
  return {
    async call(method, url, body) {
      const res = await fetch(`${baseUrl}/api/v1${url}`, { method, headers: { ...sessionHeaders(session), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as never;
    },
  };
}

async function upload(baseUrl: string, session: Session, filingId: string, category: string) {
  const form = new FormData();
  form.append('file', new Blob([pdf(category)], { type: 'application/pdf' }), `${category}.pdf`);
  const res = await fetch(`${baseUrl}/api/v1/filings/${filingId}/materials?category=${category}`, { method: 'POST', headers: sessionHeaders(session), body: form });
  if (res.status !== 201) throw new Error(`upload ${category}: ${res.status} ${await res.text()}`);
}

describe('filing: from registration to the public register', () => {
  let server: RunningServer;
  let browser: Browser;
  let institutionId: string;
  let director: Credentials;
  let reviewer: Credentials;

  const page = async (credentials: Credentials, url: string): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: desktop });
    await signIn(context, server.url, credentials);
    const p = await context.newPage();
    await p.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
    return { context, page: p };
  };
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(screenshots, `filing-${name}.png`), fullPage: true });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await fs.mkdir(screenshots, { recursive: true });
    const accounts = readDemoAccounts();
    const admin = accounts.find((a) => a.role === 'systemAdmin')!.credentials;
    const regulator = accounts.find((a) => a.role === 'regulator')!.credentials as { password: string };
    reviewer = { username: 'chaoyang.health', password: regulator.password };

    // The registrar's push (market regulation, 朝阳区), with a key the system administrator issues.
    const adminApi = apiOf(server.url, await signInThroughApi(server.url, admin));
    const key = await adminApi.call<{ secret: string }>('POST', '/exchange/api-keys', { name: '朝阳区市场监管局登记系统', registrar: 'marketRegulation', jurisdictionCode: '110105' });
    const creditBody = '91110105MA01E2E0F';
    const push = await fetch(`${server.url}/api/v1/exchange/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key.secret },
      body: JSON.stringify({
        eventId: 'E2E-FILING-1',
        occurredAt: new Date().toISOString(),
        creditCode: creditBody + creditCodeCheckCharacter(creditBody),
        name: institutionName,
        legalNature: 'forProfit',
        registrar: 'marketRegulation',
        registrationDate: '2025-03-01',
        businessScope: FOR_PROFIT_SCOPE,
        address: '北京市朝阳区建国门外大街 8 号',
        subdistrictCode: '110105002',
        kind: 'socialCapital',
        contactName: '林晨',
        contactPhone: '13900139000',
      }),
    });
    expect(push.status, await push.clone().text()).toBe(201);
    institutionId = ((await push.json()) as { institutionId: string }).institutionId;

    // Its director's account, first sign-in and own password.
    const created = await adminApi.call<{ oneTimePassword: string }>('POST', '/admin/users', { username: 'chenxi.director', displayName: '林晨', role: 'institutionDirector', institutionId, jurisdictionCode: '110105002' });
    const first = apiOf(server.url, await signInThroughApi(server.url, { username: 'chenxi.director', password: created.oneTimePassword }));
    await first.call('POST', '/auth/password', { currentPassword: created.oneTimePassword, newPassword: 'Morning-Light-4821' });
    director = { username: 'chenxi.director', password: 'Morning-Light-4821' };

    // The registry entry the filing rests on: basics, staff, classes with caregivers, fees; the draft and four of its five materials.
    const session = await signInThroughApi(server.url, director);
    const api = apiOf(server.url, session);
    const { revision } = await api.call<{ revision: number }>('GET', `/institutions/${institutionId}`);
    await api.call('PATCH', `/institutions/${institutionId}`, {
      revision,
      location: { address: '北京市朝阳区建国门外大街 8 号', lat: 39.921, lng: 116.443, subdistrictCode: '110105002' },
      openingHours: '周一至周五 7:30–17:30',
      serviceModes: ['fullDay'],
      premises: { tenure: 'leased', leaseEndDate: '2036-06-30', floorAreaM2: 460 },
      hasMeals: true,
    });
    const person = (name: string, role: string, n: number) => api.call<{ id: string }>('POST', `/institutions/${institutionId}/staff`, { name, role, idNumber: idNumber(n), hiredAt: '2025-03-01', certificates: role === 'caregiver' ? [{ kind: 'nurseryCaregiverCert', level: 'level4' }] : [] });
    await person('林晨', 'director', 1);
    await person('周健', 'healthStaff', 2);
    const carers = [];
    for (const [i, name] of ['吴悦', '郑宁', '王欣'].entries()) carers.push((await person(name, 'caregiver', 3 + i)).id);
    const classes = await api.call<{ items: { id: string }[] }>('POST', `/institutions/${institutionId}/classes`, { name: '托大一班', classType: 'twosClass', capacity: 20 });
    await api.call('PUT', `/institutions/${institutionId}/classes/${classes.items[0]!.id}/caregivers`, { staffIds: carers });
    await api.call('PUT', `/institutions/${institutionId}/fees`, { items: [{ classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 398_000 }] });
    const draft = await api.call<{ id: string }>('POST', '/filings', { kind: 'initial' });
    for (const category of ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications']) await upload(server.url, session, draft.id, category);
    const filing = await api.call<{ revision: number }>('GET', `/filings/${draft.id}`);
    await api.call('PATCH', `/filings/${draft.id}`, { revision: filing.revision, healthEvaluation: { rating: 'qualified', issuedOn: '2025-06-01' } });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the director uploads the last material and submits with the signed commitment', async () => {
    const { context, page: p } = await page(director, '/institution/filing');
    try {
      await p.locator('.ant-steps-item', { hasText: '备案材料' }).click();
      const card = p.locator('.ant-card', { hasText: '食品经营许可证' }).first();
      await card.locator('input[type="file"]').setInputFiles({ name: '食品经营许可证.pdf', mimeType: 'application/pdf', buffer: pdf('food licence') });
      await card.getByText('食品经营许可证.pdf').waitFor({ timeout: 15_000 });
      await shot(p, 'materials');
      await p.locator('.ant-steps-item', { hasText: '承诺并提交' }).click();
      await p.getByText('符合备案条件').waitFor({ timeout: 15_000 });
      await p.getByLabel('我已阅读并承诺遵守以上内容').check();
      await shot(p, 'commitment');
      await p.getByRole('button', { name: '签署并提交备案' }).click();
      await p.getByText('备案申请已提交，等待区卫生健康委受理。').waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
    }
  });

  it('the district reviewer finds it in the queue and returns it with a reason', async () => {
    const { context, page: p } = await page(reviewer, '/regulator/filings');
    try {
      await p.getByRole('link', { name: institutionName }).click();
      await p.getByRole('button', { name: '受理审核' }).click();
      await p.getByRole('button', { name: '退回补正' }).waitFor();
      await p.getByRole('button', { name: '退回补正' }).click();
      const dialog = p.getByRole('dialog');
      await dialog.locator('.ant-select-selector').first().click();
      await p.locator('.ant-select-item-option', { hasText: '消防安全材料' }).click();
      await dialog.getByRole('textbox', { name: '第 1 项的理由' }).fill('消防安全检查合格证明已过有效期，请上传 2025 年度的证明。');
      await dialog.getByRole('button', { name: '退 回' }).or(dialog.getByRole('button', { name: '退回' })).click();
      await p.locator('.ant-tag', { hasText: '退回补正' }).waitFor({ timeout: 15_000 });
      await shot(p, 'returned-by-reviewer');
    } finally {
      await context.close();
    }
  });

  it('the director sees the reason, replaces the material and resubmits', async () => {
    const { context, page: p } = await page(director, '/institution/filing');
    try {
      await p.getByText('消防安全检查合格证明已过有效期，请上传 2025 年度的证明。').first().waitFor({ timeout: 15_000 });
      await shot(p, 'returned');
      const card = p.locator('.ant-card', { hasText: '消防安全检查合格证明或消防备案材料' }).first();
      await card.locator('input[type="file"]').setInputFiles({ name: '消防安全检查合格证明（2025）.pdf', mimeType: 'application/pdf', buffer: pdf('fire safety 2025') });
      await card.getByText('消防安全检查合格证明（2025）.pdf').waitFor({ timeout: 15_000 });
      await p.locator('.ant-steps-item', { hasText: '承诺并提交' }).click();
      await p.getByText('符合备案条件').waitFor({ timeout: 15_000 });
      await p.getByLabel('我已阅读并承诺遵守以上内容').check();
      await p.getByRole('button', { name: '签署并重新提交' }).click();
      await p.getByText('备案申请已提交，等待区卫生健康委受理。').waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
    }
  });

  it('the reviewer files it: a number, and the receipt to print', async () => {
    const { context, page: p } = await page(reviewer, '/regulator/filings');
    try {
      await p.getByRole('link', { name: institutionName }).click();
      await p.getByRole('button', { name: '受理审核' }).click();
      await p.getByRole('button', { name: '予以备案' }).click();
      await p.getByRole('dialog').getByRole('button', { name: '予以备案' }).click();
      const number = p.locator('.ant-tag', { hasText: /^京托备〔\d{4}〕110105\d{4}$/ });
      await number.waitFor({ timeout: 15_000 });
      await expect(p.getByRole('link', { name: '备案回执' }).getAttribute('href')).resolves.toMatch(/\/receipt\.pdf$/);
      await shot(p, 'filed');
    } finally {
      await context.close();
    }
  });

  it('a family finds it on the public register', async () => {
    const family = readDemoAccounts().find((a) => a.role === 'family')!.credentials;
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 } });
    try {
      await signIn(context, server.url, family);
      const p = await context.newPage();
      await p.goto(`${server.url}/register/${institutionId}`, { waitUntil: 'networkidle' });
      await p.getByText(institutionName).first().waitFor({ timeout: 15_000 });
      expect(await p.locator('body').innerText()).toMatch(/京托备〔\d{4}〕110105\d{4}/);
      await p.screenshot({ path: path.join(screenshots, 'filing-register-phone.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
