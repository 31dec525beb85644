import { and, desc, eq, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { apiKeys } from './exchange.tables.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(exec: Executor, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [inserted] = await exec.insert(apiKeys).values(row).returning();
  return inserted!;
}

/** Keys whose jurisdiction starts with `prefix` (every key for null), newest first. */
export function listApiKeyRows(exec: Executor, prefix: string | null): Promise<ApiKeyRow[]> {
  const where: SQL | undefined = prefix === null ? undefined : like(apiKeys.jurisdictionCode, `${prefix}%`);
  return exec.select().from(apiKeys).where(where).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function findApiKeyById(exec: Executor, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await exec.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

export async function findApiKeyByPrefix(exec: Executor, prefix: string): Promise<ApiKeyRow | undefined> {
  const [row] = await exec.select().from(apiKeys).where(eq(apiKeys.prefix, prefix));
  return row;
}

/** Revokes a key still active; nothing when someone revoked it first. */
export async function revokeApiKeyRow(exec: Executor, id: string, revokedByName: string | null): Promise<ApiKeyRow | undefined> {
  const [row] = await exec
    .update(apiKeys)
    .set({ revokedAt: new Date(), revokedByName })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

/** Last use, at most once a minute per key, so a busy registrar does not write on every push. */
export async function touchApiKey(exec: Executor, id: string): Promise<void> {
  await exec
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
}
