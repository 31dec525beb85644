import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstitutionPhoto } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { uploadFile } from '../../api/upload.ts';

const photosKey = (institutionId: string) => ['institutions', institutionId, 'photos'] as const;

/** The photos an institution shows on its public page (its director's view). */
export function useInstitutionPhotos(institutionId: string | null) {
  return useQuery({ queryKey: photosKey(institutionId ?? ''), queryFn: ({ signal }) => api.get<InstitutionPhoto[]>(`/institutions/${institutionId}/photos`, { signal }), enabled: !!institutionId });
}

export function useUploadPhoto(institutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, language }: { file: File; language: string }) => uploadFile<InstitutionPhoto>(`/institutions/${institutionId}/photos`, file, { language }),
    onSuccess: () => client.invalidateQueries({ queryKey: photosKey(institutionId) }),
  });
}

export function useDeletePhoto(institutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => api.delete<void>(`/institutions/${institutionId}/photos/${photoId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: photosKey(institutionId) }),
  });
}
