import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { smsOutbox } from '../../platform/sms/index.ts';
import { institutions, registrations } from '../institutions/index.ts';
import { registrationEvents } from './exchange.tables.ts';
import { CHAOYANG, HAIDIAN, HAIDIAN_SUBDISTRICT, WANGJING, prepareExchange, pushBody } from './test-support.ts';

describe('registrar pushes (POST /exchange/registrations)', () => {
  let t: TestApp;
  let env: Awaited<ReturnType<typeof prepareExchange>>;
  let marketKey: string;
  const as: Record<string, SignedInTestUser> = {};
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: as[who]!.headers });
  const eventsOf = (creditCode: string) => t.database.db.select().from(registrationEvents).where(eq(registrationEvents.creditCode, creditCode));
  const institutionsOf = (creditCode: string) => t.database.db.select().from(institutions).where(eq(institutions.creditCode, creditCode));

  beforeAll(async () => {
    t = await buildTestApp();
    env = await prepareExchange(t);
    marketKey = (await env.issueKey('marketRegulation', CHAOYANG)).secret;
    for (const [name, jurisdictionCode] of [['chaoyang', CHAOYANG], ['haidian', HAIDIAN], ['city', '110000']] as const) {
      as[name] = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode }));
    }
  });
  afterAll(() => t.close());

  it('creates one registration for an event sent twice: 201, then 200 with the same answer', async () => {
    const body = pushBody();
    const first = await env.push(marketKey, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ outcome: 'created', isReplay: false, eventId: body.eventId, creditCode: body.creditCode, filingStatus: 'registered' });
    const again = await env.push(marketKey, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), isReplay: true });

    expect(await institutionsOf(body.creditCode)).toHaveLength(1);
    expect(await eventsOf(body.creditCode)).toHaveLength(1);
    const [institution] = await institutionsOf(body.creditCode);
    expect(institution).toMatchObject({ filingStatus: 'registered', districtCode: CHAOYANG, subdistrictCode: WANGJING, registrar: 'marketRegulation', kind: 'socialCapital', ownership: 'private' });
    // Without coordinates the institution is placed inside its district until the filing says where.
    expect(institution!.lat).toBeGreaterThan(39.8);
    expect(institution!.lng).toBeGreaterThan(116.3);
    const invitations = await t.database.db.select().from(smsOutbox).where(and(eq(smsOutbox.phone, body.contactPhone), eq(smsOutbox.template, 'filing.invitation')));
    expect(invitations.filter((m) => m.params.name === body.name)).toHaveLength(1);
    const [registration] = await t.database.db.select().from(registrations).where(eq(registrations.creditCode, body.creditCode));
    expect(registration!.invitedAt).not.toBeNull();
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'exchange.registration.receive'), eq(auditLog.entityId, institution!.id)));
    expect(entry).toMatchObject({ actorUsername: expect.stringMatching(/^yyk_/), jurisdictionCode: WANGJING, details: { outcome: 'created', eventId: body.eventId } });
  });

  it('applies a newer event and ignores an older one that arrives after it', async () => {
    const original = pushBody({ occurredAt: '2025-03-01T09:00:00+08:00' });
    expect((await env.push(marketKey, original)).statusCode).toBe(201);
    const renamed = { ...original, eventId: `${original.eventId}-b`, occurredAt: '2025-03-05T09:00:00+08:00', name: '北京市朝阳区大太阳托育有限公司' };
    const update = await env.push(marketKey, renamed);
    expect(update.statusCode).toBe(200);
    expect(update.json()).toMatchObject({ outcome: 'updated', isReplay: false });
    const late = { ...original, eventId: `${original.eventId}-late`, occurredAt: '2025-03-03T09:00:00+08:00', name: '北京市朝阳区旧名称托育有限公司' };
    const stale = await env.push(marketKey, late);
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toMatchObject({ outcome: 'stale', isReplay: false });
    const [institution] = await institutionsOf(original.creditCode);
    expect(institution!.name).toBe('北京市朝阳区大太阳托育有限公司');
    expect((await eventsOf(original.creditCode)).map((e) => e.outcome).sort()).toEqual(['created', 'stale', 'updated']);
  });

  it('refuses another event under an event id already used (409)', async () => {
    const body = pushBody();
    await env.push(marketKey, body);
    const reused = await env.push(marketKey, { ...body, name: '别的机构托育有限公司' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'EVENT_ID_REUSED' });
  });

  it('answers 401 for a missing, malformed, unknown or revoked key, whatever session comes along', async () => {
    const body = pushBody();
    const missing = await env.push(undefined, body, as.city!.headers);
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json().code).toBe('API_KEY_MISSING');
    expect((await env.push('not-a-key', body)).json()).toMatchObject({ status: 401, code: 'API_KEY_INVALID' });
    const forged = `yyk_${'0'.repeat(10)}_${'A'.repeat(43)}`;
    expect((await env.push(forged, body)).json()).toMatchObject({ status: 401, code: 'API_KEY_INVALID' });
    const wrongSecret = `${marketKey.slice(0, -4)}AAAA`;
    expect((await env.push(wrongSecret, body)).json()).toMatchObject({ status: 401, code: 'API_KEY_INVALID' });

    const doomed = await env.issueKey('marketRegulation', CHAOYANG);
    expect((await env.push(doomed.secret, pushBody())).statusCode).toBe(201);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/api-keys/${doomed.apiKey.id}/revoke`, headers: env.admin.headers });
    expect(revoked.statusCode).toBe(200);
    expect((await env.push(doomed.secret, pushBody())).json()).toMatchObject({ status: 401, code: 'API_KEY_REVOKED' });
    expect(await institutionsOf(body.creditCode)).toHaveLength(0);
    const denied = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'exchange.apiKey.authenticate'), eq(auditLog.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses what the key may not say: another registrar, a place outside its jurisdiction', async () => {
    const otherRegistrar = await env.push(marketKey, pushBody({ registrar: 'civilAffairs', legalNature: 'nonProfit' }));
    expect(otherRegistrar.statusCode).toBe(403);
    expect(otherRegistrar.json().code).toBe('REGISTRAR_MISMATCH');
    const elsewhere = await env.push(marketKey, pushBody({ subdistrictCode: HAIDIAN_SUBDISTRICT }));
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({ code: 'REGISTRATION_INVALID', errors: [{ path: 'body.subdistrictCode', code: 'outsideJurisdiction' }] });
  });

  it('names the wrong character of a credit code, and every broken rule of REG-1', async () => {
    const good = pushBody().creditCode;
    const typo = `${good.slice(0, 10)}I${good.slice(11)}`;
    const res = await env.push(marketKey, pushBody({ creditCode: typo, businessScope: '婴幼儿照护服务', legalNature: 'nonProfit' }));
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('REGISTRATION_INVALID');
    expect(problem.detail).toContain('第 11 位“I”');
    expect(problem.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`).sort()).toEqual(['body.creditCode creditCode.character', 'body.registrar registrarOfNonProfit']);
    const noScope = await env.push(marketKey, pushBody({ businessScope: '婴幼儿照护服务' }));
    expect(noScope.json().errors).toMatchObject([{ path: 'body.businessScope', code: 'forProfitScope', message: expect.stringContaining('托育服务（不含幼儿园、托儿所）') }]);
    const familyPoint = await env.push(marketKey, pushBody({ kind: 'familyPoint', name: '王家小院', businessScope: '家庭托育服务' }));
    expect(familyPoint.json().errors).toMatchObject([{ path: 'body.name', code: 'familyPointName' }]);
    const english = await env.push(marketKey, pushBody({ creditCode: typo }), { 'accept-language': 'en-US' });
    expect(english.json().errors[0].message).toMatch(/^Character 11 \("I"\)/);
    expect((await env.push(marketKey, { ...pushBody(), surprise: true })).statusCode).toBe(400);
  });

  it('places a registration by its coordinates, and asks for the subdistrict where no subdistrict shapes exist', async () => {
    const located = await env.push(marketKey, pushBody({ subdistrictCode: undefined, districtCode: CHAOYANG, lat: 39.9965, lng: 116.4807 }));
    expect(located.statusCode).toBe(422);
    expect(located.json().errors).toMatchObject([{ path: 'body.subdistrictCode', code: 'subdistrictRequired' }]);
    const withBoth = await env.push(marketKey, pushBody({ lat: 39.9965, lng: 116.4807 }));
    expect(withBoth.statusCode).toBe(201);
    const [institution] = await t.database.db.select().from(institutions).where(eq(institutions.id, withBoth.json().institutionId));
    expect(institution).toMatchObject({ lat: 39.9965, lng: 116.4807, subdistrictCode: WANGJING });
    const wrongDistrict = await env.push(marketKey, pushBody({ districtCode: HAIDIAN }));
    expect(wrongDistrict.json().errors).toMatchObject([{ path: 'body.districtCode', code: 'subdistrictOutsideDistrict' }]);
  });

  describe('the district’s queue and filing rate', () => {
    let haidianRegistered: string;
    beforeAll(async () => {
      const filed = (await env.push(marketKey, pushBody({ name: '已备案的望京托育园' }))).json().institutionId;
      await t.database.db.update(institutions).set({ filingStatus: 'filed', filingNumber: '京朝托备〔2025〕0001', filedAt: new Date() }).where(eq(institutions.id, filed));
      const cityKey = (await env.issueKey('civilAffairs', '110000')).secret;
      const haidian = await env.push(cityKey, pushBody({ name: '海淀未备案托育园', legalNature: 'nonProfit', registrar: 'civilAffairs', businessScope: '托育服务', subdistrictCode: HAIDIAN_SUBDISTRICT }));
      haidianRegistered = haidian.json().institutionId;
    });

    it('shows each district its own registered, unfiled institutions', async () => {
      const chaoyang = (await get('chaoyang', '/exchange/registrations?pageSize=100')).json();
      expect(chaoyang.total).toBeGreaterThan(0);
      expect(chaoyang.items.every((i: { districtCode: string; filingStatus: string }) => i.districtCode === CHAOYANG && i.filingStatus !== 'filed')).toBe(true);
      expect(chaoyang.items.some((i: { source: string | null; registrationDate: string | null; daysWaiting: number | null }) => i.source === 'push' && i.registrationDate === '2025-02-28' && i.daysWaiting! > 0)).toBe(true);
      const haidian = (await get('haidian', '/exchange/registrations')).json();
      expect(haidian.items.map((i: { institutionId: string }) => i.institutionId)).toEqual([haidianRegistered]);
      expect(haidian.items[0]).toMatchObject({ registrar: 'civilAffairs', source: 'push', invitedAt: expect.any(String) });
      const city = (await get('city', '/exchange/registrations?pageSize=100')).json();
      expect(city.total).toBe(chaoyang.total + 1);
      expect((await get('chaoyang', `/exchange/registrations?district=${HAIDIAN}`)).json().total).toBe(0);
    });

    it('computes the filing rate per district, and keeps other districts out of reach', async () => {
      const city = (await get('city', '/exchange/filing-rate')).json();
      const chaoyang = city.byArea.find((a: { code: string }) => a.code === CHAOYANG);
      const haidian = city.byArea.find((a: { code: string }) => a.code === HAIDIAN);
      expect(haidian).toMatchObject({ name: '海淀区', registered: 1, filed: 0, notStarted: 1, rate: 0 });
      expect(chaoyang.filed).toBe(1);
      expect(chaoyang.rate).toBeCloseTo(1 / chaoyang.registered);
      expect(city.byArea).toHaveLength(16);
      const own = (await get('chaoyang', '/exchange/filing-rate')).json();
      expect(own).toMatchObject({ jurisdictionCode: CHAOYANG, registered: chaoyang.registered, filed: 1 });
      expect(own.byArea.find((a: { code: string }) => a.code === WANGJING).registered).toBe(chaoyang.registered);
      const out = await get('chaoyang', `/exchange/filing-rate?jurisdiction=${HAIDIAN}`);
      expect(out.statusCode).toBe(404);
    });

    it('sends the invitation again, at most once an hour, and never to a filed institution or out of scope', async () => {
      const body = pushBody({ contactPhone: '13911112222' });
      const { institutionId } = (await env.push(marketKey, body)).json();
      const invite = (who: string, id: string) => t.app.inject({ method: 'POST', url: `/api/v1/exchange/registrations/${id}/invitation`, headers: as[who]!.headers });
      const sent = await invite('chaoyang', institutionId);
      expect(sent.statusCode).toBe(200);
      expect((await invite('chaoyang', institutionId)).json()).toMatchObject({ status: 429, code: 'INVITATION_TOO_SOON' });
      expect((await invite('haidian', institutionId)).statusCode).toBe(404);
      const messages = await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.phone, '13911112222'));
      expect(messages).toHaveLength(2);
      const filed = (await get('chaoyang', '/institutions?filingStatus=filed')).json().items[0].id;
      expect((await invite('chaoyang', filed)).json()).toMatchObject({ status: 409, code: 'ALREADY_FILED' });
    });
  });
});
