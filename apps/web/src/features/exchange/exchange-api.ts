import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey, ApiKeyList, BatchMode, BatchReport, CreateApiKeyBody, CreatedApiKey, FilingRate, RegistrationQueuePage } from '@youyu/contracts';
import { api, type Query } from '../../api/client.ts';
import { uploadTable } from '../imports/upload-table.ts';

const key = ['exchange'] as const;

export function useRegistrationQueue(query: Query) {
  return useQuery({
    queryKey: [...key, 'registrations', query],
    queryFn: ({ signal }) => api.get<RegistrationQueuePage>('/exchange/registrations', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useFilingRate(jurisdiction: string | null | undefined) {
  return useQuery({
    queryKey: [...key, 'filing-rate', jurisdiction],
    queryFn: ({ signal }) => api.get<FilingRate>('/exchange/filing-rate', { query: { jurisdiction }, signal }),
    enabled: !!jurisdiction,
  });
}

export function useSendInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (institutionId: string) => api.post<{ invitedAt: string }>(`/exchange/registrations/${institutionId}/invitation`),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'registrations'] }),
  });
}

/** A registrar's batch: checked first (`check`), then sent again with the chosen way of writing. */
export function useUploadBatch(language: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: BatchMode }) => uploadTable<BatchReport>('/exchange/registration-batches', file, { query: { mode }, language }),
    onSuccess: (report) => {
      if (report.isWritten) void client.invalidateQueries({ queryKey: key });
    },
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: [...key, 'api-keys'], queryFn: ({ signal }) => api.get<ApiKeyList>('/exchange/api-keys', { signal }) });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyBody) => api.post<CreatedApiKey>('/exchange/api-keys', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ApiKey>(`/exchange/api-keys/${id}/revoke`),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'api-keys'] }),
  });
}
