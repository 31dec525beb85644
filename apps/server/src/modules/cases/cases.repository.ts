import { and, asc, count, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { CaseCategory, CaseDeadlineKind, CaseListQuery, Department } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { institutions, withinJurisdiction } from '../institutions/index.ts';
import { jurisdictions } from '../jurisdictions/index.ts';
import { caseDeadlineAlerts, caseEvents, caseEvidence, cases } from './cases.tables.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEventRow = typeof caseEvents.$inferInsert;
export type EvidenceRow = typeof caseEvidence.$inferSelect;

/**
 * Which cases a handler's department works on: the health commission (or an account without a
 * department) every case, another department those its categories were also routed to.
 */
export function forDepartment(department: Department | null): SQL | undefined {
  return department && department !== 'healthCommission' ? eq(cases.coDepartment, department) : undefined;
}

const overdue = sql`((${cases.state} = 'submitted' and ${cases.acknowledgeDueAt} < now()) or (${cases.state} = 'acknowledged' and ${cases.resolveDueAt} < now()))`;
const nextDue = sql`case ${cases.state} when 'submitted' then ${cases.acknowledgeDueAt} when 'acknowledged' then ${cases.resolveDueAt} end`;

export type Reach = { jurisdictionCode: string | null; department: Department | null };

export async function listCaseRows(exec: Executor, reach: Reach, query: CaseListQuery) {
  const conditions: (SQL | undefined)[] = [reach.jurisdictionCode ? withinJurisdiction(cases, reach.jurisdictionCode) : sql`false`, forDepartment(reach.department)];
  if (query.category) conditions.push(eq(cases.category, query.category));
  if (query.state) conditions.push(eq(cases.state, query.state));
  if (query.urgent !== undefined) conditions.push(eq(cases.isUrgent, query.urgent));
  if (query.overdue !== undefined) conditions.push(query.overdue ? overdue : sql`not ${overdue}`);
  if (query.institutionId) conditions.push(eq(cases.institutionId, query.institutionId));
  const where = and(...conditions);
  const items = await exec
    .select({ row: cases, registeredName: institutions.name })
    .from(cases)
    .leftJoin(institutions, eq(institutions.id, cases.institutionId))
    // Open urgent cases first, then the overdue, then by the next deadline; finished ones last, newest first.
    .orderBy(desc(sql`${cases.isUrgent} and ${cases.state} in ('submitted', 'acknowledged')`), desc(overdue), sql`${nextDue} asc nulls last`, desc(cases.createdAt), asc(cases.id))
    .where(where)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(cases).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findCase(exec: Executor, id: string) {
  const [row] = await exec.select({ row: cases, registeredName: institutions.name }).from(cases).leftJoin(institutions, eq(institutions.id, cases.institutionId)).where(eq(cases.id, id));
  return row ?? null;
}

export async function findByTrackingCode(exec: Executor, code: string) {
  const [row] = await exec.select({ row: cases, registeredName: institutions.name }).from(cases).leftJoin(institutions, eq(institutions.id, cases.institutionId)).where(eq(cases.trackingCode, code));
  return row ?? null;
}

export async function lockCase(exec: Executor, id: string): Promise<CaseRow | null> {
  const [row] = await exec.select().from(cases).where(eq(cases.id, id)).for('update');
  return row ?? null;
}

export async function lockByTrackingCode(exec: Executor, code: string): Promise<CaseRow | null> {
  const [row] = await exec.select().from(cases).where(eq(cases.trackingCode, code)).for('update');
  return row ?? null;
}

/** Where a case belongs and which department also has it, for the access guard. */
export async function findCasePlace(exec: Executor, id: string) {
  const [row] = await exec.select({ districtCode: cases.districtCode, subdistrictCode: cases.subdistrictCode, coDepartment: cases.coDepartment }).from(cases).where(eq(cases.id, id));
  return row ?? null;
}

export async function insertCase(exec: Executor, row: NewCaseRow): Promise<CaseRow> {
  const [inserted] = await exec.insert(cases).values(row).returning();
  return inserted!;
}

export async function updateCase(exec: Executor, id: string, change: Partial<NewCaseRow>): Promise<CaseRow> {
  const [row] = await exec
    .update(cases)
    .set({ ...change, updatedAt: sql`now()`, revision: sql`${cases.revision} + 1` })
    .where(eq(cases.id, id))
    .returning();
  return row!;
}

export async function insertEvent(exec: Executor, row: NewCaseEventRow): Promise<void> {
  await exec.insert(caseEvents).values(row);
}

export function listEvents(exec: Executor, caseId: string, publicOnly: boolean) {
  return exec
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), publicOnly ? eq(caseEvents.isPublic, true) : undefined))
    .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id));
}

/**
 * The earliest case still open from the same submitter about the same place and category within
 * the window: a new one is linked to it as a duplicate.
 */
