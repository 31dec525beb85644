import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClassType, CloseClosureCase, ClosureCaseDetail, ClosureCasePage, InstitutionListItem, NearbyList, NewClosureCase, PrepaymentRefund, RecordPlacement } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { showChangedRecord, useRecord, useRecordList } from '../../api/record-queries.ts';

const key = ['closures'] as const;

export const useClosureCases = (query: { status?: string; page: number; pageSize: number }) => useRecordList<ClosureCasePage>(key, '/closures', query);
export const useClosureCase = (id: string | undefined) => useRecord<ClosureCaseDetail>(key, '/closures', id);

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
      showChangedRecord(client, key, detail);
      void client.invalidateQueries({ queryKey: [...key, id, 'nearby'] });
    },
  });
}

export function useOpenClosure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewClosureCase) => api.post<ClosureCaseDetail>('/closures', input),
    onSuccess: (detail) => showChangedRecord(client, key, detail),
  });
}

export const useRecordPlacement = (id: string) => useCaseChange(id, ({ childId, ...body }: RecordPlacement & { childId: string }) => api.put<ClosureCaseDetail>(`/closures/${id}/placements/${childId}`, body));

export const useRecordRefund = (id: string) =>
  useCaseChange(id, ({ prepaymentId, ...body }: PrepaymentRefund & { prepaymentId: string }) => api.post<ClosureCaseDetail>(`/closures/${id}/prepayments/${prepaymentId}/refund`, body));

export const useCloseCase = (id: string) => useCaseChange(id, (body: CloseClosureCase) => api.post<ClosureCaseDetail>(`/closures/${id}/close`, body));
