import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser, type TestUserInput } from '../../../test/sign-in.ts';
import { createVault, parseSecretKey } from '../../platform/crypto/index.ts';
import { createTestInstitution } from './institutions.factory.ts';
import { institutions } from './institutions.tables.ts';

const CHAOYANG = '110105';
const WANGJING = '110105026';
const HAIDIAN = '110108';

type Item = { id: string; name: string; districtCode: string; filingStatus: string };

describe('GET /admin/institution-lookup', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const as: Record<string, SignedInTestUser> = {};

  const lookup = (who: string, query = '') => t.app.inject({ method: 'GET', url: `/api/v1/admin/institution-lookup${query}`, headers: as[who]?.headers ?? {} });
  const names = async (who: string, query = '') => {
    const res = await lookup(who, query);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Item[]).map((i) => i.name);
  };

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const vault = createVault(parseSecretKey(t.config.secretKey!));
    const create = async (name: string, districtCode: string, subdistrictCode: string, filingStatus?: 'withdrawn' | 'registered') =>
      (ids[name] = (await createTestInstitution(db, vault, { name, districtCode, subdistrictCode, filingStatus, classes: [] })).id);
    await create('望京阳光托育', CHAOYANG, WANGJING);
    await create('阳光宝贝托育园', CHAOYANG, '110105001', 'registered');
    await create('海淀阳光托育', HAIDIAN, '110108001');
    await create('已注销托育园', CHAOYANG, '110105001', 'withdrawn');
    for (let n = 1; n <= 22; n++) await create(`批量托育${String(n).padStart(2, '0')}`, CHAOYANG, '110105001');
    const users: Record<string, TestUserInput> = {
      cityAdmin: { role: 'systemAdmin', jurisdictionCode: '110000' },
      platformAdmin: { role: 'securityAdmin', jurisdictionCode: null },
      chaoyangAdmin: { role: 'securityAdmin', jurisdictionCode: CHAOYANG },
      wangjingAdmin: { role: 'systemAdmin', jurisdictionCode: WANGJING },
      tianjinAdmin: { role: 'systemAdmin', jurisdictionCode: '120000' },
      auditor: { role: 'auditAdmin', jurisdictionCode: '110000' },
      regulator: { role: 'regulator', jurisdictionCode: '110000' },
    };
    for (const [name, input] of Object.entries(users)) as[name] = await signInAs(t.app, await createUserForTest(t.database, input));
  });
  afterAll(() => t?.close());

  it('finds institutions by part of the name, names that start with it first', async () => {
    expect(await names('cityAdmin', `?q=${encodeURIComponent('阳光')}`)).toEqual(['阳光宝贝托育园', '望京阳光托育', '海淀阳光托育']);
    const res = await lookup('cityAdmin', `?q=${encodeURIComponent('阳光宝贝')}`);
    expect(res.json()).toEqual({ items: [{ id: ids['阳光宝贝托育园'], name: '阳光宝贝托育园', districtCode: CHAOYANG, filingStatus: 'registered' }] });
  });

  it('answers at most 20, with or without a name', async () => {
    expect(await names('cityAdmin', `?q=${encodeURIComponent('批量')}`)).toHaveLength(20);
    expect(await names('cityAdmin')).toHaveLength(20);
  });

  it('finds by exact credit code or id, and takes pattern characters literally', async () => {
    const [row] = await t.database.db.select({ creditCode: institutions.creditCode }).from(institutions).where(eq(institutions.id, ids['望京阳光托育']!));
    expect(await names('cityAdmin', `?q=${row!.creditCode.toLowerCase()}`)).toEqual(['望京阳光托育']);
    expect(await names('cityAdmin', `?q=${ids['海淀阳光托育']}`)).toEqual(['海淀阳光托育']);
    expect(await names('cityAdmin', '?q=%25')).toEqual([]);
    expect(await names('cityAdmin', '?q=_')).toEqual([]);
  });

  it('shows withdrawn institutions with their status', async () => {
    const res = await lookup('cityAdmin', `?q=${encodeURIComponent('已注销')}`);
    expect(res.json().items).toEqual([expect.objectContaining({ name: '已注销托育园', filingStatus: 'withdrawn' })]);
  });

  it('stays within the administrator’s jurisdiction', async () => {
    const sunny = `?q=${encodeURIComponent('阳光')}`;
    expect(await names('chaoyangAdmin', sunny)).toEqual(['阳光宝贝托育园', '望京阳光托育']);
    expect(await names('wangjingAdmin', sunny)).toEqual(['望京阳光托育']);
    expect(await names('tianjinAdmin', sunny)).toEqual([]);
    // No jurisdiction: a platform-wide administrator, as in account administration.
    expect(await names('platformAdmin', sunny)).toEqual(['阳光宝贝托育园', '望京阳光托育', '海淀阳光托育']);
  });

  it('narrows to a district, and answers 404 for a district out of reach', async () => {
    const sunny = `q=${encodeURIComponent('阳光')}`;
    expect(await names('cityAdmin', `?${sunny}&district=${HAIDIAN}`)).toEqual(['海淀阳光托育']);
    expect(await names('chaoyangAdmin', `?${sunny}&district=${CHAOYANG}`)).toEqual(['阳光宝贝托育园', '望京阳光托育']);
    // The city around one's own district narrows nothing further; a subdistrict administrator may name its district.
    expect(await names('chaoyangAdmin', `?${sunny}&district=110000`)).toEqual(['阳光宝贝托育园', '望京阳光托育']);
    expect(await names('wangjingAdmin', `?${sunny}&district=${CHAOYANG}`)).toEqual(['望京阳光托育']);
    for (const [who, district] of [['chaoyangAdmin', HAIDIAN], ['wangjingAdmin', HAIDIAN], ['tianjinAdmin', CHAOYANG]] as const) {
      const res = await lookup(who, `?${sunny}&district=${district}`);
      expect(res.statusCode, `${who} ${district}`).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('is for the system and security administrators only', async () => {
    expect((await lookup('anonymous')).statusCode).toBe(401);
    for (const who of ['auditor', 'regulator']) {
      const res = await lookup(who);
      expect(res.statusCode, who).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad input with VALIDATION_FAILED', async () => {
    for (const query of [`?q=${'托'.repeat(101)}`, '?district=1101', '?district=110105026', '?district=abcdef']) {
      const res = await lookup('cityAdmin', query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});
