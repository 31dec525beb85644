import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ChildListQuery,
  ChildPage,
  ChildParams,
  IdParams,
  InstitutionClassList,
  InstitutionDetail,
  InstitutionListQuery,
  InstitutionPage,
  InstitutionSummary,
  InstitutionSummaryQuery,
  Problem,
  StaffListQuery,
  StaffPage,
  StaffParams,
  UnmaskedIdNumber,
  UnmaskRequest,
} from '@youyu/contracts';
import type { Vault } from '../../platform/crypto/index.ts';
import { contextOf } from '../../platform/http/context.ts';
import { getInstitution, institutionScope, listInstitutionClasses, listInstitutions, summariseInstitutions } from './institutions.service.ts';
import { listChildren, listStaff, unmaskChildIdNumber, unmaskStaffIdNumber } from './people.service.ts';

const tags = ['institutions'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const read = 'institutions.read';

/** The institution named by `:id`, for the guard: out of the caller's scope (or absent) is 404. */
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);

export async function institutionRoutes(app: FastifyInstance, { vault }: { vault: Vault }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/institutions',
    { schema: { tags, summary: 'The registry within the caller’s jurisdiction (institution accounts: their own)', querystring: InstitutionListQuery, response: { 200: InstitutionPage, ...errors } }, config: { access: { permission: read } } },
    (request) => listInstitutions(contextOf(request), request.query),
  );

  r.get(
    '/institutions/summary',
    {
      schema: { tags, summary: 'Counts for the regulator dashboard: by kind, ownership, inclusive status, filing status and area', querystring: InstitutionSummaryQuery, response: { 200: InstitutionSummary, ...errors } },
      config: { access: { permission: read, scope: async (request) => ({ jurisdictionCode: (request.query as { jurisdiction?: string }).jurisdiction ?? request.actor?.jurisdictionCode }) } },
    },
    (request) => summariseInstitutions(contextOf(request), request.query),
  );

  r.get(
    '/institutions/:id',
    { schema: { tags, summary: 'One institution with its places, enrolment and fees', params: IdParams, response: { 200: InstitutionDetail, ...errors } }, config: { access: { permission: read, scope: ofInstitution } } },
    (request) => getInstitution(contextOf(request), request.params.id),
  );

  r.get(
    '/institutions/:id/classes',
    { schema: { tags, summary: 'Classes with capacity (places) and enrolled children', params: IdParams, response: { 200: InstitutionClassList, ...errors } }, config: { access: { permission: read, scope: ofInstitution } } },
    (request) => listInstitutionClasses(contextOf(request), request.params.id),
  );

  r.get(
    '/institutions/:id/staff',
    { schema: { tags, summary: 'Staff, ID numbers masked', params: IdParams, querystring: StaffListQuery, response: { 200: StaffPage, ...errors } }, config: { access: { permission: read, scope: ofInstitution } } },
    (request) => listStaff(contextOf(request), request.params.id, request.query),
  );

  r.get(
    '/institutions/:id/children',
    {
      schema: { tags, summary: 'Children, ID numbers masked; names and guardians masked outside the institution', params: IdParams, querystring: ChildListQuery, response: { 200: ChildPage, ...errors } },
      config: { access: { permission: read, scope: ofInstitution } },
    },
    (request) => listChildren(contextOf(request), request.params.id, request.query),
  );

  r.post(
    '/institutions/:id/staff/:staffId/unmask',
    {
      schema: { tags, summary: 'The full ID number of a staff member (audited as personalData.unmask)', params: StaffParams, body: UnmaskRequest, response: { 200: UnmaskedIdNumber, ...errors } },
      config: { access: { permission: 'personalData.unmask', scope: ofInstitution } },
    },
    (request) => unmaskStaffIdNumber(contextOf(request), vault, { institutionId: request.params.id, personId: request.params.staffId, reason: request.body?.reason }),
  );

  r.post(
    '/institutions/:id/children/:childId/unmask',
    {
      schema: { tags, summary: 'The full ID number of a child (audited as personalData.unmask)', params: ChildParams, body: UnmaskRequest, response: { 200: UnmaskedIdNumber, ...errors } },
      config: { access: { permission: 'personalData.unmask', scope: ofInstitution } },
    },
    (request) => unmaskChildIdNumber(contextOf(request), vault, { institutionId: request.params.id, personId: request.params.childId, reason: request.body?.reason }),
  );
}
