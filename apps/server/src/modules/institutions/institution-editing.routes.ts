import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ClassCaregiversInput,
  ClassInput,
  ClassParams,
  ClassPatch,
  ClassRosterList,
  Fee,
  FeeTableInput,
  IdParams,
  InstitutionBasicsPatch,
  InstitutionDetail,
  Problem,
  StaffInput,
  StaffLeaveInput,
  StaffMember,
  StaffParams,
  StaffPatch,
} from '@youyu/contracts';
import type { Vault } from '../../platform/crypto/index.ts';
import { contextOf } from '../../platform/http/context.ts';
import { createClass, deleteClass, listClassRosters, replaceFees, setClassCaregivers, updateClass, updateInstitutionBasics } from './institution-editing.service.ts';
import { institutionScope } from './institutions.service.ts';
import { addStaff, recordStaffLeaving, updateStaff } from './staff-editing.service.ts';

const tags = ['institutions'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);
const manage = { access: { permission: 'institutions.manage', scope: ofInstitution } };
const read = { access: { permission: 'institutions.read', scope: ofInstitution } };

/** The director's edits of the own institution's registry entry (see institution-editing.policy.ts for when). */
export async function institutionEditingRoutes(app: FastifyInstance, { vault }: { vault: Vault }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/institutions/:id',
    { schema: { tags, summary: 'Edit basics: kind, location, contact, hours, service modes, premises, meals', params: IdParams, body: InstitutionBasicsPatch, response: { 200: InstitutionDetail, ...errors } }, config: manage },
    (request) => updateInstitutionBasics(contextOf(request), request.params.id, request.body),
  );

  r.get(
    '/institutions/:id/class-rosters',
    { schema: { tags, summary: 'Classes with caregivers and the size and ratio rules in force; places = sum of capacities', params: IdParams, response: { 200: ClassRosterList, ...errors } }, config: read },
    (request) => listClassRosters(contextOf(request), request.params.id),
  );

  r.post(
    '/institutions/:id/classes',
    { schema: { tags, summary: 'Add a class (size limits and kind rules checked at once)', params: IdParams, body: ClassInput, response: { 201: ClassRosterList, ...errors } }, config: manage },
    async (request, reply) => reply.status(201).send(await createClass(contextOf(request), request.params.id, request.body)),
  );

  r.patch(
    '/institutions/:id/classes/:classId',
    { schema: { tags, summary: 'Change a class', params: ClassParams, body: ClassPatch, response: { 200: ClassRosterList, ...errors } }, config: manage },
    (request) => updateClass(contextOf(request), request.params.id, request.params.classId, request.body),
  );

  r.delete(
    '/institutions/:id/classes/:classId',
    { schema: { tags, summary: 'Remove a class without enrolled children', params: ClassParams, response: { 200: ClassRosterList, ...errors } }, config: manage },
    (request) => deleteClass(contextOf(request), request.params.id, request.params.classId),
  );

  r.put(
    '/institutions/:id/classes/:classId/caregivers',
    { schema: { tags, summary: "Set a class's caregivers (each works in one class)", params: ClassParams, body: ClassCaregiversInput, response: { 200: ClassRosterList, ...errors } }, config: manage },
    (request) => setClassCaregivers(contextOf(request), request.params.id, request.params.classId, request.body.staffIds),
  );

  r.put(
    '/institutions/:id/fees',
    { schema: { tags, summary: 'Replace the fee table (monthly fee in fen per class type and service mode)', params: IdParams, body: FeeTableInput, response: { 200: z.object({ items: z.array(Fee) }), ...errors } }, config: manage },
    (request) => replaceFees(contextOf(request), request.params.id, request.body),
  );

  r.post(
    '/institutions/:id/staff',
    { schema: { tags, summary: 'Add a staff member (ID number checked, encrypted; one active workplace per person)', params: IdParams, body: StaffInput, response: { 201: StaffMember, ...errors } }, config: manage },
    async (request, reply) => reply.status(201).send(await addStaff(contextOf(request), vault, request.params.id, request.body)),
  );

  r.patch(
    '/institutions/:id/staff/:staffId',
    { schema: { tags, summary: 'Change a staff member’s name, role, certificates or training hours', params: StaffParams, body: StaffPatch, response: { 200: StaffMember, ...errors } }, config: manage },
    (request) => updateStaff(contextOf(request), request.params.id, request.params.staffId, request.body),
  );

  r.post(
    '/institutions/:id/staff/:staffId/leave',
    { schema: { tags, summary: 'Record that a staff member left', params: StaffParams, body: StaffLeaveInput, response: { 200: StaffMember, ...errors } }, config: manage },
    (request) => recordStaffLeaving(contextOf(request), request.params.id, request.params.staffId, request.body.leftAt),
  );
}
