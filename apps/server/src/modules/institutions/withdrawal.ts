import { and, eq, sql } from 'drizzle-orm';
import type { FilingStatus } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { notFound } from '../../platform/errors/index.ts';
import { children, institutions } from './institutions.tables.ts';

/**
 * Withdraws an institution's filing (注销备案) when it closes: it leaves the public register and
 * the counts of operating institutions, and the children still enrolled leave it (they keep the
 * institution as their last one). Run it inside the transaction that decides the closure; the
 * caller records the audit entry.
 */
export async function withdrawInstitution(exec: Executor, id: string): Promise<{ previousFilingStatus: FilingStatus; childrenLeft: number }> {
  const [before] = await exec.select({ filingStatus: institutions.filingStatus }).from(institutions).where(eq(institutions.id, id)).for('update');
  if (!before) throw notFound();
  await exec
    .update(institutions)
    .set({ filingStatus: 'withdrawn', revision: sql`${institutions.revision} + 1`, updatedAt: sql`now()` })
    .where(eq(institutions.id, id));
  const left = await exec
    .update(children)
    .set({ status: 'left', districtCode: null, subdistrictCode: null, updatedAt: sql`now()` })
    .where(and(eq(children.institutionId, id), eq(children.status, 'enrolled')))
    .returning({ id: children.id });
  return { previousFilingStatus: before.filingStatus, childrenLeft: left.length };
}
