import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { notifications } from '../notifications/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';
import { alertCaseDeadlines, cases } from './index.ts';
import { caseDeadlineAlerts } from './cases.tables.ts';

const HOUR = 3600_000;
const deadlineKinds = ['caseAcknowledgeDueSoon', 'caseAcknowledgeOverdue', 'caseResolveDueSoon', 'caseResolveOverdue'] as const;

describe('case deadline alerts', () => {
  let t: TestApp;
  let institution: TestInstitution;
  const as: Record<string, SignedInTestUser> = {};
  let address = 0;
  const call = (who: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: who ? as[who]!.headers : {}, remoteAddress: `10.1.0.${++address}`, ...(payload ? { payload } : {}) });
  /** A new case whose acknowledgement is due at `dueAt`; its id and tracking code. */
  const caseDueAt = async (category: string, dueAt: Date) => {
    const code = (await call(null, 'POST', '/public/cases', { category, institutionId: institution.id, description: '测试用的投诉举报内容，请忽略。', isAnonymous: true })).json().trackingCode as string;
    const [row] = await t.database.db.update(cases).set({ acknowledgeDueAt: dueAt }).where(eq(cases.trackingCode, code.replaceAll('-', ''))).returning({ id: cases.id });
    return { id: row!.id, code };
  };
  const deadlineNotices = () =>
    t.database.db
      .select({ kind: notifications.kind, department: notifications.recipientDepartment, trackingCode: sql<string>`${notifications.params}->>'trackingCode'` })
      .from(notifications)
      .where(inArray(notifications.kind, [...deadlineKinds]));

  beforeAll(async () => {
    t = await buildTestApp();
    await importJurisdictions(t.database.db, 'beijing');
    institution = await createTestInstitution(t.database.db, vaultFromConfig(t.config, () => undefined), { districtCode: '110105', subdistrictCode: '110105001', name: '期限测试托育' });
    as.chaoyang = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105' }));
    as.market = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105', department: 'marketRegulation' }));
    as.haidian = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110108' }));
  }, 60_000);
  afterAll(() => t?.close());

  it('tells the district’s handlers once when a deadline is near, once when it has passed, and marks the case', async () => {
    const now = new Date();
    const soon = await caseDueAt('food', new Date(now.getTime() + 10 * HOUR));
    const far = await caseDueAt('hygiene', new Date(now.getTime() + 10 * 24 * HOUR));

    expect(await alertCaseDeadlines(t.database.db, now)).toEqual({ dueSoon: 1, overdue: 0 });
    // Food also goes to market regulation: both departments hear of it.
    expect((await deadlineNotices()).map((n) => [n.kind, n.department]).sort()).toEqual([
      ['caseAcknowledgeDueSoon', 'healthCommission'],
      ['caseAcknowledgeDueSoon', 'marketRegulation'],
    ]);
    expect((await deadlineNotices()).every((n) => n.trackingCode === soon.code)).toBe(true);
    // Running again sends nothing new.
    expect(await alertCaseDeadlines(t.database.db, now)).toEqual({ dueSoon: 0, overdue: 0 });

    // A day later the deadline has passed: the overdue alert, once, and an internal mark on the case.
    const later = new Date(now.getTime() + 24 * HOUR);
    expect(await alertCaseDeadlines(t.database.db, later)).toEqual({ dueSoon: 0, overdue: 1 });
    expect(await alertCaseDeadlines(t.database.db, later)).toEqual({ dueSoon: 0, overdue: 0 });
    expect((await deadlineNotices()).filter((n) => n.kind === 'caseAcknowledgeOverdue').map((n) => n.department).sort()).toEqual(['healthCommission', 'marketRegulation']);
    expect(await t.database.db.select({ stage: caseDeadlineAlerts.stage }).from(caseDeadlineAlerts).where(eq(caseDeadlineAlerts.caseId, soon.id))).toHaveLength(2);
    expect(await t.database.db.select().from(caseDeadlineAlerts).where(eq(caseDeadlineAlerts.caseId, far.id))).toHaveLength(0);

    const detail = (await call('chaoyang', 'GET', `/cases/${soon.id}`)).json();
    expect(detail.events.map((e: { kind: string; isPublic: boolean }) => [e.kind, e.isPublic])).toContainEqual(['acknowledgeOverdue', false]);
    const lookedUp = (await call(null, 'GET', `/public/cases/${soon.code}`)).json();
    expect(lookedUp.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted']);

    // The handlers find it in their bell; another district does not.
    const inbox = (await call('chaoyang', 'GET', '/notifications')).json();
    expect(inbox.items.map((n: { title: string; link: string }) => [n.title, n.link])).toContainEqual(['投诉举报已超过受理期限', `/regulator/cases/${soon.id}`]);
    expect((await call('haidian', 'GET', '/notifications')).json().items).toHaveLength(0);
  });

  it('first seen overdue sends only the overdue alert; an acknowledged case is then judged by its resolution deadline', async () => {
    const now = new Date();
    const late = await caseDueAt('other', new Date(now.getTime() - HOUR));
    expect(await alertCaseDeadlines(t.database.db, now)).toEqual({ dueSoon: 0, overdue: 1 });
    expect((await deadlineNotices()).filter((n) => n.trackingCode === late.code).map((n) => n.kind)).toEqual(['caseAcknowledgeOverdue']);

    // The queue shows it overdue.
    const queue = (await call('chaoyang', 'GET', '/cases?overdue=true&pageSize=100')).json();
    expect(queue.items.find((c: { id: string }) => c.id === late.id)?.deadline.status).toBe('overdue');

    const { revision } = (await call('chaoyang', 'GET', `/cases/${late.id}`)).json();
    expect((await call('chaoyang', 'POST', `/cases/${late.id}/acknowledge`, { revision })).statusCode).toBe(200);
    await t.database.db.execute(sql`update cases set resolve_due_at = ${new Date(now.getTime() - 2 * HOUR).toISOString()}::timestamptz where id = ${late.id}`);
    expect(await alertCaseDeadlines(t.database.db, now)).toEqual({ dueSoon: 0, overdue: 1 });
    expect((await deadlineNotices()).filter((n) => n.trackingCode === late.code).map((n) => n.kind)).toEqual(['caseAcknowledgeOverdue', 'caseResolveOverdue']);

    // Replied: no deadline any more, nothing to send however late (the one alert is the first test's
    // far case, whose deadline this passes).
    const ack = (await call('chaoyang', 'GET', `/cases/${late.id}`)).json();
    await call('chaoyang', 'POST', `/cases/${late.id}/reply`, { reply: '经核查，已处理。', isSubstantiated: false, revision: ack.revision });
    expect(await alertCaseDeadlines(t.database.db, new Date(now.getTime() + 30 * 24 * HOUR))).toMatchObject({ overdue: 1 });
    const rows = await t.database.db.select().from(caseDeadlineAlerts).where(and(eq(caseDeadlineAlerts.caseId, late.id)));
    expect(rows.map((r) => `${r.deadline}.${r.stage}`).sort()).toEqual(['acknowledge.overdue', 'resolve.overdue']);
  });
});
