import type { Executor } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { toUserView } from './account-state.ts';
import { deleteSessionsOfUser } from './sessions.repository.ts';
import { updateUser, type UserRow } from './users.repository.ts';

export type DisabledReason = 'manual' | 'dormant';

/** Disables an account and ends its sessions at once; audited as `action`. Call inside a transaction. */
export async function disableAccount(tx: Executor, ctx: RequestContext, user: UserRow, reason: DisabledReason, action: string): Promise<UserRow> {
  const updated = await updateUser(tx, user.id, { status: 'disabled', disabledReason: reason, statusChangedAt: new Date() });
  const endedSessions = await deleteSessionsOfUser(tx, user.id);
  await recordAudit(tx, ctx, {
    action,
    entityType: 'user',
    entityId: user.id,
    jurisdictionCode: user.jurisdictionCode,
    before: toUserView(user),
    after: toUserView(updated),
    details: { reason, endedSessions },
  });
  return updated;
}

/** Updates an account and records `action` with the account before and after, in one transaction. */
export async function changeAccount(ctx: RequestContext, user: UserRow, patch: Partial<UserRow>, action: string, details?: Record<string, unknown>): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    const updated = await updateUser(tx, user.id, patch);
    await recordAudit(tx, ctx, { action, entityType: 'user', entityId: user.id, jurisdictionCode: updated.jurisdictionCode, before: toUserView(user), after: toUserView(updated), details });
    return updated;
  });
}
