import type { NewVisit, NewVisitSlot, Visit, VisitSlot } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { Notice } from '../notifications/index.ts';
import { findUserContact } from '../accounts/index.ts';
import { runChange, type BookingDeps, type Effects } from './booking-change.ts';
import { cityTime } from './booking-notices.ts';
import { BookingErrors } from './bookings.errors.ts';
import { familyOf } from './children.service.ts';
import { findInstitutionFacts } from './institution-facts.repository.ts';
import * as repo from './visits.repository.ts';

// Visits (参观预约): the institution publishes slots, families book and cancel, the institution marks a visit completed.

export async function slotScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const place = await repo.findSlotPlace(exec, id);
  return place ? { institutionId: place.institutionId, jurisdictionCode: place.subdistrictCode } : null;
}

export async function visitScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const place = await repo.findVisitPlace(exec, id);
  return place ? { ownerUserId: place.familyUserId, institutionId: place.institutionId, jurisdictionCode: place.subdistrictCode } : null;
}

type SlotRow = Awaited<ReturnType<typeof repo.listSlotRows>>[number];
const toSlot = ({ slot, booked }: SlotRow, visits: VisitSlot['visits'], myVisitId: string | null): VisitSlot => ({
  id: slot.id,
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
  capacity: slot.capacity,
  booked,
  note: slot.note,
  isWithdrawn: slot.withdrawnAt !== null,
  visits,
  myVisitId,
});

/** The institution's slots with who booked them (upcoming, or `past` ones too). */
export async function listInstitutionSlots(ctx: RequestContext, institutionId: string, query: { past?: boolean }): Promise<{ items: VisitSlot[] }> {
  const rows = await repo.listSlotRows(ctx.db, institutionId, { past: query.past ?? false, includeWithdrawn: true });
  const visits = await repo.listVisitsOfSlots(
    ctx.db,
    rows.map((r) => r.slot.id),
  );
  return {
    items: rows.map((row) =>
      toSlot(
        row,
        visits
          .filter((v) => v.slotId === row.slot.id)
          .map((v) => ({ id: v.id, state: v.state, familyName: v.contactName, familyPhone: v.contactPhone, bookedAt: v.bookedAt.toISOString(), completedAt: v.completedAt?.toISOString() ?? null })),
        null,
      ),
    ),
  };
}

/** What a family sees of a filed institution's upcoming slots: their time, how full they are, and its own visit. */
export async function listOpenSlots(ctx: RequestContext, institutionId: string): Promise<{ items: VisitSlot[] }> {
  const institution = await findInstitutionFacts(ctx.db, institutionId);
  if (!institution || institution.filingStatus !== 'filed') throw notFound();
  const familyUserId = familyOf(ctx);
  const rows = await repo.listSlotRows(ctx.db, institutionId, { past: false, includeWithdrawn: false });
  const mine = (await repo.listVisitsOfSlots(
    ctx.db,
    rows.map((r) => r.slot.id),
  )).filter((v) => v.familyUserId === familyUserId && v.state === 'booked');
  return { items: rows.map((row) => toSlot(row, [], mine.find((v) => v.slotId === row.slot.id)?.id ?? null)) };
}

export async function publishSlot(ctx: RequestContext, institutionId: string, input: NewVisitSlot): Promise<VisitSlot> {
  if (Date.parse(input.startsAt) <= Date.now()) throw new DomainError(BookingErrors.VISIT_SLOT_IN_PAST, {}, [{ path: 'body.startsAt', code: 'invalid_value' }]);
  const institution = (await findInstitutionFacts(ctx.db, institutionId))!;
  const slot = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertSlot(tx, {
      institutionId,
      districtCode: institution.districtCode,
      subdistrictCode: institution.subdistrictCode,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      capacity: input.capacity,
      note: input.note || null,
      createdBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, { action: 'visit.slot.publish', entityType: 'visitSlot', entityId: row.id, jurisdictionCode: row.subdistrictCode, after: row });
    return row;
  });
  return toSlot({ slot, booked: 0 }, [], null);
}

async function visitNotice(tx: Executor, fx: Effects, visit: repo.VisitRow, kind: Notice['kind'], audience: 'family' | 'institution'): Promise<void> {
  const facts = await repo.findVisitFacts(tx, visit.id);
  const params = { institution: facts.institutionName, startsAt: cityTime(facts.startsAt) };
  fx.notices.push(
    audience === 'family'
      ? { kind, params, link: '/family/bookings', to: { userId: visit.familyUserId }, smsTo: visit.contactPhone }
      : { kind, params, link: '/institution/visits', to: { institutionId: visit.institutionId }, smsTo: facts.institutionPhone },
  );
}

