import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ClassInput,
  ClassPatch,
  ClassRosterList,
  Fee,
  FeeTableInput,
  FilingCheck,
  FilingDetail,
  FilingHistory,
  FilingKind,
  FilingMaterial,
  FilingPage,
  FilingQueueCounts,
  FilingQueueQuery,
  InstitutionBasicsPatch,
  InstitutionDetail,
  ItemReason,
  MaterialCategory,
  StaffInput,
  StaffMember,
  StaffPage,
  StaffPatch,
  UpdateFilingBody,
} from '@youyu/contracts';
import type { z } from 'zod';
import { api, apiBase } from '../../api/client.ts';
import { showChangedRecord, useRecord, useRecordList } from '../../api/record-queries.ts';
import { uploadFile } from '../../api/upload.ts';

type Check = FilingCheck;
type History = FilingHistory;
type Counts = FilingQueueCounts;
type QueueQuery = Partial<Record<keyof z.input<typeof FilingQueueQuery>, string | number | undefined>>;

const key = ['filings'] as const;

export const useFilingQueue = (query: QueueQuery) => useRecordList<FilingPage>(key, '/filings', query);

export function useQueueCounts() {
  return useQuery({ queryKey: [...key, 'counts'], queryFn: ({ signal }) => api.get<Counts>('/filings/queue-counts', { signal }) });
}

export const useFiling = (id: string | undefined) => useRecord<FilingDetail>(key, '/filings', id);

export function useFilingCheck(id: string | undefined, enabled = true) {
  return useQuery({ queryKey: [...key, id, 'check'], queryFn: ({ signal }) => api.get<Check>(`/filings/${id}/check`, { signal }), enabled: !!id && enabled });
}

export function useFilingHistory(institutionId: string | undefined) {
  return useQuery({ queryKey: [...key, 'history', institutionId], queryFn: ({ signal }) => api.get<History>(`/filings/institutions/${institutionId}/history`, { signal }), enabled: !!institutionId });
}

/** Every step answers with the whole filing: it replaces the cached one; lists, checks and the institution reload. */
function useFilingChange<I>(send: (input: I) => Promise<FilingDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      showChangedRecord(client, key, detail);
      void client.invalidateQueries({ queryKey: [...key, 'counts'] });
      void client.invalidateQueries({ queryKey: [...key, detail.id, 'check'] });
      void client.invalidateQueries({ queryKey: [...key, 'history'] });
      void client.invalidateQueries({ queryKey: ['institutions'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useOpenFiling = () => useFilingChange((kind: FilingKind) => api.post<FilingDetail>('/filings', { kind }));
export const useUpdateFiling = (id: string) => useFilingChange((body: UpdateFilingBody) => api.patch<FilingDetail>(`/filings/${id}`, body));
export const useSubmitFiling = (id: string) => useFilingChange((body: { revision: number; signerName: string }) => api.post<FilingDetail>(`/filings/${id}/submit`, { revision: body.revision, commitment: { signerName: body.signerName, accepted: true } }));
export const useCancelFiling = (id: string) => useFilingChange((revision: number) => api.post<FilingDetail>(`/filings/${id}/cancel`, { revision }));
export const useStartReview = (id: string) => useFilingChange((revision: number) => api.post<FilingDetail>(`/filings/${id}/start-review`, { revision }));
export const useReturnFiling = (id: string) => useFilingChange((body: { revision: number; items: ItemReason[] }) => api.post<FilingDetail>(`/filings/${id}/return`, body));
export const useRefuseFiling = (id: string) => useFilingChange((body: { revision: number; items: ItemReason[] }) => api.post<FilingDetail>(`/filings/${id}/refuse`, body));
export const useFileFiling = (id: string) => useFilingChange((body: { revision: number; note?: string }) => api.post<FilingDetail>(`/filings/${id}/file`, body));

export function useStandingChange(institutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, ...body }: { action: 'suspend' | 'reinstate' | 'withdraw'; revision: number; reason: string }) => api.post<History>(`/filings/institutions/${institutionId}/${action}`, body),
    onSuccess: (history) => {
      client.setQueryData([...key, 'history', institutionId], history);
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['institutions'] });
    },
  });
}

