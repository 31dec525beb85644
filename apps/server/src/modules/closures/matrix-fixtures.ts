import type { Executor } from '../../platform/db/index.ts';
import { prepayments } from '../prepayments/index.ts';
import { insertCase } from './closures.repository.ts';

/**
 * For the authorisation matrix (apps/server/test/authorization-matrix.int.test.ts): one open
 * closure case and one prepayment per side, and a valid request for every route of the closures
 * and prepayments modules.
 */
export type ClosureMatrixSide = { institutionId: string; childId: string; caseId: string; prepaymentId: string };
type Place = { institutionId: string; childId: string; districtCode: string; subdistrictCode: string };

export async function createClosureMatrixSide(exec: Executor, place: Place): Promise<ClosureMatrixSide> {
  const kase = await insertCase(exec, { institutionId: place.institutionId, districtCode: place.districtCode, subdistrictCode: place.subdistrictCode, reason: '矩阵测试', plannedDate: '2025-05-01' });
  const [prepayment] = await exec
    .insert(prepayments)
    .values({ institutionId: place.institutionId, childId: place.childId, familyUserId: place.institutionId, amountFen: 100_000, periodFrom: '2025-03-01', periodTo: '2025-05-31', paidOn: '2025-02-20', districtCode: place.districtCode, subdistrictCode: place.subdistrictCode })
    .returning({ id: prepayments.id });
  return { institutionId: place.institutionId, childId: place.childId, caseId: kase!.id, prepaymentId: prepayment!.id };
}

type Probe = { url: string; payload?: unknown };

/** Route → request reaching the record of one side; `pick` finds that side's ids in the caller's world. */
export function closureMatrixFixtures<W, S extends string>(pick: (world: W, side: S) => ClosureMatrixSide): Record<string, (world: W, side: S) => Probe> {
  const of = (fixture: (s: ClosureMatrixSide) => Probe) => (world: W, side: S) => fixture(pick(world, side));
  const refund = { refundedFen: 1000, refundedOn: '2025-05-02' };
  return {
    'GET /api/v1/institutions/:id/prepayments': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/prepayments` })),
    'POST /api/v1/institutions/:id/prepayments': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/prepayments`, payload: { childId: s.childId, amountFen: 1000, periodFrom: '2025-03-01', periodTo: '2025-03-31', paidOn: '2025-02-20' } })),
    'POST /api/v1/institutions/:id/prepayments/:prepaymentId/refund': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/prepayments/${s.prepaymentId}/refund`, payload: refund })),
    'POST /api/v1/closures': of((s) => ({ url: '/api/v1/closures', payload: { institutionId: s.institutionId, reason: '矩阵测试', plannedDate: '2025-05-01' } })),
    'GET /api/v1/closures/:id': of((s) => ({ url: `/api/v1/closures/${s.caseId}` })),
    'GET /api/v1/closures/:id/nearby': of((s) => ({ url: `/api/v1/closures/${s.caseId}/nearby` })),
    'PUT /api/v1/closures/:id/placements/:childId': of((s) => ({ url: `/api/v1/closures/${s.caseId}/placements/${s.childId}`, payload: { outcome: 'familyCare' } })),
    'POST /api/v1/closures/:id/prepayments/:prepaymentId/refund': of((s) => ({ url: `/api/v1/closures/${s.caseId}/prepayments/${s.prepaymentId}/refund`, payload: refund })),
    // A revision no case has: reaching the handler answers 409, never a change.
    'POST /api/v1/closures/:id/close': of((s) => ({ url: `/api/v1/closures/${s.caseId}/close`, payload: { revision: 1_000_000 } })),
  };
}
