import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cityCodes, Place, PlaceSearchQuery, Problem, RegisterDetail, RegisterIdParams, RegisterListQuery, RegisterMarkerQuery, RegisterMarkers, RegisterPage } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { fastOkSerializer } from '../../platform/http/fast-serializer.ts';
import { getRegisterEntry, listRegister, listRegisterMarkers, searchPlaces } from './register.service.ts';

const tags = ['register'];
const access = { public: true } as const;
// Filing changes show within a minute; browsers, CDNs and mini-programs may keep answers that long.
const cacheControl = 'public, max-age=60';

/** The public register (信息公示, REG-2): filed institutions, for families and for other systems. */
export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/institutions',
    {
      schema: {
        tags,
        summary: 'Filed childcare institutions (public register)',
        description: [
          'Institutions whose filing (备案) is in force, with their places, class types, service modes and fee range. Suspended, withdrawn, refused and not-yet-filed institutions are never listed.',
          'No personal data: no staff, no children, no contact person.',
          'Filters combine with AND. `q` matches the name or brand word by word (Chinese text is segmented into words). Results are ordered by district, then name; page with `page` and `pageSize` (at most 100).',
          'Near a point: `near=lat,lng` with `radius` (metres) or `walk` (minutes, at the city profile’s walking speed); items then carry `distanceM` and are nearest first unless `sort` says otherwise. `sort=rating` orders by the average of the published ratings that every item carries (`rating`): unrated institutions last, equal averages nearest first, then by name. `childBirthDate` (and `startDate`) keeps institutions with a class type that takes the child then; `vacancies`, `hasVacancy`, `feeMin`/`feeMax` (yuan per month) and `sort=fee` count only the matching class types and service mode.',
          'Contradictory parameters answer 400 with a specific code: REGISTER_SORT_NEEDS_NEAR, REGISTER_DISTANCE_NEEDS_NEAR, REGISTER_RADIUS_AND_WALK, REGISTER_START_NEEDS_BIRTH_DATE, REGISTER_START_BEFORE_BIRTH, REGISTER_FEE_RANGE_INVERTED.',
          'Stable API: fields may be added, never removed or renamed. No sign-in needed; answers may be cached for 60 seconds.',
        ].join('\n\n'),
        querystring: RegisterListQuery,
        response: { 200: RegisterPage, 400: Problem },
      },
      config: { access },
      // The map's pages, up to 100 institutions each, on the platform's busiest public route.
      ...fastOkSerializer(),
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return listRegister(contextOf(request), cityCodes[app.config.city], request.query);
    },
  );

  app.get(
    '/public/institutions/markers',
    {
      schema: {
        tags,
        summary: 'The register’s search as points for a map',
        description: [
          'The same search as `GET /public/institutions` (every filter and sort, the same 400 codes), answered as points: id, name, location, inclusive status, free places and, with `near`, the distance. The first `limit` matches in the search’s order, and the number of all matches.',
          'For drawing a map without fetching whole entries: a point is about a quarter of an entry’s bytes. Stable API; no sign-in needed; answers may be cached for 60 seconds.',
        ].join('\n\n'),
        querystring: RegisterMarkerQuery,
        response: { 200: RegisterMarkers, 400: Problem },
      },
      config: { access },
      // Every move of the map asks for its points again.
      ...fastOkSerializer(),
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return listRegisterMarkers(contextOf(request), cityCodes[app.config.city], request.query);
    },
  );

  app.get(
    '/public/institutions/:id',
    {
      schema: {
        tags,
        summary: 'One filed institution with its classes, places and fees',
        description: 'Fees are monthly, per child, in fen (分), per class type and service mode. An unknown id, a malformed id, or an institution that is not (or no longer) filed answers 404 problem+json with code NOT_FOUND.',
        params: RegisterIdParams,
        response: { 200: RegisterDetail, 400: Problem, 404: Problem },
      },
      config: { access },
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return getRegisterEntry(contextOf(request), request.params.id);
    },
  );

  app.get(
    '/public/places',
    {
      schema: {
        tags,
        summary: 'Places of the city to search from, by name',
        description: 'Districts, subdistricts (街道/乡镇) and communities whose name holds the text, at most 10, each with a point to search institutions near (`near=lat,lng`).',
        querystring: PlaceSearchQuery,
        response: { 200: z.array(Place), 400: Problem },
      },
      config: { access },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return searchPlaces(contextOf(request), cityCodes[app.config.city], request.query.q);
    },
  );
};
