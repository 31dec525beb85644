import ExcelJS from 'exceljs';
import type { TableColumn, TableFormat } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';

/**
 * A blank file to fill in: the header row (the Chinese headers the reader expects), example rows,
 * and in Excel a second sheet explaining every column. Code-like columns are formatted as text so
 * Excel keeps leading zeros and all 18 characters of a credit code.
 */
export type TemplateSpec = {
  columns: readonly TableColumn[];
  textColumns: readonly string[];
  examples: readonly Record<string, string>[];
  /** i18n key prefix of each column's explanation: `<prefix>.<key>`. */
  describedAt: string;
  /** i18n key of the data sheet's name. */
  sheetNameKey: string;
};

export type TemplateFile = { fileName: string; contentType: string; data: Buffer };

const quoteCsv = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export async function buildTemplate(spec: TemplateSpec, format: TableFormat, locale: Locale, baseName: string): Promise<TemplateFile> {
  const header = spec.columns.map((c) => c.header);
  const rows = spec.examples.map((example) => spec.columns.map((c) => example[c.key] ?? ''));
  if (format === 'csv') {
    // The BOM makes Excel open the file as UTF-8 instead of the system code page.
    const text = `\uFEFF${[header, ...rows].map((cells) => cells.map(quoteCsv).join(',')).join('\r\n')}\r\n`;
    return { fileName: `${baseName}.csv`, contentType: 'text/csv; charset=utf-8', data: Buffer.from(text, 'utf8') };
  }
  const t = (key: string) => translate(locale, `imports:template.${key}`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(translate(locale, spec.sheetNameKey), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length * 2 + 4), style: spec.textColumns.includes(c.key) ? { numFmt: '@' } : {} }));
  sheet.getRow(1).eachCell((cell, n) => {
    const isRequired = spec.columns[n - 1]!.isRequired;
    cell.font = { bold: true, color: { argb: isRequired ? 'FFB71C1C' : 'FF263238' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  });
  for (const example of spec.examples) sheet.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, example[c.key] ?? ''])));

  const guide = workbook.addWorksheet(t('guideSheet'));
  guide.columns = [
    { header: t('column'), width: 22 },
    { header: t('alias'), width: 22 },
    { header: t('requirement'), width: 10 },
    { header: t('explanation'), width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of spec.columns) {
    guide.addRow([c.header, c.key, c.isRequired ? t('required') : t('optional'), translate(locale, `${spec.describedAt}.${c.key}`)]).alignment = { wrapText: true, vertical: 'top' };
  }
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${baseName}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data };
}
