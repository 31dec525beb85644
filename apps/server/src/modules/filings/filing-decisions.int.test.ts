import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createLocalDiskStore } from '../../platform/storage/index.ts';
import { seedDemoFilings } from './index.ts';
import { CHAOYANG, HAIDIAN, callerFor, completeMaterials, prepareForFiling, registeredInstitution, setUpBeijing, type Caller } from './filings.test-support.ts';

const commitment = { signerName: '赵园长', accepted: true };
const allMaterials = ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence'];

/** Who may see and decide which filing, refusals and cancellations, the queue, the city's settings. */
describe('filing scope and decisions', () => {
  let t: TestApp;
  let chaoyangReviewer: Caller;
  let haidianReviewer: Caller;

  /** A submitted application of a fresh institution in the place. */
  async function submitted(place = CHAOYANG) {
    const institutionId = await registeredInstitution(t, place);
    const director = await callerFor(t, { role: 'institutionDirector', institutionId, jurisdictionCode: place.subdistrictCode });
    await prepareForFiling(director, institutionId);
    const draft = (await director.post('/filings', { kind: 'initial' })).json();
    await completeMaterials(director, draft.id, allMaterials);
    const revision = (await director.get(`/filings/${draft.id}`)).json().revision;
    const res = await director.post(`/filings/${draft.id}/submit`, { revision, commitment });
    if (res.statusCode !== 200) throw new Error(res.body);
    return { institutionId, director, filing: res.json() as { id: string; revision: number } };
  }

  beforeAll(async () => {
    t = await buildTestApp();
    await setUpBeijing(t);
    chaoyangReviewer = await callerFor(t, { role: 'regulator', jurisdictionCode: CHAOYANG.districtCode });
    haidianReviewer = await callerFor(t, { role: 'regulator', jurisdictionCode: HAIDIAN.districtCode });
  }, 60_000);
  afterAll(() => t?.close());

  it('keeps district A from seeing or reviewing district B’s filings (404), and out of its queue', async () => {
    const { filing, institutionId } = await submitted(CHAOYANG);
    expect((await haidianReviewer.get(`/filings/${filing.id}`)).statusCode).toBe(404);
    expect((await haidianReviewer.post(`/filings/${filing.id}/start-review`, { revision: filing.revision })).statusCode).toBe(404);
    expect((await haidianReviewer.get(`/filings/${filing.id}/receipt.pdf`)).statusCode).toBe(404);
    expect((await haidianReviewer.get(`/filings/institutions/${institutionId}/history`)).statusCode).toBe(404);
    expect((await haidianReviewer.get('/filings')).json().items.map((f: { id: string }) => f.id)).not.toContain(filing.id);
    expect((await chaoyangReviewer.get('/filings?pending=true')).json().items.map((f: { id: string }) => f.id)).toContain(filing.id);
    const otherDirector = await callerFor(t, { role: 'institutionDirector', institutionId: await registeredInstitution(t, CHAOYANG), jurisdictionCode: CHAOYANG.subdistrictCode });
    expect((await otherDirector.get(`/filings/${filing.id}`)).statusCode).toBe(404);
    expect((await otherDirector.get('/filings')).json()).toEqual({ items: [], total: 0 });
  });

  it('lets only a district or city health commission decide', async () => {
    const { filing } = await submitted();
    const market = await callerFor(t, { role: 'regulator', jurisdictionCode: CHAOYANG.districtCode, department: 'marketRegulation' });
    const subdistrictOfficer = await callerFor(t, { role: 'regulator', jurisdictionCode: CHAOYANG.subdistrictCode });
    expect((await market.get(`/filings/${filing.id}`)).statusCode).toBe(200);
    expect((await market.post(`/filings/${filing.id}/start-review`, { revision: filing.revision })).json()).toMatchObject({ status: 403, code: 'REVIEWER_NOT_ELIGIBLE' });
    expect((await subdistrictOfficer.post(`/filings/${filing.id}/start-review`, { revision: filing.revision })).json()).toMatchObject({ status: 403, code: 'REVIEWER_NOT_ELIGIBLE' });
    const inspector = await callerFor(t, { role: 'inspector', jurisdictionCode: CHAOYANG.districtCode });
    expect((await inspector.get(`/filings/${filing.id}`)).statusCode).toBe(403);
  });

  it('refuses with reasons; the institution may then file again', async () => {
    const { filing, director, institutionId } = await submitted();
    expect((await chaoyangReviewer.post(`/filings/${filing.id}/refuse`, { revision: filing.revision, items: [{ item: 'premisesProof', reason: '场地为地下室，不得用于婴幼儿活动。' }] })).json()).toMatchObject({ code: 'FILING_STATE_INVALID' });
    const accepted = (await chaoyangReviewer.post(`/filings/${filing.id}/start-review`, { revision: filing.revision })).json();
    expect((await chaoyangReviewer.post(`/filings/${filing.id}/refuse`, { revision: accepted.revision, items: [] })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const refused = await chaoyangReviewer.post(`/filings/${filing.id}/refuse`, { revision: accepted.revision, items: [{ item: 'premisesProof', reason: '场地为地下室，不得用于婴幼儿活动。' }] });
    expect(refused.json()).toMatchObject({ state: 'refused', institutionFilingStatus: 'refused', refusal: [{ item: 'premisesProof' }] });
    expect((await director.get('/notifications')).json().items[0]).toMatchObject({ kind: 'filingRefused' });
    expect((await t.app.inject({ url: `/api/v1/public/institutions/${institutionId}` })).statusCode).toBe(404);
    expect((await director.post('/filings', { kind: 'initial' })).statusCode).toBe(201);
  });

  it('lets the applicant cancel a draft, leaving the institution registered', async () => {
    const institutionId = await registeredInstitution(t, CHAOYANG);
    const director = await callerFor(t, { role: 'institutionDirector', institutionId, jurisdictionCode: CHAOYANG.subdistrictCode });
    const draft = (await director.post('/filings', { kind: 'initial' })).json();
    expect((await director.post('/filings', { kind: 'change' })).json()).toMatchObject({ code: 'FILING_NOT_ALLOWED' });
    const cancelled = await director.post(`/filings/${draft.id}/cancel`, { revision: draft.revision });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', institutionFilingStatus: 'registered' });
    expect((await director.post(`/filings/${draft.id}/submit`, { revision: cancelled.json().revision, commitment })).json()).toMatchObject({ code: 'FILING_STATE_INVALID' });
  });

  it('orders the queue by deadline and counts what waits', async () => {
    await submitted();
    const queue = (await chaoyangReviewer.get('/filings?pending=true&pageSize=50')).json();
    const dues = queue.items.map((f: { deadline: { dueOn: string } }) => f.deadline.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(queue.items.every((f: { state: string }) => ['submitted', 'resubmitted', 'underReview'].includes(f.state))).toBe(true);
    const counts = (await chaoyangReviewer.get('/filings/queue-counts')).json();
    expect(counts.pending).toBe(queue.total);
    expect((await chaoyangReviewer.get('/filings?deadline=overdue')).json().total).toBe(counts.overdue);
    expect((await chaoyangReviewer.get(`/filings?q=${encodeURIComponent('备案测试托育园')}`)).json().total).toBeGreaterThan(0);
  });

  it('numbers filings in the city’s own format; only the city sets it', async () => {
    const city = await callerFor(t, { role: 'regulator', jurisdictionCode: '110000' });
    const defaults = (await city.get('/filings/settings/110000')).json();
    expect(defaults).toMatchObject({ cityCode: '110000', numberFormat: '京托备〔{year}〕{district}{seq:4}', isDefault: true, revision: 0 });
    expect(defaults.holidays).toContain('2026-10-01');
    const body = { revision: 0, numberFormat: '京朝卫托备{year}-{seq:3}号', holidays: defaults.holidays, makeUpWorkdays: defaults.makeUpWorkdays };
    expect((await chaoyangReviewer.put('/filings/settings/110000', body)).statusCode).toBe(404);
    expect((await city.put('/filings/settings/110000', { ...body, numberFormat: '{name}{seq}' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await city.put('/filings/settings/110000', body)).json()).toMatchObject({ numberFormat: '京朝卫托备{year}-{seq:3}号', isDefault: false, revision: 1 });
    expect((await city.put('/filings/settings/110000', body)).json()).toMatchObject({ code: 'CONFLICT' });
    const { filing } = await submitted();
    const accepted = (await chaoyangReviewer.post(`/filings/${filing.id}/start-review`, { revision: filing.revision })).json();
    const filed = (await chaoyangReviewer.post(`/filings/${filing.id}/file`, { revision: accepted.revision })).json();
    expect(filed.filingNumber).toMatch(/^京朝卫托备\d{4}-001号$/);
  });

  it('marks notifications read, one by one or all, and only the reader’s own', async () => {
    const { director } = await submitted();
    const list = (await director.get('/notifications')).json();
    expect(list.unread).toBeGreaterThan(0);
    const [first] = list.items;
    expect((await chaoyangReviewer.post(`/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await director.post(`/notifications/${first.id}/read`)).json().unread).toBe(list.unread - 1);
    expect((await director.get('/notifications?unread=true')).json().items.map((n: { id: string }) => n.id)).not.toContain(first.id);
    expect((await director.post('/notifications/read-all')).json()).toEqual({ unread: 0 });
    expect((await director.get('/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });

  it('gives the demo city’s institutions part-way through filing their applications, materials and history', async () => {
    {
      const reviewing = await registeredInstitution(t, CHAOYANG, { filingStatus: 'underReview', name: '演示审核中托育园' });
      const returned = await registeredInstitution(t, CHAOYANG, { filingStatus: 'returned', name: '演示退回托育园' });
      const seeded = await t.database.db.transaction((tx) => seedDemoFilings(tx, { jurisdictionCode: CHAOYANG.districtCode, store: createLocalDiskStore(path.join(t.dataDir, 'objects')), today: '2026-11-23' }));
      expect(seeded).toBe(2);
      expect(await t.database.db.transaction((tx) => seedDemoFilings(tx, { jurisdictionCode: CHAOYANG.districtCode, store: null }))).toBe(0);
      const [underReview] = (await chaoyangReviewer.get(`/filings?institution=${reviewing}`)).json().items;
      expect(underReview).toMatchObject({ state: 'underReview', deadline: { dueOn: expect.any(String) } });
      const detail = (await chaoyangReviewer.get(`/filings/${underReview.id}`)).json();
      expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'startReview']);
      expect(detail.materials.map((m: { category: string }) => m.category).sort()).toEqual(['fireSafety', 'healthEvaluation', 'premisesProof', 'staffQualifications']);
      const file = await chaoyangReviewer.get(`/filings/${underReview.id}/materials/${detail.materials[0].id}`);
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const [back] = (await chaoyangReviewer.get(`/filings?institution=${returned}`)).json().items;
      expect((await chaoyangReviewer.get(`/filings/${back.id}`)).json()).toMatchObject({ state: 'returned', returnItems: [{ item: 'fireSafety' }] });
    }
  });
});
