import { and, asc, count, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { scopePrefix } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { institutions } from '../institutions/index.ts';
import { ratings } from './ratings.tables.ts';

export type RatingRow = typeof ratings.$inferSelect;
export type NewRatingRow = typeof ratings.$inferInsert;

const published = eq(ratings.status, 'published');
const averageOf = (column: typeof ratings.overall) => sql<number | null>`round(avg(${column}), 2)::float8`;

/**
 * The published ratings of one institution, for another module's query (the register lists and
 * sorts by them): `average` (overall, 1–5, null when unrated) and `count`, each a subquery
 * correlated to the institution id the caller gives, so that only the rows the caller keeps are
 * counted (ratings_published_idx answers each). Not a grouped join: that would aggregate every
 * published rating of the city on each search.
 */
export function ratingSummaryOf(institutionId: SQL) {
  const ofInstitution = and(sql`${ratings.institutionId} = ${institutionId}`, published);
  return {
    average: sql<number | null>`(select ${averageOf(ratings.overall)} from ${ratings} where ${ofInstitution})`,
    count: sql<number>`(select count(*)::int from ${ratings} where ${ofInstitution})`,
  };
}

/** The averages of one institution, overall and per dimension. */
export async function summariseInstitution(exec: Executor, institutionId: string) {
  const [row] = await exec
    .select({
      count: sql<number>`count(*)::int`,
      overall: averageOf(ratings.overall),
      care: averageOf(ratings.care),
      safety: averageOf(ratings.safety),
      food: averageOf(ratings.food),
      communication: averageOf(ratings.communication),
      environment: averageOf(ratings.environment),
    })
    .from(ratings)
    .where(and(eq(ratings.institutionId, institutionId), published));
  return row!;
}

export async function listPublished(exec: Executor, institutionId: string, page: { page: number; pageSize: number }) {
  const where = and(eq(ratings.institutionId, institutionId), published);
  const items = await exec
    .select()
    .from(ratings)
    .where(where)
    .orderBy(desc(ratings.createdAt), asc(ratings.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await exec.select({ n: count() }).from(ratings).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Ratings within a jurisdiction: the district code for a city or district, the subdistrict's own. */
function withinJurisdiction(code: string): SQL {
  if (code.length === 9) return eq(ratings.subdistrictCode, code);
  const prefix = scopePrefix(code);
  return prefix.length === 6 ? eq(ratings.districtCode, prefix) : like(ratings.districtCode, `${prefix}%`);
}

export async function listForModeration(exec: Executor, jurisdictionCode: string | null, query: { status: RatingRow['status']; page: number; pageSize: number }) {
  const where = and(jurisdictionCode ? withinJurisdiction(jurisdictionCode) : sql`false`, eq(ratings.status, query.status));
  const items = await exec
    .select({ rating: ratings, institutionName: institutions.name })
    .from(ratings)
    .innerJoin(institutions, eq(institutions.id, ratings.institutionId))
    .where(where)
    .orderBy(asc(ratings.updatedAt), asc(ratings.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(ratings).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function listOfFamily(exec: Executor, familyUserId: string) {
  return exec
    .select({ rating: ratings, institutionName: institutions.name })
    .from(ratings)
    .innerJoin(institutions, eq(institutions.id, ratings.institutionId))
    .where(eq(ratings.familyUserId, familyUserId))
    .orderBy(desc(ratings.updatedAt));
}

export async function findOfFamily(exec: Executor, familyUserId: string, institutionId: string): Promise<RatingRow | null> {
  const [row] = await exec.select().from(ratings).where(and(eq(ratings.familyUserId, familyUserId), eq(ratings.institutionId, institutionId)));
  return row ?? null;
}

export async function findRating(exec: Executor, id: string): Promise<RatingRow | null> {
  const [row] = await exec.select().from(ratings).where(eq(ratings.id, id));
  return row ?? null;
}

export async function lockRating(exec: Executor, id: string): Promise<RatingRow | null> {
  const [row] = await exec.select().from(ratings).where(eq(ratings.id, id)).for('update');
  return row ?? null;
}

/** Creates the family's rating or replaces its scores and comment (one per family and institution, race-free). */
export async function upsertRating(exec: Executor, row: NewRatingRow): Promise<RatingRow> {
  const { overall, care, safety, food, communication, environment, comment, status, heldFor, familyName } = row;
  const [saved] = await exec
    .insert(ratings)
    .values(row)
    .onConflictDoUpdate({
      target: [ratings.institutionId, ratings.familyUserId],
      set: { overall, care, safety, food, communication, environment, comment, status, heldFor, familyName, rejectReason: null, moderatedBy: null, moderatedAt: null, updatedAt: sql`now()`, revision: sql`${ratings.revision} + 1` },
    })
    .returning();
  return saved!;
}

export async function updateRating(exec: Executor, id: string, change: Partial<NewRatingRow>): Promise<RatingRow> {
  const [row] = await exec
    .update(ratings)
    .set({ ...change, updatedAt: sql`now()`, revision: sql`${ratings.revision} + 1` })
    .where(eq(ratings.id, id))
    .returning();
  return row!;
}

/** Where a rating belongs, for the access guard. */
export async function findRatingPlace(exec: Executor, id: string) {
  const [row] = await exec.select({ subdistrictCode: ratings.subdistrictCode, institutionId: ratings.institutionId }).from(ratings).where(eq(ratings.id, id));
  return row ?? null;
}

export async function findInstitutionFacts(exec: Executor, institutionId: string) {
  const [row] = await exec
    .select({ id: institutions.id, name: institutions.name, districtCode: institutions.districtCode, subdistrictCode: institutions.subdistrictCode, filingStatus: institutions.filingStatus })
    .from(institutions)
    .where(eq(institutions.id, institutionId));
  return row ?? null;
}
