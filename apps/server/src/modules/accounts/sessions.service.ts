import type { Me } from '@youyu/contracts';
import type { Actor } from '../../platform/auth/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { toActor, toMe } from './account-state.ts';
import { randomToken, sha256 } from './credentials.ts';
import { deleteSession, findSessionByTokenHash, insertSession, touchSession } from './sessions.repository.ts';
import { getSecuritySettings } from './settings.service.ts';
import { findUserById, type UserRow } from './users.repository.ts';

export type ResolvedSession = { actor: Actor; csrfToken: string };

// lastSeenAt is written at most this often: idle timeouts are minutes long, requests are many.
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The session a cookie token names, if it is still good: known, within its idle timeout and
 * absolute lifetime, for an active account. A session found stale is deleted on the spot.
 */
export async function resolveSession(db: Db, token: string, now = new Date()): Promise<ResolvedSession | null> {
  const found = await findSessionByTokenHash(db, sha256(token));
  if (!found) return null;
  const { session, user, permissions } = found;
  const settings = await getSecuritySettings(db);
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  if (user.status !== 'active' || idleSince > settings.idleTimeoutMinutes * 60_000 || age > settings.sessionLifetimeHours * 3_600_000) {
    await deleteSession(db, session.id);
    return null;
  }
  if (idleSince >= TOUCH_INTERVAL_MS) await touchSession(db, session.id, now);
  return { actor: toActor(user, session.id, permissions, settings), csrfToken: session.csrfToken };
}

export type NewSession = { sessionId: string; token: string; csrfToken: string };

/** Opens a session for an account; the caller's transaction also records the sign-in. */
export async function openSession(exec: Executor, ctx: RequestContext, user: UserRow): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const session = await insertSession(exec, { userId: user.id, tokenHash: sha256(token), csrfToken, ip: ctx.ip, userAgent: ctx.userAgent.slice(0, 500) });
  return { sessionId: session.id, token, csrfToken };
}

export async function signOut(ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionId);
    await recordAudit(tx, ctx, { action: 'auth.signOut', entityType: 'user', entityId: actor.userId, jurisdictionCode: actor.jurisdictionCode });
  });
}

/** The signed-in account, for the web app to decide what to show. */
export async function getMe(ctx: RequestContext, csrfToken: string): Promise<Me> {
  const actor = ctx.actor!;
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw new DomainError('UNAUTHENTICATED');
  return toMe(user, [...actor.permissions], await getSecuritySettings(ctx.db), csrfToken);
}
