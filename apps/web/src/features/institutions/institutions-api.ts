import { useQuery } from '@tanstack/react-query';
import type { InstitutionClass, InstitutionDetail, InstitutionSummary } from '@youyu/contracts';
import { api } from '../../api/client.ts';

export function useInstitution(id: string | null) {
  return useQuery({
    queryKey: ['institutions', id],
    queryFn: () => api.get<InstitutionDetail>(`/institutions/${id}`),
    enabled: !!id,
  });
}

export function useInstitutionClasses(id: string | null) {
  return useQuery({
    queryKey: ['institutions', id, 'classes'],
    queryFn: async () => (await api.get<{ items: InstitutionClass[] }>(`/institutions/${id}/classes`)).items,
    enabled: !!id,
  });
}

/** Counts for a regulator's jurisdiction (their own when `jurisdiction` is omitted). */
export function useInstitutionSummary(jurisdiction: string | null, enabled = true) {
  return useQuery({
    queryKey: ['institutions', 'summary', jurisdiction],
    queryFn: () => api.get<InstitutionSummary>('/institutions/summary', { query: { jurisdiction } }),
    enabled,
  });
}
