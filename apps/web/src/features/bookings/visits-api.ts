import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewVisitSlot, Visit, VisitSlot } from '@youyu/contracts';
import { api } from '../../api/client.ts';

const key = ['bookings', 'visits'] as const;
type Slots = { items: VisitSlot[] };

/** A filed institution's upcoming slots, with the family's own visit in each. */
export function useOpenVisitSlots(institutionId: string | undefined) {
  return useQuery({
    queryKey: [...key, 'open', institutionId],
    queryFn: ({ signal }) => api.get<Slots>(`/family/institutions/${institutionId}/visit-slots`, { signal }),
    enabled: !!institutionId,
  });
}

export function useFamilyVisits() {
  return useQuery({ queryKey: [...key, 'mine'], queryFn: ({ signal }) => api.get<{ items: Visit[] }>('/family/visits', { signal }) });
}

export function useBookVisit() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (slotId: string) => api.post<Visit>('/family/visits', { slotId }), onSettled: () => void client.invalidateQueries({ queryKey: key }) });
}

export function useCancelVisit() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (visitId: string) => api.post<Visit>(`/family/visits/${visitId}/cancel`), onSettled: () => void client.invalidateQueries({ queryKey: key }) });
}

/** The institution's slots with who booked them; `past` adds the ones that have ended. */
export function useInstitutionSlots(institutionId: string, past: boolean) {
  return useQuery({
    queryKey: [...key, 'institution', institutionId, past],
    queryFn: ({ signal }) => api.get<Slots>(`/institutions/${institutionId}/visit-slots`, { query: { past }, signal }),
  });
}

export function usePublishSlot(institutionId: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (slot: NewVisitSlot) => api.post<VisitSlot>(`/institutions/${institutionId}/visit-slots`, slot), onSuccess: () => void client.invalidateQueries({ queryKey: key }) });
}

export function useWithdrawSlot() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (slotId: string) => api.post<void>(`/visit-slots/${slotId}/withdraw`), onSettled: () => void client.invalidateQueries({ queryKey: key }) });
}

export function useCompleteVisit() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (visitId: string) => api.post<void>(`/visits/${visitId}/complete`), onSettled: () => void client.invalidateQueries({ queryKey: key }) });
}
