import { useQuery } from '@tanstack/react-query';
import type { CityKey } from '@youyu/contracts';
import { api } from '../../api/client.ts';

export type Meta = { name: 'youyu'; version: string; isDemo: boolean; demoCity: string | null };

/**
 * The cities Youyu ships data for, by the name the server's config uses (the contracts' cityCodes,
 * restated so the first page load doesn't pull in the schema library).
 */
export const cities = {
  beijing: { code: '110000' },
  tianjin: { code: '120000' },
  chongqing: { code: '500000' },
} as const satisfies Record<CityKey, { code: string }>;

/** The city this deployment serves, when the server says (today: the demo city). */
export function cityOf(meta: Meta | undefined): { key: CityKey; code: string } | null {
  const key = meta?.demoCity;
  if (!key || !(key in cities)) return null;
  return { key: key as CityKey, code: cities[key as CityKey].code };
}

const metaKey = ['meta'] as const;

/** Platform facts (demo mode, city); they don't change while the page is open. */
export function useMeta() {
  return useQuery({ queryKey: metaKey, queryFn: () => api.get<Meta>('/meta', { quiet: true }), staleTime: Infinity });
}
