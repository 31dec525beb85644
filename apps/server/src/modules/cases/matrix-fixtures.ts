import type { Executor } from '../../platform/db/index.ts';
import { ratings } from '../ratings/index.ts';
import { caseEvidence, cases } from './cases.tables.ts';
import { newTrackingCode } from './tracking-code.ts';

/**
 * For the authorisation matrix (apps/server/test/authorization-matrix.int.test.ts): per side, one
 * held rating and one new case with an evidence record, and a valid request for every route of
 * the ratings and cases modules that has path parameters or a scope.
 */
export type FeedbackMatrixSide = { institutionId: string; ratingId: string; caseId: string; evidenceId: string };
type Place = { institutionId: string; districtCode: string; subdistrictCode: string };

export async function createFeedbackMatrixSide(exec: Executor, place: Place): Promise<FeedbackMatrixSide> {
  const scores = { overall: 2, care: 2, safety: 2, food: 2, communication: 2, environment: 2 };
  const [rating] = await exec
    .insert(ratings)
    .values({ ...place, ...scores, familyUserId: crypto.randomUUID(), familyName: '矩阵家长', comment: '电话13800138000', status: 'held', heldFor: ['phone'] })
    .returning({ id: ratings.id });
  const [kase] = await exec
    .insert(cases)
    .values({ ...place, trackingCode: newTrackingCode(), kind: 'report', category: 'other', isUrgent: false, description: '矩阵测试的举报内容', isAnonymous: true, submitterKey: 'matrix' })
    .returning({ id: cases.id });
  const [evidence] = await exec
    .insert(caseEvidence)
    .values({ caseId: kase!.id, fileName: 'matrix.pdf', contentType: 'application/pdf', sizeBytes: 10, sha256: '0'.repeat(64), storageKey: `cases/${kase!.id}/missing` })
    .returning({ id: caseEvidence.id });
  return { institutionId: place.institutionId, ratingId: rating!.id, caseId: kase!.id, evidenceId: evidence!.id };
}

type Probe = { url: string; payload?: unknown };

/** Route → request reaching the record of one side; revisions no record has, so a reached handler answers 409 and changes nothing. */
export function feedbackMatrixFixtures<W, S extends string>(pick: (world: W, side: S) => FeedbackMatrixSide): Record<string, (world: W, side: S) => Probe> {
  const of = (fixture: (s: FeedbackMatrixSide) => Probe) => (world: W, side: S) => fixture(pick(world, side));
  const revision = 1_000_000;
  return {
    'GET /api/v1/institutions/:id/ratings': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/ratings` })),
    'POST /api/v1/institutions/:id/ratings/:ratingId/reply': of((s) => ({ url: `/api/v1/institutions/${s.institutionId}/ratings/${s.ratingId}/reply`, payload: { reply: '感谢您的评价' } })),
    'POST /api/v1/ratings/:id/moderate': of((s) => ({ url: `/api/v1/ratings/${s.ratingId}/moderate`, payload: { decision: 'publish', revision } })),
    'GET /api/v1/cases/:id': of((s) => ({ url: `/api/v1/cases/${s.caseId}` })),
    'POST /api/v1/cases/:id/acknowledge': of((s) => ({ url: `/api/v1/cases/${s.caseId}/acknowledge`, payload: { revision } })),
    'POST /api/v1/cases/:id/steps': of((s) => ({ url: `/api/v1/cases/${s.caseId}/steps`, payload: { note: '电话联系机构', isPublic: false, revision } })),
    'POST /api/v1/cases/:id/reply': of((s) => ({ url: `/api/v1/cases/${s.caseId}/reply`, payload: { reply: '经核查……', isSubstantiated: false, revision } })),
    'GET /api/v1/cases/:id/evidence/:evidenceId': of((s) => ({ url: `/api/v1/cases/${s.caseId}/evidence/${s.evidenceId}` })),
  };
}
