import { NATIONAL, type CorePolicyKey, type CorePolicyValue, type EffectivePolicies, type ResolvedPolicyValue } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { findPolicyKey, policyKeys } from './policies.catalogue.ts';
import { profileChain, todayInShanghai } from './policies.jurisdiction.ts';
import { findVersionsInEffect } from './policies.repository.ts';
import type { PolicyProfileRow } from './policies.tables.ts';
import { mergeLayers } from './policies.values.ts';

/**
 * The numbers in force for a place on a date: the national rule set, overridden by its city's
 * profile, overridden by its district's, with each value's basis and the level it came from.
 * Subdistrict and community codes resolve through their district; 'national' gives the floor alone.
 */
export async function resolvePolicy(exec: Executor, jurisdictionCode: string, onDate: string = todayInShanghai()): Promise<EffectivePolicies> {
  const chain = profileChain(jurisdictionCode);
  const rows = await findVersionsInEffect(exec, chain, onDate);
  const layers = chain.map((code) => rows.find((r) => r.jurisdictionCode === code)).filter((r): r is PolicyProfileRow => !!r);
  return {
    jurisdictionCode,
    date: onDate,
    sources: layers.map((r) => ({ level: r.level, jurisdictionCode: r.jurisdictionCode, versionId: r.id, version: r.version, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo })),
    values: mergeLayers(
      layers.map((r) => ({ level: r.level, jurisdictionCode: r.jurisdictionCode, versionId: r.id, values: r.values })),
      policyKeys().map((k) => k.key),
    ),
  };
}

/** A number in force; `null` where the key is unset or holds something else. */
export function numberInForce(policies: EffectivePolicies, key: string): number | null {
  const value = policies.values[key]?.value;
  return typeof value === 'number' ? value : null;
}

/** The national rule set in force on a date: the floor that profiles may only tighten. */
export async function resolveNationalRules(exec: Executor, onDate: string): Promise<Record<string, ResolvedPolicyValue>> {
  return (await resolvePolicy(exec, NATIONAL, onDate)).values;
}

/** One key's value in force for a place; a core key's value comes typed. */
export async function getPolicyValue<K extends CorePolicyKey>(exec: Executor, jurisdictionCode: string, key: K, onDate?: string): Promise<ResolvedPolicyValue & { value: CorePolicyValue<K> }>;
export async function getPolicyValue(exec: Executor, jurisdictionCode: string, key: string, onDate?: string): Promise<ResolvedPolicyValue>;
export async function getPolicyValue(exec: Executor, jurisdictionCode: string, key: string, onDate?: string): Promise<ResolvedPolicyValue> {
  // Asking for a key nobody registered is a programming error, not a missing value.
  if (!findPolicyKey(key)) throw new Error(`Unknown policy key ${key}`);
  const { values } = await resolvePolicy(exec, jurisdictionCode, onDate);
  return values[key]!;
}
