import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTOS_PER_INSTITUTION_MAX } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { institutions } from '../institutions/index.ts';
// Test helpers are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';
// eslint-disable-next-line no-restricted-imports
import { callerFor, pdfFile, pngFile, type Caller } from '../filings/filings.test-support.ts';
import { institutionPhotos } from './photos.tables.ts';

const AREA = { districtCode: '110105', subdistrictCode: '110105026' };
const jpegFile = () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);

describe('institution photos', () => {
  let t: TestApp;
  let own: TestInstitution;
  let other: TestInstitution;
  let director: Caller;

  beforeAll(async () => {
    t = await buildTestApp();
    const vault = vaultFromConfig(t.config, () => undefined);
    own = await createTestInstitution(t.database.db, vault, { ...AREA, name: '照片测试托育园' });
    other = await createTestInstitution(t.database.db, vault, { ...AREA, name: '别家托育园' });
    director = await callerFor(t, { role: 'institutionDirector', institutionId: own.id, jurisdictionCode: AREA.subdistrictCode });
  }, 60_000);
  afterAll(() => t.close());

  const publicGet = (url: string) => t.app.inject({ method: 'GET', url });

  it('lets the director upload a photo that the public page lists and anyone can fetch', async () => {
    const res = await director.upload(`/institutions/${own.id}/photos`, '门厅.png', pngFile());
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({ contentType: 'image/png', sizeBytes: pngFile().length, url: `/api/v1/public/institutions/${own.id}/photos/${photo.id}` });
    const detail = (await publicGet(`/api/v1/public/institutions/${own.id}`)).json();
    expect(detail.photos.map((p: { id: string }) => p.id)).toEqual([photo.id]);
    const image = await publicGet(photo.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('public, max-age=86400');
    expect(image.rawPayload.equals(pngFile())).toBe(true);
    expect((await director.get(`/institutions/${own.id}/photos`)).json()).toHaveLength(1);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'institution.photo.upload'));
    expect(entry).toMatchObject({ entityId: own.id, jurisdictionCode: AREA.subdistrictCode });
  });

  it('refuses files that are not JPEG or PNG by their content, empty uploads and requests without a file', async () => {
    const renamed = await director.upload(`/institutions/${own.id}/photos`, 'photo.jpg', pdfFile());
    expect([renamed.statusCode, renamed.json().code]).toEqual([415, 'PHOTO_TYPE_NOT_ALLOWED']);
    const empty = await director.upload(`/institutions/${own.id}/photos`, 'photo.jpg', Buffer.alloc(0));
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'PHOTO_FILE_MISSING']);
    const json = await director.post(`/institutions/${own.id}/photos`, { file: 'x' });
    expect([json.statusCode, json.json().code]).toEqual([400, 'PHOTO_FILE_MISSING']);
    const huge = await director.upload(`/institutions/${own.id}/photos`, 'big.jpg', Buffer.concat([jpegFile(), Buffer.alloc(5 * 1024 * 1024)]));
    expect([huge.statusCode, huge.json().code]).toEqual([413, 'PHOTO_TOO_LARGE']);
  });

  it('keeps at most the configured number of photos', async () => {
    const existing = (await director.get(`/institutions/${own.id}/photos`)).json().length;
    for (let n = existing; n < PHOTOS_PER_INSTITUTION_MAX; n++) expect((await director.upload(`/institutions/${own.id}/photos`, `p${n}.jpg`, jpegFile())).statusCode).toBe(201);
    const over = await director.upload(`/institutions/${own.id}/photos`, 'one-more.jpg', jpegFile());
    expect([over.statusCode, over.json().code]).toEqual([409, 'PHOTOS_LIMIT']);
    expect(await t.database.db.$count(institutionPhotos, eq(institutionPhotos.institutionId, own.id))).toBe(PHOTOS_PER_INSTITUTION_MAX);
  });

  it('removes a photo, after which it is gone for everyone', async () => {
    const [first] = (await director.get(`/institutions/${own.id}/photos`)).json();
    expect((await director.delete(`/institutions/${own.id}/photos/${first.id}`)).statusCode).toBe(204);
    expect((await publicGet(first.url)).statusCode).toBe(404);
    expect((await director.delete(`/institutions/${own.id}/photos/${first.id}`)).statusCode).toBe(404);
  });

  it('keeps another institution’s photos out of reach, and hides photos of an institution taken off the register', async () => {
    expect((await director.upload(`/institutions/${other.id}/photos`, 'x.png', pngFile())).statusCode).toBe(404);
    expect((await director.get(`/institutions/${other.id}/photos`)).statusCode).toBe(404);
    const [photo] = (await director.get(`/institutions/${own.id}/photos`)).json();
    expect((await publicGet(`/api/v1/public/institutions/${other.id}/photos/${photo.id}`)).statusCode).toBe(404);
    expect((await publicGet(`/api/v1/public/institutions/${own.id}/photos/not-a-uuid`)).statusCode).toBe(404);
    await t.database.db.update(institutions).set({ filingStatus: 'suspended' }).where(eq(institutions.id, own.id));
    expect((await publicGet(photo.url)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/institutions/${own.id}/photos` });
    expect(anonymous.statusCode).toBe(401);
  });
});
