import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FamilyChild, FamilyChildInput } from '@youyu/contracts';
import { api } from '../../api/client.ts';

/** Children and bookings are read together (a child's open bookings), so one key covers both. */
export const familyKey = ['bookings', 'family'] as const;

export function useFamilyChildren() {
  return useQuery({ queryKey: [...familyKey, 'children'], queryFn: ({ signal }) => api.get<{ items: FamilyChild[] }>('/family/children', { signal }) });
}

/** Adds a child, or corrects one when `id` is given. */
export function useSaveChild() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: FamilyChildInput & { id?: string }) => (id ? api.put<FamilyChild>(`/family/children/${id}`, input) : api.post<FamilyChild>('/family/children', input)),
    onSuccess: () => void client.invalidateQueries({ queryKey: familyKey }),
  });
}

export function useRemoveChild() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/family/children/${id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: familyKey }),
  });
}
