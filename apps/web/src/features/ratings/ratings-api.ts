import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ModerateRating, ModerationItem, ModerationPage, MyRating, MyRatingList, PublicRating, PublicRatingPage, RatingEligibility, RatingInput, RatingStatus } from '@youyu/contracts';
import { api } from '../../api/client.ts';

const key = ['ratings'] as const;

/** Published ratings of an institution with its averages (public). */
export function usePublicRatings(institutionId: string, pageSize: number) {
  return useQuery({
    queryKey: [...key, 'public', institutionId, pageSize],
    queryFn: ({ signal }) => api.get<PublicRatingPage>(`/public/institutions/${institutionId}/ratings`, { query: { pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRatingEligibility(institutionId: string | undefined) {
  return useQuery({
    queryKey: [...key, 'eligibility', institutionId],
    queryFn: ({ signal }) => api.get<RatingEligibility>('/family/ratings/eligibility', { query: { institutionId }, signal }),
    enabled: !!institutionId,
  });
}

export function useMyRatings() {
  return useQuery({ queryKey: [...key, 'mine'], queryFn: ({ signal }) => api.get<MyRatingList>('/family/ratings', { signal }) });
}

export function useSaveRating() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RatingInput) => api.put<MyRating>('/family/ratings', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
}

export function useInstitutionRatings(institutionId: string, query: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'institution', institutionId, query],
    queryFn: ({ signal }) => api.get<PublicRatingPage>(`/institutions/${institutionId}/ratings`, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReplyToRating(institutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ratingId, reply }: { ratingId: string; reply: string }) => api.post<PublicRating>(`/institutions/${institutionId}/ratings/${ratingId}/reply`, { reply }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
}

export function useModerationQueue(query: { status: RatingStatus; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'moderation', query],
    queryFn: ({ signal }) => api.get<ModerationPage>('/ratings/moderation', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useModerateRating() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ModerateRating & { id: string }) => api.post<ModerationItem>(`/ratings/${id}/moderate`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
}
