import { ageInMonths, classTypes, classTypesForAge, serviceModes, type ClassType, type Place, type RegisterDetail, type RegisterItem, type RegisterListQuery, type RegisterMarkerQuery, type RegisterMarkers, type RegisterPage } from '@youyu/contracts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { areaNames, type AreaName } from '../jurisdictions/index.ts';
import { resolvePolicy } from '../policies/index.ts';
import type { Circle } from './geo.ts';
import { listPhotos } from './photos.repository.ts';
import { centreOf, findPlacesNamed } from './places.repository.ts';
import { toPhoto } from './photos.service.ts';
import { RegisterErrors } from './register.errors.ts';
import { facetValues } from './search-positions.ts';
import { findPublishedRow, listMarkerRows, listPublishedClasses, listPublishedFees, listRegisterRows, type RegisterRow, type RegisterSearch } from './register.repository.ts';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** The calendar date in Asia/Shanghai of an instant. */
const shanghaiDate = (instant: Date) => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** In the vocabulary's order (乳儿班 before 托小班…), not the database's alphabetical one. */
const byVocabulary =
  <T extends string>(vocabulary: readonly T[]) =>
  (a: T, b: T) =>
    vocabulary.indexOf(a) - vocabulary.indexOf(b);

/** A register entry carries only facts about the institution: no people, no contact person. */
function toItem(row: RegisterRow, names: Map<string, AreaName>): RegisterItem {
  const district = names.get(row.districtCode);
  const subdistrict = names.get(row.subdistrictCode);
  return {
    id: row.id,
    name: row.name,
    // A filed institution always has both (institutions_filed_check).
    filingNumber: row.filingNumber!,
    filedOn: shanghaiDate(row.filedAt!),
    kind: row.kind,
    ownership: row.ownership,
    inclusive: row.isInclusive,
    brand: row.brand,
    districtCode: row.districtCode,
    districtName: district?.nameZh ?? row.districtCode,
    districtNameEn: district?.nameEn ?? null,
    subdistrictCode: row.subdistrictCode,
    subdistrictName: subdistrict?.nameZh ?? row.subdistrictCode,
    subdistrictNameEn: subdistrict?.nameEn ?? null,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    places: row.places,
    classTypes: facetValues(row.facets ?? 0, 'classType'),
    serviceModes: facetValues(row.facets ?? 0, 'serviceMode'),
    feeRange: row.minMonthlyFeeFen !== null && row.maxMonthlyFeeFen !== null ? { minMonthlyFeeFen: row.minMonthlyFeeFen, maxMonthlyFeeFen: row.maxMonthlyFeeFen } : null,
    vacancies: row.vacancies,
    ...(row.distanceM !== null ? { distanceM: row.distanceM } : {}),
    rating: { average: row.ratingAverage, count: row.ratingCount },
  };
}

/** Parameters that are each valid but contradict each other: a clear 400 rather than a guess. */
function checkCombination(q: RegisterListQuery, today: string): void {
  const fail = (code: string, path: string) => {
    throw new DomainError(code, {}, [{ path, code }]);
  };
  if (q.sort === 'distance' && !q.near) fail(RegisterErrors.REGISTER_SORT_NEEDS_NEAR, 'sort');
  if ((q.radius !== undefined || q.walk !== undefined) && !q.near) fail(RegisterErrors.REGISTER_DISTANCE_NEEDS_NEAR, q.radius !== undefined ? 'radius' : 'walk');
  if (q.radius !== undefined && q.walk !== undefined) fail(RegisterErrors.REGISTER_RADIUS_AND_WALK, 'walk');
  if (q.startDate && !q.childBirthDate) fail(RegisterErrors.REGISTER_START_NEEDS_BIRTH_DATE, 'startDate');
  if (q.childBirthDate && q.childBirthDate > (q.startDate ?? today)) fail(RegisterErrors.REGISTER_START_BEFORE_BIRTH, q.startDate ? 'startDate' : 'childBirthDate');
  if (q.feeMin !== undefined && q.feeMax !== undefined && q.feeMin > q.feeMax) fail(RegisterErrors.REGISTER_FEE_RANGE_INVERTED, 'feeMin');
}

