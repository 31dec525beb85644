import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Booking, BookingOptions, NewBooking } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { familyKey } from './children-api.ts';

/** What the institution takes: class types with free places, service modes and the rules in force. */
export function useBookingOptions(institutionId: string | undefined) {
  return useQuery({
    queryKey: [...familyKey, 'options', institutionId],
    queryFn: ({ signal }) => api.get<BookingOptions>(`/family/institutions/${institutionId}/booking-options`, { signal }),
    enabled: !!institutionId,
  });
}

export function useFamilyBookings() {
  return useQuery({ queryKey: [...familyKey, 'bookings'], queryFn: ({ signal }) => api.get<{ items: Booking[] }>('/family/bookings', { signal }) });
}

export function useRequestBooking() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewBooking) => api.post<Booking>('/family/bookings', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: familyKey }),
  });
}

export type FamilyDecision = 'accept' | 'decline' | 'cancel';

/** Accepting, declining an offer or cancelling: each sends the revision the family saw. */
export function useFamilyDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ booking, decision }: { booking: Booking; decision: FamilyDecision }) => api.post<Booking>(`/family/bookings/${booking.id}/${decision}`, { revision: booking.revision }),
    onSettled: () => void client.invalidateQueries({ queryKey: familyKey }),
  });
}
