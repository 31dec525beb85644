import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { smsOutbox } from '../../platform/sms/index.ts';
import { CHAOYANG, callerFor, completeMaterials, pdfFile, pngFile, prepareForFiling, registeredInstitution, setUpBeijing, type Caller } from './filings.test-support.ts';

describe('the filing lifecycle', () => {
  let t: TestApp;
  let institutionId: string;
  let director: Caller;
  let reviewer: Caller;
  let filingId: string;
  let prepared: Awaited<ReturnType<typeof prepareForFiling>>;

  const filing = async () => (await director.get(`/filings/${filingId}`)).json();
  const institution = async () => (await director.get(`/institutions/${institutionId}`)).json();
  const auditActions = async () => (await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, filingId)).orderBy(auditLog.seq)).map((r) => r.action);

  beforeAll(async () => {
    t = await buildTestApp();
    await setUpBeijing(t);
    institutionId = await registeredInstitution(t, CHAOYANG);
    director = await callerFor(t, { role: 'institutionDirector', institutionId, jurisdictionCode: CHAOYANG.subdistrictCode });
    reviewer = await callerFor(t, { role: 'regulator', jurisdictionCode: CHAOYANG.districtCode, department: 'healthCommission' });
    prepared = await prepareForFiling(director, institutionId);
  }, 60_000);
  afterAll(() => t?.close());

  it('opens a draft and lists what is still missing, each citing its rule', async () => {
    const res = await director.post('/filings', { kind: 'initial' });
    expect(res.statusCode, res.body).toBe(201);
    filingId = res.json().id;
    expect(res.json()).toMatchObject({ kind: 'initial', state: 'draft', institutionFilingStatus: 'draft', requiredMaterials: ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence'] });
    expect((await director.post('/filings', { kind: 'initial' })).json()).toMatchObject({ status: 409, code: 'FILING_OPEN_EXISTS' });
    const check = (await director.get(`/filings/${filingId}/check`)).json();
    expect(check.problems.map((p: { code: string }) => p.code).sort()).toEqual(['HEALTH_EVALUATION_MISSING', ...Array(5).fill('MATERIAL_MISSING')].sort());
    expect(check.problems.find((p: { item: string }) => p.item === 'foodLicence').message).toBe('请上传「食品经营许可证」。');
  });

  it('refuses files that are not PDF, JPEG or PNG by their content, and files over 10 MB', async () => {
    const renamed = await director.upload(`/filings/${filingId}/materials?category=fireSafety`, 'fire.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(renamed.json()).toMatchObject({ status: 415, code: 'MATERIAL_TYPE_NOT_ALLOWED' });
    const huge = await director.upload(`/filings/${filingId}/materials?category=fireSafety`, 'fire.pdf', Buffer.concat([pdfFile(), Buffer.alloc(10 * 1024 * 1024)]));
    expect(huge.json()).toMatchObject({ status: 413, code: 'MATERIAL_TOO_LARGE' });
    const png = await director.upload(`/filings/${filingId}/materials?category=other`, '../../场地照片.png', pngFile());
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ category: 'other', contentType: 'image/png', fileName: '场地照片.png', sizeBytes: 16 });
    const download = await director.get(`/filings/${filingId}/materials/${png.json().id}`);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pngFile())).toBe(true);
    expect((await director.delete(`/filings/${filingId}/materials/${png.json().id}`)).statusCode).toBe(204);
    expect((await director.get(`/filings/${filingId}/materials/${png.json().id}`)).statusCode).toBe(404);
  });

  it('refuses to submit with a health evaluation not rated 合格', async () => {
    await completeMaterials(director, filingId, ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence']);
    const current = await filing();
    await director.patch(`/filings/${filingId}`, { revision: current.revision, healthEvaluation: { rating: 'unqualified', issuedOn: '2025-06-01' } });
    const res = await director.post(`/filings/${filingId}/submit`, { revision: current.revision + 1, commitment: { signerName: '赵园长', accepted: true } });
    expect(res.json()).toMatchObject({ status: 422, code: 'FILING_INCOMPLETE', errors: [{ path: 'healthEvaluation', code: 'HEALTH_EVALUATION_NOT_QUALIFIED', message: '托幼机构卫生评价报告结论须为“合格”方可备案。' }] });
    const again = await filing();
    await director.patch(`/filings/${filingId}`, { revision: again.revision, healthEvaluation: { rating: 'qualified', issuedOn: '2025-06-01' } });
  });

  it('refuses to submit without the signed commitment', async () => {
    const res = await director.post(`/filings/${filingId}/submit`, { revision: (await filing()).revision, commitment: { signerName: '赵园长', accepted: false } });
    expect(res.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('submits: snapshot, working-day deadline, reviewers and applicant notified, SMS sent', async () => {
    const res = await director.post(`/filings/${filingId}/submit`, { revision: (await filing()).revision, commitment: { signerName: '赵园长', accepted: true } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ state: 'submitted', institutionFilingStatus: 'submitted', places: 30, commitment: { signerName: '赵园长', version: '2025-1' }, deadline: { status: 'onTime' } });
    expect(body.snapshot).toMatchObject({ places: 30, hasMeals: true, classes: [{ name: '托大一班', capacity: 20, caregivers: 3 }, { name: '托小一班', capacity: 10, caregivers: 2 }] });
    expect(body.snapshot.staff.every((s: { idNumberMasked: string }) => /^\d{6}\*+\d{3}[\dX]$/.test(s.idNumberMasked))).toBe(true);
    expect(body.deadline.workingDaysLeft).toBe(15);
    const reviewerNews = (await reviewer.get('/notifications')).json();
    expect(reviewerNews.items[0]).toMatchObject({ kind: 'filingSubmitted', isRead: false, link: `/regulator/filings/${filingId}` });
    expect(reviewerNews.items[0].body).toContain(body.deadline.dueOn);
    expect((await director.get('/notifications/unread-count')).json()).toEqual({ unread: 1 });
    const [sms] = await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.phone, '13800138000')).orderBy(desc(smsOutbox.createdAt)).limit(1);
    expect(sms).toMatchObject({ template: 'notice.filingReceived' });
  });

  it('keeps the registry and materials still while the district reviews', async () => {
    const edit = await director.patch(`/institutions/${institutionId}/classes/${prepared.classIds[0]}`, { capacity: 18 });
    expect(edit.json()).toMatchObject({ status: 409, code: 'FILING_IN_REVIEW' });
    expect((await director.upload(`/filings/${filingId}/materials?category=other`, 'x.pdf', pdfFile())).json()).toMatchObject({ status: 409, code: 'FILING_STATE_INVALID' });
    expect((await director.post(`/filings/${filingId}/start-review`, { revision: (await filing()).revision })).statusCode).toBe(403);
  });

  it('returns it for correction with a reason per item', async () => {
    const accepted = await reviewer.post(`/filings/${filingId}/start-review`, { revision: (await filing()).revision });
    expect(accepted.json()).toMatchObject({ state: 'underReview', institutionFilingStatus: 'underReview', reviewerName: '测试regulator' });
    const items = [
      { item: 'fireSafety', reason: '消防检查合格证明已过期，请上传 2025 年的证明。' },
      { item: 'staff', reason: '请补充保育人员的健康证明。' },
    ];
    const res = await reviewer.post(`/filings/${filingId}/return`, { revision: accepted.json().revision, items });
    expect(res.json()).toMatchObject({ state: 'returned', institutionFilingStatus: 'returned', returnItems: items, deadline: null });
    const news = (await director.get('/notifications?unread=true')).json();
    expect(news.items[0]).toMatchObject({ kind: 'filingReturned', title: '备案被退回补正' });
    expect(news.items[0].body).toContain('消防检查合格证明已过期');
  });

  it('lets the director correct and resubmit; the reviewer files it with a number and a receipt', async () => {
    expect((await director.upload(`/filings/${filingId}/materials?category=fireSafety`, '消防证明2025.pdf', pdfFile('2025'))).statusCode).toBe(201);
    const resubmitted = await director.post(`/filings/${filingId}/submit`, { revision: (await filing()).revision, commitment: { signerName: '赵园长', accepted: true } });
    expect(resubmitted.json()).toMatchObject({ state: 'resubmitted', institutionFilingStatus: 'submitted', returnItems: [] });
    const accepted = await reviewer.post(`/filings/${filingId}/start-review`, { revision: resubmitted.json().revision });
    const stale = await reviewer.post(`/filings/${filingId}/file`, { revision: resubmitted.json().revision });
    expect(stale.json()).toMatchObject({ status: 409, code: 'CONFLICT' });
    const filed = await reviewer.post(`/filings/${filingId}/file`, { revision: accepted.json().revision, note: '材料齐全' });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ state: 'filed', institutionFilingStatus: 'filed', filingNumber: expect.stringMatching(/^京托备〔\d{4}〕1101050001$/) });
    expect(await institution()).toMatchObject({ filingStatus: 'filed', filingNumber: filed.json().filingNumber, places: 30 });
    const history = filed.json().events.map((e: { action: string; toState: string }) => `${e.action}:${e.toState}`);
    expect(history).toEqual(['create:draft', 'submit:submitted', 'startReview:underReview', 'return:returned', 'resubmit:resubmitted', 'startReview:underReview', 'file:filed']);
    expect(filed.json().events[3]).toMatchObject({ actorRole: 'regulator', items: [{ item: 'fireSafety' }, { item: 'staff' }] });
    expect(await auditActions()).toEqual(expect.arrayContaining(['filing.create', 'filing.submit', 'filing.return', 'filing.resubmit', 'filing.file', 'filing.material.upload']));
  });

  it('prints the receipt as a PDF with the embedded Chinese font', async () => {
    const res = await director.get(`/filings/${filingId}/receipt.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent((await filing()).filingNumber)}.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.toString('latin1')).toMatch(/FontFile3|NotoSansCJKsc/);
    expect(await auditActions()).toContain('filing.receipt.export');
  });

  it('publishes the filed institution on the public register at once', async () => {
    const res = await t.app.inject({ url: `/api/v1/public/institutions/${institutionId}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: institutionId, filingNumber: (await filing()).filingNumber, places: 30 });
  });

  it('asks for a change filing to change filed facts, and applies it once filed', async () => {
    expect((await director.patch(`/institutions/${institutionId}/classes/${prepared.classIds[1]}`, { capacity: 12 })).json()).toMatchObject({ status: 409, code: 'CHANGE_FILING_REQUIRED' });
    expect((await director.patch(`/institutions/${institutionId}/classes/${prepared.classIds[1]}`, { name: '托小（一）班' })).statusCode).toBe(200);
    const opened = await director.post('/filings', { kind: 'change' });
    expect(opened.statusCode, opened.body).toBe(201);
    const changeId = opened.json().id;
    const classes = [
      { id: prepared.classIds[0], name: '托大一班', classType: 'twosClass', capacity: 14, caregiverIds: prepared.caregiverIds.slice(0, 2) },
      { id: null, name: '乳儿班', classType: 'infantClass', capacity: 9, caregiverIds: prepared.caregiverIds.slice(2, 5) },
    ];
    const saved = await director.patch(`/filings/${changeId}`, { revision: opened.json().revision, changes: { classes } });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await director.post(`/filings/${changeId}/submit`, { revision: saved.json().revision, commitment: { signerName: '赵园长', accepted: true } });
    expect(submitted.json()).toMatchObject({ state: 'submitted', kind: 'change', institutionFilingStatus: 'filed', places: 23 });
    const accepted = await reviewer.post(`/filings/${changeId}/start-review`, { revision: submitted.json().revision });
    const filed = await reviewer.post(`/filings/${changeId}/file`, { revision: accepted.json().revision });
    expect(filed.json()).toMatchObject({ state: 'filed', filingNumber: (await filing()).filingNumber });
    const rosters = (await director.get(`/institutions/${institutionId}/class-rosters`)).json();
    expect(rosters.places).toBe(23);
    expect(rosters.items.map((c: { name: string; capacity: number; caregivers: unknown[] }) => [c.name, c.capacity, c.caregivers.length])).toEqual([['乳儿班', 9, 3], ['托大一班', 14, 2]]);
    expect((await director.get('/notifications')).json().items[0]).toMatchObject({ kind: 'filingChangeFiled' });
  });

  it('suspends, reinstates and withdraws; a withdrawn filing leaves the register but stays in the history', async () => {
    const rev = async () => (await reviewer.get(`/filings/institutions/${institutionId}/history`)).json().revision as number;
    const suspended = await reviewer.post(`/filings/institutions/${institutionId}/suspend`, { revision: await rev(), reason: '消防通道堵塞，暂停服务整改' });
    expect(suspended.json()).toMatchObject({ filingStatus: 'suspended' });
    expect((await director.get(`/filings/${filingId}`)).json().state).toBe('suspended');
    expect((await reviewer.post(`/filings/institutions/${institutionId}/suspend`, { revision: await rev(), reason: '重复' })).json()).toMatchObject({ code: 'STANDING_NOT_CHANGEABLE' });
    expect((await reviewer.post(`/filings/institutions/${institutionId}/reinstate`, { revision: await rev(), reason: '整改完成' })).json()).toMatchObject({ filingStatus: 'filed' });
    const withdrawn = await reviewer.post(`/filings/institutions/${institutionId}/withdraw`, { revision: await rev(), reason: '机构申请终止服务' });
    expect(withdrawn.json()).toMatchObject({ filingStatus: 'withdrawn', filingNumber: expect.stringMatching(/^京托备/) });
    expect(withdrawn.json().events.map((e: { action: string }) => e.action).slice(0, 3)).toEqual(['withdraw', 'reinstate', 'suspend']);
    expect((await t.app.inject({ url: `/api/v1/public/institutions/${institutionId}` })).statusCode).toBe(404);
    expect((await director.get(`/filings/${filingId}`)).json().state).toBe('withdrawn');
    expect((await director.get(`/filings/${filingId}/receipt.pdf`)).json()).toMatchObject({ status: 409, code: 'RECEIPT_NOT_AVAILABLE' });
    expect((await director.get('/notifications')).json().items[0]).toMatchObject({ kind: 'filingWithdrawn' });
  });
});
