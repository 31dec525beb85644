import { z } from 'zod';

/** Photos an institution shows families on its public page: JPEG or PNG, a handful, each bounded. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_INSTITUTION_MAX = 12;

export const InstitutionPhoto = z
  .object({
    id: z.uuid(),
    /** Served without signing in while the institution is on the register. */
    url: z.string().describe('Path of the image, e.g. /api/v1/public/institutions/{id}/photos/{photoId}'),
    contentType: z.enum(['image/jpeg', 'image/png']),
    sizeBytes: z.number().int(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'InstitutionPhoto' });
export type InstitutionPhoto = z.infer<typeof InstitutionPhoto>;

export const PhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
/** Any text in the public path, so a malformed id is a plain 404 like an unknown one. */
export const PublicPhotoParams = z.object({ id: z.string().max(64), photoId: z.string().max(64) });
