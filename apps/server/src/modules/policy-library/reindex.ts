import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { systemContext } from '../../platform/http/context.ts';
import { policyDocuments as d } from './policy-library.tables.ts';
import { searchColumnsOf } from './search.ts';

/**
 * Recomputes every document's search columns: needed once after an upgrade changes how text is cut
 * into words (the childcare dictionary, jieba), since stored words and query words must agree.
 * Changes no document and no revision. Returns how many documents were reindexed.
 */
export async function reindexPolicyDocuments(exec: Executor): Promise<number> {
  return exec.transaction(async (tx) => {
    const rows = await tx.select({ id: d.id, title: d.title, issuer: d.issuer, documentNumber: d.documentNumber, tags: d.tags, body: d.body }).from(d).orderBy(asc(d.id)).for('update');
    for (const row of rows) await tx.update(d).set(searchColumnsOf(row)).where(eq(d.id, row.id));
    // The audit entry needs a context; its database handle is not used, the transaction is.
    await recordAudit(tx, systemContext(tx as unknown as Db), { action: 'policyDocument.reindex', entityType: 'policyDocument', details: { documents: rows.length } });
    return rows.length;
  });
}
