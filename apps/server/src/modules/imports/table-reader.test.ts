import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TableColumn } from '@youyu/contracts';
import type { DomainError } from '../../platform/errors/index.ts';
import { readTable } from './table-reader.ts';

const columns: TableColumn[] = [
  { key: 'name', header: '机构名称', aliases: ['name'], isRequired: true },
  { key: 'address', header: '地址', aliases: ['address'], isRequired: false },
];
const read = (data: Buffer | string, fileName = 'a.csv', maxRows = 10) => readTable({ fileName, data: typeof data === 'string' ? Buffer.from(data) : data }, columns, maxRows);
const codeOf = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as DomainError).code;

describe('reading uploaded tables', () => {
  it('reads UTF-8 CSV with a BOM, English headers and blank lines, keeping spreadsheet row numbers', async () => {
    const table = await read('\uFEFFName,Address,备注\n\n托育一号,"北京市,朝阳区",x\n托育二号,,\n');
    expect(table).toEqual({
      format: 'csv',
      rows: [
        { row: 3, values: { name: '托育一号', address: '北京市,朝阳区' } },
        { row: 4, values: { name: '托育二号', address: '' } },
      ],
    });
  });

  it('reads CSV that Excel saved as GB18030', async () => {
    const gbk = Buffer.from([0xbb, 0xfa, 0xb9, 0xb9, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xcd, 0xd0, 0xd3, 0xfd, 0x0a]); // 机构名称\n托育\n
    expect((await read(gbk)).rows).toEqual([{ row: 2, values: { name: '托育' } }]);
  });

  it('reads the first sheet of an Excel workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    sheet.addRow(['机构名称*', '地址']);
    sheet.addRow([{ richText: [{ text: '托育' }, { text: '三号' }] }, { formula: '"路"&"1号"', result: '路1号' }]);
    const table = await read(Buffer.from(await workbook.xlsx.writeBuffer()), 'a.xlsx');
    expect(table).toEqual({ format: 'xlsx', rows: [{ row: 2, values: { name: '托育三号', address: '路1号' } }] });
  });

  it('refuses files it cannot take, naming why', async () => {
    expect(await codeOf(read('地址\n路'))).toBe('TABLE_COLUMNS_MISSING');
    expect(await codeOf(read('机构名称,name\na,b'))).toBe('TABLE_COLUMN_DUPLICATED');
    expect(await codeOf(read('机构名称\n'))).toBe('TABLE_EMPTY');
    expect(await codeOf(read('\n\n'))).toBe('TABLE_EMPTY');
    expect(await codeOf(read('机构名称\na\nb\nc', 'a.csv', 2))).toBe('TABLE_TOO_LARGE');
    expect(await codeOf(read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'a.xlsx'))).toBe('TABLE_UNREADABLE');
    expect(await codeOf(read(Buffer.from([1, 0, 2]), 'a.bin'))).toBe('UNSUPPORTED_TABLE_FORMAT');
  });
});
