import type { FastifyPluginAsync } from 'fastify';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { institutionRoutes } from './institutions.routes.ts';
import { institutionEditingRoutes } from './institution-editing.routes.ts';
import { institutionLookupRoutes } from './institution-lookup.routes.ts';

/**
 * The institution registry: institutions, classes, fees, staff and children. Reads for the
 * portals here; the filing workflow, the public register and imports build on these tables.
 */
export const institutionsModule: FastifyPluginAsync = async (app) => {
  // Resolved at registration so a server without a usable key refuses to start, not to serve.
  const vault = vaultFromConfig(app.config, (message) => app.log.warn(message));
  await institutionRoutes(app, { vault });
  await institutionEditingRoutes(app, { vault });
  await institutionLookupRoutes(app);
};

export { institutions, classes, fees, staff, children } from './institutions.tables.ts';
export { institutionScope, getInstitution, summaryOf } from './institutions.service.ts';
export { placesByInstitution, hasInstitutionsWithin } from './institutions.repository.ts';
export { insertRegistryRows, bulkInsert, type RegistryRows } from './bulk.repository.ts';
export { InstitutionErrors } from './institutions.errors.ts';
export { withdrawInstitution } from './withdrawal.ts';
export * from './registry-intake.ts';
export * from './filing-support.public.ts';
export * from './family-children.repository.ts';
