import Fastify, { type FastifyInstance } from 'fastify';
import { and, asc, eq } from 'drizzle-orm';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { permissionCatalogue, type Role } from '@youyu/contracts';
import { pickLocale } from '@youyu/i18n';
import type { Actor } from '../../platform/auth/index.ts';
import { accessGuard } from '../../platform/auth/index.ts';
import { auditLog } from '../../platform/audit/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { handleError } from '../../platform/errors/index.ts';
import { systemContext, type RequestContext } from '../../platform/http/context.ts';
import { policiesModule } from './index.ts';

/** An actor holding its role's default permissions, rooted at `jurisdictionCode`. */
export function actorFor(role: Role, jurisdictionCode: string | null, name = `${role}-${jurisdictionCode}`): Actor {
  return {
    userId: crypto.randomUUID(),
    sessionId: crypto.randomUUID(),
    username: name,
    displayName: name,
    role,
    department: role === 'regulator' ? 'healthCommission' : null,
    jurisdictionCode,
    institutionId: null,
    permissions: new Set(permissionCatalogue.filter((p) => p.defaultRoles.includes(role)).map((p) => p.key)),
    mustChangePassword: false,
    mustEnrolTotp: false,
  };
}

export function contextFor(database: Database, actor: Actor): RequestContext {
  return { ...systemContext(database.db), actor, requestId: 'test' };
}

export type PoliciesTestApp = {
  app: FastifyInstance;
  /** Registers an actor and returns the headers that make a request come from it. */
  as(actor: Actor): { 'x-test-actor': string };
};

/**
 * The policies module alone behind the real access guard and error handler, with the signed-in
 * actor taken from a test header instead of a session, so these tests depend on no other module.
 */
export async function buildPoliciesApp(database: Database): Promise<PoliciesTestApp> {
  const actors = new Map<string, Actor>();
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
    request.actor = actors.get(String(request.headers['x-test-actor'])) ?? null;
  });
  app.setErrorHandler(handleError);
  await app.register(accessGuard);
  await app.register(policiesModule, { prefix: '/api/v1' });
  await app.ready();
  return {
    app,
    as: (actor) => {
      actors.set(actor.sessionId, actor);
      return { 'x-test-actor': actor.sessionId };
    },
  };
}

/** The audit actions recorded, in order: for one entity, or of one action for any entity. */
export async function auditActions(database: Database, filter: { entityId?: string; action?: string }): Promise<string[]> {
  const rows = await database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined, filter.action ? eq(auditLog.action, filter.action) : undefined))
    .orderBy(asc(auditLog.seq));
  return rows.map((r) => r.action);
}
