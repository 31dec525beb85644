import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { pickLocale } from '@youyu/i18n';
import type { Config } from './config.ts';
import type { Database } from './platform/db/database.ts';
import { handleError, sendProblem } from './platform/errors/index.ts';
import { accessGuard } from './platform/auth/index.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerHealth } from './platform/http/health.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { registerMeta } from './platform/http/meta.ts';
import { apiModules } from './modules/index.ts';
import { sessionPlugin } from './modules/accounts/index.ts';

export type AppOptions = { config: Config; database: Database; logger?: boolean };

/** Composition root: external plugins → platform plugins → domain modules → web app. */
export async function buildApp({ config, database, logger = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["x-csrf-token"]'] } : false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    // Errors the router raises before any hook runs (bad URL encoding, over-long path parameter)
    // still answer problem+json in the caller's language.
    frameworkErrors: (error, request, reply) => {
      request.locale = pickLocale(request.headers['accept-language']);
      const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'URI_TOO_LONG' : 'MALFORMED_REQUEST';
      return sendProblem(request, reply, code);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('config', config);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    request.locale = pickLocale(request.headers['accept-language']);
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await registerOpenApi(app);
  await app.register(sessionPlugin);
  await app.register(accessGuard);
  await registerHealth(app);
  await registerMeta(app);
  for (const module of apiModules) await app.register(module, { prefix: '/api/v1' });

  const hasWebApp = await registerWebApp(app, config.webDist);
  app.setNotFoundHandler((request, reply) => {
    const isPageRequest = request.method === 'GET' && !request.url.startsWith('/api') && !request.url.startsWith('/healthz') && !request.url.startsWith('/readyz');
    if (hasWebApp && isPageRequest) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(request, reply, 'ROUTE_NOT_FOUND');
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}
