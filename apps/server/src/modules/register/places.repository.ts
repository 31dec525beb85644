import { and, asc, avg, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { JurisdictionLevel } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { institutions } from '../institutions/index.ts';
import { jurisdictions } from '../jurisdictions/index.ts';

const MAX_PLACES = 10;
const parent = alias(jurisdictions, 'parent');
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Districts, subdistricts and communities of the city whose name holds the text: exact names first, then higher levels, shorter names. */
export function findPlacesNamed(exec: Executor, cityCode: string, text: string) {
  const levelOrder = sql`case ${jurisdictions.level} when 'district' then 0 when 'subdistrict' then 1 else 2 end`;
  return exec
    .select({ code: jurisdictions.code, level: jurisdictions.level, name: jurisdictions.nameZh, nameEn: jurisdictions.nameEn, parentCode: jurisdictions.parentCode, parentName: parent.nameZh })
    .from(jurisdictions)
    .leftJoin(parent, eq(parent.code, jurisdictions.parentCode))
    .where(
      and(
        like(jurisdictions.code, `${cityCode.slice(0, 2)}%`),
        inArray(jurisdictions.level, ['district', 'subdistrict', 'community']),
        or(ilike(jurisdictions.nameZh, containing(text)), ilike(jurisdictions.nameEn, containing(text))),
      ),
    )
    .orderBy(sql`${jurisdictions.nameZh} = ${text} desc`, levelOrder, sql`length(${jurisdictions.nameZh})`, asc(jurisdictions.code))
    .limit(MAX_PLACES);
}

type Point = { lat: number; lng: number };

/** The middle of the filed institutions in an area (by its district or subdistrict column), if any. */
async function middleOfInstitutions(exec: Executor, where: SQL): Promise<Point | null> {
  const [row] = await exec
    .select({ lat: avg(institutions.lat), lng: avg(institutions.lng) })
    .from(institutions)
    .where(and(eq(institutions.filingStatus, 'filed'), where));
  return row?.lat != null && row.lng != null ? { lat: Number(row.lat), lng: Number(row.lng) } : null;
}

/** The middle of a district's outline, where one is kept. */
async function middleOfOutline(exec: Executor, districtCode: string): Promise<Point | null> {
  const [row] = await exec
    .select({ minLat: jurisdictions.bboxMinLat, maxLat: jurisdictions.bboxMaxLat, minLng: jurisdictions.bboxMinLng, maxLng: jurisdictions.bboxMaxLng })
    .from(jurisdictions)
    .where(eq(jurisdictions.code, districtCode));
  if (row?.minLat == null || row.maxLat == null || row.minLng == null || row.maxLng == null) return null;
  return { lat: (row.minLat + row.maxLat) / 2, lng: (row.minLng + row.maxLng) / 2 };
}

/**
 * A point to search from for an area: only district outlines are kept, so a subdistrict (and a
 * community, through its subdistrict) is placed at the middle of its filed institutions, and
 * falls back to its district.
 */
export async function centreOf(exec: Executor, place: { code: string; level: JurisdictionLevel; parentCode: string | null }): Promise<Point | null> {
  const subdistrictCode = place.level === 'community' ? place.parentCode : place.level === 'subdistrict' ? place.code : null;
  const districtCode = place.code.slice(0, 6);
  return (
    (subdistrictCode ? await middleOfInstitutions(exec, eq(institutions.subdistrictCode, subdistrictCode)) : null) ??
    (await middleOfOutline(exec, districtCode)) ??
    (await middleOfInstitutions(exec, eq(institutions.districtCode, districtCode)))
  );
}
