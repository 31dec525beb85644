import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BoundaryFeatureCollection, CityCodeParams, JurisdictionCodeParams, JurisdictionSummary, Problem } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { getCityBoundaries, listPublicChildren, listPublicDistricts } from './jurisdictions.service.ts';

const tags = ['jurisdictions'];
const access = { public: true } as const;
// Reference data changes rarely; browsers and proxies may keep it for a few minutes.
const cacheControl = 'public, max-age=300';

/** What the public map and the families' forms read without signing in. */
export const jurisdictionsPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/jurisdictions/:cityCode/districts',
    {
      schema: { tags, summary: 'Districts of a city', params: CityCodeParams, response: { 200: z.array(JurisdictionSummary), 400: Problem, 404: Problem } },
      config: { access },
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return listPublicDistricts(contextOf(request), request.params.cityCode);
    },
  );

  app.get(
    '/public/jurisdictions/:code/children',
    {
      schema: { tags, summary: 'Children of a jurisdiction (districts, subdistricts or communities)', params: JurisdictionCodeParams, response: { 200: z.array(JurisdictionSummary), 400: Problem, 404: Problem } },
      config: { access },
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return listPublicChildren(contextOf(request), request.params.code);
    },
  );

  app.get(
    '/public/jurisdictions/:cityCode/boundaries',
    {
      schema: {
        tags,
        summary: 'District boundaries of a city as GeoJSON',
        description: 'Simplified shapes for display (an overlay; not survey data). Revalidate with If-None-Match.',
        params: CityCodeParams,
        response: { 200: BoundaryFeatureCollection, 304: z.void().describe('Not modified'), 400: Problem, 404: Problem },
      },
      config: { access },
    },
    async (request, reply) => {
      const { etag, json } = await getCityBoundaries(contextOf(request), request.params.cityCode, request.headers['if-none-match']);
      reply.header('etag', etag).header('cache-control', cacheControl);
      if (json === null) return reply.code(304).send();
      // Sent as the cached text, which Fastify passes through unserialised: re-checking hundreds of
      // kilobytes of coordinates against the schema on every request would be waste.
      return reply.type('application/geo+json; charset=utf-8').send(json as unknown as BoundaryFeatureCollection);
    },
  );
};
