import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { CaseCategory, CaseState, SatisfactionLevel } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { calendarAt } from '../filings/index.ts';
import { children, institutions } from '../institutions/index.ts';
import { resolvePolicy } from '../policies/index.ts';
import { ratings } from '../ratings/index.ts';
import { caseEvents, cases } from './cases.tables.ts';
import { caseDeadlines, coDepartmentOf, isUrgentCategory } from './routing.ts';
import { newTrackingCode } from './tracking-code.ts';

type DemoCase = { category: CaseCategory; state: CaseState; daysAgo: number; description: string; step?: string; reply?: string; isSubstantiated?: boolean; satisfaction?: SatisfactionLevel; isAnonymous?: boolean };

/** A queue that shows every state: something urgent, something overdue, replies with and without a finding. */
const demoCases: DemoCase[] = [
  { category: 'abuse', state: 'submitted', daysAgo: 0, description: '傍晚接孩子时看到保育员大声呵斥并推搡孩子，孩子哭得很厉害。', isAnonymous: true },
  { category: 'food', state: 'acknowledged', daysAgo: 3, description: '这周午餐连续两天有剩菜回锅，孩子回家说饭菜有酸味。', step: '已会同区市场监管局到机构食堂检查留样。' },
  { category: 'hygiene', state: 'submitted', daysAgo: 20, description: '活动室地垫很久没有清洗，有明显污渍和异味。', isAnonymous: true },
  { category: 'fees', state: 'replied', daysAgo: 12, description: '机构要求一次性预交一年托费才给优惠，退托时不肯退剩余费用。', step: '已约谈机构负责人，核对预收费台账。', reply: '经核查，机构预收费用超过规定期限，已责令其按实际出勤退还剩余费用，并纳入预付费监管。', isSubstantiated: true },
  { category: 'safety', state: 'closed', daysAgo: 30, description: '机构后门常年不锁，接送时段陌生人可以随意进出。', reply: '经现场检查，机构已加装门禁并安排专人值守接送时段，问题已整改。', isSubstantiated: true, satisfaction: 'satisfied' },
  { category: 'other', state: 'replied', daysAgo: 16, description: '机构周末经常组织收费的兴趣课，不知是否合规。', reply: '经核实，兴趣课为家长自愿参加、单独收费并已公示，未发现违规。', isSubstantiated: false },
  { category: 'unfiled', state: 'acknowledged', daysAgo: 5, description: '小区底商新开了一家托育点，门口没有任何备案公示信息。', isAnonymous: true },
];

const ratingComments = ['老师很有耐心，孩子每天都很开心，饭菜也比较丰富。', '环境干净，家园沟通及时，每天都有照片反馈。', '整体不错，就是接送时门口比较拥挤。', '保育老师很细心，孩子午睡有人看护。', '户外活动时间有点少，希望能多带孩子出去。', ''];

/**
 * Demo complaints and reports in the demo district (routed and timed as real ones would be), and
 * ratings of the district's institutions by families with an enrolled child; two are held for the
 * moderator. The demo institution's families rate first, so that its director and the demo family
 * see ratings. Deterministic in what it writes, apart from the tracking codes.
 */
