import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClassType, CloseClosureCase, ClosureCaseDetail, ClosureCasePage, InstitutionListItem, NearbyList, NewClosureCase, PrepaymentRefund, RecordPlacement } from '@youyu/contracts';
import { api } from '../../api/client.ts';

const key = ['closures'] as const;

export function useClosureCases(query: { status?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ signal }) => api.get<ClosureCasePage>('/closures', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClosureCase(id: string | undefined) {
  return useQuery({ queryKey: [...key, id], queryFn: ({ signal }) => api.get<ClosureCaseDetail>(`/closures/${id}`, { signal }), enabled: !!id });
}

export function useNearby(id: string, query: { radiusKm?: number; classType?: ClassType }) {
  return useQuery({
    queryKey: [...key, id, 'nearby', query],
    queryFn: ({ signal }) => api.get<NearbyList>(`/closures/${id}/nearby`, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Filed institutions in the caller's jurisdiction whose name matches, for opening a case. */
export function useFiledInstitutions(q: string) {
  return useQuery({
    queryKey: ['institutions', 'filed', q],
    queryFn: ({ signal }) => api.get<{ items: InstitutionListItem[]; total: number }>('/institutions', { query: { q: q || undefined, filingStatus: 'filed', pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every change answers with the whole case: it replaces the cached one, and the lists and vacancies reload. */
function useCaseChange<I>(id: string, send: (input: I) => Promise<ClosureCaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData([...key, id], detail);
      void client.invalidateQueries({ queryKey: [...key, 'list'] });
      void client.invalidateQueries({ queryKey: [...key, id, 'nearby'] });
    },
  });
}

export function useOpenClosure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewClosureCase) => api.post<ClosureCaseDetail>('/closures', input),
    onSuccess: (detail) => {
      client.setQueryData([...key, detail.id], detail);
      void client.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}

export const useRecordPlacement = (id: string) => useCaseChange(id, ({ childId, ...body }: RecordPlacement & { childId: string }) => api.put<ClosureCaseDetail>(`/closures/${id}/placements/${childId}`, body));

export const useRecordRefund = (id: string) =>
  useCaseChange(id, ({ prepaymentId, ...body }: PrepaymentRefund & { prepaymentId: string }) => api.post<ClosureCaseDetail>(`/closures/${id}/prepayments/${prepaymentId}/refund`, body));

export const useCloseCase = (id: string) => useCaseChange(id, (body: CloseClosureCase) => api.post<ClosureCaseDetail>(`/closures/${id}/close`, body));