export async function findDuplicateOf(exec: Executor, probe: { submitterKey: string; category: CaseCategory; institutionId: string | null; institutionName: string | null; districtCode: string; windowDays: number }): Promise<CaseRow | null> {
  const samePlace = probe.institutionId ? eq(cases.institutionId, probe.institutionId) : and(isNull(cases.institutionId), eq(cases.districtCode, probe.districtCode), probe.institutionName ? eq(cases.institutionName, probe.institutionName) : isNull(cases.institutionName));
  const [row] = await exec
    .select()
    .from(cases)
    .where(and(eq(cases.submitterKey, probe.submitterKey), eq(cases.category, probe.category), samePlace, isNull(cases.duplicateOfId), gt(cases.createdAt, sql`now() - make_interval(days => ${probe.windowDays})`)))
    .orderBy(asc(cases.createdAt))
    .limit(1);
  return row ?? null;
}

export function listDuplicates(exec: Executor, caseId: string) {
  return exec.select({ id: cases.id, trackingCode: cases.trackingCode, submittedAt: cases.createdAt }).from(cases).where(eq(cases.duplicateOfId, caseId)).orderBy(asc(cases.createdAt));
}

export function listOfSubmitter(exec: Executor, userId: string) {
  return exec
    .select({ row: cases, registeredName: institutions.name })
    .from(cases)
    .leftJoin(institutions, eq(institutions.id, cases.institutionId))
    .where(eq(cases.submitterUserId, userId))
    .orderBy(desc(cases.createdAt));
}

export function listEvidence(exec: Executor, caseId: string) {
  return exec.select().from(caseEvidence).where(eq(caseEvidence.caseId, caseId)).orderBy(asc(caseEvidence.uploadedAt), asc(caseEvidence.id));
}

export async function countEvidence(exec: Executor, caseId: string): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(caseEvidence).where(eq(caseEvidence.caseId, caseId));
  return row?.n ?? 0;
}

export async function insertEvidence(exec: Executor, row: typeof caseEvidence.$inferInsert): Promise<EvidenceRow> {
  const [inserted] = await exec.insert(caseEvidence).values(row).returning();
  return inserted!;
}

export async function findEvidence(exec: Executor, caseId: string, evidenceId: string): Promise<EvidenceRow | null> {
  const [row] = await exec.select().from(caseEvidence).where(and(eq(caseEvidence.caseId, caseId), eq(caseEvidence.id, evidenceId)));
  return row ?? null;
}

/** The place of a registered institution, to route its case. */
export async function findInstitutionPlace(exec: Executor, institutionId: string) {
  const [row] = await exec.select({ id: institutions.id, name: institutions.name, districtCode: institutions.districtCode, subdistrictCode: institutions.subdistrictCode }).from(institutions).where(eq(institutions.id, institutionId));
  return row ?? null;
}

/** Whether the codes name a district and (when given) one of its subdistricts. */
export async function placeExists(exec: Executor, districtCode: string, subdistrictCode: string | undefined): Promise<boolean> {
  const codes = subdistrictCode ? [districtCode, subdistrictCode] : [districtCode];
  const rows = await exec.select({ code: jurisdictions.code, parentCode: jurisdictions.parentCode, level: jurisdictions.level }).from(jurisdictions).where(inArray(jurisdictions.code, codes));
  const district = rows.find((r) => r.code === districtCode && r.level === 'district');
  if (!district) return false;
  return !subdistrictCode || rows.some((r) => r.code === subdistrictCode && r.parentCode === districtCode);
}


const currentDeadlineKind = sql<CaseDeadlineKind>`case ${cases.state} when 'submitted' then 'acknowledge' else 'resolve' end`;
export type DeadlineStage = 'dueSoon' | 'overdue';

/**
 * Open cases whose current deadline falls before `horizon` and that have not had the alert of
 * their stage yet (overdue once the deadline is past `now`, due soon before), earliest first.
 */
export function listCasesToAlert(exec: Executor, now: Date, horizon: Date, limit: number) {
  const stage = sql<DeadlineStage>`case when ${nextDue} < ${now.toISOString()}::timestamptz then 'overdue' else 'dueSoon' end`;
  const alerted = exec
    .select({ one: sql`1` })
    .from(caseDeadlineAlerts)
    .where(and(eq(caseDeadlineAlerts.caseId, cases.id), eq(caseDeadlineAlerts.deadline, currentDeadlineKind), eq(caseDeadlineAlerts.stage, stage)));
  return exec
    .select({ row: cases, registeredName: institutions.name, deadline: currentDeadlineKind, stage })
    .from(cases)
    .leftJoin(institutions, eq(institutions.id, cases.institutionId))
    .where(and(inArray(cases.state, ['submitted', 'acknowledged']), sql`${nextDue} < ${horizon.toISOString()}::timestamptz`, sql`not exists (${alerted})`))
    .orderBy(sql`${nextDue} asc`, asc(cases.id))
    .limit(limit);
}

/** Claims the alert of a case's deadline and stage; false when it was sent already (by another run). */
export async function claimDeadlineAlert(exec: Executor, alert: typeof caseDeadlineAlerts.$inferInsert): Promise<boolean> {
  const claimed = await exec.insert(caseDeadlineAlerts).values(alert).onConflictDoNothing().returning({ caseId: caseDeadlineAlerts.caseId });
  return claimed.length > 0;
}
