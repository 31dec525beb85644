import { z } from 'zod';
import type { PerYearItemType, PolicyKeySpec } from './catalogue.ts';

/** Any policy value on the wire; each key's own schema (`policyValueSchema`) narrows it. */
export const PolicyValue = z
  .union([z.number(), z.boolean(), z.string().max(100), z.record(z.string().max(4), z.number().nullable())])
  .nullable()
  .meta({ id: 'PolicyValue' });
export type PolicyValue = z.infer<typeof PolicyValue>;

const ratioPattern = /^1:([1-9]\d{0,2})$/;
const yearPattern = /^(19|20|21)\d\d$/;

function numberSchema(type: PerYearItemType | 'fen' | 'days' | 'hours') {
  const base = z.number().min(0);
  switch (type) {
    case 'percent':
      return base.max(100);
    case 'integer':
    case 'fen':
    case 'days':
      return base.int();
    default:
      return base;
  }
}

/** The schema one key's value must satisfy; null always means "this level sets no number". */
export function policyValueSchema(spec: Pick<PolicyKeySpec, 'type' | 'itemType' | 'options'>): z.ZodType<PolicyValue> {
  switch (spec.type) {
    case 'boolean':
      return z.boolean().nullable();
    case 'ratio':
      return z.string().regex(ratioPattern, { message: 'ratio 1:N' }).nullable();
    case 'enum':
      return z.enum((spec.options ?? []) as [string, ...string[]]).nullable();
    case 'perYear':
      return z.record(z.string().regex(yearPattern, { message: 'year' }), numberSchema(spec.itemType ?? 'number').nullable()).nullable();
    default:
      return numberSchema(spec.type).nullable();
  }
}

/** Children per carer of a ratio "1:N". */
export function ratioChildren(ratio: string): number | null {
  const match = ratioPattern.exec(ratio);
  return match ? Number(match[1]) : null;
}

/** A value as a number on the key's tightness scale (true > false; ratios by N); null if unordered. */
function ordinal(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return ratioChildren(value);
  return null;
}

function isLooser(tighter: 'lower' | 'higher', value: unknown, floor: unknown): boolean {
  const v = ordinal(value);
  const f = ordinal(floor);
  if (v === null || f === null) return false;
  return tighter === 'lower' ? v > f : v < f;
}

/**
 * Whether `value` is less strict than the national `floor` for this key. Per-year maps compare
 * year by year, over the years both set. A value that sets nothing never loosens: the floor applies.
 */
export function loosensFloor(spec: Pick<PolicyKeySpec, 'tighter' | 'type'>, value: PolicyValue, floor: PolicyValue): boolean {
  if (!spec.tighter || value === null || floor === null) return false;
  if (spec.type === 'perYear') {
    if (typeof value !== 'object' || typeof floor !== 'object') return false;
    return Object.entries(value).some(([year, v]) => v !== null && floor[year] != null && isLooser(spec.tighter!, v, floor[year]));
  }
  return isLooser(spec.tighter, value, floor);
}

/** Whether a value states anything (a per-year map with only nulls states nothing). */
export function isValueSet(value: PolicyValue): boolean {
  if (value === null) return false;
  if (typeof value === 'object') return Object.values(value).some((v) => v !== null);
  return true;
}
