import { classTypes, type Booking, type BookingListQuery, type BookingOptions, type BookingPage, type ClassPlaces, type NewBooking } from '@youyu/contracts';
import type { RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { lockChild } from '../institutions/index.ts';
import { todayInShanghai } from '../policies/index.ts';
import { runChange, type BookingDeps } from './booking-change.ts';
import { bookingRulesFor } from './booking-rules.ts';
import { requireAgeFits, tell } from './booking-steps.ts';
import { toBooking } from './booking-view.ts';
import { BookingErrors } from './bookings.errors.ts';
import { countOpenBookings, findBookingPlace, findBookingView, insertBooking, listFamilyBookingViews, listInstitutionBookingViews } from './bookings.repository.ts';
import { familyOf } from './children.service.ts';
import { findInstitutionFacts, type InstitutionFacts } from './institution-facts.repository.ts';
import { listClassPlaces } from './places.repository.ts';

/** Where a booking belongs, for the access guard: its family, its institution and the institution's place. */
export async function bookingScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const place = await findBookingPlace(exec, id);
  return place ? { ownerUserId: place.familyUserId, institutionId: place.institutionId, jurisdictionCode: place.subdistrictCode } : null;
}

export async function getBooking(ctx: RequestContext, id: string): Promise<Booking> {
  const view = await findBookingView(ctx.db, id);
  if (!view) throw notFound();
  return toBooking(view);
}

/** Only a filed institution takes bookings (a suspended one takes none until it is reinstated). */
async function bookableInstitution(exec: Executor, id: string): Promise<InstitutionFacts> {
  const institution = await findInstitutionFacts(exec, id);
  if (!institution) throw notFound();
  if (institution.filingStatus !== 'filed') throw new DomainError(BookingErrors.BOOKING_INSTITUTION_NOT_OPEN, { institution: institution.name });
  return institution;
}

const freePlaces = (c: { capacity: number; held: number }) => Math.max(0, c.capacity - c.held);

export async function getBookingOptions(ctx: RequestContext, institutionId: string): Promise<BookingOptions> {
  const institution = await bookableInstitution(ctx.db, institutionId);
  const [rules, classes] = await Promise.all([bookingRulesFor(ctx.db, institution.districtCode), listClassPlaces(ctx.db, institutionId)]);
  const byType = classTypes
    .map((classType) => {
      const ofType = classes.filter((c) => c.classType === classType);
      return { classType, places: ofType.reduce((n, c) => n + c.capacity, 0), vacancies: ofType.reduce((n, c) => n + freePlaces(c), 0) };
    })
    .filter((t) => t.places > 0);
  const { id, name, address, isInclusive, serviceModes } = institution;
  return { institution: { id, name, address, isInclusive, serviceModes }, classTypes: byType, ...rules };
}

/**
 * A family's request for a place. The child (locked, so two requests for one child are counted
 * one after the other) must be its own, not enrolled, of an age the class type takes on the
 * start date, and below the profile's number of open bookings.
 */
export async function requestBooking(ctx: RequestContext, deps: BookingDeps, input: NewBooking): Promise<Booking> {
  const familyUserId = familyOf(ctx);
  const id = await runChange(ctx, deps, async (tx, fx) => {
    const child = await lockChild(tx, input.childId);
    if (!child || child.familyUserId !== familyUserId) throw notFound();
    if (child.status === 'enrolled') throw new DomainError(BookingErrors.CHILD_ALREADY_ENROLLED, { child: child.name });
    if (input.startDate < todayInShanghai()) throw new DomainError(BookingErrors.BOOKING_START_DATE_PAST, {}, [{ path: 'body.startDate', code: 'invalid_value' }]);
    const institution = await bookableInstitution(tx, input.institutionId);
    const rules = await bookingRulesFor(tx, institution.districtCode);
    if (!(await listClassPlaces(tx, institution.id)).some((c) => c.classType === input.classType)) throw new DomainError(BookingErrors.BOOKING_CLASS_TYPE_NOT_RUN, {}, [{ path: 'body.classType', code: 'invalid_value' }]);
    if (!institution.serviceModes.includes(input.serviceMode)) throw new DomainError(BookingErrors.BOOKING_SERVICE_MODE_NOT_OFFERED, {}, [{ path: 'body.serviceMode', code: 'invalid_value' }]);
    requireAgeFits(ctx.locale, child, input.startDate, input.classType, rules, 'body.classType');
    if ((await countOpenBookings(tx, child.id)) >= rules.maxOpenPerChild) throw new DomainError(BookingErrors.BOOKING_LIMIT_REACHED, { max: rules.maxOpenPerChild });
    const row = await insertBooking(tx, { ...input, familyUserId, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode });
    if (!row) throw new DomainError(BookingErrors.BOOKING_ALREADY_OPEN, { institution: institution.name });
    await tell(tx, fx, row.id, 'bookingRequested', 'institution');
    fx.audits.push({ action: 'booking.request', entityType: 'booking', entityId: row.id, jurisdictionCode: row.subdistrictCode, after: row });
    return row.id;
  });
  return getBooking(ctx, id);
}

export async function listFamilyBookings(ctx: RequestContext): Promise<{ items: Booking[] }> {
  return { items: (await listFamilyBookingViews(ctx.db, familyOf(ctx))).map(toBooking) };
}

export async function listInstitutionBookings(ctx: RequestContext, institutionId: string, query: BookingListQuery): Promise<BookingPage> {
  const { items, total } = await listInstitutionBookingViews(ctx.db, institutionId, query);
  return { items: items.map(toBooking), total };
}

export async function getClassPlaces(ctx: RequestContext, institutionId: string): Promise<ClassPlaces> {
  const rows = await listClassPlaces(ctx.db, institutionId);
  return { items: rows.map((c) => ({ ...c, vacancies: freePlaces(c) })) };
}
