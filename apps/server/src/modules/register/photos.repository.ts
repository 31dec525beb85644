import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { institutions } from '../institutions/index.ts';
import { institutionPhotos, type PhotoRow } from './photos.tables.ts';

export function listPhotos(exec: Executor, institutionId: string): Promise<PhotoRow[]> {
  return exec.select().from(institutionPhotos).where(eq(institutionPhotos.institutionId, institutionId)).orderBy(asc(institutionPhotos.uploadedAt), asc(institutionPhotos.id));
}

export async function countPhotos(exec: Executor, institutionId: string): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(institutionPhotos).where(eq(institutionPhotos.institutionId, institutionId));
  return row?.n ?? 0;
}

export async function findPhoto(exec: Executor, institutionId: string, photoId: string): Promise<PhotoRow | null> {
  const [row] = await exec.select().from(institutionPhotos).where(and(eq(institutionPhotos.id, photoId), eq(institutionPhotos.institutionId, institutionId)));
  return row ?? null;
}

/** A photo of an institution on the register (filed): what the public may see. */
export async function findPublishedPhoto(exec: Executor, institutionId: string, photoId: string): Promise<PhotoRow | null> {
  const [row] = await exec
    .select({ photo: institutionPhotos })
    .from(institutionPhotos)
    .innerJoin(institutions, eq(institutions.id, institutionPhotos.institutionId))
    .where(and(eq(institutionPhotos.id, photoId), eq(institutionPhotos.institutionId, institutionId), eq(institutions.filingStatus, 'filed')));
  return row?.photo ?? null;
}

/** The institution row locked, so concurrent uploads count photos one after another. */
export async function lockInstitutionPlace(exec: Executor, institutionId: string) {
  const [row] = await exec.select({ districtCode: institutions.districtCode, subdistrictCode: institutions.subdistrictCode }).from(institutions).where(eq(institutions.id, institutionId)).for('update');
  return row ?? null;
}

export async function insertPhoto(exec: Executor, values: typeof institutionPhotos.$inferInsert): Promise<PhotoRow> {
  const [row] = await exec.insert(institutionPhotos).values(values).returning();
  return row!;
}

export async function deletePhoto(exec: Executor, photoId: string): Promise<void> {
  await exec.delete(institutionPhotos).where(eq(institutionPhotos.id, photoId));
}