export const materialUrl = (filingId: string, materialId: string) => `${apiBase}/filings/${filingId}/materials/${materialId}`;
export const receiptUrl = (filingId: string) => `${apiBase}/filings/${filingId}/receipt.pdf`;

/** Uploads one material with progress; failures become the same ApiError the rest of the app shows. */
export function uploadMaterial(filingId: string, category: MaterialCategory, file: File, language: string, onProgress: (percent: number) => void): Promise<FilingMaterial> {
  return uploadFile<FilingMaterial>(`/filings/${filingId}/materials`, file, { query: { category }, language, onProgress });
}

export function useDeleteMaterial(filingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (materialId: string) => api.delete<void>(`/filings/${filingId}/materials/${materialId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, filingId] }),
  });
}

// ── The director's registry edits ───────────────────────────────────────────────────────────────

const institutionKey = (id: string) => ['institutions', id] as const;

export function useClassRosters(institutionId: string | null) {
  return useQuery({ queryKey: [...institutionKey(institutionId ?? ''), 'rosters'], queryFn: ({ signal }) => api.get<ClassRosterList>(`/institutions/${institutionId}/class-rosters`, { signal }), enabled: !!institutionId });
}

export function useActiveStaff(institutionId: string | null) {
  return useQuery({
    queryKey: [...institutionKey(institutionId ?? ''), 'staff', 'active'],
    queryFn: ({ signal }) => api.get<z.infer<typeof StaffPage>>(`/institutions/${institutionId}/staff`, { query: { status: 'active', pageSize: 100 }, signal }),
    enabled: !!institutionId,
  });
}

/** Any registry edit: the institution, its rosters, staff and the filing's check reload. */
function useRegistryEdit<I, O>(institutionId: string, send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: institutionKey(institutionId) });
      void client.invalidateQueries({ queryKey: key });
    },
  });
}

export const useUpdateBasics = (id: string) => useRegistryEdit(id, (body: InstitutionBasicsPatch) => api.patch<InstitutionDetail>(`/institutions/${id}`, body));
export const useCreateClass = (id: string) => useRegistryEdit(id, (body: ClassInput) => api.post<ClassRosterList>(`/institutions/${id}/classes`, body));
export const useUpdateClass = (id: string) => useRegistryEdit(id, ({ classId, ...body }: ClassPatch & { classId: string }) => api.patch<ClassRosterList>(`/institutions/${id}/classes/${classId}`, body));
export const useDeleteClass = (id: string) => useRegistryEdit(id, (classId: string) => api.delete<ClassRosterList>(`/institutions/${id}/classes/${classId}`));
export const useSetCaregivers = (id: string) => useRegistryEdit(id, ({ classId, staffIds }: { classId: string; staffIds: string[] }) => api.put<ClassRosterList>(`/institutions/${id}/classes/${classId}/caregivers`, { staffIds }));
export const useReplaceFees = (id: string) => useRegistryEdit(id, (body: FeeTableInput) => api.put<{ items: Fee[] }>(`/institutions/${id}/fees`, body));
export const useAddStaff = (id: string) => useRegistryEdit(id, (body: StaffInput) => api.post<StaffMember>(`/institutions/${id}/staff`, body));
export const useUpdateStaff = (id: string) => useRegistryEdit(id, ({ staffId, ...body }: StaffPatch & { staffId: string }) => api.patch<StaffMember>(`/institutions/${id}/staff/${staffId}`, body));
export const useStaffLeaves = (id: string) => useRegistryEdit(id, ({ staffId, leftAt }: { staffId: string; leftAt: string }) => api.post<StaffMember>(`/institutions/${id}/staff/${staffId}/leave`, { leftAt }));
