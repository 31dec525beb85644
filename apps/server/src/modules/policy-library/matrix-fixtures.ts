import type { Executor } from '../../platform/db/index.ts';
import { insertDocument } from './policy-library.repository.ts';
import { searchColumnsOf } from './search.ts';

/**
 * For the authorisation matrix (apps/server/test/authorization-matrix.int.test.ts): one draft
 * document per side, in the side's district, and a valid request for every route with a path
 * parameter or a scope.
 */
export type PolicyLibraryMatrixSide = { documentId: string; districtCode: string };

export async function createPolicyLibraryMatrixSide(exec: Executor, districtCode: string): Promise<PolicyLibraryMatrixSide> {
  const fields = { title: `矩阵测试政策文件 ${districtCode}`, issuer: '矩阵测试卫生健康委', documentNumber: null, issuedOn: null, jurisdictionCode: districtCode, tags: [], body: '', source: null, sourceUrl: null };
  const row = await insertDocument(exec, { ...fields, ...searchColumnsOf(fields) });
  return { documentId: row.id, districtCode };
}

/** Every holder of the permission reads every document; only writes are confined to a place. */
export const policyLibraryUnscopedRoutes = ['GET /api/v1/policy-library/documents/:id'];

type Probe = { url: string; payload?: unknown };

/** Route → request reaching the document of one side; `pick` finds that side in the caller's world. */
export function policyLibraryMatrixFixtures<W, S extends string>(pick: (world: W, side: S) => PolicyLibraryMatrixSide): Record<string, (world: W, side: S) => Probe> {
  const of = (fixture: (s: PolicyLibraryMatrixSide) => Probe) => (world: W, side: S) => fixture(pick(world, side));
  const url = (s: PolicyLibraryMatrixSide) => `/api/v1/policy-library/documents/${s.documentId}`;
  // A revision no document has: reaching the handler answers 409, never a change.
  const stale = { revision: 1_000_000 };
  return {
    'GET /api/v1/policy-library/documents/:id': of((s) => ({ url: url(s) })),
    'POST /api/v1/policy-library/documents': of((s) => ({ url: '/api/v1/policy-library/documents', payload: { title: '矩阵测试新增文件', issuer: '矩阵测试卫生健康委', jurisdictionCode: s.districtCode } })),
    'PATCH /api/v1/policy-library/documents/:id': of((s) => ({ url: url(s), payload: { ...stale, title: '改名' } })),
    'POST /api/v1/policy-library/documents/:id/publish': of((s) => ({ url: `${url(s)}/publish`, payload: stale })),
    'POST /api/v1/policy-library/documents/:id/unpublish': of((s) => ({ url: `${url(s)}/unpublish`, payload: stale })),
  };
}
