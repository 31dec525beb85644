import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '../platform/audit/index.ts';
import type { Db, Executor } from '../platform/db/index.ts';
import { systemContext } from '../platform/http/context.ts';
import { getInstitution, hasInstitutionsWithin } from '../modules/institutions/index.ts';
import { cityPlans, type DemoCity } from './city-plans.ts';
import type { DemoAccount } from './demo-accounts.ts';
import { demoAccountsOf } from './seed-city.ts';

/** Cheap: one indexed look-up for any institution in the city. */
export function isCitySeeded(exec: Executor, city: DemoCity): Promise<boolean> {
  return hasInstitutionsWithin(exec, cityPlans[city].cityCode);
}

/**
 * The demo accounts of a city seeded earlier, found through the seed's audit entry (which names
 * the demo institution); null when the city was not seeded by the demo.
 */
export async function demoAccountsOfSeededCity(db: Db, city: DemoCity): Promise<DemoAccount[] | null> {
  const plan = cityPlans[city];
  const [entry] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'demo.seed'), eq(auditLog.entityId, plan.cityCode)))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const institutionId = entry?.details.demoInstitutionId;
  if (typeof institutionId !== 'string') return null;
  const institution = await getInstitution(systemContext(db), institutionId);
  return demoAccountsOf(db, plan, institution);
}
