import { corePolicyKeys, PolicyKeySpec, policyGroups, policyValueSchema, type PolicyValue } from '@youyu/contracts';
import type { z } from 'zod';

type RegisteredKey = PolicyKeySpec & { schema: z.ZodType<PolicyValue> };

/**
 * The catalogue keyed by key name: the platform's own keys plus any another module registers for
 * its numbers (booking limits, case deadlines…), so they are versioned and resolved like the rest.
 */
const registry = new Map<string, RegisteredKey>();
const groups: string[] = [...policyGroups];

/** Adds keys to the catalogue; call once at module load. A key name can be defined only once. */
export function registerPolicyKeys(specs: readonly PolicyKeySpec[]): void {
  for (const raw of specs) {
    const spec = PolicyKeySpec.parse(raw);
    if (registry.has(spec.key)) throw new Error(`Policy key ${spec.key} is already registered`);
    if (spec.type === 'enum' && !spec.options?.length) throw new Error(`Policy key ${spec.key} is an enum without options`);
    registry.set(spec.key, { ...spec, schema: policyValueSchema(spec) });
    if (!groups.includes(spec.group)) groups.push(spec.group);
  }
}

registerPolicyKeys(corePolicyKeys);

export function findPolicyKey(key: string): RegisteredKey | undefined {
  return registry.get(key);
}

export function policyKeys(): RegisteredKey[] {
  return [...registry.values()];
}

export function policyCatalogue(): { groups: string[]; keys: PolicyKeySpec[] } {
  return { groups: [...groups], keys: policyKeys().map(({ schema: _schema, ...spec }) => spec) };
}
