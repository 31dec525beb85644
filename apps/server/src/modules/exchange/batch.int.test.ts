import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBatchColumns } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { institutions } from '../institutions/index.ts';
import { CHAOYANG, HAIDIAN_SUBDISTRICT, WANGJING, creditCode, prepareExchange } from './test-support.ts';

const header = registrationBatchColumns.map((c) => c.header);
type Row = Partial<Record<(typeof registrationBatchColumns)[number]['key'], string>>;

const goodRow = (overrides: Row = {}): Row => ({
  creditCode: creditCode(),
  name: '北京市朝阳区望京小树苗托育有限公司',
  legalNature: '营利性',
  registrationDate: '2025/3/2',
  businessScope: '托育服务（不含幼儿园、托儿所）',
  address: '北京市朝阳区望京街道 8 号',
  subdistrictCode: WANGJING,
  contactName: '李红',
  contactPhone: '13700001111',
  ...overrides,
});

const csvOf = (rows: Row[]) => [header, ...rows.map((row) => registrationBatchColumns.map((c) => row[c.key] ?? ''))].map((cells) => cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\n');

async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('登记');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(registrationBatchColumns.map((c) => (c.key === 'registrationDate' && row[c.key] ? new Date(`${row[c.key]!.replaceAll('/', '-').replace(/-(\d)(?=-|$)/g, '-0$1')}T00:00:00Z`) : (row[c.key] ?? ''))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('registrar batches (POST /exchange/registration-batches)', () => {
  let t: TestApp;
  const as: Record<string, SignedInTestUser> = {};
  const upload = (who: string, mode: string, data: Buffer | string, fileName = 'batch.csv') => {
    const form = new FormData();
    form.append('file', new Blob([data]), fileName);
    return t.app.inject({ method: 'POST', url: `/api/v1/exchange/registration-batches?mode=${mode}`, headers: as[who]!.headers, payload: form });
  };

  beforeAll(async () => {
    t = await buildTestApp();
    await prepareExchange(t);
    as.market = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', department: 'marketRegulation', jurisdictionCode: CHAOYANG }));
    as.health = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', department: 'healthCommission', jurisdictionCode: CHAOYANG }));
  });
  afterAll(() => t.close());

  const badRows = (): Row[] => [
    goodRow(),
    goodRow({ creditCode: '91110105MA01ABCD14' }),
    goodRow({ name: '' }),
    goodRow({ subdistrictCode: HAIDIAN_SUBDISTRICT }),
    goodRow({ legalNature: '股份制' }),
    goodRow({ registrationDate: '2025-02-30' }),
    goodRow(),
    goodRow({ contactPhone: '010-64701234' }),
  ];

  it('reports every bad row and column, and writes nothing when checking or when all-or-nothing meets a bad row', async () => {
    const rows = badRows();
    rows[6]!.creditCode = rows[0]!.creditCode;
    const file = csvOf(rows);
    const check = await upload('market', 'check', file);
    expect(check.statusCode).toBe(200);
    const report = check.json();
    expect(report).toMatchObject({ mode: 'check', totalRows: 8, validRows: 1, isWritten: false, created: 0 });
    expect(report.problems.map((p: { row: number; field: string; code: string }) => `${p.row} ${p.field} ${p.code}`)).toEqual([
      '3 creditCode creditCode.checkCharacter',
      '4 name required',
      '5 subdistrictCode outsideJurisdiction',
      '6 legalNature unknownOption',
      '7 registrationDate invalidDate',
      '8 creditCode duplicateInFile',
      '9 contactPhone mobileRequired',
    ]);
    expect(report.problems[0].message).toContain('校验位');
    expect(report.problems[3].message).toContain('股份制');
    const allOrNothing = (await upload('market', 'allOrNothing', file)).json();
    expect(allOrNothing).toMatchObject({ isWritten: false, created: 0 });
    expect(await t.database.db.select().from(institutions).where(eq(institutions.creditCode, rows[0]!.creditCode!))).toHaveLength(0);
  });

  it('writes the rows that pass when asked, and registers nothing twice when the file comes again', async () => {
    const rows = badRows();
    const file = csvOf(rows);
    const written = (await upload('market', 'validRowsOnly', file)).json();
    expect(written).toMatchObject({ isWritten: true, validRows: 2, created: 2, updated: 0, unchanged: 0 });
    const codes = [rows[0]!.creditCode!, rows[6]!.creditCode!];
    const stored = await t.database.db.select().from(institutions).where(inArray(institutions.creditCode, codes));
    expect(stored.map((i) => i.filingStatus)).toEqual(['registered', 'registered']);
    const again = (await upload('market', 'validRowsOnly', file)).json();
    expect(again).toMatchObject({ isWritten: true, created: 0, updated: 0, unchanged: 2 });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'exchange.registrationBatch.upload'));
    expect(entry).toMatchObject({ jurisdictionCode: CHAOYANG, details: { fileName: 'batch.csv', created: 2 } });
  });

  it('reads Excel files with real date cells', async () => {
    const row = goodRow();
    const report = (await upload('market', 'allOrNothing', await xlsxOf([row]), '登记.xlsx')).json();
    expect(report).toMatchObject({ isWritten: true, created: 1, problems: [] });
    const [stored] = await t.database.db.select().from(institutions).where(eq(institutions.creditCode, row.creditCode!));
    expect(stored!.name).toBe(row.name);
  });

  it('takes batches only from registrar departments, as files with the required columns', async () => {
    expect((await upload('health', 'check', csvOf([goodRow()]))).json()).toMatchObject({ status: 403, code: 'NOT_A_REGISTRAR' });
    expect((await upload('market', 'check', 'name,address\n托育,路')).json()).toMatchObject({ status: 400, code: 'TABLE_COLUMNS_MISSING' });
    expect((await upload('market', 'check', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_TABLE_FORMAT' });
    expect((await upload('market', 'check', header.join(','))).json()).toMatchObject({ status: 400, code: 'TABLE_EMPTY' });
    const notMultipart = await t.app.inject({ method: 'POST', url: '/api/v1/exchange/registration-batches', headers: as.market!.headers, payload: { file: 'x' } });
    expect(notMultipart.json()).toMatchObject({ status: 400, code: 'UPLOAD_REQUIRED' });
  });

  it('offers the template in both formats', async () => {
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/registration-batches/template?format=xlsx', headers: as.market!.headers });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['登记信息', '填写说明']);
    const csv = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/registration-batches/template?format=csv', headers: as.market!.headers });
    expect(csv.body.startsWith('\uFEFF事件编号,统一社会信用代码')).toBe(true);
    // The template's own example passes the checks it describes.
    const example = await upload('market', 'check', csv.rawPayload, 'template.csv');
    expect(example.json()).toMatchObject({ validRows: 1, problems: [] });
  });
});
