import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { CityKey } from '@youyu/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Db, Executor } from '../../../platform/db/index.ts';
import { systemContext } from '../../../platform/http/context.ts';
import { findShippedDocument, insertDocument, updateDocument } from '../policy-library.repository.ts';
import { searchColumnsOf } from '../search.ts';
import { shippedDocuments, type ShippedDocument } from './documents.ts';

const textDir = () => path.resolve(import.meta.dirname, '../../../../data/policy-library');
// Serialises installs across app servers and commands that run at once on one PostgreSQL.
const INSTALL_LOCK = 7301040;

const readText = async (doc: ShippedDocument) => (doc.textFile ? (await fs.readFile(path.join(textDir(), doc.textFile), 'utf8')).trim() : '');

/**
 * Adds the shipped documents a library lacks, published: the national ones and, for a city, its
 * own. Idempotent: a document installed once is never installed again (by its shipped key), so
 * edits and unpublishing by the city's regulators stay as they are. A shipped document nobody has
 * touched since (no account ever changed it) takes the shipped text and source when they changed,
 * so an upgrade replaces the texts of earlier versions. Returns the keys installed and refreshed.
 */
export async function installShippedPolicyDocuments(exec: Executor, city?: CityKey): Promise<{ installed: string[]; refreshed: string[] }> {
  const wanted = shippedDocuments.filter((doc) => doc.city === null || doc.city === city);
  const texts = new Map(await Promise.all(wanted.map(async (doc) => [doc.shippedKey, await readText(doc)] as const)));
  return exec.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INSTALL_LOCK})`);
    // The audit entry needs a context; its database handle is not used, the transaction is.
    const ctx = systemContext(tx as unknown as Db);
    const installed: string[] = [];
    const refreshed: string[] = [];
    for (const doc of wanted) {
      const body = texts.get(doc.shippedKey)!;
      const existing = await findShippedDocument(tx, doc.shippedKey);
      const jurisdictionCode = doc.city ? doc.jurisdictionCode : null;
      if (!existing) {
        const fields = { title: doc.title, issuer: doc.issuer, documentNumber: doc.documentNumber, issuedOn: doc.issuedOn, jurisdictionCode: doc.jurisdictionCode, tags: doc.tags, body, source: doc.source, sourceUrl: null };
        const row = await insertDocument(tx, { ...fields, ...searchColumnsOf(fields), shippedKey: doc.shippedKey, status: 'published', publishedAt: new Date() });
        await recordAudit(tx, ctx, { action: 'policyDocument.install', entityType: 'policyDocument', entityId: row.id, jurisdictionCode, details: { shippedKey: doc.shippedKey, title: doc.title } });
        installed.push(doc.shippedKey);
      } else if (existing.updatedBy === null && (existing.body !== body || existing.source !== doc.source)) {
        await updateDocument(tx, existing.id, { body, source: doc.source, ...searchColumnsOf({ ...existing, body }) });
        await recordAudit(tx, ctx, { action: 'policyDocument.refresh', entityType: 'policyDocument', entityId: existing.id, jurisdictionCode, details: { shippedKey: doc.shippedKey, title: doc.title } });
        refreshed.push(doc.shippedKey);
      }
    }
    return { installed, refreshed };
  });
}
