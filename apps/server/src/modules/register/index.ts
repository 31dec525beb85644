import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { PHOTO_MAX_BYTES } from '@youyu/contracts';
import { objectStoreFor } from '../../platform/storage/index.ts';
import { photoRoutes } from './photos.routes.ts';
import { registerRoutes } from './register.routes.ts';

/**
 * The public register of filed institutions (信息公示): list, search near a point, detail; no
 * sign-in, no personal data. Also the photos institutions show there (uploaded by their director).
 */
export const registerModule: FastifyPluginAsync = async (app) => {
  // One photo of at most 5 MB per request; the parser is scoped to this module's routes.
  await app.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 1, parts: 2, headerPairs: 200 } });
  const store = objectStoreFor(app.config);
  await app.register(registerRoutes);
  await app.register(photoRoutes, { store });
};

export { institutionPhotos } from './photos.tables.ts';
