import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated } from '../common/index.ts';
import { ChildStatus, ClassType, ServiceMode, Sex } from '../institutions/enums.ts';
import { BookingState, VisitState } from './enums.ts';

const Revision = z.number().int().min(1).describe('the booking revision the caller last read');
const Name = z.string().trim().min(1).max(50);

// A family's children (婴幼儿): name, birth date and sex are all a booking needs.

export const FamilyChildInput = z.object({
  name: Name,
  birthDate: IsoDate.describe('not in the future; childcare takes children under three'),
  sex: Sex,
});
export type FamilyChildInput = z.infer<typeof FamilyChildInput>;

export const FamilyChild = z
  .object({
    id: z.uuid(),
    name: z.string(),
    birthDate: IsoDate,
    sex: Sex,
    status: ChildStatus,
    institutionName: z.string().nullable().describe('where the child is enrolled (or was, once it left)'),
    openBookings: z.number().int().describe('requested, waitlisted or offered bookings'),
    hasBookings: z.boolean().describe('a child with bookings (open or closed) is kept as their history and cannot be removed'),
  })
  .meta({ id: 'FamilyChild' });
export type FamilyChild = z.infer<typeof FamilyChild>;
export const FamilyChildList = z.object({ items: z.array(FamilyChild) });

// Bookings of a place (入托预约).

export const NewBooking = z.object({
  childId: z.uuid(),
  institutionId: z.uuid(),
  classType: ClassType.describe('a class type the institution runs that takes the child’s age on the start date'),
  serviceMode: ServiceMode,
  startDate: IsoDate.describe('when care should start; today or later'),
});
export type NewBooking = z.infer<typeof NewBooking>;

export const Booking = z
  .object({
    id: z.uuid(),
    state: BookingState,
    revision: z.number().int(),
    child: z.object({ id: z.uuid(), name: z.string(), birthDate: IsoDate, sex: Sex }),
    guardianName: z.string(),
    guardianPhone: z.string(),
    institution: z.object({ id: z.uuid(), name: z.string(), address: z.string() }),
    classType: ClassType,
    serviceMode: ServiceMode,
    startDate: IsoDate,
    ageMonthsAtStart: z.number().int(),
    classId: z.uuid().nullable().describe('the class offered or enrolled in'),
    className: z.string().nullable(),
    offerExpiresAt: IsoDateTime.nullable(),
    waitlistPosition: z.number().int().nullable().describe('1 = next to be offered a place of this class type (waitlisted only)'),
    declineReason: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Booking' });
export type Booking = z.infer<typeof Booking>;

export const BookingListQuery = Page.extend({ state: BookingState.optional().describe('waitlisted: in waitlist order') });
export type BookingListQuery = z.infer<typeof BookingListQuery>;
export const BookingPage = paginated(Booking);
export type BookingPage = z.infer<typeof BookingPage>;
export const FamilyBookingList = z.object({ items: z.array(Booking) });

export const BookingRevision = z.object({ revision: Revision });
export type BookingRevision = z.infer<typeof BookingRevision>;
export const OfferPlace = z.object({ classId: z.uuid().describe('one of the institution’s classes, of a type that takes the child'), revision: Revision });
export type OfferPlace = z.infer<typeof OfferPlace>;
export const DeclineBooking = z.object({ reason: z.string().trim().min(1).max(500), revision: Revision });
export type DeclineBooking = z.infer<typeof DeclineBooking>;

/** What a family needs to book at one institution: its class types with their free places, its service modes and the rules in force. */
export const BookingOptions = z
  .object({
    institution: z.object({ id: z.uuid(), name: z.string(), address: z.string(), isInclusive: z.boolean(), serviceModes: z.array(ServiceMode) }),
    classTypes: z.array(z.object({ classType: ClassType, places: z.number().int(), vacancies: z.number().int() })),
    mixedMinAgeMonths: z.number().int().describe('the profile’s minimum age for mixed classes, for the class-type suggestion'),
    maxOpenPerChild: z.number().int(),
    offerValidDays: z.number().int(),
  })
  .meta({ id: 'BookingOptions' });
export type BookingOptions = z.infer<typeof BookingOptions>;

export const ClassPlaces = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), classType: ClassType, capacity: z.number().int(), held: z.number().int(), vacancies: z.number().int() })),
});
export type ClassPlaces = z.infer<typeof ClassPlaces>;

// Visits (参观预约).

export const NewVisitSlot = z
  .object({
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    capacity: z.number().int().min(1).max(100).describe('families received in this slot'),
    note: z.string().trim().max(200).optional(),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: 'ends after it starts', path: ['endsAt'] });
export type NewVisitSlot = z.infer<typeof NewVisitSlot>;

export const SlotVisit = z.object({ id: z.uuid(), state: VisitState, familyName: z.string(), familyPhone: z.string(), bookedAt: IsoDateTime, completedAt: IsoDateTime.nullable() });

export const VisitSlot = z
  .object({
    id: z.uuid(),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    capacity: z.number().int(),
    booked: z.number().int(),
    note: z.string().nullable(),
    isWithdrawn: z.boolean(),
    visits: z.array(SlotVisit).describe('for the institution; empty for a family'),
    myVisitId: z.uuid().nullable().describe('for a family: its booked visit in this slot'),
  })
  .meta({ id: 'VisitSlot' });
export type VisitSlot = z.infer<typeof VisitSlot>;
export const VisitSlotList = z.object({ items: z.array(VisitSlot) });
export const VisitSlotQuery = z.object({ past: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: slots that have ended too') });

export const NewVisit = z.object({ slotId: z.uuid() });
export type NewVisit = z.infer<typeof NewVisit>;

export const Visit = z
  .object({
    id: z.uuid(),
    state: VisitState,
    institution: z.object({ id: z.uuid(), name: z.string(), address: z.string() }),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    bookedAt: IsoDateTime,
    completedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Visit' });
export type Visit = z.infer<typeof Visit>;
export const VisitList = z.object({ items: z.array(Visit) });
