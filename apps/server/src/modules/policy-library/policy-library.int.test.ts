import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { installShippedPolicyDocuments, reindexPolicyDocuments } from './index.ts';
import { policyDocuments } from './policy-library.tables.ts';

const CHAOYANG = '110105';
const HAIDIAN = '110108';

describe('policy library: editing, scope, revisions, publication', () => {
  let t: TestApp;
  const as: Record<'city' | 'chaoyang' | 'haidian' | 'inspector', SignedInTestUser> = {} as never;

  const request = (who: keyof typeof as | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, ...(who ? { headers: as[who].headers } : {}), ...(payload ? { payload } : {}) });
  const draft = (overrides: object = {}) => ({ title: '朝阳区普惠托育运营补贴实施细则', issuer: '北京市朝阳区卫生健康委员会', jurisdictionCode: CHAOYANG, tags: ['补贴', '普惠托育', '补贴'], body: '第一条 为支持普惠托育服务发展，制定本细则。\n第二条 运营补贴按实际收托人数计算。', ...overrides });
  const create = async (who: keyof typeof as, overrides: object = {}) => {
    const res = await request(who, 'POST', '/policy-library/documents', draft(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; revision: number; status: string };
  };

  beforeAll(async () => {
    t = await buildTestApp();
    await importJurisdictions(t.database.db, 'beijing');
    const sign = async (role: 'regulator' | 'inspector', jurisdictionCode: string) => signInAs(t.app, await createUserForTest(t.database, { role, jurisdictionCode }));
    as.city = await sign('regulator', '110000');
    as.chaoyang = await sign('regulator', CHAOYANG);
    as.haidian = await sign('regulator', HAIDIAN);
    as.inspector = await sign('inspector', CHAOYANG);
  }, 60_000);
  afterAll(() => t?.close());

  it('adds a draft, invisible to the public until published, and audits every step', async () => {
    const doc = await create('chaoyang');
    expect(doc).toMatchObject({ status: 'draft', revision: 1, canEdit: true, tags: ['补贴', '普惠托育'], jurisdictionName: '朝阳区' });
    expect((await request(null, 'GET', `/public/policies/${doc.id}`)).statusCode).toBe(404);
    expect((await request(null, 'GET', '/public/policies?q=运营补贴')).json().items).toEqual([]);

    const published = await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/publish`, { revision: 1 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', revision: 2 });
    expect(published.json().publishedAt).not.toBeNull();
    const page = await request(null, 'GET', `/public/policies/${doc.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: draft().title, body: draft().body, jurisdictionCode: CHAOYANG });
    expect(page.json()).not.toHaveProperty('revision');
    expect(page.headers['cache-control']).toBe('public, max-age=60');

    const unpublished = await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/unpublish`, { revision: 2 });
    expect(unpublished.json()).toMatchObject({ status: 'draft', revision: 3, publishedAt: null });
    expect((await request(null, 'GET', `/public/policies/${doc.id}`)).statusCode).toBe(404);

    const actions = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, doc.id));
    expect(actions.map((a) => a.action)).toEqual(['policyDocument.create', 'policyDocument.publish', 'policyDocument.unpublish']);
  });

  it('edits at the revision last read, and refuses a stale one without changing anything', async () => {
    const doc = await create('chaoyang', { documentNumber: '朝卫发〔2025〕1号' });
    const edited = await request('chaoyang', 'PATCH', `/policy-library/documents/${doc.id}`, { revision: 1, title: '朝阳区托育机构运营补贴办法', tags: ['运营补贴'] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ revision: 2, title: '朝阳区托育机构运营补贴办法', tags: ['运营补贴'], documentNumber: '朝卫发〔2025〕1号' });

    const stale = await request('chaoyang', 'PATCH', `/policy-library/documents/${doc.id}`, { revision: 1, title: '被覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const staleAgain = await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/publish`, { revision: 1 });
    expect(staleAgain.statusCode).toBe(409);
    const [row] = await t.database.db.select().from(policyDocuments).where(eq(policyDocuments.id, doc.id));
    expect(row).toMatchObject({ title: '朝阳区托育机构运营补贴办法', revision: 2, status: 'draft' });

    // The search words follow the edit: the new title is found, the old one no longer is.
    await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/publish`, { revision: 2 });
    const found = (await request(null, 'GET', '/public/policies?q=运营补贴办法')).json();
    expect(found.items[0].id).toBe(doc.id);
  });

  it('refuses publishing twice and unpublishing a draft', async () => {
    const doc = await create('chaoyang');
    expect((await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/unpublish`, { revision: 1 })).json().code).toBe('POLICY_DOCUMENT_NOT_PUBLISHED');
    await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/publish`, { revision: 1 });
    const again = await request('chaoyang', 'POST', `/policy-library/documents/${doc.id}/publish`, { revision: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('POLICY_DOCUMENT_ALREADY_PUBLISHED');
  });

  it('lets a district regulator edit its own district only, read everything, and a city regulator edit national documents', async () => {
    const haidianDoc = await create('haidian', { jurisdictionCode: HAIDIAN, title: '海淀区托育政策' });
    // Reads all: a Chaoyang regulator sees Haidian's draft, marked as not editable.
    const read = await request('chaoyang', 'GET', `/policy-library/documents/${haidianDoc.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().canEdit).toBe(false);
    const list = (await request('chaoyang', 'GET', '/policy-library/documents?q=海淀区托育政策')).json();
    expect(list.items.find((i: { id: string }) => i.id === haidianDoc.id)).toMatchObject({ canEdit: false, status: 'draft' });
    // Edits its own only: another district's document answers 404, as if it were not there.
    for (const [method, suffix, body] of [['PATCH', '', { revision: 1, title: 'x' }], ['POST', '/publish', { revision: 1 }]] as const) {
      expect((await request('chaoyang', method, `/policy-library/documents/${haidianDoc.id}${suffix}`, body)).statusCode).toBe(404);
    }
    expect((await request('chaoyang', 'POST', '/policy-library/documents', draft({ jurisdictionCode: HAIDIAN }))).statusCode).toBe(404);
    expect((await request('chaoyang', 'POST', '/policy-library/documents', draft({ jurisdictionCode: 'national' }))).statusCode).toBe(404);
    const moved = await request('haidian', 'PATCH', `/policy-library/documents/${haidianDoc.id}`, { revision: 1, jurisdictionCode: CHAOYANG });
    expect(moved.statusCode).toBe(403);
    expect(moved.json().code).toBe('POLICY_DOCUMENT_JURISDICTION_OUT_OF_SCOPE');

    // The city edits its districts' documents and the national ones.
    expect((await request('city', 'PATCH', `/policy-library/documents/${haidianDoc.id}`, { revision: 1, tags: ['海淀'] })).statusCode).toBe(200);
    const national = await create('city', { jurisdictionCode: 'national', title: '国家托育政策', issuer: '国家卫生健康委员会' });
    expect(national).toMatchObject({ canEdit: true, jurisdictionName: null });
    expect((await request('chaoyang', 'GET', `/policy-library/documents/${national.id}`)).json().canEdit).toBe(false);
    expect((await request('chaoyang', 'PATCH', `/policy-library/documents/${national.id}`, { revision: 1, title: 'x' })).statusCode).toBe(404);

    // Inspectors do not hold the permission.
    expect((await request('inspector', 'GET', '/policy-library/documents')).statusCode).toBe(403);
  });

  it('answers bad input with problem+json and writes nothing', async () => {
    const before = (await t.database.db.select({ id: policyDocuments.id }).from(policyDocuments)).length;
    const cases: [object, number, string][] = [
      [draft({ title: '' }), 400, 'VALIDATION_FAILED'],
      [draft({ tags: Array.from({ length: 11 }, (_, i) => `主题${i}`) }), 400, 'VALIDATION_FAILED'],
      [draft({ sourceUrl: 'javascript:alert(1)' }), 400, 'VALIDATION_FAILED'],
      [draft({ issuedOn: '2023-02-30' }), 400, 'VALIDATION_FAILED'],
      [draft({ jurisdictionCode: '110105001' }), 400, 'VALIDATION_FAILED'],
      [draft({ unexpected: true }), 400, 'VALIDATION_FAILED'],
      [draft({ jurisdictionCode: '110199' }), 422, 'POLICY_DOCUMENT_JURISDICTION_INVALID'],
    ];
    for (const [body, status, code] of cases) {
      const res = await request('city', 'POST', '/policy-library/documents', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
    }
    await create('chaoyang', { documentNumber: '朝卫发〔2025〕9号' });
    const duplicate = await request('chaoyang', 'POST', '/policy-library/documents', draft({ documentNumber: '朝卫发〔2025〕9号' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('POLICY_DOCUMENT_NUMBER_TAKEN');
    expect((await t.database.db.select({ id: policyDocuments.id }).from(policyDocuments)).length).toBe(before + 1);

    for (const url of ['/public/policies/not-a-uuid', '/public/policies/00000000-0000-4000-8000-000000000000']) {
      expect((await request(null, 'GET', url)).json().code).toBe('NOT_FOUND');
    }
    for (const query of ['pageSize=101', 'page=0', 'jurisdiction=beijing', `q=${'托'.repeat(101)}`]) {
      expect((await request(null, 'GET', `/public/policies?${query}`)).statusCode, query).toBe(400);
    }
    // Text that is only punctuation searches for nothing rather than failing.
    expect((await request(null, 'GET', `/public/policies?q=${encodeURIComponent("'&|!():*")}`)).statusCode).toBe(200);
  });

  it('installs the shipped documents once, published, and leaves people’s changes alone', async () => {
    const first = await installShippedPolicyDocuments(t.database.db, 'beijing');
    expect(first.installed).toContain('beijing-2023-childcare-system-plan');
    expect(first.installed).toContain('national-2019-registration-and-filing');
    expect(first.installed).not.toContain('chongqing-2023-childcare-capacity-plan');
    const [plan] = await t.database.db.select().from(policyDocuments).where(eq(policyDocuments.shippedKey, 'beijing-2023-childcare-system-plan'));
    expect(plan).toMatchObject({ status: 'published', documentNumber: '京政办发〔2023〕6号', issuedOn: '2023-03-25', jurisdictionCode: '110000' });
    // Youyu's summary, marked as one, with the plan's figures; not the official text.
    expect(plan).toMatchObject({ source: expect.stringContaining('幼有所育摘要') });
    expect(plan!.body).toMatch(/^【摘要】本文是幼有所育平台/);
    for (const figure of ['4.5个', '3.2万个', '85%']) expect(plan!.body).toContain(figure);
    expect(plan!.body).not.toContain('以满足人民群众多层次、多样化托育服务需求为目标');

    await request('city', 'POST', `/policy-library/documents/${plan!.id}/unpublish`, { revision: 1 });
    // An earlier version shipped another text: an untouched document takes the new one, searchable.
    await t.database.db.update(policyDocuments).set({ body: '旧版本随附的文件全文。', source: '旧出处' }).where(eq(policyDocuments.shippedKey, 'beijing-2023-childcare-progress-report'));
    await t.database.db.update(policyDocuments).set({ body: '旧版本随附的文件全文。' }).where(eq(policyDocuments.id, plan!.id));
    const second = await installShippedPolicyDocuments(t.database.db, 'beijing');
    expect(second).toEqual({ installed: [], refreshed: ['beijing-2023-childcare-progress-report'] });
    const [report] = await t.database.db.select().from(policyDocuments).where(eq(policyDocuments.shippedKey, 'beijing-2023-childcare-progress-report'));
    expect(report!.body).toMatch(/^【摘要】/);
    expect(report!.source).toMatch(/^幼有所育摘要/);
    expect((await request(null, 'GET', `/public/policies?q=${encodeURIComponent('保育师 取证人数')}`)).json().items[0].id).toBe(report!.id);
    expect(await installShippedPolicyDocuments(t.database.db, 'beijing')).toEqual({ installed: [], refreshed: [] });
    // The plan a regulator unpublished is theirs now: neither republished nor rewritten.
    const [still] = await t.database.db.select({ status: policyDocuments.status, body: policyDocuments.body }).from(policyDocuments).where(eq(policyDocuments.id, plan!.id));
    expect(still).toEqual({ status: 'draft', body: '旧版本随附的文件全文。' });
    const installs = await t.database.db.select({ n: auditLog.seq }).from(auditLog).where(inArray(auditLog.action, ['policyDocument.install']));
    expect(installs.length).toBe(first.installed.length);

    // Reindexing (after a dictionary change) keeps every document findable and changes none.
    const count = (await t.database.db.select({ id: policyDocuments.id }).from(policyDocuments)).length;
    expect(await reindexPolicyDocuments(t.database.db)).toBe(count);
    const found = (await request(null, 'GET', `/public/policies?q=${encodeURIComponent('托育机构登记和备案办法')}`)).json();
    expect(found.items[0].documentNumber).toBe('国卫办人口发〔2019〕25号');
  });
});
