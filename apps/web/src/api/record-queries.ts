import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type Query } from './client.ts';

/**
 * The cache layout the kinds of record share, each under its own key (`['cases']`): its lists at
 * `[...key, 'list', query]` and every record at `[...key, id]`. Keeping one layout lets a change
 * put the record it answers with straight into the cache.
 */
type RecordKey = readonly string[];

/** A page of records; the page on screen stays while the next one loads. */
export function useRecordList<T>(key: RecordKey, path: string, query: Query) {
  return useQuery({ queryKey: [...key, 'list', query], queryFn: ({ signal }) => api.get<T>(path, { query, signal }), placeholderData: keepPreviousData });
}

/** One record at `${path}/${id}`; nothing is asked until there is an id. */
export function useRecord<T>(key: RecordKey, path: string, id: string | undefined) {
  return useQuery({ queryKey: [...key, id], queryFn: ({ signal }) => api.get<T>(`${path}/${id}`, { signal }), enabled: !!id });
}

/** After a change answered with the whole record: show it, and reload the lists it stands in. */
export function showChangedRecord(client: QueryClient, key: RecordKey, record: { id: string }) {
  client.setQueryData([...key, record.id], record);
  void client.invalidateQueries({ queryKey: [...key, 'list'] });
}
