import { z } from 'zod';

/**
 * A booking (入托预约) moves through these states:
 * requested → waitlisted | offered | declined; waitlisted → offered | declined;
 * offered → enrolled | offerDeclined | expired; any open state or enrolled → cancelled (by the family).
 */
export const bookingStates = ['requested', 'waitlisted', 'offered', 'enrolled', 'declined', 'offerDeclined', 'expired', 'cancelled'] as const;
export const BookingState = z.enum(bookingStates);
export type BookingState = z.infer<typeof BookingState>;

/** States that still wait for someone: they count against the child's open-booking limit. */
export const openBookingStates = ['requested', 'waitlisted', 'offered'] as const satisfies readonly BookingState[];

/** A visit (参观预约) to one slot: booked, then completed by the institution or cancelled by either side. */
export const visitStates = ['booked', 'completed', 'cancelled'] as const;
export const VisitState = z.enum(visitStates);
export type VisitState = z.infer<typeof VisitState>;
