import type { FastifyPluginAsync } from 'fastify';
import { policyLibraryRoutes } from './policy-library.routes.ts';

/**
 * The policy library (托育政策查询, FAM-3): policy documents with their issuer, number and date,
 * searched in Chinese (jieba words in a weighted tsvector, ranked by relevance); public reading,
 * regulators keep the documents of their jurisdiction.
 */
export const policyLibraryModule: FastifyPluginAsync = async (app) => {
  await app.register(policyLibraryRoutes);
};

export { installShippedPolicyDocuments } from './shipped/install.ts';
export { reindexPolicyDocuments } from './reindex.ts';
export { policyDocuments } from './policy-library.tables.ts';
