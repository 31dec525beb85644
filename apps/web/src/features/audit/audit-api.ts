import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditChainReport, AuditPage, AuditQuery } from '@youyu/contracts';
import { api } from '../../api/client.ts';

export type AuditFilters = Partial<Omit<AuditQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: () => api.get<AuditPage>('/admin/audit', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => api.post<AuditChainReport>('/admin/audit/verify') });
}
