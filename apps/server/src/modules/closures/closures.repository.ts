import { and, asc, count, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { ClosureListQuery } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, institutions, placesByInstitution, withinJurisdiction } from '../institutions/index.ts';
import { closureCases, closurePlacements } from './closures.tables.ts';

export type ClosureCaseRow = typeof closureCases.$inferSelect;
export type NewClosureCaseRow = typeof closureCases.$inferInsert;
export type NewPlacementRow = typeof closurePlacements.$inferInsert;

/** Children the case is about: enrolled at the institution now, or placed by this case (after closing, they have left). */
function childrenOfCase(institutionId: string): SQL {
  return and(eq(children.institutionId, institutionId), or(eq(children.status, 'enrolled'), sql`${closurePlacements.id} is not null`))!;
}

/** A child's placement in one case (by id), or in the case of the row at hand (by column). */
const placementJoin = (caseId: string | typeof closureCases.id) => and(eq(closurePlacements.childId, children.id), eq(closurePlacements.caseId, caseId));

/** Counts for the list: children the case is about and those with a placement. */
function childCounts(exec: Executor) {
  return exec
    .select({
      caseId: closureCases.id,
      childCount: sql<number>`count(${children.id})::int`.as('child_count'),
      placedCount: sql<number>`count(${closurePlacements.id})::int`.as('placed_count'),
    })
    .from(closureCases)
    .innerJoin(children, eq(children.institutionId, closureCases.institutionId))
    .leftJoin(closurePlacements, placementJoin(closureCases.id))
    .where(or(eq(children.status, 'enrolled'), sql`${closurePlacements.id} is not null`))
    .groupBy(closureCases.id)
    .as('case_child_counts');
}

const caseView = (counts: ReturnType<typeof childCounts>) => ({
  id: closureCases.id,
  institutionId: closureCases.institutionId,
  institutionName: institutions.name,
  districtCode: closureCases.districtCode,
  subdistrictCode: closureCases.subdistrictCode,
  reason: closureCases.reason,
  plannedDate: closureCases.plannedDate,
  status: closureCases.status,
  note: closureCases.note,
  openedAt: closureCases.openedAt,
  closedAt: closureCases.closedAt,
  revision: closureCases.revision,
  childCount: sql<number>`coalesce(${counts.childCount}, 0)::int`,
  placedCount: sql<number>`coalesce(${counts.placedCount}, 0)::int`,
});

function selectCases(exec: Executor) {
  const counts = childCounts(exec);
  return exec
    .select(caseView(counts))
    .from(closureCases)
    .innerJoin(institutions, eq(institutions.id, closureCases.institutionId))
    .leftJoin(counts, eq(counts.caseId, closureCases.id));
}
export type ClosureCaseView = Awaited<ReturnType<typeof selectCases>>[number];

