import fs from 'node:fs';
import path from 'node:path';
import { adminRoles, roles, type Role } from '@youyu/contracts';
import { root } from './server.ts';
import type { Credentials } from './session.ts';

export type DemoAccount = { role: Role; credentials: Credentials };

/** The portal each role works in, by its path in the web app. */
export const portalOf: Record<Role, string> = {
  family: '/family',
  institutionDirector: '/institution',
  institutionStaff: '/institution',
  regulator: '/regulator',
  inspector: '/regulator',
  supervisor: '/regulator',
  systemAdmin: '/admin',
  securityAdmin: '/admin',
  auditAdmin: '/admin',
};

const demoDoc = path.join(root, 'docs/DEMO.md');
const cellsOf = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
const plain = (cell: string | undefined) => (cell ?? '').replace(/[`*]/g, '').trim();
/** The first role code named in a row (its role column may hold the Chinese name only). */
const roleIn = (cells: string[]) => cells.map((cell) => roles.find((r) => new RegExp(`\\b${r}\\b`).test(cell))).find(Boolean);
const isSeparator = (line: string) => /^\s*\|?\s*:?-{3,}/.test(line);

/**
 * The demo accounts as docs/DEMO.md lists them, the first account of each role. It reads Markdown
 * tables whose rows name a role's code (e.g. `institutionDirector`): staff by a username and a
 * password column (or one password stated in the text: password / 密码 followed by a `code`
 * span); administrators and rows marked TOTP also send a code, from a TOTP column or the secret
 * stated in the text (TOTP … `SECRET`); families sign in by their phone number.
 */
export function readDemoAccounts(file = demoDoc): DemoAccount[] {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: it lists the demo accounts the end-to-end specs sign in with`);
  const text = fs.readFileSync(file, 'utf8');
  // Prose wraps: the code span may sit on the next line.
  const sharedPassword = /(?:password|密码)[^`]{0,80}?`([^`]+)`/i.exec(text)?.[1];
  const sharedTotpSecret = /TOTP[^`]{0,120}?`([A-Z2-7]{16,}=*)`/i.exec(text)?.[1];
  const accounts = new Map<Role, DemoAccount>();
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (!lines[i]!.trim().startsWith('|') || !isSeparator(lines[i + 1]!)) continue;
    const header = cellsOf(lines[i]!);
    const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(h));
    const userCol = column(/user\s*name|login|account|用户名|账号|帐号/i);
    const phoneCol = column(/phone|mobile|手机/i);
    const passCol = column(/password|密码/i);
    const totpCol = column(/totp|authenticator|验证器|动态码/i);
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j += 1) {
      const cells = cellsOf(lines[j]!);
      const role = roleIn(cells);
      if (!role || accounts.has(role)) continue;
      const at = (col: number) => (col >= 0 ? plain(cells[col]) : '');
      if (role === 'family') {
        const phone = /\b1\d{10}\b/.exec(`${at(phoneCol)} ${at(userCol)}`)?.[0];
        if (phone) accounts.set(role, { role, credentials: { phone } });
        continue;
      }
      const username = at(userCol);
      const password = (passCol >= 0 ? at(passCol) : sharedPassword)?.replace(/\s*\+\s*TOTP\b.*$/i, '');
      const needsTotp = /TOTP/i.test(lines[j]!) || (adminRoles as readonly Role[]).includes(role);
      const totpSecret = at(totpCol) || (needsTotp ? sharedTotpSecret : undefined);
      if (/^[A-Za-z0-9._-]+$/.test(username) && password) accounts.set(role, { role, credentials: { username, password, totpSecret } });
    }
  }
  if (accounts.size === 0) throw new Error(`no demo accounts found in ${path.relative(root, file)} (expected a table with role, username or phone, and password columns)`);
  return [...accounts.values()];
}
