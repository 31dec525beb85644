import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { PHOTO_MAX_BYTES, PHOTOS_PER_INSTITUTION_MAX, type InstitutionPhoto } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { ObjectNotFoundError, sniffContentType, type ObjectStore } from '../../platform/storage/index.ts';
import { RegisterErrors } from './register.errors.ts';
import * as repo from './photos.repository.ts';
import type { PhotoRow } from './photos.tables.ts';

const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const toPhoto = (row: PhotoRow): InstitutionPhoto => ({
  id: row.id,
  url: `/api/v1/public/institutions/${row.institutionId}/photos/${row.id}`,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  uploadedAt: row.uploadedAt.toISOString(),
});

export async function listInstitutionPhotos(ctx: RequestContext, institutionId: string): Promise<InstitutionPhoto[]> {
  return (await repo.listPhotos(ctx.db, institutionId)).map(toPhoto);
}

/**
 * Stores one photo: JPEG or PNG by its first bytes, within the size limit and the count limit.
 * The bytes go to the object store first; if the record cannot be written they are removed again.
 */
export async function uploadPhoto(ctx: RequestContext, store: ObjectStore, institutionId: string, body: Buffer): Promise<InstitutionPhoto> {
  if (body.length === 0) throw new DomainError(RegisterErrors.PHOTO_FILE_MISSING);
  if (body.length > PHOTO_MAX_BYTES) throw new DomainError(RegisterErrors.PHOTO_TOO_LARGE, { maxMb: PHOTO_MAX_BYTES / 1024 / 1024 });
  const contentType = sniffContentType(body.subarray(0, 16));
  if (contentType !== 'image/jpeg' && contentType !== 'image/png') throw new DomainError(RegisterErrors.PHOTO_TYPE_NOT_ALLOWED);
  const storageKey = `institution-photos/${institutionId}/${randomUUID()}`;
  await store.put(storageKey, body, contentType);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const place = await repo.lockInstitutionPlace(tx, institutionId);
      if (!place) throw notFound();
      if ((await repo.countPhotos(tx, institutionId)) >= PHOTOS_PER_INSTITUTION_MAX) throw new DomainError(RegisterErrors.PHOTOS_LIMIT, { max: PHOTOS_PER_INSTITUTION_MAX });
      const photo = await repo.insertPhoto(tx, { institutionId, ...place, contentType, sizeBytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), storageKey, uploadedBy: ctx.actor?.userId ?? null });
      await recordAudit(tx, ctx, { action: 'institution.photo.upload', entityType: 'institution', entityId: institutionId, jurisdictionCode: place.subdistrictCode, after: { ...photo, storageKey: undefined }, details: { photoId: photo.id } });
      return photo;
    });
    return toPhoto(row);
  } catch (error) {
    await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export async function removePhoto(ctx: RequestContext, store: ObjectStore, institutionId: string, photoId: string, log: (storageKey: string, err: unknown) => void): Promise<void> {
  const storageKey = await ctx.db.transaction(async (tx) => {
    const photo = await repo.findPhoto(tx, institutionId, photoId);
    if (!photo) throw notFound();
    await repo.deletePhoto(tx, photoId);
    await recordAudit(tx, ctx, { action: 'institution.photo.delete', entityType: 'institution', entityId: institutionId, jurisdictionCode: photo.subdistrictCode, before: { ...photo, storageKey: undefined }, details: { photoId } });
    return photo.storageKey;
  });
  // The record is gone; an object left behind by a failed delete is unreachable and harmless.
  await store.delete(storageKey).catch((err: unknown) => log(storageKey, err));
}

/** A published institution's photo for anyone; unknown, unpublished and malformed ids are simply not found. */
export async function openPublicPhoto(ctx: RequestContext, store: ObjectStore, institutionId: string, photoId: string): Promise<{ photo: PhotoRow; stream: Readable }> {
  const photo = isUuid.test(institutionId) && isUuid.test(photoId) ? await repo.findPublishedPhoto(ctx.db, institutionId, photoId) : null;
  if (!photo) throw notFound();
  try {
    return { photo, stream: await store.get(photo.storageKey) };
  } catch (error) {
    if (error instanceof ObjectNotFoundError) throw notFound();
    throw error;
  }
}
