import { NATIONAL } from '@youyu/contracts';
import type { Db, Executor } from '../../../platform/db/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/http/context.ts';
import { profileLevel } from '../policies.jurisdiction.ts';
import * as repo from '../policies.repository.ts';
import { putIntoForce } from '../policies.service.ts';
import { validateEntries } from '../policies.values.ts';
import { beijingProfile } from './beijing.ts';
import { chongqingProfile } from './chongqing.ts';
import type { ShippedProfile } from './define.ts';
import { miyunProfile } from './miyun.ts';
import { nationalProfile } from './national.ts';
import { tianjinProfile } from './tianjin.ts';

export type ShippedCity = 'beijing' | 'tianjin' | 'chongqing';

const cityProfiles: Record<ShippedCity, ShippedProfile[]> = {
  beijing: [beijingProfile, miyunProfile],
  tianjin: [tianjinProfile],
  chongqing: [chongqingProfile],
};

export const shippedProfiles: readonly ShippedProfile[] = [nationalProfile, ...Object.values(cityProfiles).flat()];

/**
 * A national version ships with a release and is installed once, by its key. A city's or district's
 * profile is only a starting point: once the jurisdiction has any version, people own it.
 */
async function isInstalled(exec: Executor, profile: ShippedProfile): Promise<boolean> {
  if (profile.jurisdictionCode === NATIONAL) return !!(await repo.findByShippedKey(exec, profile.shippedKey));
  return repo.hasAnyVersion(exec, profile.jurisdictionCode);
}

/**
 * Installs the national rule set and, for a demo city, its profiles; idempotent, and safe when
 * several servers start at once (an advisory lock serialises them). Returns the keys installed.
 */
export async function installShippedProfiles(exec: Executor, city?: ShippedCity): Promise<{ installed: string[] }> {
  const profiles = [nationalProfile, ...(city ? cityProfiles[city] : [])];
  return exec.transaction(async (tx) => {
    await repo.lockForInstall(tx);
    // The audit entry needs a context; its database handle is not used, the transaction is.
    const ctx = systemContext(tx as unknown as Db);
    const installed: string[] = [];
    for (const profile of profiles) {
      if (await isInstalled(tx, profile)) continue;
      const invalid = validateEntries(profile.values, profile.shippedKey);
      if (invalid.length > 0) throw new Error(`Shipped policy profile ${profile.shippedKey} is invalid: ${JSON.stringify(invalid)}`);
      const draft = await repo.insertVersion(tx, {
        jurisdictionCode: profile.jurisdictionCode,
        level: profileLevel(profile.jurisdictionCode),
        version: await repo.nextVersionNumber(tx, profile.jurisdictionCode),
        status: 'draft',
        effectiveFrom: profile.effectiveFrom,
        values: profile.values,
        shippedKey: profile.shippedKey,
      });
      const { published } = await putIntoForce(tx, draft, { userId: null, name: null });
      await recordAudit(tx, ctx, {
        action: 'policies.installShipped',
        entityType: 'policyProfileVersion',
        entityId: published.id,
        jurisdictionCode: profile.jurisdictionCode === NATIONAL ? null : profile.jurisdictionCode,
        after: published,
        details: { shippedKey: profile.shippedKey },
      });
      installed.push(profile.shippedKey);
    }
    return { installed };
  });
}
