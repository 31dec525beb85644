import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssignRoleBody,
  CreateUserBody,
  IdParams,
  RoleGrants,
  RoleParams,
  RolesOverview,
  SecuritySettings,
  SecuritySettingsUpdate,
  SetRolePermissionsBody,
  UpdateUserBody,
  User,
  UserListQuery,
  UserPage,
  UserWithOneTimePassword,
} from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { problems } from './http.ts';
import { getRolesOverview, setRolePermissions } from './roles.service.ts';
import { getSecuritySettings, updateSecuritySettings } from './settings.service.ts';
import { assignRole, createStaffUser, disableUser, enableUser, getUser, listUsersInReach, resetPassword, updateUserProfile } from './users.service.ts';

const read = { access: { permission: 'users.read' } } as const;
const manage = { access: { permission: 'users.manage' } } as const;
const grantRoles = { access: { permission: 'roles.manage' } } as const;
const security = { access: { permission: 'security.manage' } } as const;
const refusals = problems(400, 401, 403, 404, 409);

/** Account administration (system administrator), roles and security settings (security administrator). */
export async function adminRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];

  r.get('/admin/users', { schema: { tags, summary: 'Accounts within my jurisdiction', querystring: UserListQuery, response: { 200: UserPage, ...refusals } }, config: read }, async (request) =>
    listUsersInReach(contextOf(request), request.query),
  );
  r.post(
    '/admin/users',
    { schema: { tags, summary: 'Create a staff account; returns its one-time password', body: CreateUserBody, response: { 201: UserWithOneTimePassword, ...refusals } }, config: manage },
    async (request, reply) => reply.status(201).send(await createStaffUser(contextOf(request), request.body)),
  );
  r.get('/admin/users/:id', { schema: { tags, summary: 'One account', params: IdParams, response: { 200: User, ...refusals } }, config: read }, async (request) =>
    getUser(contextOf(request), request.params.id),
  );
  r.patch('/admin/users/:id', { schema: { tags, summary: 'Change name or phone', params: IdParams, body: UpdateUserBody, response: { 200: User, ...refusals } }, config: manage }, async (request) =>
    updateUserProfile(contextOf(request), request.params.id, request.body),
  );
  r.post('/admin/users/:id/disable', { schema: { tags, summary: 'Disable an account; its sessions end', params: IdParams, response: { 200: User, ...refusals } }, config: manage }, async (request) =>
    disableUser(contextOf(request), request.params.id),
  );
  r.post('/admin/users/:id/enable', { schema: { tags, summary: 'Enable an account again', params: IdParams, response: { 200: User, ...refusals } }, config: manage }, async (request) =>
    enableUser(contextOf(request), request.params.id),
  );
  r.post(
    '/admin/users/:id/reset-password',
    { schema: { tags, summary: 'Issue a one-time password, to be changed at next sign-in', params: IdParams, response: { 200: UserWithOneTimePassword, ...refusals } }, config: manage },
    async (request) => resetPassword(contextOf(request), request.params.id),
  );
  r.put(
    '/admin/users/:id/role',
    { schema: { tags, summary: 'Grant a role (the only way to make an administrator)', params: IdParams, body: AssignRoleBody, response: { 200: User, ...refusals } }, config: grantRoles },
    async (request) => assignRole(contextOf(request), request.params.id, request.body),
  );

  r.get('/admin/roles', { schema: { tags, summary: 'Every role with its permissions, and the permission catalogue', response: { 200: RolesOverview, ...refusals } }, config: grantRoles }, async (request) =>
    getRolesOverview(contextOf(request)),
  );
  r.put(
    '/admin/roles/:role/permissions',
    { schema: { tags, summary: "Replace a role's permissions (separation of duties enforced)", params: RoleParams, body: SetRolePermissionsBody, response: { 200: RoleGrants, ...refusals } }, config: grantRoles },
    async (request) => ({ role: request.params.role, permissions: await setRolePermissions(contextOf(request), request.params.role, request.body.permissions) }),
  );

  r.get('/admin/security-settings', { schema: { tags, summary: 'Security settings in force', response: { 200: SecuritySettings, ...refusals } }, config: security }, async (request) =>
    getSecuritySettings(contextOf(request).db),
  );
  r.put('/admin/security-settings', { schema: { tags, summary: 'Change the security settings', body: SecuritySettingsUpdate, response: { 200: SecuritySettings, ...refusals } }, config: security }, async (request) =>
    updateSecuritySettings(contextOf(request), request.body),
  );
}
