import { isValueSet, loosensFloor, type Loosening, type PolicyEntry, type PolicyEntryInput, type PolicyLevel, type ResolvedPolicyValue } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import type { FieldError } from '../../platform/errors/index.ts';
import { findPolicyKey } from './policies.catalogue.ts';

type ZodIssueLike = { code: string; path: PropertyKey[]; expected?: unknown; minimum?: unknown; maximum?: unknown };

// Record keys that fail their pattern are reported like any other badly formatted text.
const issueCode = (code: string) => (code === 'invalid_key' ? 'invalid_format' : code);

/** A shipped note is an i18n key; it must name a note that exists, or the UI would show the key. */
function isKnownNoteKey(noteKey: string): boolean {
  return noteKey.startsWith('policies:notes.') && translate('zh-CN', noteKey) !== noteKey;
}

/**
 * Checks each entry against its key's type in the catalogue. Paths are `<prefix>.<key>…` so the
 * web app can mark the very field; codes are the platform's field codes.
 */
export function validateEntries(entries: Record<string, PolicyEntryInput | PolicyEntry | null>, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const spec = findPolicyKey(key);
    if (!spec) {
      errors.push({ path: `${prefix}.${key}`, code: 'unrecognized_keys', params: { keys: key } });
      continue;
    }
    if (!entry) continue;
    const parsed = spec.schema.safeParse(entry.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues as ZodIssueLike[]) {
        const path = [`${prefix}.${key}.value`, ...issue.path.map(String)].join('.');
        errors.push({ path, code: issueCode(issue.code), params: { expected: issue.expected, minimum: issue.minimum, maximum: issue.maximum } });
      }
    }
    if (entry.basis.noteKey && !isKnownNoteKey(entry.basis.noteKey)) errors.push({ path: `${prefix}.${key}.basis.noteKey`, code: 'invalid_value' });
  }
  return errors;
}

/** The stored form of an entry: trimmed texts, explicit nulls. */
export function toEntry(input: PolicyEntryInput): PolicyEntry {
  return {
    value: input.value,
    basis: { document: input.basis.document, article: input.basis.article || null, isSecondHand: input.basis.isSecondHand, note: input.basis.note || null, noteKey: input.basis.noteKey || null },
    loosensReason: input.loosensReason || null,
  };
}

export type Layer = { level: PolicyLevel; jurisdictionCode: string; versionId: string; values: Record<string, PolicyEntry> };

const unset: ResolvedPolicyValue = { value: null, basis: null, level: null, jurisdictionCode: null, versionId: null, loosensReason: null };

/**
 * Merges profile layers, weakest first (national ← city ← district): per key, the strongest layer
 * that sets a value wins. A layer that only says "no number" (null, e.g. with a note) never hides
 * a lower level's rule; it is shown only when no level sets the key at all.
 */
export function mergeLayers(layers: readonly Layer[], keys: readonly string[]): Record<string, ResolvedPolicyValue> {
  const strongestFirst = [...layers].reverse();
  const resolved: Record<string, ResolvedPolicyValue> = {};
  for (const key of keys) {
    const withValue = strongestFirst.find((l) => l.values[key] && isValueSet(l.values[key].value));
    const chosen = withValue ?? strongestFirst.find((l) => l.values[key]);
    const entry = chosen?.values[key];
    resolved[key] =
      chosen && entry
        ? { value: entry.value, basis: entry.basis, level: chosen.level, jurisdictionCode: chosen.jurisdictionCode, versionId: chosen.versionId, loosensReason: entry.loosensReason }
        : unset;
  }
  return resolved;
}

/** The entries less strict than the national rule set, each with its recorded reason (or null). */
export function findLoosenings(entries: Record<string, PolicyEntry>, national: Record<string, ResolvedPolicyValue>): Loosening[] {
  const loosenings: Loosening[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const spec = findPolicyKey(key);
    const floor = national[key]?.value ?? null;
    if (spec && loosensFloor(spec, entry.value, floor)) loosenings.push({ key, value: entry.value, nationalValue: floor, reason: entry.loosensReason });
  }
  return loosenings;
}

/** A value as plain text for a message: "1:7", "20", "2025: 80". */
function formatValue(value: PolicyEntry['value']): string {
  if (value && typeof value === 'object') return Object.entries(value).filter(([, v]) => v !== null).map(([year, v]) => `${year}: ${v}`).join(', ');
  return String(value);
}

/** Field errors for loosenings that carry no reason: the tighten-only rule. */
export function unexplainedLoosenings(loosenings: readonly Loosening[], prefix: string, locale: 'zh-CN' | 'en-US'): FieldError[] {
  return loosenings
    .filter((l) => !l.reason)
    .map((l) => ({
      path: `${prefix}.${l.key}.loosensReason`,
      code: 'loosensNationalRule',
      message: translate(locale, 'policies:fieldErrors.loosensNationalRule', { national: formatValue(l.nationalValue) }),
    }));
}
