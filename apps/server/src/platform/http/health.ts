import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '@youyu/contracts';
import { DomainError } from '../errors/index.ts';

const Health = z.object({ status: z.literal('ok') });

/** Liveness (the process answers) and readiness (the database answers). Outside /api/v1: no session. */
export async function registerHealth(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/healthz', { schema: { tags: ['health'], response: { 200: Health } }, logLevel: 'warn' }, async () => ({ status: 'ok' as const }));
  r.get('/readyz', { schema: { tags: ['health'], response: { 200: Health, 503: Problem } }, logLevel: 'warn' }, async () => {
    await app.db.execute(sql`select 1`).catch(() => {
      throw new DomainError('SERVICE_UNAVAILABLE');
    });
    return { status: 'ok' as const };
  });
}
