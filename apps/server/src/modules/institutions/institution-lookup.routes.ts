import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { InstitutionLookup, InstitutionLookupQuery, Problem } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { lookupInstitutions } from './institution-lookup.service.ts';

/** The administrators' institution picker; it lives here because it reads the registry's tables. */
export async function institutionLookupRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/admin/institution-lookup',
    {
      schema: {
        tags: ['admin'],
        summary: 'Up to 20 institutions within my jurisdiction by name (or exact credit code or id), to choose an institution account’s institution',
        querystring: InstitutionLookupQuery,
        response: { 200: InstitutionLookup, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
      config: { access: { permission: 'institutions.lookup' } },
    },
    (request) => lookupInstitutions(contextOf(request), request.query),
  );
}
