import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { CHAOYANG, callerFor, completeMaterials, prepareForFiling, registeredInstitution, setUpBeijing, type Caller } from './filings.test-support.ts';

/**
 * Reviewers acting at once, on PostgreSQL through separate pooled connections (and on PGlite,
 * which serialises them): of two decisions on one revision exactly one wins, and filing numbers
 * stay unique and without gaps however many filings are decided together.
 */
describe('concurrent review decisions', () => {
  let t: TestApp;
  let reviewers: Caller[];

  async function underReview(): Promise<{ id: string; revision: number }> {
    const institutionId = await registeredInstitution(t, CHAOYANG);
    const director = await callerFor(t, { role: 'institutionDirector', institutionId, jurisdictionCode: CHAOYANG.subdistrictCode });
    await prepareForFiling(director, institutionId);
    const draft = (await director.post('/filings', { kind: 'initial' })).json();
    await completeMaterials(director, draft.id, ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence']);
    const revision = (await director.get(`/filings/${draft.id}`)).json().revision;
    const submitted = (await director.post(`/filings/${draft.id}/submit`, { revision, commitment: { signerName: '赵园长', accepted: true } })).json();
    const accepted = (await reviewers[0]!.post(`/filings/${draft.id}/start-review`, { revision: submitted.revision })).json();
    return { id: accepted.id, revision: accepted.revision };
  }

  beforeAll(async () => {
    t = await buildTestApp();
    await setUpBeijing(t);
    reviewers = [];
    for (let i = 0; i < 2; i += 1) reviewers.push(await callerFor(t, { role: 'regulator', jurisdictionCode: CHAOYANG.districtCode }));
  }, 60_000);
  afterAll(() => t?.close());

  it('lets exactly one of two reviewers filing the same application at once win; the other gets 409 CONFLICT', async () => {
    const filing = await underReview();
    const answers = await Promise.all(reviewers.map((r) => r.post(`/filings/${filing.id}/file`, { revision: filing.revision })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'CONFLICT', detail: '该记录已被他人修改，请刷新后重试。' });
    const detail = (await reviewers[0]!.get(`/filings/${filing.id}`)).json();
    expect(detail.events.filter((e: { action: string }) => e.action === 'file')).toHaveLength(1);
    expect(detail.filingNumber).toMatch(/0001$/);
  }, 60_000);

  it('lets one of a return and a filing at once win, never both', async () => {
    const filing = await underReview();
    const [filed, returned] = await Promise.all([
      reviewers[0]!.post(`/filings/${filing.id}/file`, { revision: filing.revision }),
      reviewers[1]!.post(`/filings/${filing.id}/return`, { revision: filing.revision, items: [{ item: 'staff', reason: '人员名单不全' }] }),
    ]);
    expect([filed.statusCode, returned.statusCode].sort()).toEqual([200, 409]);
    const state = (await reviewers[0]!.get(`/filings/${filing.id}`)).json().state;
    expect(state).toBe(filed.statusCode === 200 ? 'filed' : 'returned');
  }, 60_000);

  it('numbers filings decided together uniquely and without gaps', async () => {
    const before = (await reviewers[0]!.get('/filings?state=filed&pageSize=100')).json().items.map((f: { filingNumber: string }) => f.filingNumber);
    const batch = [];
    for (let i = 0; i < 5; i += 1) batch.push(await underReview());
    const answers = await Promise.all(batch.map((f, i) => reviewers[i % 2]!.post(`/filings/${f.id}/file`, { revision: f.revision })));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const sequences = [...before, ...answers.map((a) => a.json().filingNumber as string)].map((n) => Number(n.slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  }, 120_000);
});
