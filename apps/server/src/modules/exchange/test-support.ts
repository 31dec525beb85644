import { creditCodeCheckCharacter, type RegistrationPush } from '@youyu/contracts';
import type { TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs } from '../../../test/sign-in.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';

export const CHAOYANG = '110105';
export const WANGJING = '110105026';
export const HAIDIAN = '110108';
export const HAIDIAN_SUBDISTRICT = '110108001';

let serial = 0;
/** A valid credit code of a Chaoyang for-profit company, new on each call. */
export function creditCode(prefix = '91110105MAY'): string {
  serial += 1;
  const body = `${prefix}${String(serial).padStart(17 - prefix.length, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

/** A valid push from market regulation about a new Wangjing institution; override what the test is about. */
export function pushBody(overrides: Partial<RegistrationPush> = {}): RegistrationPush {
  return {
    eventId: `SCJG-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    occurredAt: '2025-03-01T09:30:00+08:00',
    creditCode: creditCode(),
    name: '北京市朝阳区小太阳托育有限公司',
    legalNature: 'forProfit',
    registrar: 'marketRegulation',
    registrationDate: '2025-02-28',
    businessScope: '托育服务（不含幼儿园、托儿所）；婴幼儿照护服务',
    address: '北京市朝阳区望京街道阜通东大街 1 号',
    subdistrictCode: WANGJING,
    contactName: '王芳',
    contactPhone: '13800138000',
    ...overrides,
  };
}

/**
 * The Beijing jurisdiction tree and a system administrator who issues keys: the setting of every
 * exchange test.
 */
export async function prepareExchange(t: TestApp) {
  await importJurisdictions(t.database.db, 'beijing');
  const admin = await signInAs(t.app, await createUserForTest(t.database, { role: 'systemAdmin', jurisdictionCode: '110000' }));
  const issueKey = async (registrar: RegistrationPush['registrar'], jurisdictionCode: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/exchange/api-keys', headers: admin.headers, payload: { name: `${registrar} ${jurisdictionCode}`, registrar, jurisdictionCode } });
    if (res.statusCode !== 201) throw new Error(`key not issued: ${res.body}`);
    return res.json() as { apiKey: { id: string; prefix: string }; secret: string };
  };
  const push = (secret: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/exchange/registrations', headers: { ...(secret === undefined ? {} : { 'x-api-key': secret }), ...headers }, payload: body as object });
  return { admin, issueKey, push };
}

