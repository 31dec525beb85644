import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { ClassType } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, institutions } from '../institutions/index.ts';
import { closureCases, closurePlacements } from './closures.tables.ts';

// Institutions that can receive the children of a closing one, and their free places.

/** A filed institution that may take children: not the closing one, and not closing itself. */
function canReceive(excludeId: string): SQL {
  const closingItself = sql`not exists (select 1 from ${closureCases} where ${closureCases.institutionId} = ${institutions.id} and ${closureCases.status} = 'open')`;
  return and(eq(institutions.filingStatus, 'filed'), ne(institutions.id, excludeId), closingItself)!;
}

const EARTH_RADIUS_METRES = 6_371_008.8;
const METRES_PER_DEGREE = 111_320;

/** Great-circle (haversine) distance in metres from a WGS-84 point to each institution. */
function distanceFrom(lat: number, lng: number) {
  const la = sql`${lat}::double precision`;
  const lo = sql`${lng}::double precision`;
  return sql<number>`(2 * ${sql.raw(String(EARTH_RADIUS_METRES))} * asin(least(1, sqrt(power(sin(radians(${institutions.lat} - ${la}) / 2), 2) + cos(radians(${la})) * cos(radians(${institutions.lat})) * power(sin(radians(${institutions.lng} - ${lo}) / 2), 2)))))`;
}

/** Institutions able to receive children within `radiusMetres` of a point, nearest first. */
export async function findReceivingInstitutions(exec: Executor, around: { lat: number; lng: number; radiusMetres: number; excludeId: string }) {
  const { lat, lng, radiusMetres } = around;
  const distance = distanceFrom(lat, lng);
  // A bounding box first, so the index-free distance is computed for the few institutions near by.
  const dLat = radiusMetres / METRES_PER_DEGREE;
  const dLng = radiusMetres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return exec
    .select({ id: institutions.id, name: institutions.name, kind: institutions.kind, isInclusive: institutions.isInclusive, address: institutions.address, phone: institutions.contactPhone, distance })
    .from(institutions)
    .where(
      and(
        canReceive(around.excludeId),
        sql`${institutions.lat} between ${lat - dLat} and ${lat + dLat}`,
        sql`${institutions.lng} between ${lng - dLng} and ${lng + dLng}`,
        sql`${distance} <= ${radiusMetres}`,
      ),
    )
    .orderBy(asc(distance), asc(institutions.id));
}

/** Whether an institution can receive children (filed, not the closing one, not closing itself). */
export async function findReceivingInstitution(exec: Executor, id: string, excludeId: string) {
  const [row] = await exec.select({ id: institutions.id, name: institutions.name, districtCode: institutions.districtCode }).from(institutions).where(and(eq(institutions.id, id), canReceive(excludeId)));
  return row ?? null;
}

/** Serialises transfers into one institution (across cases) until the transaction ends. */
export async function lockReceivingInstitution(exec: Executor, institutionId: string): Promise<void> {
  await exec.execute(sql`select pg_advisory_xact_lock(hashtext(${`closure-receiving:${institutionId}`}))`);
}

export type ClassLoad = { institutionId: string; classType: ClassType; places: number; enrolled: number; reserved: number };

/**
 * Places, enrolled children and reserved places per institution and class type. Reserved places
 * are transfers recorded in open closure cases (the child is on the way); `except` leaves out one
 * child's own placement when it is being recorded again.
 */
export async function classLoads(exec: Executor, institutionIds: readonly string[], except?: { caseId: string; childId: string }): Promise<ClassLoad[]> {
  if (institutionIds.length === 0) return [];
  const ids = [...institutionIds];
  const places = await exec
    .select({ institutionId: classes.institutionId, classType: classes.classType, n: sql<number>`sum(${classes.capacity})::int` })
    .from(classes)
    .where(inArray(classes.institutionId, ids))
    .groupBy(classes.institutionId, classes.classType);
  const enrolled = await exec
    .select({ institutionId: classes.institutionId, classType: classes.classType, n: sql<number>`count(*)::int` })
    .from(children)
    .innerJoin(classes, eq(classes.id, children.classId))
    .where(and(inArray(children.institutionId, ids), eq(children.status, 'enrolled')))
    .groupBy(classes.institutionId, classes.classType);
  const reservedConditions: SQL[] = [eq(closureCases.status, 'open'), eq(closurePlacements.outcome, 'transferred'), inArray(closurePlacements.targetInstitutionId, ids)];
  if (except) reservedConditions.push(sql`not (${closurePlacements.caseId} = ${except.caseId} and ${closurePlacements.childId} = ${except.childId})`);
  const reserved = await exec
    .select({ institutionId: sql<string>`${closurePlacements.targetInstitutionId}`, classType: sql<ClassType>`${closurePlacements.targetClassType}`, n: sql<number>`count(*)::int` })
    .from(closurePlacements)
    .innerJoin(closureCases, eq(closureCases.id, closurePlacements.caseId))
    .where(and(...reservedConditions))
    .groupBy(closurePlacements.targetInstitutionId, closurePlacements.targetClassType);
  const key = (r: { institutionId: string; classType: ClassType }) => `${r.institutionId}/${r.classType}`;
  const countOf = (rows: { institutionId: string; classType: ClassType; n: number }[]) => new Map(rows.map((r) => [key(r), r.n]));
  const enrolledBy = countOf(enrolled);
  const reservedBy = countOf(reserved);
  return places.map((p) => ({ institutionId: p.institutionId, classType: p.classType, places: p.n, enrolled: enrolledBy.get(key(p)) ?? 0, reserved: reservedBy.get(key(p)) ?? 0 }));
}
