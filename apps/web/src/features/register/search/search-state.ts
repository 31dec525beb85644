import type { RegisterQuery } from '../register-api.ts';

/** What the map page keeps in its URL: the API's parameters, plus the starting point's label and the phone's view. */
export const searchKeys = ['near', 'from', 'radius', 'walk', 'childBirthDate', 'startDate', 'hasVacancy', 'feeMin', 'feeMax', 'grade', 'ownership', 'kind', 'inclusive', 'classType', 'serviceMode', 'district', 'subdistrict', 'sort', 'view'] as const;
export type SearchKey = (typeof searchKeys)[number];
export type SearchValues = Partial<Record<SearchKey, string>>;

/** The filters behind the phone's filter button (not where from, how far or the order). */
export const filterKeys = ['childBirthDate', 'startDate', 'hasVacancy', 'feeMin', 'feeMax', 'grade', 'ownership', 'kind', 'inclusive', 'classType', 'serviceMode', 'district', 'subdistrict'] as const satisfies readonly SearchKey[];

/** How far: the city's 15-minute walk, or a radius in kilometres. */
export const distanceChoices = ['walk15', '1000', '3000', '5000'] as const;
export type DistanceChoice = (typeof distanceChoices)[number];

/** The URL's distance as one of the choices, or null for another (a shared link, a hand-edited URL: radius=30000, walk=30). */
export function distanceChoiceOf(state: SearchValues): DistanceChoice | null {
  if (state.radius) return (distanceChoices as readonly string[]).includes(state.radius) ? (state.radius as DistanceChoice) : null;
  return !state.walk || state.walk === '15' ? 'walk15' : null;
}

export const distancePatch = (choice: DistanceChoice) => (choice === 'walk15' ? { walk: '15', radius: undefined } : { radius: choice, walk: undefined });

export const parseNear = (near: string | undefined) => {
  const [lat, lng] = (near ?? '').split(',').map(Number);
  return near && Number.isFinite(lat) && Number.isFinite(lng) ? { lat: lat!, lng: lng! } : null;
};

/** Six decimals: about 10 cm, more than a phone's location is worth. */
export const nearOf = (point: { lat: number; lng: number }) => `${point.lat.toFixed(6)},${point.lng.toFixed(6)}`;

/** The API query for the page's state: without a starting point, no distance and no distance order. */
export function apiQueryOf(state: SearchValues, page: number, pageSize: number): RegisterQuery {
  const { from: _from, view: _view, ...query } = state;
  const hasNear = !!parseNear(query.near);
  return {
    ...query,
    near: hasNear ? query.near : undefined,
    radius: hasNear ? query.radius : undefined,
    walk: hasNear ? (query.radius ? undefined : (query.walk ?? '15')) : undefined,
    sort: query.sort === 'distance' && !hasNear ? undefined : query.sort,
    page,
    pageSize,
  };
}

export const activeFilterCount = (state: SearchValues) => filterKeys.filter((k) => state[k] && k !== 'startDate' && k !== 'feeMax').length + (state.feeMax && !state.feeMin ? 1 : 0);
