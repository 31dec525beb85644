import { z } from 'zod';
import { Role } from '../common/index.ts';

export const RoleParams = z.object({ role: Role });

export const RoleGrants = z.object({ role: Role, permissions: z.array(z.string()) }).meta({ id: 'RoleGrants' });
export type RoleGrants = z.infer<typeof RoleGrants>;

export const RolesOverview = z.object({
  roles: z.array(RoleGrants),
  /** Every permission, the roles that hold it by default, and whether only administrators may hold it. */
  catalogue: z.array(z.object({ key: z.string(), defaultRoles: z.array(Role), isAdministrative: z.boolean() })),
});
export type RolesOverview = z.infer<typeof RolesOverview>;

export const SetRolePermissionsBody = z.object({ permissions: z.array(z.string().min(1).max(100)).max(500) });
export type SetRolePermissionsBody = z.infer<typeof SetRolePermissionsBody>;
