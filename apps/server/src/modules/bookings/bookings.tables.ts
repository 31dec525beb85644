import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookingStates, classTypes, serviceModes, visitStates, type BookingState, type ClassType, type ServiceMode, type VisitState } from '@youyu/contracts';
import { instant, oneOf } from '../../platform/db/columns.ts';
import { children, classes, institutions } from '../institutions/index.ts';

/**
 * A family's request for a place (入托预约) for one child at one institution. The institution offers
 * a place in one of its classes, waitlists the request or declines it; an accepted offer is the
 * child's enrollment. A class's places are held by its enrolled children and its open offers.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    familyUserId: uuid('family_user_id').notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** Of the institution, so a regulator's scope filter is an index scan. */
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    classType: text('class_type').$type<ClassType>().notNull(),
    serviceMode: text('service_mode').$type<ServiceMode>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    state: text('state').$type<BookingState>().notNull().default('requested'),
    /** The class offered (and, once accepted, enrolled in). */
    classId: uuid('class_id'),
    offeredAt: instant('offered_at'),
    offerExpiresAt: instant('offer_expires_at'),
    /** Orders the waitlist: first waitlisted, first offered. */
    waitlistedAt: instant('waitlisted_at'),
    enrolledAt: instant('enrolled_at'),
    /** The institution's reason for declining. */
    declineReason: text('decline_reason'),
    closedAt: instant('closed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Optimistic concurrency: every institution decision sends the revision it read. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    foreignKey({ name: 'bookings_class_fk', columns: [t.classId, t.institutionId], foreignColumns: [classes.id, classes.institutionId] }),
    // One open request per child and institution; the open-booking limit across institutions is the profile's.
    uniqueIndex('bookings_open_child_key').on(t.childId, t.institutionId).where(sql`${t.state} in ('requested', 'waitlisted', 'offered')`),
    index('bookings_child_idx').on(t.childId),
    index('bookings_family_idx').on(t.familyUserId),
    index('bookings_institution_idx').on(t.institutionId, t.state),
    index('bookings_district_idx').on(t.districtCode),
    index('bookings_subdistrict_idx').on(t.subdistrictCode),
    // The places open offers hold, counted per class on every search.
    index('bookings_offered_class_idx').on(t.classId).where(sql`${t.state} = 'offered'`),
    index('bookings_waitlist_idx').on(t.institutionId, t.classType, t.waitlistedAt).where(sql`${t.state} = 'waitlisted'`),
    index('bookings_offer_expiry_idx').on(t.offerExpiresAt).where(sql`${t.state} = 'offered'`),
    check('bookings_state_check', oneOf('state', bookingStates)),
    check('bookings_class_type_check', oneOf('class_type', classTypes)),
    check('bookings_service_mode_check', oneOf('service_mode', serviceModes)),
    check('bookings_offer_check', sql`${t.state} <> 'offered' or (${t.classId} is not null and ${t.offerExpiresAt} is not null)`),
    check('bookings_enrolled_check', sql`${t.state} <> 'enrolled' or (${t.classId} is not null and ${t.enrolledAt} is not null)`),
    check('bookings_waitlist_check', sql`${t.state} <> 'waitlisted' or ${t.waitlistedAt} is not null`),
    check('bookings_decline_check', sql`${t.state} <> 'declined' or ${t.declineReason} is not null`),
  ],
);

/** A time an institution opens for visits (参观预约), with how many families it receives. */
export const visitSlots = pgTable(
  'visit_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    note: text('note'),
    /** A withdrawn slot takes no more visits; its booked visits are cancelled with it. */
    withdrawnAt: instant('withdrawn_at'),
    createdBy: uuid('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('visit_slots_institution_idx').on(t.institutionId, t.startsAt),
    index('visit_slots_district_idx').on(t.districtCode),
    index('visit_slots_subdistrict_idx').on(t.subdistrictCode),
    check('visit_slots_capacity_check', sql`${t.capacity} > 0`),
    check('visit_slots_time_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A family's visit in one slot; completing it lets the family rate the institution. */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => visitSlots.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    familyUserId: uuid('family_user_id').notNull(),
    /** Whom the institution expects, as the family account read when it booked. */
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    state: text('state').$type<VisitState>().notNull().default('booked'),
    bookedAt: instant('booked_at').notNull().defaultNow(),
    completedAt: instant('completed_at'),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    uniqueIndex('visits_booked_family_key').on(t.slotId, t.familyUserId).where(sql`${t.state} = 'booked'`),
    index('visits_slot_idx').on(t.slotId),
    index('visits_family_idx').on(t.familyUserId, t.institutionId),
    index('visits_district_idx').on(t.districtCode),
    index('visits_subdistrict_idx').on(t.subdistrictCode),
    check('visits_state_check', oneOf('state', visitStates)),
    check('visits_completed_check', sql`(${t.state} = 'completed') = (${t.completedAt} is not null)`),
    check('visits_cancelled_check', sql`(${t.state} = 'cancelled') = (${t.cancelledAt} is not null)`),
  ],
);