/** A number of the profile; the national rule set always has these, so a gap is a broken installation. */
function numberOf(values: Record<string, { value: unknown } | undefined>, key: string): number {
  const value = values[key]?.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Policy ${key} has no number`);
  return value;
}

/**
 * The city profile's numbers, kept a minute per city and day: every map search needs them, they
 * change only when a profile is published, and answers may be cached that long anyway.
 */
const RULES_TTL_MS = 60_000;
const rulesCache = new Map<string, { until: number; values: Promise<Record<string, { value: unknown }>> }>();
function cityRules(ctx: RequestContext, cityCode: string, today: string) {
  const key = `${cityCode}/${today}`;
  const hit = rulesCache.get(key);
  if (hit && hit.until > Date.now()) return hit.values;
  const values = resolvePolicy(ctx.db, cityCode, today).then((p) => p.values);
  // A failed look-up is not kept: the next search asks again.
  values.catch(() => rulesCache.delete(key));
  rulesCache.set(key, { until: Date.now() + RULES_TTL_MS, values });
  return values;
}

/**
 * The search as the repository runs it. The numbers come from the city's policy profile: the
 * walking speed (a 15-minute walk is 15 × catchment.walkingSpeed metres), the distance used when
 * only a point is given (catchment.acceptableDistance), and the mixed class's minimum age.
 */
async function searchOf(ctx: RequestContext, cityCode: string, query: RegisterListQuery): Promise<RegisterSearch> {
  const today = shanghaiDate(new Date());
  checkCombination(query, today);
  const needsPolicy = !!query.near || !!query.childBirthDate;
  const policy = needsPolicy ? await cityRules(ctx, cityCode, today) : {};
  let circle: Circle | null = null;
  if (query.near) {
    const radiusM = query.radius ?? (query.walk !== undefined ? query.walk * numberOf(policy, 'catchment.walkingSpeed') : numberOf(policy, 'catchment.acceptableDistance'));
    circle = { ...query.near, radiusM };
  }
  let types: ClassType[] | null = query.classType ? [query.classType] : null;
  if (query.childBirthDate) {
    const forAge = classTypesForAge(ageInMonths(query.childBirthDate, query.startDate ?? today), numberOf(policy, 'classRules.mixedMinAgeMonths'));
    types = types ? types.filter((t) => forAge.includes(t)) : forAge;
  }
  return { query, circle, classTypes: types, sort: query.sort ?? null };
}

export async function listRegister(ctx: RequestContext, cityCode: string, query: RegisterListQuery): Promise<RegisterPage> {
  const search = await searchOf(ctx, cityCode, query);
  const [{ items, total }, names] = await Promise.all([listRegisterRows(ctx.db, search), areaNames(ctx.db)]);
  return { items: items.map((row) => toItem(row, names)), total, ...(search.circle ? { radiusM: Math.round(search.circle.radiusM) } : {}) };
}

/**
 * The map's points for a search: the first `limit` matches in the list's order, each only what a
 * point needs (a quarter of a list entry's bytes), and the number of matches.
 */
export async function listRegisterMarkers(ctx: RequestContext, cityCode: string, { limit, ...query }: RegisterMarkerQuery): Promise<RegisterMarkers> {
  const search = await searchOf(ctx, cityCode, { ...query, page: 1, pageSize: limit });
  const { items, total } = await listMarkerRows(ctx.db, search);
  return {
    items: items.map(({ isInclusive, distanceM, ...marker }) => ({ ...marker, inclusive: isInclusive, ...(distanceM !== null ? { distanceM } : {}) })),
    total,
    ...(search.circle ? { radiusM: Math.round(search.circle.radiusM) } : {}),
  };
}

/** One published institution; unknown, unfiled, withdrawn and malformed ids are all simply not found. */
export async function getRegisterEntry(ctx: RequestContext, id: string): Promise<RegisterDetail> {
  const row = isUuid.test(id) ? await findPublishedRow(ctx.db, id) : null;
  if (!row) throw notFound();
  const [classRows, feeRows, photoRows] = [await listPublishedClasses(ctx.db, id), await listPublishedFees(ctx.db, id), await listPhotos(ctx.db, id)];
  const classOrder = byVocabulary(classTypes);
  return {
    ...toItem(row, await areaNames(ctx.db)),
    creditCode: row.creditCode,
    legalNature: row.legalNature,
    phone: row.phone,
    openingHours: row.openingHours,
    hasMeals: row.hasMeals,
    grade: row.grade,
    classes: classRows.sort((a, b) => classOrder(a.classType, b.classType)),
    fees: feeRows.sort((a, b) => classOrder(a.classType, b.classType) || byVocabulary(serviceModes)(a.serviceMode, b.serviceMode)),
    photos: photoRows.map(toPhoto),
  };
}

/** Places of the city named like the text, each with a point to search from; places without one are left out. */
export async function searchPlaces(ctx: RequestContext, cityCode: string, text: string): Promise<Place[]> {
  const places: Place[] = [];
  for (const row of await findPlacesNamed(ctx.db, cityCode, text)) {
    const centre = await centreOf(ctx.db, row);
    if (centre) places.push({ code: row.code, level: row.level, name: row.name, nameEn: row.nameEn, parentName: row.parentName, ...centre });
  }
  return places;
}
