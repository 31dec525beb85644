import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase } from '../../../test/database.ts';
import type { Database } from '../../platform/db/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { installShippedProfiles, resolvePolicy } from './index.ts';
import { actorFor, auditActions as auditOf, buildPoliciesApp, type PoliciesTestApp } from './test-support.ts';

const basis = { document: '测试文件（2030）', article: '第1条' };
const beijingCity = actorFor('regulator', '110000');
const miyunDistrict = actorFor('regulator', '110118');
const tianjinCity = actorFor('regulator', '120000');

describe('policy profiles API', () => {
  let database: Database;
  let t: PoliciesTestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await openTestDatabase();
    await importJurisdictions(database.db, 'beijing');
    await importJurisdictions(database.db, 'tianjin');
    t = await buildPoliciesApp(database);
    app = t.app;
    await installShippedProfiles(database.db, 'beijing');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const createDraft = (actor = beijingCity, jurisdictionCode = '110000', effectiveFrom = '2030-01-01') =>
    app.inject({ method: 'POST', url: '/api/v1/policies/profiles', headers: t.as(actor), payload: { jurisdictionCode, effectiveFrom } });
  const patch = (id: string, payload: object, actor = beijingCity, lang = 'zh-CN') =>
    app.inject({ method: 'PATCH', url: `/api/v1/policies/profiles/${id}`, headers: { ...t.as(actor), 'accept-language': lang }, payload });
  const publish = (id: string, revision: number, actor = beijingCity) => app.inject({ method: 'POST', url: `/api/v1/policies/profiles/${id}/publish`, headers: t.as(actor), payload: { revision } });
  const remove = (id: string, actor = beijingCity) => app.inject({ method: 'DELETE', url: `/api/v1/policies/profiles/${id}`, headers: t.as(actor) });
  const auditActions = (id: string) => auditOf(database, { entityId: id });

  it('installs the national rule set when the module starts', async () => {
    const res = await app.inject({ url: '/api/v1/policies/profiles?jurisdiction=national', headers: t.as(actorFor('inspector', '110105')) });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ jurisdictionCode: 'national', level: 'national', current: expect.objectContaining({ isShipped: true, status: 'active' }) })]);
  });

  it('serves the catalogue to staff but not to families', async () => {
    const res = await app.inject({ url: '/api/v1/policies/catalogue', headers: t.as(actorFor('institutionStaff', '110105')) });
    expect(res.statusCode).toBe(200);
    const ratio = res.json().keys.find((k: { key: string }) => k.key === 'familyPoint.carerRatio');
    expect(ratio).toEqual({ key: 'familyPoint.carerRatio', type: 'ratio', unit: 'childrenPerCarer', group: 'familyPoint', tighter: 'lower', isInternal: false, labelKey: 'policies:keys.familyPoint.carerRatio' });
    expect((await app.inject({ url: '/api/v1/policies/catalogue', headers: t.as(actorFor('family', null)) })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/policies/catalogue' })).statusCode).toBe(401);
  });

  it('answers the public view without signing in, without internal keys', async () => {
    const res = await app.inject({ url: '/api/v1/public/policies/effective?jurisdiction=110105' });
    expect(res.statusCode).toBe(200);
    expect(res.json().values['fees.publicFeeCapShareOfIncome']).toMatchObject({ value: 20, level: 'city' });
    expect(res.json().values['filing.missingMaterialsNoticeDays']).toBeUndefined();
    expect((await app.inject({ url: '/api/v1/public/policies/effective?jurisdiction=11' })).json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('refuses to edit the national rules', async () => {
    const res = await createDraft(beijingCity, 'national');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('NATIONAL_RULES_READ_ONLY');
    const [national] = (await app.inject({ url: '/api/v1/policies/profiles?jurisdiction=national', headers: t.as(beijingCity) })).json().items;
    const attempt = await patch(national.current.id, { revision: national.current.revision, reason: 'x' });
    expect(attempt.json().code).toBe('NATIONAL_RULES_READ_ONLY');
  });

  it('keeps each actor to its own jurisdiction', async () => {
    // A Tianjin regulator and a district regulator cannot open Beijing's city profile…
    expect((await createDraft(tianjinCity)).statusCode).toBe(404);
    expect((await createDraft(miyunDistrict)).statusCode).toBe(404);
    // …nor edit a draft someone in scope opened.
    const draft = (await createDraft()).json();
    expect((await patch(draft.id, { revision: draft.revision, reason: 'x' }, tianjinCity)).statusCode).toBe(404);
    expect((await patch(draft.id, { revision: draft.revision, reason: 'x' }, miyunDistrict)).statusCode).toBe(404);
    expect((await publish(draft.id, draft.revision, miyunDistrict)).statusCode).toBe(404);
    expect((await remove(draft.id, tianjinCity)).statusCode).toBe(404);
    // Roles without the permission are refused outright; readers still see the draft.
    expect((await patch(draft.id, { revision: draft.revision }, actorFor('inspector', '110000'))).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/policies/profiles/${draft.id}`, headers: t.as(actorFor('supervisor', '120000')) })).statusCode).toBe(200);
    expect((await remove(draft.id)).statusCode).toBe(204);
    expect(await auditActions(draft.id)).toEqual(['policies.createDraft', 'policies.deleteDraft']);
  });

  it('lets a district regulator draft its own override, and a city regulator any of its districts', async () => {
    const own = await createDraft(miyunDistrict, '110118', '2031-01-01');
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ level: 'district', status: 'draft', version: 2, values: { 'targets.guidanceSixSessionsShare': { value: { 2022: 50, 2025: 80 } } } });
    expect((await createDraft(beijingCity, '110118')).json()).toMatchObject({ status: 409, code: 'DRAFT_EXISTS' });
    expect((await remove(own.json().id, beijingCity)).statusCode).toBe(204);
    expect((await createDraft(beijingCity, '110999')).json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.jurisdictionCode', code: 'invalid_value' }] });
  });

  it('validates each value by its key type, field by field', async () => {
    const draft = (await createDraft()).json();
    const res = await patch(draft.id, {
      revision: draft.revision,
      values: {
        'classRules.infantMaxSize': { value: 'ten', basis },
        'classRules.infantCarerRatio': { value: '3:1', basis },
        'targets.inclusiveShare': { value: { 2025: 160 }, basis },
        'fees.publicFeePricing': { value: 'free', basis },
        'subsidies.perChild': { value: 12.5, basis },
        'nope.unknown': { value: 1, basis },
      },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['body.values.classRules.infantMaxSize.value', 'invalid_type'],
        ['body.values.classRules.infantCarerRatio.value', 'invalid_format'],
        ['body.values.targets.inclusiveShare.value.2025', 'too_big'],
        ['body.values.fees.publicFeePricing.value', 'invalid_value'],
        ['body.values.subsidies.perChild.value', 'invalid_type'],
        ['body.values.nope.unknown', 'unrecognized_keys'],
      ]),
    );
    // The basis is checked by the request schema before anything else.
    const noDocument = await patch(draft.id, { revision: draft.revision, values: { 'safety.videoRetentionDays': { value: 120, basis: { document: '' } } } });
    expect(noDocument.json().errors).toEqual([expect.objectContaining({ path: 'body.values.safety.videoRetentionDays.basis.document', code: 'too_small' })]);
    // Nothing was written.
    expect((await app.inject({ url: `/api/v1/policies/profiles/${draft.id}`, headers: t.as(beijingCity) })).json().revision).toBe(draft.revision);
    await remove(draft.id);
  });

  it('accepts a tighter value, refuses a looser one without a reason, and shows the reason given', async () => {
    const draft = (await createDraft()).json();
    const tighter = await patch(draft.id, { revision: draft.revision, values: { 'classRules.twosMaxSize': { value: 18, basis }, 'classRules.twosCarerRatio': { value: '1:6', basis } } });
    expect(tighter.statusCode).toBe(200);
    expect(tighter.json()).toMatchObject({ revision: draft.revision + 1, loosenings: [] });

    const looser = await patch(draft.id, { revision: draft.revision + 1, values: { 'safety.videoRetentionDays': { value: 30, basis } } }, beijingCity, 'en-US');
    expect(looser.statusCode).toBe(422);
    expect(looser.json()).toMatchObject({
      code: 'LOOSENS_NATIONAL_RULE',
      errors: [{ path: 'body.values.safety.videoRetentionDays.loosensReason', code: 'loosensNationalRule', message: expect.stringContaining('(90)') }],
    });

    const explained = await patch(draft.id, { revision: draft.revision + 1, values: { 'safety.videoRetentionDays': { value: 30, basis, loosensReason: '试点期间存储设备不足' } } });
    expect(explained.statusCode).toBe(200);
    expect(explained.json().loosenings).toEqual([{ key: 'safety.videoRetentionDays', value: 30, nationalValue: 90, reason: '试点期间存储设备不足' }]);

    const published = await publish(draft.id, explained.json().revision);
    expect(published.statusCode).toBe(200);
    const effective = (await app.inject({ url: '/api/v1/policies/effective?jurisdiction=110105&date=2030-02-01', headers: t.as(beijingCity) })).json();
    expect(effective.values['safety.videoRetentionDays']).toMatchObject({ value: 30, level: 'city', loosensReason: '试点期间存储设备不足' });
    expect(effective.values['classRules.twosCarerRatio']).toMatchObject({ value: '1:6', level: 'city' });
    expect(await auditActions(draft.id)).toEqual(['policies.createDraft', 'policies.updateDraft', 'policies.updateDraft', 'policies.publish']);
  });

  it('publishes a version: the previous one ends the day before and stays in the history', async () => {
    const draft = (await createDraft(beijingCity, '110000', '2032-07-01')).json();
    const edited = (await patch(draft.id, { revision: draft.revision, reason: '年度调整', values: { 'fees.publicFeeCapShareOfIncome': { value: 18, basis } } })).json();
    expect((await publish(draft.id, edited.revision)).json()).toMatchObject({ status: 'active', effectiveTo: null, reason: '年度调整', publishedByName: beijingCity.displayName });

    const list = (await app.inject({ url: '/api/v1/policies/profiles?jurisdiction=110000', headers: t.as(beijingCity) })).json();
    expect(list.items[0].versions.map((v: { status: string; effectiveFrom: string; effectiveTo: string | null }) => [v.status, v.effectiveFrom, v.effectiveTo])).toEqual([
      ['active', '2032-07-01', null],
      ['superseded', '2030-01-01', '2032-06-30'],
      ['superseded', '2023-03-25', '2029-12-31'],
    ]);
    const on = async (date: string) => (await resolvePolicy(database.db, '110105', date)).values['fees.publicFeeCapShareOfIncome']!.value;
    expect([await on('2029-12-31'), await on('2032-06-30'), await on('2032-07-01')]).toEqual([20, 20, 18]);

    // A published version is history: it cannot be edited, published again or deleted.
    const again = await publish(draft.id, edited.revision + 1);
    expect(again.json().code).toBe('NOT_A_DRAFT');
    expect((await remove(draft.id)).json().code).toBe('NOT_A_DRAFT');
  });

  it('refuses an effective date not after the version in force, and a stale revision', async () => {
    const early = await createDraft(beijingCity, '110000', '2032-07-01');
    expect(early.json()).toMatchObject({ status: 422, code: 'EFFECTIVE_FROM_TOO_EARLY' });
    const draft = (await createDraft(beijingCity, '110000', '2033-01-01')).json();
    expect((await patch(draft.id, { revision: draft.revision, effectiveFrom: '2032-01-01' })).json().code).toBe('EFFECTIVE_FROM_TOO_EARLY');
    expect((await patch(draft.id, { revision: draft.revision, notes: '第一次' })).statusCode).toBe(200);
    expect((await patch(draft.id, { revision: draft.revision, notes: '过期的修改' })).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await publish(draft.id, draft.revision)).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
    await remove(draft.id);
  });

  it('lets a district override beat its city, which beats the national rules', async () => {
    const city = (await createDraft(beijingCity, '110000', '2034-01-01')).json();
    const cityEdit = (await patch(city.id, { revision: city.revision, values: { 'classRules.toddlerMaxSize': { value: 14, basis } } })).json();
    expect((await publish(city.id, cityEdit.revision)).statusCode).toBe(200);
    const district = (await createDraft(miyunDistrict, '110118', '2034-01-01')).json();
    const districtEdit = (await patch(district.id, { revision: district.revision, values: { 'classRules.toddlerMaxSize': { value: 12, basis } } }, miyunDistrict)).json();
    expect((await publish(district.id, districtEdit.revision, miyunDistrict)).statusCode).toBe(200);

    const toddlers = async (code: string) => {
      const res = await app.inject({ url: `/api/v1/policies/effective?jurisdiction=${code}&date=2034-03-01`, headers: t.as(actorFor('inspector', code.slice(0, 2) + '0000')) });
      const value = res.json().values['classRules.toddlerMaxSize'];
      return [value.value, value.level];
    };
    expect(await toddlers('110118')).toEqual([12, 'district']);
    expect(await toddlers('110118001')).toEqual([12, 'district']);
    expect(await toddlers('110105')).toEqual([14, 'city']);
    expect(await toddlers('120101')).toEqual([15, 'national']);
  });
});
