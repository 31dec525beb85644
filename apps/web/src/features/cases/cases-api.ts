import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AcknowledgeCase, CaseDetail, CaseEvidence, CasePage, CaseReceipt, CaseReplyInput, CaseStepInput, MyCaseList, NewComplaint, NewReport, PublicCase, SatisfactionInput } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { showChangedRecord, useRecord, useRecordList } from '../../api/record-queries.ts';
import { uploadFile } from '../../api/upload.ts';

const key = ['cases'] as const;

export function useSubmitReport() {
  return useMutation({ mutationFn: (input: NewReport) => api.post<CaseReceipt>('/public/cases', input) });
}

export function useSubmitComplaint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewComplaint) => api.post<CaseReceipt>('/family/complaints', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'mine'] }),
  });
}

export function uploadEvidence(trackingCode: string, file: File, language: string): Promise<CaseEvidence> {
  return uploadFile<CaseEvidence>(`/public/cases/${trackingCode}/evidence`, file, { language });
}

/** A case by its tracking code; a wrong code is a 404 the page explains, not an error to retry. */
export function usePublicCase(code: string | undefined) {
  return useQuery({
    queryKey: [...key, 'public', code],
    queryFn: ({ signal }) => api.get<PublicCase>(`/public/cases/${encodeURIComponent(code!)}`, { signal, quiet: true }),
    enabled: !!code,
    retry: false,
  });
}

export function useGiveSatisfaction(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SatisfactionInput) => api.post<PublicCase>(`/public/cases/${encodeURIComponent(code)}/satisfaction`, input),
    onSuccess: (found) => client.setQueryData([...key, 'public', code], found),
  });
}

export function useMyComplaints() {
  return useQuery({ queryKey: [...key, 'mine'], queryFn: ({ signal }) => api.get<MyCaseList>('/family/complaints', { signal }) });
}

export type CaseQueueQuery = { category?: string; state?: string; overdue?: string; urgent?: string; page: number; pageSize: number };

export const useCaseQueue = (query: CaseQueueQuery) => useRecordList<CasePage>(key, '/cases', query);
export const useCase = (id: string | undefined) => useRecord<CaseDetail>(key, '/cases', id);

/** Every handling step answers with the whole case: it replaces the cached one, and the queue reloads. */
function useCaseChange<I>(id: string, send: (input: I) => Promise<CaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => showChangedRecord(client, key, detail),
    // A conflict means someone else handled it: show the case as it is now.
    onError: () => void client.invalidateQueries({ queryKey: [...key, id] }),
  });
}

export const useAcknowledgeCase = (id: string) => useCaseChange(id, (body: AcknowledgeCase) => api.post<CaseDetail>(`/cases/${id}/acknowledge`, body));
export const useRecordStep = (id: string) => useCaseChange(id, (body: CaseStepInput) => api.post<CaseDetail>(`/cases/${id}/steps`, body));
export const useReplyToCase = (id: string) => useCaseChange(id, (body: CaseReplyInput) => api.post<CaseDetail>(`/cases/${id}/reply`, body));
