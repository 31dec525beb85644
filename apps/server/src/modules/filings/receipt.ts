import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { FilingSnapshot } from '@youyu/contracts';
import { translate } from '@youyu/i18n';

/** Subset of Noto Sans CJK SC (GB 2312 + ASCII, SIL OFL; assets/fonts/OFL.txt): no system font needed. */
export const receiptFontPath = path.resolve(import.meta.dirname, '../../../assets/fonts/NotoSansSC-GB2312-Regular.otf');

export type ReceiptFacts = {
  kind: 'initial' | 'change';
  filingId: string;
  filingNumber: string;
  filedOn: string;
  snapshot: FilingSnapshot;
  districtName: string;
  subdistrictName: string;
  cityName: string;
  directorName: string | null;
  generatedAt: string;
};

// A filing receipt (备案回执) is an official document of the Chinese administration: always in Chinese.
const t = (key: string, params: Record<string, unknown> = {}) => translate('zh-CN', `filings:receipt.${key}`, params);
const label = (key: string) => translate('zh-CN', key);

/** The receipt as PDF bytes: A4, the institution as filed, the number, the date and the authority. */
export function renderReceipt(facts: ReceiptFacts): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 56, left: 64, right: 64 }, info: { Title: t(facts.kind === 'change' ? 'changeTitle' : 'title'), Author: t('authority', { district: facts.districtName }), Creator: 'Youyu' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', receiptFontPath);
  doc.font('cjk');
  const width = doc.page.width - 128;
  const s = facts.snapshot;

  doc.fontSize(22).text(t(facts.kind === 'change' ? 'changeTitle' : 'title'), { align: 'center' });
  doc.moveDown(0.6).fontSize(12).fillColor('#444').text(`${t('number')}：${facts.filingNumber}`, { align: 'center' }).fillColor('#000');
  doc.moveDown(1.2).fontSize(12).text(t('to', { name: s.name }));
  doc.moveDown(0.4).text(t(facts.kind === 'change' ? 'changeBody' : 'body', { city: facts.cityName }), { indent: 24, lineGap: 4 });

  const rows: [string, string][] = [
    [label('institutions:fields.name'), s.name],
    [label('institutions:fields.creditCode'), s.creditCode],
    [label('institutions:fields.kind'), label(`institutions:kinds.${s.kind}`)],
    [label('institutions:fields.ownership'), label(`institutions:ownerships.${s.ownership}`)],
    [label('institutions:fields.address'), `${facts.districtName}${facts.subdistrictName} ${s.address}`],
    [t('director'), facts.directorName ?? '—'],
    [label('institutions:fields.serviceModes'), s.serviceModes.map((m) => label(`institutions:serviceModes.${m}`)).join('、') || '—'],
    [label('institutions:fields.places'), t('places', { places: s.places, classes: s.classes.length })],
    [t('classes'), s.classes.map((c) => `${c.name}（${label(`institutions:classTypes.${c.classType}`).replace(/（.*$/, '')}，${c.capacity}人）`).join('；') || '—'],
    [t('filedOn'), facts.filedOn],
  ];
  doc.moveDown(1);
  const labelWidth = 120;
  for (const [name, value] of rows) {
    const top = doc.y;
    doc.fontSize(11).fillColor('#555').text(name, 64, top, { width: labelWidth });
    doc.fillColor('#000').text(value, 64 + labelWidth, top, { width: width - labelWidth, lineGap: 2 });
    const bottom = Math.max(doc.y, top + 16);
    doc.moveTo(64, bottom + 4).lineTo(64 + width, bottom + 4).strokeColor('#ddd').lineWidth(0.5).stroke();
    doc.y = bottom + 10;
  }

  doc.moveDown(1).fontSize(10).fillColor('#444').text(t('notice'), 64, doc.y, { width, lineGap: 3 });
  doc.moveDown(2).fontSize(12).fillColor('#000').text(t('authority', { district: facts.districtName }), { align: 'right' });
  doc.moveDown(0.3).text(facts.filedOn, { align: 'right' });
  doc.fontSize(8).fillColor('#888').text(t('footer', { id: facts.filingId, at: facts.generatedAt }), 64, doc.page.height - 80, { width, align: 'center' });
  doc.end();
  return done;
}
