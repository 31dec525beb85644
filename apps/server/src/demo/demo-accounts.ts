import type { Department, Role } from '@youyu/contracts';
import type { CityPlan } from './city-plans.ts';
import { familyPhone } from './people.ts';

/**
 * The demo's known credentials. Public on purpose (docs/DEMO.md): a demo database holds only
 * synthetic data. The password meets the default password policy; administrators also need the
 * TOTP secret (add it to any authenticator app, or compute codes from it).
 */
export const DEMO_PASSWORD = 'Demo@2025!';
export const DEMO_TOTP_SECRET = 'YOUYUDEMOADMINSHAREDTOTPSECRETXX';

export type DemoAccount = {
  username: string | null;
  phone: string | null;
  displayName: string;
  role: Role;
  department: Department | null;
  jurisdictionCode: string | null;
  /** Set for the institution roles: the demo institution. */
  institutionId: string | null;
  hasTotp: boolean;
  /** Where the account reaches, in words: 北京市 / 朝阳区 / an institution's name. */
  scope: string;
};

type Names = { city: string; district: string; subdistrict: string; institution: string };

/** One account per role, at city, district and subdistrict level, for the plan's demo places. */
export function demoAccountsFor(plan: CityPlan, names: Names, institutionId: string): DemoAccount[] {
  const { districtCode, districtSlug, subdistrictCode, subdistrictSlug } = plan.demo;
  const scopeOf = (code: string | null, institutionId: string | null) => (institutionId ? names.institution : code === plan.cityCode ? names.city : code === districtCode ? names.district : names.subdistrict);
  const staff = (username: string, displayName: string, role: Role, department: Department | null, jurisdictionCode: string | null, institutionId: string | null = null): DemoAccount => ({
    username,
    phone: null,
    displayName,
    role,
    department,
    jurisdictionCode,
    institutionId,
    hasTotp: role === 'systemAdmin' || role === 'securityAdmin' || role === 'auditAdmin',
    scope: `${scopeOf(jurisdictionCode, institutionId)}${jurisdictionCode && !institutionId ? ` (${jurisdictionCode})` : ''}`,
  });
  return [
    staff('sysadmin', '系统管理员（演示）', 'systemAdmin', null, plan.cityCode),
    staff('secadmin', '安全管理员（演示）', 'securityAdmin', null, plan.cityCode),
    staff('auditor', '审计管理员（演示）', 'auditAdmin', null, plan.cityCode),
    staff('city.health', `${names.city}卫生健康委（演示）`, 'regulator', 'healthCommission', plan.cityCode),
    staff(`${districtSlug}.health`, `${names.district}卫生健康委（演示）`, 'regulator', 'healthCommission', districtCode),
    staff(`${subdistrictSlug}.health`, `${names.subdistrict}托育专干（演示）`, 'regulator', 'healthCommission', subdistrictCode),
    staff(`${districtSlug}.market`, `${names.district}市场监管局（演示）`, 'regulator', 'marketRegulation', districtCode),
    staff(`${districtSlug}.inspector`, `${names.district}卫生监督员（演示）`, 'inspector', 'healthCommission', districtCode),
    staff(`${districtSlug}.supervisor`, `${names.district}兼职督导（演示）`, 'supervisor', null, districtCode),
    staff('demo.director', `${names.institution}负责人（演示）`, 'institutionDirector', null, subdistrictCode, institutionId),
    staff('demo.staff', `${names.institution}保育员（演示）`, 'institutionStaff', null, subdistrictCode, institutionId),
    // Created with the other families; listed here to be printed.
    { username: null, phone: familyPhone(0), displayName: `${names.institution}家长`, role: 'family', department: null, jurisdictionCode: null, institutionId: null, hasTotp: false, scope: `own children (enrolled at ${names.institution})` },
  ];
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));

/** The table `youyu serve` prints at every start in demo mode. */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const lines = accounts.map((a) => {
    const login = a.username ?? a.phone ?? '';
    const secret = a.role === 'family' ? 'SMS code (shown on screen in demo mode)' : a.hasTotp ? `${DEMO_PASSWORD} + TOTP` : DEMO_PASSWORD;
    const role = a.department ? `${a.role} (${a.department})` : a.role;
    return `  ${pad(login, 22)}${pad(secret, 26)}${pad(role, 32)}${a.scope}`;
  });
  return [
    'Demo accounts (synthetic data only; see docs/DEMO.md):',
    `  ${pad('username / phone', 22)}${pad('password', 26)}${pad('role', 32)}scope`,
    ...lines,
    `  Administrators' TOTP secret: ${DEMO_TOTP_SECRET} (add it to an authenticator app).`,
  ].join('\n');
}
