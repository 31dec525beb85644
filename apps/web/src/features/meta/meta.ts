import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

type CityKey = keyof typeof cities;
/** The base map under the public map (server configuration); null: boundaries and institutions only. */
export type BaseMap = { kind: 'style' | 'xyz'; url: string; attribution: string | null } | { kind: 'tianditu'; key: string };
export type Meta = { name: 'youyu'; version: string; isDemo: boolean; city: CityKey; cityCode: string; baseMap: BaseMap | null };

/**
 * The cities Youyu ships data for, by the name the server's config uses (the contracts' cityCodes,
 * restated so the first page load doesn't pull in the schema library).
 */
export const cities = {
  beijing: { code: '110000' },
  tianjin: { code: '120000' },
  chongqing: { code: '500000' },
} as const;

/** The city this deployment serves (YOUYU_CITY on the server), once /meta has answered. */
export function cityOf(meta: Meta | undefined): { key: CityKey; code: string } | null {
  return meta ? { key: meta.city, code: meta.cityCode } : null;
}

const metaKey = ['meta'] as const;

/** Platform facts (demo mode, city); they don't change while the page is open. */
export function useMeta() {
  return useQuery({ queryKey: metaKey, queryFn: () => api.get<Meta>('/meta', { quiet: true }), staleTime: Infinity });
}
