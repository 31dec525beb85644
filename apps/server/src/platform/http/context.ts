import type { FastifyRequest } from 'fastify';
import type { Locale } from '@youyu/i18n';
import type { Db } from '../db/database.ts';
import type { Actor } from '../auth/actor.ts';

/** What a service needs to know about the call: the database, who, in which language, from where. */
export type RequestContext = {
  db: Db;
  actor: Actor | null;
  locale: Locale;
  requestId: string;
  ip: string;
  userAgent: string;
};

/** A context for work that no request started (CLI, seed, jobs): the actor is the system. */
export function systemContext(db: Db): RequestContext {
  return { db, actor: null, locale: 'zh-CN', requestId: 'system', ip: '127.0.0.1', userAgent: 'youyu-cli' };
}

export function contextOf(request: FastifyRequest): RequestContext {
  return {
    db: request.server.db,
    actor: request.actor,
    locale: request.locale,
    requestId: String(request.id),
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
  }
}
