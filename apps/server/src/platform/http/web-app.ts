import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app, with the single-page fallback for client routes. Unknown /api paths
 * stay problem+json 404s (set by the app's not-found handler).
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false, cacheControl: false, setHeaders: (res, filePath) => {
    // Hashed assets never change; index.html must always be fresh to pick up a new build.
    res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  } });
  return true;
}