export async function seedDemoFeedback(exec: Executor, place: { districtCode: string; demoInstitutionId: string }): Promise<void> {
  const filed = await exec
    .select({ id: institutions.id, subdistrictCode: institutions.subdistrictCode })
    .from(institutions)
    .where(and(eq(institutions.districtCode, place.districtCode), eq(institutions.filingStatus, 'filed')))
    .orderBy(asc(institutions.name))
    .limit(demoCases.length);
  if (filed.length === 0) return;
  const policies = await resolvePolicy(exec, place.districtCode);
  const calendar = await calendarAt(exec, place.districtCode);
  for (const [i, demo] of demoCases.entries()) {
    const institution = filed[i % filed.length]!;
    const at = new Date(Date.now() - demo.daysAgo * 86_400_000 - (i + 1) * 3_600_000);
    const isUrgent = isUrgentCategory(demo.category);
    const due = caseDeadlines(policies, calendar, at, isUrgent);
    const isAnonymous = demo.isAnonymous ?? false;
    const [row] = await exec
      .insert(cases)
      .values({
        trackingCode: newTrackingCode(),
        kind: 'report',
        category: demo.category,
        isUrgent,
        state: demo.state,
        institutionId: demo.category === 'unfiled' ? null : institution.id,
        institutionName: demo.category === 'unfiled' ? '小橘子托育' : null,
        districtCode: place.districtCode,
        subdistrictCode: institution.subdistrictCode,
        coDepartment: coDepartmentOf(policies, demo.category),
        description: demo.description,
        isAnonymous,
        submitterName: isAnonymous ? null : '演示家长',
        submitterPhone: isAnonymous ? null : `1390000${String(1000 + i)}`,
        submitterKey: `demo-${i}`,
        ...due,
        acknowledgedAt: demo.state === 'submitted' ? null : new Date(at.getTime() + 86_400_000),
        reply: demo.reply ?? null,
        repliedAt: demo.reply ? new Date(at.getTime() + 5 * 86_400_000) : null,
        isSubstantiated: demo.isSubstantiated ?? null,
        satisfaction: demo.satisfaction ?? null,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: cases.id });
    const later = (days: number) => new Date(at.getTime() + days * 86_400_000);
    const events: (typeof caseEvents.$inferInsert)[] = [{ caseId: row!.id, kind: 'submitted', isPublic: true, createdAt: at }];
    if (demo.state !== 'submitted') events.push({ caseId: row!.id, kind: 'acknowledged', isPublic: true, actorName: '区卫生健康委（演示）', createdAt: later(1) });
    if (demo.step) events.push({ caseId: row!.id, kind: 'step', isPublic: true, note: demo.step, actorName: '区卫生健康委（演示）', createdAt: later(2) });
    if (demo.reply) events.push({ caseId: row!.id, kind: 'replied', isPublic: true, actorName: '区卫生健康委（演示）', createdAt: later(5) });
    if (demo.satisfaction) events.push({ caseId: row!.id, kind: 'satisfaction', isPublic: true, createdAt: later(6) });
    await exec.insert(caseEvents).values(events);
  }

  const enrolledFamilies = await exec
    .selectDistinctOn([children.familyUserId, children.institutionId], { familyUserId: children.familyUserId, institutionId: institutions.id, subdistrictCode: institutions.subdistrictCode, name: children.guardianName })
    .from(children)
    .innerJoin(institutions, eq(institutions.id, children.institutionId))
    .where(and(eq(institutions.districtCode, place.districtCode), eq(children.status, 'enrolled'), isNotNull(children.institutionId)))
    .orderBy(children.familyUserId, children.institutionId);
  const atDemoInstitution = (f: { institutionId: string }) => (f.institutionId === place.demoInstitutionId ? 0 : 1);
  const families = enrolledFamilies.sort((a, b) => atDemoInstitution(a) - atDemoInstitution(b)).slice(0, 40);
  if (families.length === 0) return;
  await exec.insert(ratings).values(
    families.map((f, i) => {
      const score = 3 + (i % 3);
      const isHeld = i % 17 === 5;
      return {
        institutionId: f.institutionId,
        familyUserId: f.familyUserId,
        familyName: f.name,
        districtCode: place.districtCode,
        subdistrictCode: f.subdistrictCode,
        overall: score,
        care: Math.min(5, score + 1),
        safety: score,
        food: Math.max(1, score - 1),
        communication: score,
        environment: Math.min(5, score + (i % 2)),
        comment: isHeld ? '有问题请直接打园长电话13812345678，她人很好。' : ratingComments[i % ratingComments.length]!,
        status: isHeld ? ('held' as const) : ('published' as const),
        heldFor: isHeld ? ['phone' as const] : [],
        reply: i % 4 === 0 && !isHeld ? '感谢您的肯定，我们会继续努力！' : null,
        repliedAt: i % 4 === 0 && !isHeld ? new Date() : null,
      };
    }),
  );
}
