import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser, type TestUser } from '../../../test/sign-in.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { children } from '../institutions/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';
import { ratingSummaryOf } from './index.ts';

const CHAOYANG = { districtCode: '110105', subdistrictCode: '110105001' };
const HAIDIAN = { districtCode: '110108', subdistrictCode: '110108001' };
const scores = { overall: 4, care: 5, safety: 4, food: 3, communication: 5, environment: 4 };

describe('ratings', () => {
  let t: TestApp;
  let rated: TestInstitution;
  let other: TestInstitution;
  let parent: TestUser;
  const as: Record<string, SignedInTestUser> = {};
  const call = (who: string | null, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: who ? as[who]!.headers : {}, ...(payload ? { payload } : {}) });
  const rate = (who: string, institutionId: string, extra: object = {}) => call(who, 'PUT', '/family/ratings', { institutionId, ...scores, comment: '老师很耐心，孩子每天都开心。', ...extra });

  beforeAll(async () => {
    t = await buildTestApp();
    const vault = vaultFromConfig(t.config, () => undefined);
    rated = await createTestInstitution(t.database.db, vault, { ...CHAOYANG, name: '朝阳评价测试托育' });
    other = await createTestInstitution(t.database.db, vault, { ...HAIDIAN, name: '海淀评价测试托育' });
    parent = await createUserForTest(t.database, { role: 'family' });
    // The parent's child is enrolled at the rated institution.
    await t.database.db.update(children).set({ familyUserId: parent.id }).where(eq(children.id, rated.children[0]!.id));
    const users = {
      parent,
      stranger: await createUserForTest(t.database, { role: 'family' }),
      director: await createUserForTest(t.database, { role: 'institutionDirector', institutionId: rated.id }),
      otherDirector: await createUserForTest(t.database, { role: 'institutionDirector', institutionId: other.id }),
      chaoyang: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105' }),
      haidian: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110108' }),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signInAs(t.app, user);
  }, 60_000);
  afterAll(() => t?.close());

  it('lets only a family with an enrollment (or a completed visit) rate', async () => {
    const refused = await rate('stranger', rated.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('RATING_NOT_ELIGIBLE');
    expect((await call('stranger', 'GET', `/family/ratings/eligibility?institutionId=${rated.id}`)).json()).toMatchObject({ canRate: false, rating: null });
    expect((await call('parent', 'GET', `/family/ratings/eligibility?institutionId=${rated.id}`)).json()).toMatchObject({ canRate: true, rating: null });
  });

  it('publishes a clean rating at once, with the family’s name masked and nothing else about it', async () => {
    const res = await rate('parent', rated.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', heldFor: [], overall: 4 });
    const page = await call(null, 'GET', `/public/institutions/${rated.id}/ratings`);
    expect(page.statusCode).toBe(200);
    expect(page.json().total).toBe(1);
    expect(page.json().summary).toMatchObject({ average: 4, count: 1, dimensions: { care: 5, food: 3 } });
    const item = page.json().items[0];
    expect(item.familyName).toMatch(/^家\*+\d$/);
    expect(page.body).not.toContain(parent.id);
    expect(page.body).not.toContain(parent.phone!);
  });

  it('keeps one rating per family and institution, and holds an edit that carries personal data', async () => {
    const res = await rate('parent', rated.id, { overall: 2, comment: '有事请打王丽老师电话 13912345678' });
    expect(res.json()).toMatchObject({ status: 'held', heldFor: ['phone', 'name'] });
    expect((await call('parent', 'GET', '/family/ratings')).json().items).toHaveLength(1);
    const page = (await call(null, 'GET', `/public/institutions/${rated.id}/ratings`)).json();
    expect(page).toMatchObject({ total: 0, summary: { average: null, count: 0 } });
  });

  it('lets the district moderate held ratings, one decision at a time', async () => {
    expect((await call('haidian', 'GET', '/ratings/moderation')).json().total).toBe(0);
    const queue = (await call('chaoyang', 'GET', '/ratings/moderation')).json();
    expect(queue.total).toBe(1);
    const held = queue.items[0];
    expect(held).toMatchObject({ status: 'held', comment: expect.stringContaining('13912345678'), institutionName: '朝阳评价测试托育' });
    expect((await call('haidian', 'POST', `/ratings/${held.id}/moderate`, { decision: 'publish', revision: held.revision })).statusCode).toBe(404);
    const stale = await call('chaoyang', 'POST', `/ratings/${held.id}/moderate`, { decision: 'publish', revision: held.revision - 1 });
    expect(stale.json().code).toBe('RATING_CHANGED');
    const rejected = await call('chaoyang', 'POST', `/ratings/${held.id}/moderate`, { decision: 'reject', reason: '请删除电话和姓名', revision: held.revision });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '请删除电话和姓名' });
    expect((await call('chaoyang', 'POST', `/ratings/${held.id}/moderate`, { decision: 'publish', revision: rejected.json().revision })).json().code).toBe('RATING_NOT_HELD');
    expect((await call('parent', 'GET', '/family/ratings')).json().items[0]).toMatchObject({ status: 'rejected', rejectReason: '请删除电话和姓名' });

    // Edited again, it is held again; this time the moderator publishes it.
    const again = (await rate('parent', rated.id, { comment: '他妈的，太差了' })).json();
    expect(again).toMatchObject({ status: 'held', heldFor: ['abuse'] });
    const item = (await call('chaoyang', 'GET', '/ratings/moderation')).json().items[0];
    expect((await call('chaoyang', 'POST', `/ratings/${item.id}/moderate`, { decision: 'publish', revision: item.revision })).json().status).toBe('published');
    expect((await call(null, 'GET', `/public/institutions/${rated.id}/ratings`)).json().total).toBe(1);
  });

  it('lets the institution reply once, publicly, without personal data', async () => {
    const page = (await call('director', 'GET', `/institutions/${rated.id}/ratings`)).json();
    const ratingId = page.items[0].id;
    expect((await call('otherDirector', 'GET', `/institutions/${rated.id}/ratings`)).statusCode).toBe(404);
    expect((await call('otherDirector', 'POST', `/institutions/${rated.id}/ratings/${ratingId}/reply`, { reply: '谢谢' })).statusCode).toBe(404);
    expect((await call('otherDirector', 'POST', `/institutions/${other.id}/ratings/${ratingId}/reply`, { reply: '谢谢' })).statusCode).toBe(404);
    const screened = await call('director', 'POST', `/institutions/${rated.id}/ratings/${ratingId}/reply`, { reply: '请致电 13800138000' });
    expect(screened.json().code).toBe('RATING_REPLY_SCREENED');
    const reply = await call('director', 'POST', `/institutions/${rated.id}/ratings/${ratingId}/reply`, { reply: '感谢反馈，我们会改进。' });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json().reply).toBe('感谢反馈，我们会改进。');
    expect((await call('director', 'POST', `/institutions/${rated.id}/ratings/${ratingId}/reply`, { reply: '再次感谢' })).json().code).toBe('RATING_ALREADY_REPLIED');
    expect((await call(null, 'GET', `/public/institutions/${rated.id}/ratings`)).json().items[0].reply).toBe('感谢反馈，我们会改进。');
  });

  it('summarises an institution’s published ratings for other modules’ queries', async () => {
    const summaryOf = async (institutionId: string) => {
      const { average, count } = ratingSummaryOf(sql`${institutionId}::uuid`);
      const [row] = await t.database.db.select({ average, count }).from(sql`(select 1) as one`);
      return row;
    };
    expect(await summaryOf(rated.id)).toEqual({ average: 4, count: 1 });
    expect(await summaryOf(other.id)).toEqual({ average: null, count: 0 });
  });

  it('answers 404 for an unknown institution’s ratings', async () => {
    expect((await call(null, 'GET', `/public/institutions/${crypto.randomUUID()}/ratings`)).statusCode).toBe(404);
  });
});
