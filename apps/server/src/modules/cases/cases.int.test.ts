import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser, type TestUser } from '../../../test/sign-in.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { smsOutbox } from '../../platform/sms/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { notifications } from '../notifications/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';

const CHAOYANG = { districtCode: '110105', subdistrictCode: '110105001' };
const HAIDIAN = { districtCode: '110108', subdistrictCode: '110108001' };
const HANDLER_PHONE = '13700001111';
const pdf = Buffer.from('%PDF-1.4\n% evidence\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('complaints and reports', () => {
  let t: TestApp;
  let kindergarten: TestInstitution;
  let haidianPoint: TestInstitution;
  let parent: TestUser;
  let neighbour: TestUser;
  const as: Record<string, SignedInTestUser> = {};
  let address = 0;
  /** Each anonymous request from its own network address, unless the test says otherwise. */
  const call = (who: string | null, method: 'GET' | 'POST', url: string, payload?: object, remoteAddress = `10.0.${Math.floor(++address / 250)}.${address % 250}`) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: who ? as[who]!.headers : {}, remoteAddress, ...(payload ? { payload } : {}) });
  const report = (body: object, remoteAddress?: string) => call(null, 'POST', '/public/cases', { category: 'food', institutionId: kindergarten.id, description: '午餐的饭菜有异味，孩子回家后肚子疼。', isAnonymous: true, ...body }, remoteAddress);
  const detailOf = async (who: string, code: string) => {
    const list = (await call(who, 'GET', '/cases?pageSize=100')).json();
    const item = list.items.find((c: { trackingCode: string }) => c.trackingCode === code);
    return item ? (await call(who, 'GET', `/cases/${item.id}`)).json() : null;
  };
  const upload = (code: string, body: Buffer, name = 'photo.pdf') => {
    const boundary = '----youyu-test';
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), body, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return t.app.inject({ method: 'POST', url: `/api/v1/public/cases/${code}/evidence`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  };

  beforeAll(async () => {
    t = await buildTestApp();
    await importJurisdictions(t.database.db, 'beijing');
    const vault = vaultFromConfig(t.config, () => undefined);
    kindergarten = await createTestInstitution(t.database.db, vault, { ...CHAOYANG, name: '朝阳投诉测试托育' });
    haidianPoint = await createTestInstitution(t.database.db, vault, { ...HAIDIAN, name: '海淀投诉测试托育' });
    parent = await createUserForTest(t.database, { role: 'family' });
    neighbour = await createUserForTest(t.database, { role: 'family' });
    const users = {
      parent,
      neighbour,
      chaoyang: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105' }),
      chaoyangBis: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105' }),
      market: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105', department: 'marketRegulation' }),
      police: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105', department: 'publicSecurity' }),
      haidian: await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110108' }),
    };
    // The health commission's handler has a mobile number for urgent alerts.
    await t.database.db.execute(sql`update users set phone = ${HANDLER_PHONE} where id = ${users.chaoyang.id}`);
    for (const [name, user] of Object.entries(users)) as[name] = await signInAs(t.app, user);
  }, 60_000);
  afterAll(() => t?.close());

  it('routes a report to the institution’s district and the department its category concerns, with the profile’s deadlines', async () => {
    const res = await report({});
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json();
    expect(receipt.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(receipt).toMatchObject({ state: 'submitted', isUrgent: false, isDuplicate: false });
    // National rule set: 15 and 60 calendar days, to the end of the due day in Beijing time.
    const days = (iso: string) => Math.round((new Date(iso).getTime() - Date.now()) / 86_400_000);
    expect(days(receipt.acknowledgeDueAt)).toBeGreaterThanOrEqual(15);
    expect(days(receipt.acknowledgeDueAt)).toBeLessThanOrEqual(16);
    expect(days(receipt.resolveDueAt)).toBeGreaterThanOrEqual(60);
    expect(receipt.acknowledgeDueAt).toMatch(/T15:59:59\.999Z$/);

    const detail = await detailOf('chaoyang', receipt.trackingCode);
    expect(detail).toMatchObject({ districtCode: '110105', subdistrictCode: '110105001', coDepartment: 'marketRegulation', institutionName: '朝阳投诉测试托育', submitter: { isAnonymous: true, name: null, phone: null } });
    expect(await detailOf('market', receipt.trackingCode)).not.toBeNull();
    expect(await detailOf('haidian', receipt.trackingCode)).toBeNull();
    expect((await call('haidian', 'GET', `/cases/${detail.id}`)).statusCode).toBe(404);
    // The health commission's handlers hear of it, and market regulation's, in the app.
    const notes = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'caseSubmitted'), eq(notifications.recipientJurisdictionCode, '110105')));
    expect(notes.map((n) => n.recipientDepartment).sort()).toEqual(['healthCommission', 'marketRegulation']);
  });

  it('routes a case about an unknown place to the district named, and refuses a place that does not exist', async () => {
    const res = await report({ institutionId: undefined, category: 'unfiled', institutionName: '小太阳托育', districtCode: '110108', subdistrictCode: '110108001', address: '某小区3号楼' });
    expect(res.statusCode, res.body).toBe(201);
    const detail = await detailOf('haidian', res.json().trackingCode);
    expect(detail).toMatchObject({ institutionId: null, institutionName: '小太阳托育', districtCode: '110108', coDepartment: null });
    expect((await call('market', 'GET', `/cases/${detail.id}`)).statusCode).toBe(404);
    expect((await report({ institutionId: undefined, districtCode: '110199' })).json().code).toBe('CASE_PLACE_UNKNOWN');
    expect((await report({ institutionId: undefined, districtCode: '110105', subdistrictCode: '110108001' })).json().code).toBe('CASE_PLACE_UNKNOWN');
    expect((await report({ institutionId: undefined })).statusCode).toBe(400);
    expect((await report({ isAnonymous: false })).statusCode).toBe(400);
  });

  it('alerts the district at once for suspected abuse: in the app and by text message', async () => {
    const before = Date.now();
    const res = await report({ category: 'abuse', institutionId: haidianPoint.id, description: '看到老师用力拍打孩子，孩子一直哭。' });
    expect(res.json()).toMatchObject({ isUrgent: true });
    const due = new Date(res.json().acknowledgeDueAt).getTime();
    expect(due - before).toBeGreaterThanOrEqual(24 * 3600_000 - 1000);
    expect(due - before).toBeLessThanOrEqual(24 * 3600_000 + 60_000);
    const urgent = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'caseUrgent'));
    expect(urgent.map((n) => [n.recipientJurisdictionCode, n.recipientDepartment]).sort()).toEqual([
      ['110108', 'healthCommission'],
      ['110108', 'publicSecurity'],
    ]);
    // A chaoyang case texts the chaoyang handler who has a mobile number.
    await report({ category: 'abuse', description: '孩子身上有不明淤青，老师说是自己摔的。' });
    const texts = await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.phone, HANDLER_PHONE));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ template: 'notice.caseUrgent' });
    expect((await call('chaoyang', 'GET', '/cases')).json().items[0]).toMatchObject({ isUrgent: true, category: 'abuse' });
    expect(await detailOf('police', texts[0]!.params.trackingCode!)).toMatchObject({ coDepartment: 'publicSecurity' });
  });

  it('shows the holder of a tracking code the progress, and never personal data', async () => {
    const phone = '13600002222';
    const description = '园长要求一次性预交一年学费，不退。';
    const res = await report({ category: 'fees', isAnonymous: false, name: '李建国', phone, description });
    const code = res.json().trackingCode as string;
    const look = await call(null, 'GET', `/public/cases/${code.toLowerCase().replaceAll('-', '')}`);
    expect(look.statusCode, look.body).toBe(200);
    expect(look.json()).toMatchObject({ trackingCode: code, state: 'submitted', category: 'fees', institutionName: '朝阳投诉测试托育', reply: null, timeline: [{ kind: 'submitted', note: null }] });
    for (const secret of [phone, '李建国', description, '预交']) expect(look.body).not.toContain(secret);
    expect((await call(null, 'GET', '/public/cases/2222-2222-2222')).statusCode).toBe(404);
    expect((await call(null, 'GET', '/public/cases/not-a-code')).statusCode).toBe(400);

    // Handling: acknowledge, a public and an internal step, the reply; the timeline shows the public ones.
    const detail = await detailOf('chaoyang', code);
    const ack = await call('chaoyang', 'POST', `/cases/${detail.id}/acknowledge`, { revision: detail.revision, note: '内部：先电话核实' });
    expect(ack.json().state).toBe('acknowledged');
    let revision = ack.json().revision as number;
    revision = (await call('chaoyang', 'POST', `/cases/${detail.id}/steps`, { note: '已约谈机构负责人', isPublic: true, revision })).json().revision;
    revision = (await call('chaoyang', 'POST', `/cases/${detail.id}/steps`, { note: '举报人李建国说还有其他家长', isPublic: false, revision })).json().revision;
    const replied = await call('chaoyang', 'POST', `/cases/${detail.id}/reply`, { reply: '经核查属实，已责令机构退还预收费用。', isSubstantiated: true, revision });
    expect(replied.json()).toMatchObject({ state: 'replied', isSubstantiated: true });
    const after = (await call(null, 'GET', `/public/cases/${code}`)).json();
    expect(after.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'acknowledged', 'step', 'replied']);
    expect(after.timeline[2].note).toBe('已约谈机构负责人');
    expect(JSON.stringify(after)).not.toContain('李建国');
    expect(JSON.stringify(after)).not.toContain('内部');
    expect(after).toMatchObject({ reply: '经核查属实，已责令机构退还预收费用。', canGiveSatisfaction: true });
    // The submitter left a phone number: the reply reaches it by text.
    expect(await t.database.db.select().from(smsOutbox).where(and(eq(smsOutbox.phone, phone), eq(smsOutbox.template, 'notice.caseReplied')))).toHaveLength(1);

    const rated = await call(null, 'POST', `/public/cases/${code}/satisfaction`, { level: 'satisfied' });
    expect(rated.json()).toMatchObject({ state: 'closed', satisfaction: 'satisfied', canGiveSatisfaction: false });
    expect((await call(null, 'POST', `/public/cases/${code}/satisfaction`, { level: 'unsatisfied' })).json().code).toBe('CASE_SATISFACTION_NOT_OPEN');
  });

  it('texts the tracking code and the look-up address to the number given, and nothing personal', async () => {
    const codeTexts = (phone: string) => t.database.db.select().from(smsOutbox).where(and(eq(smsOutbox.phone, phone), eq(smsOutbox.template, 'case.trackingCode')));
    const named = await report({ category: 'hygiene', isAnonymous: false, name: '赵先生', phone: '13600005555', description: '卫生间地面长期湿滑，有异味。' });
    expect(named.json()).toMatchObject({ isCodeTexted: true });
    const [text] = await codeTexts('13600005555');
    const code = named.json().trackingCode as string;
    expect(text!.params).toEqual({ trackingCode: code, lookupUrl: `${t.config.publicUrl}/cases/${code}` });

    // An anonymous reporter may give a number only to receive the code: it is texted, and not kept.
    const anonymous = await report({ category: 'hygiene', phone: '13600006666', description: '厨房门口的垃圾桶从来不盖盖子。' });
    expect(anonymous.json()).toMatchObject({ isCodeTexted: true });
    expect((await codeTexts('13600006666'))[0]!.params.trackingCode).toBe(anonymous.json().trackingCode);
    const kept = await detailOf('chaoyang', anonymous.json().trackingCode);
    expect(kept.submitter).toEqual({ isAnonymous: true, name: null, phone: null });
    expect(JSON.stringify(await t.database.db.execute(sql`select * from cases where id = ${kept.id}`))).not.toContain('13600006666');
    expect((await report({ category: 'hygiene', description: '午睡室的被褥很久没有更换。' })).json()).toMatchObject({ isCodeTexted: false });

    // A family's complaint: to the account's phone.
    const complaint = await call('neighbour', 'POST', '/family/complaints', { category: 'hygiene', institutionId: haidianPoint.id, description: '餐具消毒柜一直没有通电使用。' });
    expect(complaint.json()).toMatchObject({ isCodeTexted: true });
    expect((await codeTexts(neighbour.phone!)).map((m) => m.params.trackingCode)).toContain(complaint.json().trackingCode);
  });

  it('gives the second of two handlers acting at once a conflict, and refuses steps out of order', async () => {
    const code = (await report({ category: 'hygiene', description: '教室很久没有打扫消毒了。' })).json().trackingCode;
    const detail = await detailOf('chaoyang', code);
    expect((await call('chaoyang', 'POST', `/cases/${detail.id}/reply`, { reply: '已处理', isSubstantiated: false, revision: detail.revision })).json().code).toBe('CASE_STATE_INVALID');
    const [a, b] = await Promise.all([
      call('chaoyang', 'POST', `/cases/${detail.id}/acknowledge`, { revision: detail.revision }),
      call('chaoyangBis', 'POST', `/cases/${detail.id}/acknowledge`, { revision: detail.revision }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('CASE_CHANGED');
    expect((await call('market', 'POST', `/cases/${detail.id}/acknowledge`, { revision: detail.revision + 1 })).statusCode).toBe(404);
  });

  it('lets a family complain from its account and follow its complaints; the reply reaches it in the app', async () => {
    const res = await call('parent', 'POST', '/family/complaints', { category: 'safety', institutionId: kindergarten.id, description: '接送时大门无人看守，陌生人可以随意进出。' });
    expect(res.statusCode, res.body).toBe(201);
    const mine = (await call('parent', 'GET', '/family/complaints')).json().items;
    expect(mine).toMatchObject([{ trackingCode: res.json().trackingCode, category: 'safety', state: 'submitted', institutionName: '朝阳投诉测试托育' }]);
    const detail = await detailOf('chaoyang', res.json().trackingCode);
    expect(detail).toMatchObject({ kind: 'complaint', submitter: { isAnonymous: false, phone: parent.phone } });
    const ack = (await call('chaoyang', 'POST', `/cases/${detail.id}/acknowledge`, { revision: detail.revision })).json();
    await call('chaoyang', 'POST', `/cases/${detail.id}/reply`, { reply: '已要求机构安排专人值守。', isSubstantiated: true, revision: ack.revision });
    const inbox = (await call('parent', 'GET', '/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'caseReplied' });
  });

  it('links a repeat of the same submitter, institution and category as a duplicate, and says so', async () => {
    const phone = '13600003333';
    const first = await report({ category: 'safety', isAnonymous: false, name: '王女士', phone, description: '户外滑梯有松动，很危险。' });
    const second = await report({ category: 'safety', isAnonymous: false, name: '王女士', phone, description: '滑梯还是松动的，没人修。' });
    expect(second.json()).toMatchObject({ isDuplicate: true, state: 'duplicate', acknowledgeDueAt: null });
    expect((await call(null, 'GET', `/public/cases/${second.json().trackingCode}`)).json().timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'duplicate']);
    const original = await detailOf('chaoyang', first.json().trackingCode);
    expect(original.duplicates.map((d: { trackingCode: string }) => d.trackingCode)).toEqual([second.json().trackingCode]);
    // Another category, or another institution, is a case of its own.
    expect((await report({ category: 'food', isAnonymous: false, phone, description: '午餐的饭菜有异味，孩子不肯吃。' })).json().isDuplicate).toBe(false);
    expect((await report({ category: 'safety', institutionId: haidianPoint.id, isAnonymous: false, phone, description: '户外滑梯有松动，很危险。' })).json().isDuplicate).toBe(false);
  });

  it('limits cases per phone number and per network address', async () => {
    const phone = '13600004444';
    const categories = ['abuse', 'safety', 'food', 'hygiene', 'fees', 'other'];
    const answers = [];
    for (const category of categories) answers.push((await report({ category, institutionId: haidianPoint.id, isAnonymous: false, phone })).statusCode);
    expect(answers).toEqual([201, 201, 201, 201, 201, 429]);
    const fromOneAddress = [];
    for (let i = 0; i < 21; i++) fromOneAddress.push((await report({ category: 'other', description: `同一地址的第 ${i + 1} 次反映内容。` }, '10.9.9.9')).statusCode);
    expect(fromOneAddress.filter((s) => s === 201)).toHaveLength(20);
    expect(fromOneAddress.at(-1)).toBe(429);
  });

  it('takes evidence files by tracking code: PDF, JPEG or PNG by content, within size and count', async () => {
    const code = (await report({ category: 'other', description: '机构门口堆放杂物，堵塞消防通道。' })).json().trackingCode;
    const ok = await upload(code, pdf);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ contentType: 'application/pdf', fileName: 'photo.pdf' });
    expect((await upload(code, Buffer.from('MZ this is not a picture'), 'photo.jpg')).json().code).toBe('CASE_EVIDENCE_TYPE_NOT_ALLOWED');
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(code, big)).statusCode).toBe(413);
    for (let i = 0; i < 4; i++) expect((await upload(code, pdf)).statusCode).toBe(201);
    expect((await upload(code, pdf)).json().code).toBe('CASE_EVIDENCE_LIMIT');
    expect((await call(null, 'GET', `/public/cases/${code}`)).json()).toMatchObject({ evidenceCount: 5, canAddEvidence: false });
    const detail = await detailOf('chaoyang', code);
    const file = await call('chaoyang', 'GET', `/cases/${detail.id}/evidence/${detail.evidence[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await upload('2222-2222-2222', pdf)).statusCode).toBe(404);
  });

  it('filters the queue: category, state, overdue, urgent', async () => {
    const all = (await call('chaoyang', 'GET', '/cases?pageSize=100')).json();
    expect(all.items.every((c: { districtCode: string }) => c.districtCode === '110105')).toBe(true);
    expect((await call('chaoyang', 'GET', '/cases?category=fees')).json().items.every((c: { category: string }) => c.category === 'fees')).toBe(true);
    expect((await call('chaoyang', 'GET', '/cases?urgent=true')).json().items.map((c: { category: string }) => c.category)).toEqual(['abuse']);
    expect((await call('chaoyang', 'GET', '/cases?overdue=true')).json().total).toBe(0);
    await t.database.db.execute(sql`update cases set acknowledge_due_at = now() - interval '1 hour' where state = 'submitted' and category = 'other' and district_code = '110105'`);
    const overdue = (await call('chaoyang', 'GET', '/cases?overdue=true')).json();
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items[0].deadline.status).toBe('overdue');
    const market = (await call('market', 'GET', '/cases?pageSize=100')).json();
    expect(market.items.every((c: { coDepartment: string }) => c.coDepartment === 'marketRegulation')).toBe(true);
  });
});
