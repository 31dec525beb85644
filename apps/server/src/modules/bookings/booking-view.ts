import { ageInMonths, type Booking } from '@youyu/contracts';
import type { BookingView } from './bookings.repository.ts';

export function toBooking(view: BookingView): Booking {
  const b = view.booking;
  return {
    id: b.id,
    state: b.state,
    revision: b.revision,
    child: { id: b.childId, name: view.childName, birthDate: view.childBirthDate, sex: view.childSex },
    guardianName: view.guardianName,
    guardianPhone: view.guardianPhone,
    institution: { id: b.institutionId, name: view.institutionName, address: view.institutionAddress },
    classType: b.classType,
    serviceMode: b.serviceMode,
    startDate: b.startDate,
    ageMonthsAtStart: ageInMonths(view.childBirthDate, b.startDate),
    classId: b.classId,
    className: view.className,
    offerExpiresAt: b.offerExpiresAt?.toISOString() ?? null,
    waitlistPosition: view.waitlistPosition,
    declineReason: b.declineReason,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}
