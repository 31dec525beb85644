import { readFileSync } from 'node:fs';
import type { SecuritySettings } from '@youyu/contracts';

export type PasswordRuleCode = 'PASSWORD_TOO_SHORT' | 'PASSWORD_NEEDS_CLASSES' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_CONTAINS_USERNAME' | 'PASSWORD_REUSED';
export type PasswordRuleViolation = { code: PasswordRuleCode; params: Record<string, number | string> };

let commonPasswords: ReadonlySet<string> | undefined;
function isCommon(word: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return commonPasswords.has(word);
}

const characterClasses = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
const unleet: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '5': 's', $: 's', '7': 't' };
const undoSubstitutions = (text: string, pattern: RegExp) => text.replace(pattern, (c) => unleet[c] ?? c);
const stripDecoration = (text: string) => text.replace(/^[^a-z]+|[^a-z]+$/g, '');

/**
 * "P@ssw0rd2024!" and "@dmin123" are common words with decoration: strip the digits and symbols
 * people add at either end, undo letter substitutions (before stripping for symbols, which may
 * stand for a first letter), and look the core words up too.
 */
function coreWords(password: string): string[] {
  const lower = password.toLowerCase();
  return [
    undoSubstitutions(stripDecoration(lower), /[@40!135$7]/g),
    undoSubstitutions(stripDecoration(undoSubstitutions(lower, /[@$!]/g)), /[401357]/g),
  ];
}

/** The rules a new password breaks, in the order the form lists them; reuse (PASSWORD_REUSED) needs the history, so the service checks it. */
export function checkPasswordRules(password: string, settings: SecuritySettings, username?: string | null): PasswordRuleViolation[] {
  const violations: PasswordRuleViolation[] = [];
  if ([...password].length < settings.passwordMinLength) violations.push({ code: 'PASSWORD_TOO_SHORT', params: { minLength: settings.passwordMinLength } });
  const classes = characterClasses.filter((pattern) => pattern.test(password)).length;
  if (classes < settings.passwordRequiredClasses) violations.push({ code: 'PASSWORD_NEEDS_CLASSES', params: { requiredClasses: settings.passwordRequiredClasses } });
  if (settings.passwordRejectCommon && [password.toLowerCase(), ...coreWords(password)].some(isCommon)) violations.push({ code: 'PASSWORD_TOO_COMMON', params: {} });
  if (settings.passwordRejectUsername && username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    violations.push({ code: 'PASSWORD_CONTAINS_USERNAME', params: {} });
  }
  return violations;
}
