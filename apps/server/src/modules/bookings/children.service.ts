import type { FamilyChild, FamilyChildInput } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { findUserContact } from '../accounts/index.ts';
import { deleteFamilyChild, findChildOwner, insertFamilyChild, listFamilyChildRows, lockChild, updateFamilyChild } from '../institutions/index.ts';
import { todayInShanghai } from '../policies/index.ts';
import { BookingErrors } from './bookings.errors.ts';
import { bookingCountsByChild, childHasBookings } from './bookings.repository.ts';

// A family's own children: name, birth date and sex are all a booking needs (no ID number).

/** Whose child it is, for the access guard: a family reaches only its own. */
export async function childScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const owner = await findChildOwner(exec, id);
  return owner ? { ownerUserId: owner } : null;
}

export function familyOf(ctx: RequestContext): string {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
  return ctx.actor.userId;
}

function checkBirthDate(input: FamilyChildInput): void {
  if (input.birthDate > todayInShanghai()) throw new DomainError(BookingErrors.CHILD_BIRTH_DATE_IN_FUTURE, {}, [{ path: 'body.birthDate', code: 'invalid_value' }]);
}

export async function listFamilyChildren(ctx: RequestContext): Promise<{ items: FamilyChild[] }> {
  const familyUserId = familyOf(ctx);
  const [rows, counts] = await Promise.all([listFamilyChildRows(ctx.db, familyUserId), bookingCountsByChild(ctx.db, familyUserId)]);
  return {
    items: rows.map((row) => ({ ...row, openBookings: counts.get(row.id)?.open ?? 0, hasBookings: (counts.get(row.id)?.all ?? 0) > 0 })),
  };
}

async function childOf(ctx: RequestContext, id: string): Promise<FamilyChild> {
  const child = (await listFamilyChildren(ctx)).items.find((c) => c.id === id);
  if (!child) throw notFound();
  return child;
}

/** The guardian is the family account: its name and the phone it signs in with (for the institution, and for text messages). */
export async function addChild(ctx: RequestContext, input: FamilyChildInput): Promise<FamilyChild> {
  const familyUserId = familyOf(ctx);
  checkBirthDate(input);
  const id = await ctx.db.transaction(async (tx) => {
    const contact = await findUserContact(tx, familyUserId);
    const child = await insertFamilyChild(tx, { ...input, familyUserId, guardianName: contact?.displayName ?? '', guardianPhone: contact?.phone ?? '' });
    await recordAudit(tx, ctx, { action: 'child.add', entityType: 'child', entityId: child.id, after: child });
    return child.id;
  });
  return childOf(ctx, id);
}

export async function editChild(ctx: RequestContext, id: string, input: FamilyChildInput): Promise<FamilyChild> {
  checkBirthDate(input);
  await ctx.db.transaction(async (tx) => {
    const before = await lockChild(tx, id);
    if (!before) throw notFound();
    const after = await updateFamilyChild(tx, id, input);
    await recordAudit(tx, ctx, { action: 'child.edit', entityType: 'child', entityId: id, jurisdictionCode: before.subdistrictCode, before, after });
  });
  return childOf(ctx, id);
}

/** Only a child without bookings and not enrolled can be removed: bookings and enrollments are history others rely on. */
export async function removeChild(ctx: RequestContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const child = await lockChild(tx, id);
    if (!child) throw notFound();
    if (child.status === 'enrolled' || child.institutionId !== null || (await childHasBookings(tx, id))) throw new DomainError(BookingErrors.CHILD_NOT_REMOVABLE);
    await deleteFamilyChild(tx, id);
    await recordAudit(tx, ctx, { action: 'child.remove', entityType: 'child', entityId: id, before: child });
  });
}
