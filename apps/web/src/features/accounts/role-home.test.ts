import { describe, expect, it } from 'vitest';
import { roles } from '@youyu/contracts';
import { afterSignInPath, homePathOf, portalOfRole, signInPath } from './role-home.ts';

describe('where a role works', () => {
  it('sends every role to its portal', () => {
    expect(roles.map((r) => [r, homePathOf(r)])).toEqual([
      ['family', '/family'],
      ['institutionDirector', '/institution'],
      ['institutionStaff', '/institution'],
      ['regulator', '/regulator'],
      ['inspector', '/regulator'],
      ['supervisor', '/regulator'],
      ['systemAdmin', '/admin'],
      ['securityAdmin', '/admin'],
      ['auditAdmin', '/admin'],
    ]);
    expect(Object.keys(portalOfRole).sort()).toEqual([...roles].sort());
  });
});

describe('afterSignInPath', () => {
  it('returns to the page the user was sent away from, within their own portal', () => {
    expect(afterSignInPath('regulator', '/regulator/account?tab=1')).toBe('/regulator/account?tab=1');
    expect(afterSignInPath('systemAdmin', '/admin')).toBe('/admin');
    expect(afterSignInPath('family', '/account/password')).toBe('/account/password');
  });

  it('goes home instead of into another portal or off the site', () => {
    expect(afterSignInPath('family', '/admin/users')).toBe('/family');
    expect(afterSignInPath('regulator', '/regulatorish')).toBe('/regulator');
    expect(afterSignInPath('regulator', '//evil.example/regulator')).toBe('/regulator');
    expect(afterSignInPath('regulator', 'https://evil.example')).toBe('/regulator');
    expect(afterSignInPath('regulator', '/\\evil.example')).toBe('/regulator');
    expect(afterSignInPath('institutionStaff', null)).toBe('/institution');
  });
});

describe('signInPath', () => {
  it('remembers where to come back to and which tab to open', () => {
    expect(signInPath()).toBe('/sign-in');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/family/find', 'phone')).toBe('/sign-in?tab=phone&next=%2Ffamily%2Ffind');
    expect(new URLSearchParams(signInPath('/admin/users?page=2').split('?')[1]).get('next')).toBe('/admin/users?page=2');
  });
});
