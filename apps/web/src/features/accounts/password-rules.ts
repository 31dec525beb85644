import type { PasswordPolicy } from './types.ts';

/** One line beside the new-password field; `ok` is null for rules only the server can check. */
export type RuleCheck = { key: string; labelKey: string; params?: Record<string, unknown>; ok: boolean | null };

// The same four classes the server counts.
const characterClasses = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Checks a candidate password against the server's policy as the user types (the server checks again). */
export function checkPassword(policy: PasswordPolicy, password: string, username?: string | null): RuleCheck[] {
  const checks: RuleCheck[] = [
    { key: 'minLength', labelKey: 'portals:password.rules.minLength', params: { n: policy.minLength }, ok: [...password].length >= policy.minLength },
  ];
  if (policy.requiredClasses > 1) {
    const count = characterClasses.filter((pattern) => pattern.test(password)).length;
    checks.push({ key: 'classes', labelKey: 'portals:password.rules.classes', params: { n: policy.requiredClasses }, ok: count >= policy.requiredClasses });
  }
  // The server ignores usernames shorter than 3 characters, and so does this check.
  if (policy.rejectUsername && username && username.length >= 3) {
    checks.push({ key: 'username', labelKey: 'portals:password.rules.username', ok: password.length > 0 && !password.toLowerCase().includes(username.toLowerCase()) });
  }
  if (policy.rejectCommon) checks.push({ key: 'common', labelKey: 'portals:password.rules.common', ok: null });
  if (policy.historyCount > 0) checks.push({ key: 'history', labelKey: 'portals:password.rules.history', params: { n: policy.historyCount }, ok: null });
  return checks;
}

export const meetsPolicy = (checks: RuleCheck[]) => checks.every((c) => c.ok !== false);
