import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BoundaryFeatureCollection, JurisdictionSummary } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { cities, cityOf, useMeta } from '../meta/meta.ts';

export type District = JurisdictionSummary;
export type BoundaryCollection = BoundaryFeatureCollection;

/** The English name in English when one is kept, else the Chinese name. */
export const localName = (place: { name: string; nameEn: string | null }, language: string) => (language.startsWith('en') && place.nameEn ? place.nameEn : place.name);

/** The city a district or subdistrict code belongs to: its first two digits, zero-padded. */
const cityCodeOf = (code: string) => `${code.slice(0, 2)}0000`;

export function useDistricts(cityCode: string | undefined) {
  return useQuery({
    queryKey: ['public', 'jurisdictions', cityCode, 'districts'],
    queryFn: () => api.get<District[]>(`/public/jurisdictions/${cityCode}/districts`),
    enabled: !!cityCode,
    staleTime: 60 * 60_000,
  });
}

export function useBoundaries(cityCode: string | undefined) {
  return useQuery({
    queryKey: ['public', 'jurisdictions', cityCode, 'boundaries'],
    queryFn: () => api.get<BoundaryCollection>(`/public/jurisdictions/${cityCode}/boundaries`),
    enabled: !!cityCode,
    staleTime: Infinity,
  });
}

/** The level above a code: district → city, subdistrict → district, community → subdistrict. */
export function parentCodeOf(code: string): string | null {
  if (code.length === 12) return code.slice(0, 9);
  if (code.length === 9) return code.slice(0, 6);
  const city = cityCodeOf(code);
  return code === city ? null : city;
}

/**
 * A jurisdiction's name for display: cities from the catalogue, anything below from its parent's
 * public list of children; the code itself while the name loads or when none is known.
 */
export function useJurisdictionName(code: string | null | undefined): string | null {
  const { t, i18n } = useTranslation();
  const city = Object.entries(cities).find(([, c]) => c.code === code)?.[0];
  const siblings = useChildJurisdictions(code && !city ? parentCodeOf(code) : null);
  if (!code) return null;
  if (city) return t(`common:cities.${city}`);
  const place = siblings.data?.find((j) => j.code === code);
  return place ? localName(place, i18n.language) : code;
}

/** The next level down (districts of a city, subdistricts of a district), for naming areas in charts. */
export function useChildJurisdictions(code: string | null | undefined) {
  return useQuery({
    queryKey: ['public', 'jurisdictions', code, 'children'],
    queryFn: () => api.get<JurisdictionSummary[]>(`/public/jurisdictions/${code}/children`),
    enabled: !!code,
    staleTime: 60 * 60_000,
  });
}

/** Where a staff member's place pickers start: their own jurisdiction, else the deployment's city. */
export function useJurisdictionRoot(ownCode: string | null): { code: string; name: string } | null {
  const city = cityOf(useMeta().data);
  const code = ownCode ?? city?.code ?? null;
  const name = useJurisdictionName(code);
  return code && name ? { code, name } : null;
}
