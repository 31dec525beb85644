import type { Executor } from '../../platform/db/index.ts';
import { insertFamilyChild } from '../institutions/index.ts';
import { insertBooking } from './bookings.repository.ts';
import { insertSlot, insertVisit } from './visits.repository.ts';

/**
 * For the authorisation matrix (apps/server/test/authorization-matrix.int.test.ts): per side, a
 * child of that side's family with a booking at that side's institution, and a visit slot there
 * in which the family booked a visit; and a request for every route of the bookings module.
 */
export type BookingsMatrixSide = { institutionId: string; classId: string; childId: string; bookingId: string; slotId: string; visitId: string };
type Place = { institutionId: string; classId: string; familyUserId: string; districtCode: string; subdistrictCode: string };

export async function createBookingsMatrixSide(exec: Executor, place: Place): Promise<BookingsMatrixSide> {
  const { institutionId, familyUserId, districtCode, subdistrictCode } = place;
  const child = await insertFamilyChild(exec, { name: '矩阵幼儿', birthDate: '2024-01-01', sex: 'female', familyUserId, guardianName: '矩阵家长', guardianPhone: '13900000001' });
  const booking = await insertBooking(exec, { childId: child.id, familyUserId, institutionId, districtCode, subdistrictCode, classType: 'twosClass', serviceMode: 'fullDay', startDate: '2099-09-01' });
  const slot = await insertSlot(exec, { institutionId, districtCode, subdistrictCode, startsAt: new Date('2099-09-01T01:00:00Z'), endsAt: new Date('2099-09-01T02:00:00Z'), capacity: 5 });
  const visit = await insertVisit(exec, { slotId: slot.id, institutionId, familyUserId, contactName: '矩阵家长', contactPhone: '13900000001', districtCode, subdistrictCode });
  return { institutionId, classId: place.classId, childId: child.id, bookingId: booking!.id, slotId: slot.id, visitId: visit!.id };
}

/** Any family may see any filed institution's booking options and visit slots: these are not confined to a place. */
export const bookingsUnscopedRoutes = ['GET /api/v1/family/institutions/:id/booking-options', 'GET /api/v1/family/institutions/:id/visit-slots'];

type Probe = { url: string; payload?: unknown };

/** Route → request reaching the record of one side; a revision no booking has makes decisions answer 409, never change anything. */
export function bookingsMatrixFixtures<W, S extends string>(pick: (world: W, side: S) => BookingsMatrixSide): Record<string, (world: W, side: S) => Probe> {
  const of = (fixture: (s: BookingsMatrixSide) => Probe) => (world: W, side: S) => fixture(pick(world, side));
  const stale = { revision: 1_000_000 };
  return {
    'PUT /api/v1/family/children/:id': of((s) => ({ url: `/api/v1/family/children/${s.childId}`, payload: { name: '矩阵幼儿', birthDate: '2024-01-01', sex: 'female' } })),
    'DELETE /api/v1/family/children/:id': of((s) => ({ url: `/api/v1/family/children/${s.childId}` })),
    'GET /api/v1/family/institutions/:id/booking-options': of((s) => ({ url: `/api/v1/family/institutions/${s.institutionId}/booking-options` })),
    'GET /api/v1/family/institutions/:id/visit-slots': of((s) => ({ url: `/api/v1/family/institutions/${s.institutionId}/visit-slots` })),
    'POST /api/v1/family/bookings': of((s) => ({ url: '/api/v1/family/bookings', payload: { childId: s.childId, institutionId: s.institutionId, classType: 'twosClass', serviceMode: 'fullDay', startDate: '2099-09-01' } })),
    'POST /api/v1/family/bookings/:id/accept': of((s) => ({ url: `/api/v1/family/bookings/${s.bookingId}/accept`, payload: stale })),
    'POST /api/v1/family/bookings/:id/decline': of((s) => ({ url: `/api/v1/family/bookings/${s.bookingId}/decline`, payload: stale })),
    'POST /api/v1/family/bookings/:id/cancel': of((s) => ({ url: `/api/v1/family/bookings/${s.bookingId}/cancel`, payload: stale })),
    'POST /api/v1/family/visits/:id/cancel': of((s) => ({ url: `/api/v1/family/visits/${s.visitId}/cancel`, payload: {} })),
    'GET /api/v1/institutions/:id/bookings': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/bookings` })),
    'GET /api/v1/institutions/:id/class-places': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/class-places` })),
    'POST /api/v1/bookings/:id/offer': of((s) => ({ url: `/api/v1/bookings/${s.bookingId}/offer`, payload: { classId: s.classId, ...stale } })),
    'POST /api/v1/bookings/:id/waitlist': of((s) => ({ url: `/api/v1/bookings/${s.bookingId}/waitlist`, payload: stale })),
    'POST /api/v1/bookings/:id/decline': of((s) => ({ url: `/api/v1/bookings/${s.bookingId}/decline`, payload: { reason: '矩阵测试', ...stale } })),
    'GET /api/v1/institutions/:id/visit-slots': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/visit-slots` })),
    'POST /api/v1/institutions/:id/visit-slots': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/visit-slots`, payload: { startsAt: '2099-09-02T01:00:00Z', endsAt: '2099-09-02T02:00:00Z', capacity: 3 } })),
    'POST /api/v1/visit-slots/:id/withdraw': of((s) => ({ url: `/api/v1/visit-slots/${s.slotId}/withdraw`, payload: {} })),
    'POST /api/v1/visits/:id/complete': of((s) => ({ url: `/api/v1/visits/${s.visitId}/complete`, payload: {} })),
  };
}
