import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Booking, BookingListQuery, BookingPage, ClassPlaces } from '@youyu/contracts';
import { api } from '../../api/client.ts';

const key = ['bookings', 'institution'] as const;

export function useInstitutionBookings(institutionId: string, query: BookingListQuery) {
  return useQuery({
    queryKey: [...key, institutionId, 'list', query],
    queryFn: ({ signal }) => api.get<BookingPage>(`/institutions/${institutionId}/bookings`, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Each class's capacity, held places (enrolled + open offers) and vacancies. */
export function useClassPlaces(institutionId: string) {
  return useQuery({ queryKey: [...key, institutionId, 'places'], queryFn: ({ signal }) => api.get<ClassPlaces>(`/institutions/${institutionId}/class-places`, { signal }) });
}

export type InstitutionDecision = { action: 'offer'; classId: string } | { action: 'waitlist' } | { action: 'decline'; reason: string };

/** Offer a place, waitlist or decline: each sends the revision the staff member saw. */
export function useInstitutionDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ booking, decision: { action, ...body } }: { booking: Booking; decision: InstitutionDecision }) => api.post<Booking>(`/bookings/${booking.id}/${action}`, { ...body, revision: booking.revision }),
    onSettled: () => void client.invalidateQueries({ queryKey: key }),
  });
}