/** Withdraws a slot; the families booked in it are told their visit is cancelled. */
export async function withdrawSlot(ctx: RequestContext, deps: BookingDeps, id: string): Promise<void> {
  await runChange(ctx, deps, async (tx, fx) => {
    const slot = await repo.lockSlot(tx, id);
    if (!slot) throw notFound();
    if (slot.withdrawnAt) throw new DomainError(BookingErrors.VISIT_SLOT_CLOSED);
    const withdrawn = await repo.markSlotWithdrawn(tx, id);
    for (const visit of await repo.listBookedVisits(tx, id)) {
      await repo.setVisitState(tx, visit.id, 'cancelled');
      await visitNotice(tx, fx, visit, 'visitCancelled', 'family');
    }
    fx.audits.push({ action: 'visit.slot.withdraw', entityType: 'visitSlot', entityId: id, jurisdictionCode: slot.subdistrictCode, before: slot, after: withdrawn });
  });
}

/** Books a visit in a slot: open (not withdrawn, not started) and not full, counted under the slot's lock. */
export async function bookVisit(ctx: RequestContext, deps: BookingDeps, input: NewVisit): Promise<Visit> {
  const familyUserId = familyOf(ctx);
  const id = await runChange(ctx, deps, async (tx, fx) => {
    const slot = await repo.lockSlot(tx, input.slotId);
    if (!slot) throw notFound();
    const institution = (await findInstitutionFacts(tx, slot.institutionId))!;
    if (slot.withdrawnAt || slot.startsAt <= new Date() || institution.filingStatus !== 'filed') throw new DomainError(BookingErrors.VISIT_SLOT_CLOSED);
    if ((await repo.countBooked(tx, slot.id)) >= slot.capacity) throw new DomainError(BookingErrors.VISIT_SLOT_FULL);
    const contact = await findUserContact(tx, familyUserId);
    const visit = await repo.insertVisit(tx, {
      slotId: slot.id,
      institutionId: slot.institutionId,
      familyUserId,
      contactName: contact?.displayName ?? '',
      contactPhone: contact?.phone ?? '',
      districtCode: slot.districtCode,
      subdistrictCode: slot.subdistrictCode,
    });
    if (!visit) throw new DomainError(BookingErrors.VISIT_ALREADY_BOOKED);
    await visitNotice(tx, fx, visit, 'visitBooked', 'institution');
    fx.audits.push({ action: 'visit.book', entityType: 'visit', entityId: visit.id, jurisdictionCode: visit.subdistrictCode, after: visit });
    return visit.id;
  });
  return (await listFamilyVisits(ctx)).items.find((v) => v.id === id)!;
}

async function changeVisit(ctx: RequestContext, deps: BookingDeps, id: string, change: { to: 'completed' | 'cancelled'; tell: 'family' | 'institution'; action: string }): Promise<void> {
  await runChange(ctx, deps, async (tx, fx) => {
    const visit = await repo.lockVisit(tx, id);
    if (!visit) throw notFound();
    if (visit.state !== 'booked') throw new DomainError(BookingErrors.VISIT_STATE_INVALID);
    if (change.to === 'completed' && (await repo.findVisitFacts(tx, id)).startsAt > new Date()) throw new DomainError(BookingErrors.VISIT_NOT_STARTED);
    const after = await repo.setVisitState(tx, id, change.to);
    await visitNotice(tx, fx, visit, change.to === 'completed' ? 'visitCompleted' : 'visitCancelled', change.tell);
    fx.audits.push({ action: change.action, entityType: 'visit', entityId: id, jurisdictionCode: visit.subdistrictCode, before: visit, after });
  });
}

export async function cancelVisit(ctx: RequestContext, deps: BookingDeps, id: string): Promise<Visit> {
  await changeVisit(ctx, deps, id, { to: 'cancelled', tell: 'institution', action: 'visit.cancel' });
  return (await listFamilyVisits(ctx)).items.find((v) => v.id === id)!;
}

/** The visit took place: the family may now rate the institution (canRate). */
export async function completeVisit(ctx: RequestContext, deps: BookingDeps, id: string): Promise<void> {
  await changeVisit(ctx, deps, id, { to: 'completed', tell: 'family', action: 'visit.complete' });
}

export async function listFamilyVisits(ctx: RequestContext): Promise<{ items: Visit[] }> {
  const rows = await repo.listFamilyVisitRows(ctx.db, familyOf(ctx));
  return {
    items: rows.map((r) => ({
      id: r.visit.id,
      state: r.visit.state,
      institution: { id: r.visit.institutionId, name: r.institutionName, address: r.institutionAddress },
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      bookedAt: r.visit.bookedAt.toISOString(),
      completedAt: r.visit.completedAt?.toISOString() ?? null,
    })),
  };
}
