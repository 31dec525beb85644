import type { Boundary, BoundaryFeatureCollection, JurisdictionDetail, JurisdictionList, JurisdictionListQuery, JurisdictionSummary } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { containsPoint } from './geometry.ts';
import { ancestorsOf, descendantPrefix } from './jurisdiction-codes.ts';
import * as repo from './jurisdictions.repository.ts';
import type { Jurisdiction } from './jurisdictions.repository.ts';
import type { JurisdictionRow } from './jurisdictions.tables.ts';
import { toDetail, toSummary } from './jurisdictions.views.ts';

// ── Functions other modules call (through index.ts) ────────────────────────────────────────────

export function findJurisdiction(exec: Executor, code: string): Promise<Jurisdiction | undefined> {
  return repo.findNode(exec, code);
}

export async function getJurisdiction(exec: Executor, code: string): Promise<Jurisdiction> {
  const node = await repo.findNode(exec, code);
  if (!node) throw notFound({ code });
  return node;
}

export function listChildren(exec: Executor, parentCode: string): Promise<Jurisdiction[]> {
  return repo.listChildNodes(exec, parentCode);
}

export function listDistricts(exec: Executor, cityCode: string): Promise<Jurisdiction[]> {
  return repo.listChildNodes(exec, cityCode, 'district');
}

export function listSubdistricts(exec: Executor, districtCode: string): Promise<Jurisdiction[]> {
  return repo.listChildNodes(exec, districtCode, 'subdistrict');
}

/** The city's district shapes (cleaned of slivers at import), for maps and for placing demo data. */
export async function listDistrictBoundaries(exec: Executor, cityCode: string): Promise<{ code: string; name: string; boundary: Boundary }[]> {
  return (await repo.listDistrictShapes(exec, cityCode)).map((s) => ({ code: s.code, name: s.nameZh, boundary: s.boundary! }));
}

export type Location = { districtCode: string; subdistrictCode: string | null };

/**
 * Which district (and subdistrict, where an administrator has drawn one) holds a WGS-84 point.
 * The shipped shapes are simplified: points within a few hundred metres of a border may land on
 * either side or outside every district (null). Institutions should confirm the derived district.
 */
export async function locateSubdistrict(exec: Executor, lat: number, lng: number): Promise<Location | null> {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const hits = (await repo.listShapesAround(exec, lng, lat)).filter((s) => s.boundary && containsPoint(s.boundary, lng, lat));
  const district = hits.find((s) => s.level === 'district');
  const subdistrict = hits.find((s) => s.level === 'subdistrict' && (!district || s.parentCode === district.code));
  const districtCode = district?.code ?? subdistrict?.parentCode;
  return districtCode ? { districtCode, subdistrictCode: subdistrict?.code ?? null } : null;
}

// ── Use cases behind the routes ────────────────────────────────────────────────────────────────

async function getCity(exec: Executor, cityCode: string): Promise<Jurisdiction> {
  const city = await getJurisdiction(exec, cityCode);
  if (city.level !== 'city') throw notFound({ code: cityCode });
  return city;
}

export async function listPublicDistricts(ctx: RequestContext, cityCode: string): Promise<JurisdictionSummary[]> {
  await getCity(ctx.db, cityCode);
  return (await listDistricts(ctx.db, cityCode)).map(toSummary);
}

export async function listPublicChildren(ctx: RequestContext, code: string): Promise<JurisdictionSummary[]> {
  await getJurisdiction(ctx.db, code);
  return (await listChildren(ctx.db, code)).map(toSummary);
}

/** The detail screen: figures with their sources, the shape, the path from the city, the counts below. */
export async function detailOf(exec: Executor, row: JurisdictionRow): Promise<JurisdictionDetail> {
  const [ancestors, counts] = await Promise.all([repo.listNodes(exec, ancestorsOf(row.code).filter((c) => c !== row.code)), repo.countDescendants(exec, row.code, descendantPrefix(row.code))]);
  return toDetail(row, ancestors, counts);
}

export async function getJurisdictionDetail(ctx: RequestContext, code: string): Promise<JurisdictionDetail> {
  const row = await repo.findRow(ctx.db, code);
  if (!row) throw notFound({ code });
  return detailOf(ctx.db, row);
}

export async function searchJurisdictions(ctx: RequestContext, query: JurisdictionListQuery): Promise<JurisdictionList> {
  const { items, total } = await repo.searchNodes(ctx.db, query);
  return { items: items.map(toSummary), total };
}

// Serialised FeatureCollections by city and version: the shapes change rarely and weigh hundreds
// of kilobytes. Keyed by version, so a server never serves a stale one after an edit elsewhere.
const boundaryCache = new Map<string, string>();
const BOUNDARY_CACHE_SIZE = 6;

export type CityBoundaries = { etag: string; json: string | null };

/** The city's district shapes as GeoJSON; `json` is null when the caller's copy (`ifNoneMatch`) is current. */
export async function getCityBoundaries(ctx: RequestContext, cityCode: string, ifNoneMatch: string | undefined): Promise<CityBoundaries> {
  await getCity(ctx.db, cityCode);
  const version = await repo.districtsVersion(ctx.db, cityCode);
  const etag = `"${cityCode}-${version}"`;
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return { etag, json: null };
  const key = `${cityCode}:${version}`;
  let json = boundaryCache.get(key);
  if (!json) {
    const shapes = await repo.listDistrictShapes(ctx.db, cityCode);
    const collection: BoundaryFeatureCollection = {
      type: 'FeatureCollection',
      features: shapes.map((s) => ({ type: 'Feature', id: s.code, properties: { code: s.code, name: s.nameZh, nameEn: s.nameEn }, geometry: s.boundary! })),
    };
    json = JSON.stringify(collection);
    for (const old of [...boundaryCache.keys()].filter((k) => k.startsWith(`${cityCode}:`))) boundaryCache.delete(old);
    if (boundaryCache.size >= BOUNDARY_CACHE_SIZE) boundaryCache.delete(boundaryCache.keys().next().value!);
    boundaryCache.set(key, json);
  }
  return { etag, json };
}
