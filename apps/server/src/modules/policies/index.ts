import type { FastifyPluginAsync } from 'fastify';
import { policiesRoutes } from './policies.routes.ts';
import { installShippedProfiles } from './shipped/install.ts';

/**
 * Policy profiles (政策配置): versioned national, city and district numbers with their bases.
 * At start the national rule set is installed if missing, so every place resolves to a floor.
 */
export const policiesModule: FastifyPluginAsync = async (app) => {
  app.addHook('onReady', async () => {
    await installShippedProfiles(app.db);
  });
  await policiesRoutes(app);
};

export { resolvePolicy, getPolicyValue, numberInForce } from './policies.resolve.ts';
export { todayInShanghai } from './policies.jurisdiction.ts';
export { installShippedProfiles, type ShippedCity } from './shipped/install.ts';
export { registerPolicyKeys, findPolicyKey } from './policies.catalogue.ts';
export { policyProfileVersions } from './policies.tables.ts';
export type { CorePolicyKey, CorePolicyValue, EffectivePolicies, PolicyKeySpec, PolicyValue, ResolvedPolicyValue } from '@youyu/contracts';
