import type { Executor } from '../platform/db/index.ts';
// The accounts module exports createUser, which audits each account in its own savepoint: right
// for one account, about a minute for the 17,000 families of a demo city. Until accounts exports
// a bulk creator, the seed inserts family accounts itself (one audit entry covers the whole seed).
import { users } from '../modules/accounts/accounts.tables.ts';
import { bulkInsert } from '../modules/institutions/index.ts';
import type { FamilyPlain } from './types.ts';

/**
 * Family accounts (phone sign-in, no password) with the ids the children already reference.
 * Their timestamps are the database's now(): family accounts never go dormant, and staff-style
 * checks must not see them as created years ago.
 */
export async function insertFamilyAccounts(exec: Executor, families: readonly FamilyPlain[]): Promise<void> {
  await bulkInsert(exec, users, families.map((f) => ({ id: f.id, username: null, phone: f.phone, displayName: f.displayName, role: 'family', status: 'active' })));
}
