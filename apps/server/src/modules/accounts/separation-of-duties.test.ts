import { describe, expect, it } from 'vitest';
import { permissionCatalogue, type PermissionSpec } from '@youyu/contracts';
import { grantViolations, isAdministrativePermission } from './separation-of-duties.ts';

const catalogue: PermissionSpec[] = [
  { key: 'users.manage', defaultRoles: ['systemAdmin'] },
  { key: 'roles.manage', defaultRoles: ['securityAdmin'] },
  { key: 'audit.read', defaultRoles: ['auditAdmin'] },
  { key: 'users.read', defaultRoles: ['systemAdmin', 'securityAdmin'] },
  { key: 'policies.manage', defaultRoles: ['regulator', 'systemAdmin'] },
  { key: 'institutions.read', defaultRoles: ['regulator', 'inspector'] },
];

describe('separation of duties (三员分立)', () => {
  it('keeps each administrator to the permissions designed for it', () => {
    expect(grantViolations('systemAdmin', ['users.manage', 'policies.manage', 'users.read'], catalogue)).toEqual([]);
    expect(grantViolations('systemAdmin', ['audit.read'], catalogue)).toEqual([{ permission: 'audit.read', role: 'systemAdmin' }]);
    expect(grantViolations('auditAdmin', ['audit.read', 'users.read', 'institutions.read'], catalogue)).toEqual([
      { permission: 'users.read', role: 'auditAdmin' },
      { permission: 'institutions.read', role: 'auditAdmin' },
    ]);
    expect(grantViolations('securityAdmin', ['roles.manage', 'users.manage'], catalogue)).toEqual([{ permission: 'users.manage', role: 'securityAdmin' }]);
  });

  it('never lets a business role hold an administrator-only permission', () => {
    expect(grantViolations('regulator', ['institutions.read', 'policies.manage'], catalogue)).toEqual([]);
    expect(grantViolations('regulator', ['roles.manage'], catalogue)).toEqual([{ permission: 'roles.manage', role: 'regulator' }]);
    expect(grantViolations('inspector', ['audit.read'], catalogue)).toEqual([{ permission: 'audit.read', role: 'inspector' }]);
  });

  it('calls a permission administrative when only administrators hold it by default', () => {
    expect(catalogue.filter(isAdministrativePermission).map((p) => p.key)).toEqual(['users.manage', 'roles.manage', 'audit.read', 'users.read']);
  });

  it('accepts every default grant of the real catalogue', () => {
    for (const spec of permissionCatalogue) for (const role of spec.defaultRoles) expect(grantViolations(role, [spec.key], permissionCatalogue), `${role} ${spec.key}`).toEqual([]);
  });
});
