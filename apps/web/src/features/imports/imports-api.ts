import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommitMode, ImportJob, ImportJobPage, ImportProblemPage } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { showChangedRecord } from '../../api/record-queries.ts';
import { uploadTable } from './upload-table.ts';

const key = ['imports'] as const;
const isWorking = (job: ImportJob | undefined) => job?.status === 'validating' || job?.status === 'importing';

export function useImportJobs(page: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'list', page],
    queryFn: ({ signal }) => api.get<ImportJobPage>('/imports', { query: page, signal }),
    placeholderData: keepPreviousData,
    // A job in the list may still be working; its row follows along.
    refetchInterval: (query) => (query.state.data?.items.some(isWorking) ? 2000 : false),
  });
}

/** One job, polled every second while the server works on it. */
export function useImportJob(id: string | undefined) {
  return useQuery({
    queryKey: [...key, id],
    queryFn: ({ signal }) => api.get<ImportJob>(`/imports/${id}`, { signal }),
    enabled: !!id,
    refetchInterval: (query) => (isWorking(query.state.data) ? 1000 : false),
  });
}

export function useImportProblems(id: string, page: { page: number; pageSize: number }, enabled: boolean) {
  return useQuery({
    queryKey: [...key, id, 'problems', page],
    queryFn: ({ signal }) => api.get<ImportProblemPage>(`/imports/${id}/problems`, { query: page, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useStartImport(language: string, onProgress: (percent: number) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadTable<ImportJob>('/imports', file, { language, onProgress }),
    onSuccess: (job) => showChangedRecord(client, key, job),
  });
}

export function useCommitImport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mode: CommitMode) => api.post<ImportJob>(`/imports/${id}/commit`, { mode }),
    onSuccess: (job) => showChangedRecord(client, key, job),
  });
}
