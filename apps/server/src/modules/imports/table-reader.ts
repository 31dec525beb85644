import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { TableColumn, TableFormat } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import { ImportErrors } from './imports.errors.ts';

/** One data row: its spreadsheet row number (header = 1) and its cells by column key, trimmed. */
export type TableRow = { row: number; values: Record<string, string> };
export type Table = { format: TableFormat; rows: TableRow[] };
export type UploadedFile = { fileName: string; data: Buffer };

const isZip = (data: Buffer) => data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;
const isOle = (data: Buffer) => data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0;

/** By content first (an .xlsx is a zip; an old .xls an OLE file), then by name. */
function formatOf(file: UploadedFile): TableFormat {
  const name = file.fileName.toLowerCase();
  if (isZip(file.data)) return 'xlsx';
  if (isOle(file.data) || name.endsWith('.xls') || name.endsWith('.xlsx')) throw new DomainError(ImportErrors.UNSUPPORTED_TABLE_FORMAT);
  if (file.data.includes(0)) throw new DomainError(ImportErrors.UNSUPPORTED_TABLE_FORMAT);
  return 'csv';
}

/** Excel in China saves CSV as GB18030 (GBK) unless told otherwise; UTF-8 is tried first. */
function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

function readCsv(data: Buffer): string[][] {
  try {
    return parse(decodeText(data), { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    throw new DomainError(ImportErrors.TABLE_UNREADABLE);
  }
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A cell's text as the user sees it; dates as ISO days (Excel stores them as UTC midnight). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`;
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new DomainError(ImportErrors.TABLE_UNREADABLE);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  // Row numbers are kept: rows[i] is spreadsheet row i + 1, so reports point at the right line.
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as ExcelJS.CellValue[];
    rows.push(Array.from({ length: Math.max(0, values.length - 1) }, (_, c) => cellText(values[c + 1] ?? null)));
  }
  return rows;
}

const headerKey = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[*＊]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();

/** Which column each header is; unknown headers are ignored, missing required ones refused. */
function mapHeader(header: string[], columns: readonly TableColumn[]): (string | null)[] {
  const byHeader = new Map<string, string>();
  for (const column of columns) for (const text of [column.header, column.key, ...column.aliases]) byHeader.set(headerKey(text), column.key);
  const keys = header.map((text) => byHeader.get(headerKey(text)) ?? null);
  const seen = new Set<string>();
  for (const key of keys) {
    if (!key) continue;
    if (seen.has(key)) throw new DomainError(ImportErrors.TABLE_COLUMN_DUPLICATED, { column: columns.find((c) => c.key === key)!.header });
    seen.add(key);
  }
  const missing = columns.filter((c) => c.isRequired && !seen.has(c.key)).map((c) => c.header);
  if (missing.length > 0) throw new DomainError(ImportErrors.TABLE_COLUMNS_MISSING, { columns: missing.join('、') });
  return keys;
}

/**
 * Reads an uploaded CSV (UTF-8 or GB18030) or Excel (.xlsx, first sheet) into rows keyed by the
 * columns. The first non-empty row is the header; empty rows are skipped but keep their numbers.
 */
export async function readTable(file: UploadedFile, columns: readonly TableColumn[], maxRows: number): Promise<Table> {
  const format = formatOf(file);
  const grid = format === 'xlsx' ? await readXlsx(file.data) : readCsv(file.data);
  const isBlank = (cells: string[] | undefined) => !cells || cells.every((cell) => cell.trim() === '');
  const headerIndex = grid.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) throw new DomainError(ImportErrors.TABLE_EMPTY);
  const keys = mapHeader(grid[headerIndex]!, columns);
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i]!;
    if (isBlank(cells)) continue;
    if (rows.length === maxRows) throw new DomainError(ImportErrors.TABLE_TOO_LARGE, { maxRows });
    const values: Record<string, string> = {};
    keys.forEach((key, c) => {
      if (key) values[key] = (cells[c] ?? '').trim();
    });
    rows.push({ row: i + 1, values });
  }
  if (rows.length === 0) throw new DomainError(ImportErrors.TABLE_EMPTY);
  return { format, rows };
}
