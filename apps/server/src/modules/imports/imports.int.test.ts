import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, institutionImportColumns, type ImportJob } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { classes, institutions, registrations } from '../institutions/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { exampleInstitutionRow } from './example-row.ts';

type Row = Partial<Record<(typeof institutionImportColumns)[number]['key'], string>>;
const header = institutionImportColumns.map((c) => c.header);

let serial = 0;
function creditCode(): string {
  serial += 1;
  const body = `52110105MJ${String(serial).padStart(7, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

const row = (overrides: Row = {}): Row => ({
  ...exampleInstitutionRow,
  creditCode: creditCode(),
  name: `望京社区托育中心${serial}`,
  filingNumber: `京朝托备〔2021〕${String(serial).padStart(5, '0')}`,
  ...overrides,
});

const csvOf = (rows: Row[]) => [header, ...rows.map((r) => institutionImportColumns.map((c) => r[c.key] ?? ''))].map((cells) => cells.map((cell) => (/[,"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n');

describe('bulk import of existing institutions (/imports)', () => {
  let t: TestApp;
  const as: Record<string, SignedInTestUser> = {};
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: as[who]!.headers });
  const commit = (who: string, id: string, mode: string) => t.app.inject({ method: 'POST', url: `/api/v1/imports/${id}/commit`, headers: as[who]!.headers, payload: { mode } });
  const upload = (who: string, rows: Row[]) => {
    const form = new FormData();
    form.append('file', new Blob([csvOf(rows)]), '存量机构.csv');
    return t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: as[who]!.headers, payload: form });
  };
  /** Polls like the page does, keeping every progress seen, until the job rests. */
  async function settle(who: string, id: string, seen: number[] = []): Promise<ImportJob> {
    for (let i = 0; i < 600; i++) {
      const job = (await get(who, `/imports/${id}`)).json() as ImportJob;
      seen.push(job.progress);
      if (job.status !== 'validating' && job.status !== 'importing') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not settle');
  }
  const problemsOf = async (who: string, id: string) =>
    ((await get(who, `/imports/${id}/problems?pageSize=500`)).json().items as { row: number; field: string; code: string; message: string }[]).map((p) => `${p.row} ${p.field} ${p.code}`);

  beforeAll(async () => {
    t = await buildTestApp();
    await importJurisdictions(t.database.db, 'beijing');
    as.city = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110000' }));
    as.chaoyang = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105' }));
    as.haidian = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110108' }));
    as.family = await signInAs(t.app, await createUserForTest(t.database, { role: 'family' }));
  });
  afterAll(() => t.close());

  it('validates every row, reports each bad row and column, and imports nothing or the good rows only', async () => {
    const earlier = row();
    const earlierJob = await settle('city', (await upload('city', [earlier])).json().id);
    await commit('city', earlierJob.id, 'allOrNothing');
    expect(await settle('city', earlierJob.id)).toMatchObject({ status: 'completed', importedRows: 1 });
    const first = row();
    const rows = [
      first,
      row({ creditCode: '52110105MJ00000AAI' }),
      row({ kind: '托育城堡' }),
      row({ lat: '31.2304', lng: '121.4737' }),
      row({ classes: '大大班:托大班:25' }),
      row({ kind: '家庭托育点', name: '张家托育点', classes: '混龄:混龄班:6', legalNature: '营利性', registrar: '市场监管部门' }),
      row({ kind: '幼儿园托班', registrar: '教育部门', classes: '小小班:托小班:12' }),
      row({ creditCode: first.creditCode }),
      row({ creditCode: earlier.creditCode }),
      row({ filingNumber: '' }),
      row({ premises: '租赁', leaseEndDate: '' }),
      row({ classes: '托大班' }),
      row({ filingStatus: '备案审核中' }),
      row(),
    ];
    const created = await upload('city', rows);
    expect(created.statusCode).toBe(202);
    expect(created.json()).toMatchObject({ status: 'validating', totalRows: 14, fileName: '存量机构.csv', format: 'csv' });
    const job = await settle('city', created.json().id);
    expect(job).toMatchObject({ status: 'validated', progress: 100, processedRows: 14, validRows: 2, errorRows: 12 });
    expect(await problemsOf('city', job.id)).toEqual([
      '3 creditCode creditCode.character',
      '4 kind unknownOption',
      '5 lat locationOutsideCity',
      '6 classes classTooLarge',
      '7 classes familyPointTooLarge',
      '8 classes kindergartenClassType',
      '9 creditCode duplicateInFile',
      '10 creditCode creditCodeTaken',
      '11 filingNumber filingNumberRequired',
      '12 leaseEndDate leaseEndRequired',
      '13 classes invalidClasses',
      '14 filingStatus filingStatusNotImportable',
    ]);
    const messages = ((await get('city', `/imports/${job.id}/problems`)).json().items as { row: number; message: string }[]).filter((p) => p.row === 6 || p.row === 7);
    expect(messages[0]!.message).toMatch(/额定 25 人，超过托大班（24–36 个月）班额上限 20 人（依据：托育机构设置标准/);
    expect(messages[1]!.message).toContain('上限 5 人');

    expect((await commit('city', job.id, 'allOrNothing')).json()).toMatchObject({ status: 409, code: 'IMPORT_HAS_ERRORS' });
    expect(await t.database.db.select().from(institutions).where(eq(institutions.creditCode, first.creditCode!))).toHaveLength(0);

    const started = await commit('city', job.id, 'validRowsOnly');
    expect(started.statusCode).toBe(202);
    const done = await settle('city', job.id);
    expect(done).toMatchObject({ status: 'completed', importedRows: 2, mode: 'validRowsOnly' });
    const imported = await t.database.db.select().from(institutions).where(inArray(institutions.creditCode, [first.creditCode!, rows[13]!.creditCode!]));
    expect(imported.map((i) => [i.filingStatus, i.districtCode, i.isInclusive, i.isPremisesOwned, i.leaseEndDate])).toEqual([
      ['filed', '110105', true, false, '2028-12-31'],
      ['filed', '110105', true, false, '2028-12-31'],
    ]);
    expect(imported[0]!.filedAt!.toISOString()).toBe('2021-09-14T16:00:00.000Z');
    const importedClasses = await t.database.db.select().from(classes).where(inArray(classes.institutionId, imported.map((i) => i.id)));
    expect(importedClasses.map((c) => c.capacity).sort()).toEqual([15, 15, 20, 20]);
    const importedRegistrations = await t.database.db.select().from(registrations).where(inArray(registrations.institutionId, imported.map((i) => i.id)));
    expect(importedRegistrations.map((r) => [r.source, r.registrationDate])).toEqual([
      ['import', '2021-06-01'],
      ['import', '2021-06-01'],
    ]);
    expect((await commit('city', job.id, 'validRowsOnly')).json()).toMatchObject({ status: 409, code: 'IMPORT_NOT_READY' });
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, job.id))).map((e) => e.action);
    expect(actions).toEqual(['imports.upload', 'imports.commit', 'imports.complete']);
  });

  it('writes nothing when another import took a code after validation, and says so', async () => {
    const rows = [row(), row()];
    const job = await settle('city', (await upload('city', rows)).json().id);
    expect(job.errorRows).toBe(0);
    const rival = await settle('city', (await upload('city', [rows[1]!])).json().id);
    await commit('city', rival.id, 'allOrNothing');
    expect(await settle('city', rival.id)).toMatchObject({ status: 'completed' });
    expect((await commit('city', job.id, 'allOrNothing')).statusCode).toBe(202);
    const after = await settle('city', job.id);
    expect(after).toMatchObject({ status: 'validated', failureCode: 'IMPORT_ROWS_CHANGED', validRows: 1, errorRows: 1, importedRows: 0 });
    expect(after.failureMessage).toContain('没有写入任何数据');
    expect(await t.database.db.select().from(institutions).where(eq(institutions.creditCode, rows[0]!.creditCode!))).toHaveLength(0);
    expect(await problemsOf('city', job.id)).toEqual(['3 creditCode creditCodeTaken', '3 filingNumber filingNumberTaken']);
  });

  it('shows progress in batches until every row is validated', async () => {
    const rows = Array.from({ length: 1200 }, () => row());
    const id = (await upload('city', rows)).json().id;
    const seen: number[] = [];
    const job = await settle('city', id, seen);
    expect(job).toMatchObject({ status: 'validated', processedRows: 1200, validRows: 1200, progress: 100 });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(100);
    expect((await commit('city', id, 'allOrNothing')).statusCode).toBe(202);
    expect(await settle('city', id)).toMatchObject({ status: 'completed', importedRows: 1200 });
  }, 120_000);

  it('keeps imports within the importer’s jurisdiction', async () => {
    const rows = [row({ subdistrictCode: '110108001', lat: '39.96', lng: '116.30' })];
    const job = await settle('chaoyang', (await upload('chaoyang', rows)).json().id);
    expect(await problemsOf('chaoyang', job.id)).toEqual(['2 subdistrictCode outsideJurisdiction']);
    expect((await get('haidian', `/imports/${job.id}`)).statusCode).toBe(404);
    expect((await get('haidian', '/imports')).json().items.map((j: { id: string }) => j.id)).not.toContain(job.id);
    expect((await get('chaoyang', '/imports')).json().items.map((j: { id: string }) => j.id)).toContain(job.id);
    expect((await get('family', '/imports')).statusCode).toBe(403);
  });

  it('offers a template whose example row passes', async () => {
    const csv = await get('city', '/imports/template?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const form = new FormData();
    form.append('file', new Blob([csv.rawPayload]), 'template.csv');
    const job = await settle('city', (await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: as.city!.headers, payload: form })).json().id);
    expect(await problemsOf('city', job.id)).toEqual([]);
    expect(job.validRows).toBe(1);
    const xlsx = await get('city', '/imports/template?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
