import { defineErrors } from '../../platform/errors/index.ts';

export const BookingErrors = defineErrors('bookings', {
  CHILD_BIRTH_DATE_IN_FUTURE: 400,
  /** Children with bookings keep them as history; an enrolled child is the institution's record. */
  CHILD_NOT_REMOVABLE: 409,
  CHILD_ALREADY_ENROLLED: 409,
  BOOKING_START_DATE_PAST: 400,
  BOOKING_INSTITUTION_NOT_OPEN: 409,
  BOOKING_CLASS_TYPE_NOT_RUN: 409,
  BOOKING_SERVICE_MODE_NOT_OFFERED: 409,
  BOOKING_CLASS_TYPE_NOT_FOR_AGE: 409,
  BOOKING_LIMIT_REACHED: 409,
  BOOKING_ALREADY_OPEN: 409,
  /** The revision sent is not the booking's current one: someone else acted on it first. */
  BOOKING_CHANGED: 409,
  BOOKING_STATE_INVALID: 409,
  BOOKING_CLASS_INVALID: 409,
  BOOKING_CLASS_FULL: 409,
  BOOKING_OFFER_EXPIRED: 409,
  VISIT_SLOT_IN_PAST: 400,
  VISIT_SLOT_CLOSED: 409,
  VISIT_SLOT_FULL: 409,
  VISIT_ALREADY_BOOKED: 409,
  VISIT_STATE_INVALID: 409,
  VISIT_NOT_STARTED: 409,
});