export async function listCaseRows(exec: Executor, jurisdictionCode: string | null, query: ClosureListQuery): Promise<{ items: ClosureCaseView[]; total: number }> {
  const conditions: SQL[] = [jurisdictionCode ? withinJurisdiction(closureCases, jurisdictionCode) : sql`false`];
  if (query.status) conditions.push(eq(closureCases.status, query.status));
  if (query.district) conditions.push(eq(closureCases.districtCode, query.district));
  const where = and(...conditions);
  const items = await selectCases(exec)
    .where(where)
    .orderBy(desc(eq(closureCases.status, 'open')), desc(closureCases.openedAt), asc(closureCases.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(closureCases).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findCaseView(exec: Executor, id: string): Promise<ClosureCaseView | null> {
  const [row] = await selectCases(exec).where(eq(closureCases.id, id));
  return row ?? null;
}

export async function findCase(exec: Executor, id: string): Promise<ClosureCaseRow | null> {
  const [row] = await exec.select().from(closureCases).where(eq(closureCases.id, id));
  return row ?? null;
}

/** Where a case belongs, for the access guard. */
export async function findCasePlace(exec: Executor, id: string) {
  const [row] = await exec.select({ subdistrictCode: closureCases.subdistrictCode }).from(closureCases).where(eq(closureCases.id, id));
  return row ?? null;
}

/** The case row, locked until the transaction ends: placements and closing of one case run one at a time. */
export async function lockCase(exec: Executor, id: string): Promise<ClosureCaseRow | null> {
  const [row] = await exec.select().from(closureCases).where(eq(closureCases.id, id)).for('update');
  return row ?? null;
}

/** Null when the institution already has an open case (the partial unique index decides, race-free). */
export async function insertCase(exec: Executor, row: NewClosureCaseRow): Promise<ClosureCaseRow | null> {
  const [inserted] = await exec.insert(closureCases).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function touchCase(exec: Executor, id: string): Promise<void> {
  await exec.update(closureCases).set({ revision: sql`${closureCases.revision} + 1`, updatedAt: sql`now()` }).where(eq(closureCases.id, id));
}

export async function markCaseClosed(exec: Executor, id: string, closing: { closedBy: string | null; note: string | null }): Promise<ClosureCaseRow> {
  const [row] = await exec
    .update(closureCases)
    .set({ status: 'closed', closedBy: closing.closedBy, closedAt: sql`now()`, note: closing.note, revision: sql`${closureCases.revision} + 1`, updatedAt: sql`now()` })
    .where(eq(closureCases.id, id))
    .returning();
  return row!;
}

/** The closing institution's facts and places. */
export async function findCaseInstitution(exec: Executor, institutionId: string) {
  const p = placesByInstitution(exec);
  const [row] = await exec
    .select({
      id: institutions.id,
      name: institutions.name,
      kind: institutions.kind,
      address: institutions.address,
      lat: institutions.lat,
      lng: institutions.lng,
      districtCode: institutions.districtCode,
      subdistrictCode: institutions.subdistrictCode,
      filingNumber: institutions.filingNumber,
      filingStatus: institutions.filingStatus,
      places: sql<number>`coalesce(${p.places}, 0)::int`,
    })
    .from(institutions)
    .leftJoin(p, eq(p.institutionId, institutions.id))
    .where(eq(institutions.id, institutionId));
  return row ?? null;
}

/** Each child of the case with its class and, where recorded, its placement and the receiving institution's name. */
export function listCaseChildren(exec: Executor, caseId: string, institutionId: string) {
  const target = sql<string | null>`(select ${institutions.name} from ${institutions} where ${institutions.id} = ${closurePlacements.targetInstitutionId})`;
  return exec
    .select({
      childId: children.id,
      name: children.name,
      sex: children.sex,
      birthDate: children.birthDate,
      status: children.status,
      className: classes.name,
      classType: classes.classType,
      placementId: closurePlacements.id,
      outcome: closurePlacements.outcome,
      targetInstitutionId: closurePlacements.targetInstitutionId,
      targetInstitutionName: target,
      targetClassType: closurePlacements.targetClassType,
      placementNote: closurePlacements.note,
      recordedAt: closurePlacements.recordedAt,
    })
    .from(children)
    .leftJoin(classes, eq(classes.id, children.classId))
    .leftJoin(closurePlacements, placementJoin(caseId))
    .where(childrenOfCase(institutionId))
    .orderBy(asc(children.birthDate), asc(children.id));
}

/** The child, if enrolled at the institution now. */
export async function findEnrolledChild(exec: Executor, institutionId: string, childId: string) {
  const [row] = await exec
    .select({ id: children.id, birthDate: children.birthDate })
    .from(children)
    .where(and(eq(children.id, childId), eq(children.institutionId, institutionId), eq(children.status, 'enrolled')));
  return row ?? null;
}

export async function countUnplacedChildren(exec: Executor, caseId: string, institutionId: string): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(children)
    .leftJoin(closurePlacements, placementJoin(caseId))
    .where(and(eq(children.institutionId, institutionId), eq(children.status, 'enrolled'), isNull(closurePlacements.id)));
  return row?.n ?? 0;
}

/** Records (or replaces) the placement of one child in one case. */
export async function upsertPlacement(exec: Executor, row: NewPlacementRow) {
  const values = { outcome: row.outcome, targetInstitutionId: row.targetInstitutionId ?? null, targetClassType: row.targetClassType ?? null, note: row.note ?? null, recordedBy: row.recordedBy ?? null };
  const [saved] = await exec
    .insert(closurePlacements)
    .values(row)
    .onConflictDoUpdate({ target: [closurePlacements.caseId, closurePlacements.childId], set: { ...values, recordedAt: sql`now()` } })
    .returning();
  return saved!;
}
