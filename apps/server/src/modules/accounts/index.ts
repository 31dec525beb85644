import type { FastifyPluginAsync } from 'fastify';
import { smsSenderFor } from '../../platform/sms/index.ts';
import { adminRoutes } from './admin.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { accountsErrorHandler } from './http.ts';
import { syncPermissionDefaults } from './roles.service.ts';

/** Sign-in, sessions, own account, account administration, roles and security settings. */
export const accountsModule: FastifyPluginAsync = async (app) => {
  app.setErrorHandler(accountsErrorHandler);
  // Every app server runs it at start; it is idempotent and serialised in the database.
  app.addHook('onReady', async () => {
    await syncPermissionDefaults(app.db);
  });
  await app.register(authRoutes, { sms: smsSenderFor(app.config, app.db, app.log) });
  await app.register(adminRoutes);
};

export { sessionPlugin } from './session.plugin.ts';
export { createUser, ensureUser, type NewAccount, type CreatedAccount } from './account-creation.ts';
export { disableDormantAccounts } from './users.service.ts';
export { pruneExpiredAuthState } from './housekeeping.ts';
export { syncPermissionDefaults } from './roles.service.ts';
export { getSecuritySettings } from './settings.service.ts';
export { reachOf, isInReach, type Reach } from './accounts.policy.ts';
export { currentTotpCode, generateTotpSecret } from './totp.ts';
export { AuthErrors } from './accounts.errors.ts';
export { findStaffPhones } from './staff-contacts.repository.ts';
export { findUserContact } from './users.repository.ts';
