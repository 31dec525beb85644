import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Place, RegisterDetail, RegisterMarkers, RegisterPage } from '@youyu/contracts';
import { api } from '../../api/client.ts';

/** The register's query parameters, as the list and map pages keep them in their URL. */
export type RegisterQuery = {
  near?: string;
  radius?: string;
  walk?: string;
  childBirthDate?: string;
  startDate?: string;
  hasVacancy?: string;
  feeMin?: string;
  feeMax?: string;
  grade?: string;
  ownership?: string;
  sort?: string;
  q?: string;
  district?: string;
  subdistrict?: string;
  kind?: string;
  inclusive?: string;
  classType?: string;
  serviceMode?: string;
  page: number;
  pageSize: number;
};

/** Filed institutions; the previous page stays on screen while the next one loads. */
export function useRegister(query: RegisterQuery) {
  return useQuery({
    queryKey: ['public', 'register', query],
    queryFn: ({ signal }) => api.get<RegisterPage>('/public/institutions', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The same search as points for the map (the first `limit` matches): a fraction of the bytes of whole entries. */
export function useRegisterMarkers(query: Omit<RegisterQuery, 'page' | 'pageSize'> & { limit: number }) {
  return useQuery({
    queryKey: ['public', 'register', 'markers', query],
    queryFn: ({ signal }) => api.get<RegisterMarkers>('/public/institutions/markers', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterEntry(id: string | undefined) {
  return useQuery({
    queryKey: ['public', 'register', 'entry', id],
    queryFn: ({ signal }) => api.get<RegisterDetail>(`/public/institutions/${id}`, { signal }),
    enabled: !!id,
  });
}

/** Places of the city by name, to search from (at least one character typed). */
export function usePlaces(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['public', 'places', q],
    queryFn: ({ signal }) => api.get<Place[]>('/public/places', { query: { q }, signal }),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
