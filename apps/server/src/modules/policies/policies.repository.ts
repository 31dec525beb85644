import { and, asc, desc, eq, inArray, isNull, ne, or, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { PoliciesErrors } from './policies.errors.ts';
import { policyProfileVersions as v, type PolicyProfileRow } from './policies.tables.ts';

export type NewVersion = typeof v.$inferInsert;
type DraftChanges = Pick<NewVersion, 'values' | 'reason' | 'notes' | 'effectiveFrom'>;
type Publisher = { userId: string | null; name: string | null };

// Serialises installations of the shipped profiles across app servers starting at once.
const INSTALL_LOCK = 7301003;

function driverCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code ?? e.cause?.code;
}

export async function findVersion(exec: Executor, id: string): Promise<PolicyProfileRow | undefined> {
  const [row] = await exec.select().from(v).where(eq(v.id, id));
  return row;
}

/** Locks the row until the transaction ends, so two publications of one draft run one after the other. */
export async function lockVersion(exec: Executor, id: string): Promise<PolicyProfileRow | undefined> {
  const [row] = await exec.select().from(v).where(eq(v.id, id)).for('update');
  return row;
}

/** The version currently published (locked until the transaction ends). */
export async function lockActive(exec: Executor, jurisdictionCode: string): Promise<PolicyProfileRow | undefined> {
  const [row] = await exec.select().from(v).where(and(eq(v.jurisdictionCode, jurisdictionCode), eq(v.status, 'active'))).for('update');
  return row;
}

export async function findDraft(exec: Executor, jurisdictionCode: string): Promise<PolicyProfileRow | undefined> {
  const [row] = await exec.select().from(v).where(and(eq(v.jurisdictionCode, jurisdictionCode), eq(v.status, 'draft')));
  return row;
}

export async function findByShippedKey(exec: Executor, shippedKey: string): Promise<PolicyProfileRow | undefined> {
  const [row] = await exec.select().from(v).where(eq(v.shippedKey, shippedKey));
  return row;
}

export async function hasAnyVersion(exec: Executor, jurisdictionCode: string): Promise<boolean> {
  const [row] = await exec.select({ id: v.id }).from(v).where(eq(v.jurisdictionCode, jurisdictionCode)).limit(1);
  return !!row;
}

/** Every version, newest first within a jurisdiction; optionally of one jurisdiction only. */
export async function listVersions(exec: Executor, jurisdictionCode?: string): Promise<PolicyProfileRow[]> {
  return exec
    .select()
    .from(v)
    .where(jurisdictionCode ? eq(v.jurisdictionCode, jurisdictionCode) : undefined)
    .orderBy(asc(v.jurisdictionCode), desc(v.version));
}

/** The published versions that apply on `onDate` in the given jurisdictions (at most one each). */
export async function findVersionsInEffect(exec: Executor, jurisdictionCodes: string[], onDate: string): Promise<PolicyProfileRow[]> {
  return exec
    .select()
    .from(v)
    .where(and(inArray(v.jurisdictionCode, jurisdictionCodes), ne(v.status, 'draft'), lte(v.effectiveFrom, onDate), or(isNull(v.effectiveTo), gte(v.effectiveTo, onDate))));
}

export async function nextVersionNumber(exec: Executor, jurisdictionCode: string): Promise<number> {
  const [row] = await exec
    .select({ max: sql<number>`coalesce(max(${v.version}), 0)::int` })
    .from(v)
    .where(eq(v.jurisdictionCode, jurisdictionCode));
  return (row?.max ?? 0) + 1;
}

/** Inserts a version; a second open draft (or a racing insert of the same number) is DRAFT_EXISTS. */
export async function insertVersion(exec: Executor, values: NewVersion): Promise<PolicyProfileRow> {
  try {
    const [row] = await exec.insert(v).values(values).returning();
    return row!;
  } catch (error) {
    if (driverCode(error) === '23505') throw new DomainError(PoliciesErrors.DRAFT_EXISTS);
    throw error;
  }
}

/** Changes a draft only if it is still at `revision`; returns nothing when someone got there first. */
export async function updateDraftRow(exec: Executor, id: string, revision: number, changes: DraftChanges): Promise<PolicyProfileRow | undefined> {
  const [row] = await exec
    .update(v)
    .set({ ...changes, revision: sql`${v.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(v.id, id), eq(v.revision, revision), eq(v.status, 'draft')))
    .returning();
  return row;
}

export async function supersedeVersion(exec: Executor, id: string, effectiveTo: string): Promise<PolicyProfileRow> {
  const [row] = await exec
    .update(v)
    .set({ status: 'superseded', effectiveTo, revision: sql`${v.revision} + 1`, updatedAt: new Date() })
    .where(eq(v.id, id))
    .returning();
  return row!;
}

/** Puts a draft into force if it is still the draft at `revision`; returns nothing otherwise. */
export async function activateVersion(exec: Executor, id: string, revision: number, publisher: Publisher): Promise<PolicyProfileRow | undefined> {
  const now = new Date();
  const [row] = await exec
    .update(v)
    .set({ status: 'active', effectiveTo: null, revision: sql`${v.revision} + 1`, updatedAt: now, publishedBy: publisher.userId, publishedByName: publisher.name, publishedAt: now })
    .where(and(eq(v.id, id), eq(v.revision, revision), eq(v.status, 'draft')))
    .returning();
  return row;
}

export async function deleteDraftRow(exec: Executor, id: string): Promise<void> {
  await exec.delete(v).where(and(eq(v.id, id), eq(v.status, 'draft')));
}

export async function lockForInstall(exec: Executor): Promise<void> {
  await exec.execute(sql`select pg_advisory_xact_lock(${INSTALL_LOCK})`);
}
