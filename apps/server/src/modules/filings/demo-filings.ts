import { createHash, randomUUID } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { FilingState, FilingStatus, ItemReason, MaterialCategory } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';
import { requiredMaterials, snapshotOf } from './filing-check.ts';
import { calendarAt } from './filing-settings.service.ts';
import * as repo from './filings.repository.ts';
import { getFacts } from './filings.service.ts';
import { receiptFontPath } from './receipt.ts';
import { addWorkingDays, todayInShanghai } from './working-days.ts';

/**
 * For the demo city: the institutions the seed left part-way through filing (draft, submitted,
 * under review, returned) get their applications, so the district's queue shows real work: spread
 * submission dates (some past the time limit), materials as sample PDFs, and the history so far.
 * Synthetic, deterministic by institution order; call it in the seed's transaction.
 */
const seededStatuses = ['draft', 'submitted', 'underReview', 'returned'] as const satisfies readonly FilingStatus[];
const sampleReturn: ItemReason[] = [{ item: 'fireSafety', reason: '消防安全检查合格证明已过有效期，请上传最新的证明。' }];
const reviewerName = '区卫生健康委审核员（演示）';

/** A one-page sample material: says what it stands for and that it is synthetic. */
function samplePdf(title: string, institution: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', receiptFontPath).font('cjk');
  doc.fontSize(20).text(title, { align: 'center' }).moveDown(2);
  doc.fontSize(12).text(institution, { align: 'center' }).moveDown(4);
  doc.fontSize(10).fillColor('#888').text('演示数据 · 样例材料，不具有任何证明效力', { align: 'center' });
  doc.end();
  return done;
}

const titles: Record<MaterialCategory, string> = {
  fireSafety: '消防安全检查合格证明',
  premisesProof: '房屋租赁合同',
  healthEvaluation: '托幼机构卫生评价报告（结论：合格）',
  staffQualifications: '负责人及保育人员资格证书',
  foodLicence: '食品经营许可证',
  other: '其他材料',
};

export async function seedDemoFilings(exec: Executor, options: { jurisdictionCode: string; store: ObjectStore | null; today?: string }): Promise<number> {
  const today = options.today ?? todayInShanghai();
  const pending = await repo.listInstitutionsWithoutFilings(exec, options.jurisdictionCode, seededStatuses);
  let index = 0;
  for (const { id, filingStatus } of pending) {
    index += 1;
    const state = filingStatus as (typeof seededStatuses)[number];
    const facts = await getFacts(exec, id);
    const calendar = await calendarAt(exec, facts.institution.districtCode);
    // About 1 to 22 working days ago: with a 15-day limit, some are overdue and some due soon.
    const daysAgo = ((index * 7) % 22) + 1;
    const submittedAt = new Date(`${back(today, Math.round(daysAgo * 1.4))}T09:30:00+08:00`);
    const day = submittedAt.toISOString().slice(0, 10);
    const isSubmitted = state !== 'draft';
    const filingId = randomUUID();
    const place = { districtCode: facts.institution.districtCode, subdistrictCode: facts.institution.subdistrictCode };
    await repo.insertFiling(exec, {
      id: filingId,
      institutionId: id,
      kind: 'initial',
      state,
      ...place,
      healthEvaluationRating: 'qualified',
      healthEvaluationIssuedOn: back(day, 30),
      commitment: isSubmitted ? { signerName: facts.institution.contactName, signedAt: submittedAt.toISOString(), version: '2025-1', ip: '127.0.0.1' } : null,
      snapshot: isSubmitted ? snapshotOf(facts) : null,
      returnItems: state === 'returned' ? sampleReturn : [],
      submittedAt: isSubmitted ? submittedAt : null,
      dueOn: isSubmitted ? addWorkingDays(calendar, day, 15) : null,
      reviewerName: state === 'underReview' || state === 'returned' ? reviewerName : null,
      createdAt: new Date(submittedAt.getTime() - 3 * 86_400_000),
    });
    const event = (action: 'create' | 'submit' | 'startReview' | 'return', fromState: FilingState | null, toState: FilingState, at: Date, extra: { actorName?: string; items?: ItemReason[] } = {}) =>
      repo.insertEvent(exec, { filingId, institutionId: id, ...place, action, fromState, toState, at, actorName: extra.actorName ?? facts.institution.contactName, actorRole: extra.actorName ? 'regulator' : 'institutionDirector', items: extra.items ?? [] });
    await event('create', null, 'draft', new Date(submittedAt.getTime() - 3 * 86_400_000));
    if (isSubmitted) await event('submit', 'draft', 'submitted', submittedAt);
    if (state === 'underReview' || state === 'returned') await event('startReview', 'submitted', 'underReview', new Date(submittedAt.getTime() + 86_400_000), { actorName: reviewerName });
    if (state === 'returned') await event('return', 'underReview', 'returned', new Date(submittedAt.getTime() + 2 * 86_400_000), { actorName: reviewerName, items: sampleReturn });
    if (options.store && isSubmitted) {
      for (const category of requiredMaterials('initial', facts, null)) {
        const body = await samplePdf(titles[category], facts.institution.name);
        const storageKey = `filings/${filingId}/${randomUUID()}`;
        await options.store.put(storageKey, body, 'application/pdf');
        await repo.insertMaterial(exec, { filingId, institutionId: id, ...place, category, fileName: `${titles[category]}.pdf`, contentType: 'application/pdf', sizeBytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), storageKey, uploadedByName: facts.institution.contactName, uploadedAt: submittedAt });
      }
    }
  }
  return pending.length;
}

function back(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
