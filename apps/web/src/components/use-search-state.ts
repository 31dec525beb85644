import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SearchState<K extends string> = Record<K, string | undefined> & { page: number; pageSize: number };

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * List filters kept in the URL, so reloading, the back button and a shared link show the same
 * page. Changing a filter goes back to page 1.
 */
export function useSearchState<K extends string>(keys: readonly K[], defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => {
    const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
    return { ...values, page: positive(params.get('page'), 1), pageSize: positive(params.get('pageSize'), defaultPageSize) };
  }, [params, keys, defaultPageSize]);

  const update = useCallback(
    (patch: Partial<Record<K | 'page' | 'pageSize', string | number | undefined>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  return [state as SearchState<K>, update] as const;
}
