import { describe, expect, it } from 'vitest';
import { defaultsOf, grantChanges, groupCatalogue, isGrantable } from './grants.ts';

const catalogue = [
  { key: 'users.read', defaultRoles: ['systemAdmin', 'securityAdmin'] as const, isAdministrative: true },
  { key: 'users.manage', defaultRoles: ['systemAdmin'] as const, isAdministrative: true },
  { key: 'audit.read', defaultRoles: ['auditAdmin'] as const, isAdministrative: true },
  { key: 'institutions.read', defaultRoles: ['regulator', 'institutionDirector'] as const, isAdministrative: false },
].map((e) => ({ ...e, defaultRoles: [...e.defaultRoles] }));
const entry = (key: string) => catalogue.find((e) => e.key === key)!;

describe('separation of duties in the grants form', () => {
  it('lets an administrator role hold only what is designed for it', () => {
    expect(isGrantable('systemAdmin', entry('users.manage'))).toBe(true);
    expect(isGrantable('systemAdmin', entry('audit.read'))).toBe(false);
    expect(isGrantable('auditAdmin', entry('institutions.read'))).toBe(false);
  });

  it('never gives a business role an administrators’ permission', () => {
    expect(isGrantable('regulator', entry('users.read'))).toBe(false);
    expect(isGrantable('inspector', entry('institutions.read'))).toBe(true);
  });

  it('groups by module, restores defaults and lists what a save changes', () => {
    expect(groupCatalogue(catalogue).map(([group, entries]) => [group, entries.length])).toEqual([
      ['users', 2],
      ['audit', 1],
      ['institutions', 1],
    ]);
    expect(defaultsOf('securityAdmin', catalogue)).toEqual(['users.read']);
    expect(grantChanges(['users.read', 'users.manage'], ['users.manage', 'institutions.read'])).toEqual({ added: ['institutions.read'], removed: ['users.read'] });
  });
});
