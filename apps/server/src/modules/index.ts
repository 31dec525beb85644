import type { FastifyPluginAsync } from 'fastify';
import { accountsModule } from './accounts/index.ts';
import { auditModule } from './audit/index.ts';
import { jurisdictionsModule } from './jurisdictions/index.ts';
import { policiesModule } from './policies/index.ts';
import { institutionsModule } from './institutions/index.ts';

/** Every domain module's Fastify plugin, registered under /api/v1 in this order. */
export const apiModules: FastifyPluginAsync[] = [accountsModule, auditModule, jurisdictionsModule, policiesModule, institutionsModule];
