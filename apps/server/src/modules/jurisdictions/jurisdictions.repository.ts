import { and, asc, count, eq, getTableColumns, gte, inArray, isNotNull, like, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { JurisdictionLevel } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import { JurisdictionErrors } from './jurisdictions.errors.ts';
import { jurisdictions, type JurisdictionRow, type NewJurisdictionRow } from './jurisdictions.tables.ts';

const t = jurisdictions;

// Lists never carry shapes: a district boundary is tens of kilobytes.
const { boundary: _boundary, bboxMinLng: _a, bboxMinLat: _b, bboxMaxLng: _c, bboxMaxLat: _d, ...nodeColumns } = getTableColumns(t);

/** A node without its boundary. */
export type Jurisdiction = Omit<JurisdictionRow, 'boundary' | 'bboxMinLng' | 'bboxMinLat' | 'bboxMaxLng' | 'bboxMaxLat'>;

/** `like` pattern for a literal prefix or fragment. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export async function findNode(exec: Executor, code: string): Promise<Jurisdiction | undefined> {
  const [row] = await exec.select(nodeColumns).from(t).where(eq(t.code, code));
  return row;
}

/** The whole row; `forUpdate` locks it until the transaction ends, so edits do not overwrite each other. */
export async function findRow(exec: Executor, code: string, options: { forUpdate?: boolean } = {}): Promise<JurisdictionRow | undefined> {
  const query = exec.select().from(t).where(eq(t.code, code));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

export function listNodes(exec: Executor, codes: string[]): Promise<Jurisdiction[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return exec.select(nodeColumns).from(t).where(inArray(t.code, codes)).orderBy(asc(t.code));
}

export function listChildNodes(exec: Executor, parentCode: string, level?: JurisdictionLevel): Promise<Jurisdiction[]> {
  return exec
    .select(nodeColumns)
    .from(t)
    .where(and(eq(t.parentCode, parentCode), level ? eq(t.level, level) : undefined))
    .orderBy(asc(t.code));
}

/** Every row whose code starts with the prefix (a city's whole tree for '11'), shapes included. */
export function listRowsUnder(exec: Executor, prefix: string): Promise<JurisdictionRow[]> {
  return exec.select().from(t).where(like(t.code, `${escapeLike(prefix)}%`)).orderBy(asc(t.code));
}

export type NodeSearch = { parent?: string; level?: JurisdictionLevel; q?: string; page: number; pageSize: number };

export async function searchNodes(exec: Executor, search: NodeSearch): Promise<{ items: Jurisdiction[]; total: number }> {
  const filters: (SQL | undefined)[] = [search.parent ? eq(t.parentCode, search.parent) : undefined, search.level ? eq(t.level, search.level) : undefined];
  if (search.q) filters.push(/^\d+$/.test(search.q) ? like(t.code, `${search.q}%`) : sql`${t.nameZh} ilike ${`%${escapeLike(search.q)}%`}`);
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    exec
      .select(nodeColumns)
      .from(t)
      .where(where)
      .orderBy(asc(t.code))
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    exec.select({ n: count() }).from(t).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Direct children, and every descendant by level. */
export async function countDescendants(exec: Executor, code: string, prefix: string) {
  const [byLevel, [children]] = await Promise.all([
    exec
      .select({ level: t.level, n: count() })
      .from(t)
      .where(and(like(t.code, `${escapeLike(prefix)}%`), ne(t.code, code)))
      .groupBy(t.level),
    exec.select({ n: count() }).from(t).where(eq(t.parentCode, code)),
  ]);
  const of = (level: JurisdictionLevel) => byLevel.find((r) => r.level === level)?.n ?? 0;
  return { children: children?.n ?? 0, districts: of('district'), subdistricts: of('subdistrict'), communities: of('community') };
}

/** Inserts in batches, skipping codes that exist (another import got there first); answers how many were new. */
export async function insertRows(exec: Executor, rows: NewJurisdictionRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const done = await exec
      .insert(t)
      .values(rows.slice(i, i + 200))
      .onConflictDoNothing()
      .returning({ code: t.code });
    inserted += done.length;
  }
  return inserted;
}

/** Answers undefined when the code is taken. */
export async function insertRow(exec: Executor, row: NewJurisdictionRow): Promise<JurisdictionRow | undefined> {
  const [created] = await exec.insert(t).values(row).onConflictDoNothing().returning();
  return created;
}

export async function updateRow(exec: Executor, code: string, patch: Partial<NewJurisdictionRow>): Promise<JurisdictionRow> {
  const [updated] = await exec
    .update(t)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(t.code, code))
    .returning();
  if (!updated) throw notFound({ code });
  return updated;
}

/** The driver's SQLSTATE, whether drizzle wrapped the error or not. */
function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Other modules' rows reference a node by foreign key; a node still referenced cannot go. */
export async function deleteRow(exec: Executor, code: string): Promise<void> {
  try {
    await exec.delete(t).where(eq(t.code, code));
  } catch (error) {
    if (sqlState(error) === '23503') throw new DomainError(JurisdictionErrors.JURISDICTION_HAS_DEPENDANTS, { code });
    throw error;
  }
}

/** Changes whenever any district of the city changes: the boundaries' cache validator. */
export async function districtsVersion(exec: Executor, cityCode: string): Promise<string> {
  const [row] = await exec
    .select({ version: sql<string>`md5(coalesce(string_agg(${t.code} || ':' || extract(epoch from ${t.updatedAt})::text, ',' order by ${t.code}), ''))` })
    .from(t)
    .where(and(eq(t.parentCode, cityCode), eq(t.level, 'district')));
  return row?.version ?? '';
}

export function listDistrictShapes(exec: Executor, cityCode: string) {
  return exec
    .select({ code: t.code, nameZh: t.nameZh, nameEn: t.nameEn, boundary: t.boundary })
    .from(t)
    .where(and(eq(t.parentCode, cityCode), eq(t.level, 'district'), isNotNull(t.boundary)))
    .orderBy(asc(t.code));
}

/** District and subdistrict shapes whose bounding box holds the point. */
export function listShapesAround(exec: Executor, lng: number, lat: number) {
  return exec
    .select({ code: t.code, level: t.level, parentCode: t.parentCode, boundary: t.boundary })
    .from(t)
    .where(
      and(
        or(eq(t.level, 'district'), eq(t.level, 'subdistrict')),
        isNotNull(t.boundary),
        lte(t.bboxMinLng, lng),
        gte(t.bboxMaxLng, lng),
        lte(t.bboxMinLat, lat),
        gte(t.bboxMaxLat, lat),
      ),
    )
    .orderBy(asc(t.code));
}
