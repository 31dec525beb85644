import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NotificationPage, UnreadCount } from '@youyu/contracts';
import { api } from '../../api/client.ts';

const key = ['notifications'] as const;

/** The unread count for the bell; refreshed every minute while the portal is open. */
export function useUnreadCount() {
  return useQuery({ queryKey: [...key, 'unread'], queryFn: ({ signal }) => api.get<z.infer<typeof UnreadCount>>('/notifications/unread-count', { signal, quiet: true }), refetchInterval: 60_000 });
}

export function useNotifications(query: { page: number; pageSize: number; unread?: boolean }) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ signal }) => api.get<z.infer<typeof NotificationPage>>('/notifications', { query: { ...query, unread: query.unread ? 'true' : undefined }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => api.post<z.infer<typeof UnreadCount>>(id === 'all' ? '/notifications/read-all' : `/notifications/${id}/read`),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
}
