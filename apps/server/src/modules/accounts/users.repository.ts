import { and, count, desc, eq, ilike, isNull, like, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { scopePrefix } from '../../platform/auth/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { passwordHistory, users } from './accounts.tables.ts';
import type { Reach } from './accounts.policy.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

/** Unique violations become the domain's own codes, whichever driver raised them. */
function mapUniqueViolation(error: unknown): never {
  const candidates = [error, (error as { cause?: unknown })?.cause] as { code?: string; constraint?: string; message?: string }[];
  for (const e of candidates) {
    if (e?.code !== '23505') continue;
    const name = e.constraint ?? e.message ?? '';
    if (name.includes('users_username_key')) throw new DomainError(AuthErrors.USERNAME_TAKEN);
    if (name.includes('users_phone_key')) throw new DomainError(AuthErrors.PHONE_TAKEN);
  }
  throw error;
}

export async function findUserById(exec: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.id, id));
  return row;
}

/** An account's name and mobile number, for other modules that write to or about it (family contacts). */
export async function findUserContact(exec: Executor, id: string): Promise<{ displayName: string; phone: string | null } | null> {
  const [row] = await exec.select({ displayName: users.displayName, phone: users.phone }).from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUserByUsername(exec: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserByPhone(exec: Executor, phone: string): Promise<UserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.phone, phone));
  return row;
}

export async function insertUser(exec: Executor, values: NewUserRow): Promise<UserRow> {
  try {
    const [row] = await exec.insert(users).values(values).returning();
    return row!;
  } catch (error) {
    mapUniqueViolation(error);
  }
}

export async function updateUser(exec: Executor, id: string, patch: Partial<NewUserRow>): Promise<UserRow> {
  try {
    const [row] = await exec
      .update(users)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    return row!;
  } catch (error) {
    mapUniqueViolation(error);
  }
}

export type UserFilter = { q?: string; role?: string; status?: string; jurisdiction?: string; reach: Reach };

/** Accounts within the administrator's reach: jurisdiction codes under the prefix, and unplaced ones where reached. */
export function reachCondition(column: typeof users.jurisdictionCode, reach: Reach): SQL | undefined {
  if (reach.prefix === null) return undefined;
  const under = like(column, `${reach.prefix}%`);
  return reach.includesUnplaced ? or(under, isNull(column)) : under;
}

export async function listUsers(exec: Executor, filter: UserFilter, page: { page: number; pageSize: number }) {
  const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = and(
    reachCondition(users.jurisdictionCode, filter.reach),
    escaped ? or(ilike(users.username, `%${escaped}%`), ilike(users.displayName, `%${escaped}%`)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.status ? eq(users.status, filter.status) : undefined,
    filter.jurisdiction ? like(users.jurisdictionCode, `${scopePrefix(filter.jurisdiction)}%`) : undefined,
  );
  const [items, [total]] = await Promise.all([
    exec
      .select()
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    exec.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Active staff accounts with no sign-in, creation or re-enabling since the cut-off. */
export async function findDormantUsers(exec: Executor, cutoff: Date): Promise<UserRow[]> {
  const lastActivity = sql`greatest(${users.createdAt}, ${users.statusChangedAt}, coalesce(${users.lastSignInAt}, ${users.createdAt}))`;
  return exec
    .select()
    .from(users)
    .where(and(eq(users.status, 'active'), ne(users.role, 'family'), lt(lastActivity, cutoff)))
    .for('update');
}

/** The last `n` earlier password hashes of an account, newest first. */
export async function recentPasswordHashes(exec: Executor, userId: string, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const rows = await exec
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(n);
  return rows.map((r) => r.hash);
}

// The most the settings can ask to compare against, so raising the setting finds the history there.
const HISTORY_KEPT = 24;

/** Keeps a replaced hash, and no more of them than any setting could need. */
export async function pushPasswordHistory(exec: Executor, userId: string, passwordHash: string): Promise<void> {
  await exec.insert(passwordHistory).values({ userId, passwordHash });
  await exec.execute(sql`
    delete from ${passwordHistory} where ${passwordHistory.userId} = ${userId} and ${passwordHistory.id} not in (
      select ${passwordHistory.id} from ${passwordHistory} where ${passwordHistory.userId} = ${userId}
      order by ${passwordHistory.createdAt} desc limit ${HISTORY_KEPT})`);
}
