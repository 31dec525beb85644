import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, InstitutionPhoto, PHOTO_MAX_BYTES, PhotoParams, Problem, PublicPhotoParams } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import { contextOf } from '../../platform/http/context.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';
import { institutionScope } from '../institutions/index.ts';
import { RegisterErrors } from './register.errors.ts';
import { listInstitutionPhotos, openPublicPhoto, removePhoto, uploadPhoto } from './photos.service.ts';

const tags = ['register'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);
const manage = { access: { permission: 'institutions.manage', scope: ofInstitution } };

/** The institution's photos: its director uploads and removes them; anyone sees those of a filed institution. */
export async function photoRoutes(app: FastifyInstance, { store }: { store: ObjectStore }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/institutions/:id/photos', { schema: { tags, summary: 'The photos the institution shows on its public page', params: IdParams, response: { 200: z.array(InstitutionPhoto), ...errors } }, config: manage }, (request) =>
    listInstitutionPhotos(contextOf(request), request.params.id),
  );

  r.post(
    '/institutions/:id/photos',
    {
      schema: { tags, summary: `Upload one photo (multipart, field \`file\`): JPEG or PNG by content, at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB`, params: IdParams, consumes: ['multipart/form-data'], response: { 201: InstitutionPhoto, ...errors, 413: Problem, 415: Problem } },
      config: manage,
    },
    async (request, reply) => reply.status(201).send(await uploadPhoto(contextOf(request), store, request.params.id, await readPhoto(request))),
  );

  r.delete('/institutions/:id/photos/:photoId', { schema: { tags, summary: 'Remove a photo', params: PhotoParams, response: { 204: z.null(), ...errors } }, config: manage }, async (request, reply) => {
    await removePhoto(contextOf(request), store, request.params.id, request.params.photoId, (storageKey, err) => request.log.warn({ err, storageKey }, 'photo object not deleted'));
    return reply.status(204).send(null);
  });

  r.get(
    '/public/institutions/:id/photos/:photoId',
    { schema: { tags, summary: 'A photo of a filed institution', params: PublicPhotoParams, produces: ['image/jpeg', 'image/png'], response: { 200: z.any(), 404: Problem } }, config: { access: { public: true } } },
    async (request, reply) => {
      const { photo, stream } = await openPublicPhoto(contextOf(request), store, request.params.id, request.params.photoId);
      // A photo never changes under its id (a new one gets a new id): caches may keep it a day.
      return reply.type(photo.contentType).header('content-length', String(photo.sizeBytes)).header('x-content-type-options', 'nosniff').header('cache-control', 'public, max-age=86400').send(stream);
    },
  );
}

/** The one file of a multipart upload, read into memory within the size limit. */
async function readPhoto(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file().catch(() => undefined) : undefined;
  if (!file || file.fieldname !== 'file') throw new DomainError(RegisterErrors.PHOTO_FILE_MISSING);
  try {
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(RegisterErrors.PHOTO_TOO_LARGE, { maxMb: PHOTO_MAX_BYTES / 1024 / 1024 });
    throw error;
  }
}
