import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/database.ts';
import { systemContext } from '../../platform/http/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { getPolicyValue, installShippedProfiles, resolvePolicy } from './index.ts';
import { getEffectivePolicies } from './policies.service.ts';
import { policyProfileVersions } from './policies.tables.ts';
import { auditActions } from './test-support.ts';

const onDate = '2024-06-01';

describe('shipped policy profiles', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  const versionCount = async () => (await database.db.select({ n: count() }).from(policyProfileVersions))[0]!.n;
  const auditCount = async () => (await auditActions(database, { action: 'policies.installShipped' })).length;

  it('installs the national rule set alone, then a city, each once and audited', async () => {
    expect(await installShippedProfiles(database.db)).toEqual({ installed: ['national/2019'] });
    expect(await installShippedProfiles(database.db, 'beijing')).toEqual({ installed: ['beijing/2023', 'miyun/2020'] });
    expect(await installShippedProfiles(database.db, 'beijing')).toEqual({ installed: [] });
    // Installations racing each other (two servers starting) still install each profile once.
    const racing = await Promise.all([installShippedProfiles(database.db, 'tianjin'), installShippedProfiles(database.db, 'tianjin')]);
    expect(racing.flatMap((r) => r.installed)).toEqual(['tianjin/2021']);
    await installShippedProfiles(database.db, 'chongqing');
    expect(await versionCount()).toBe(5);
    expect(await auditCount()).toBe(5);
  });

  it('resolves a district through its override, its city and the national rules', async () => {
    const miyun = await resolvePolicy(database.db, '110118', onDate);
    expect(miyun.sources.map((s) => [s.level, s.jurisdictionCode])).toEqual([
      ['national', 'national'],
      ['city', '110000'],
      ['district', '110118'],
    ]);
    expect(miyun.values['targets.subdistrictCoverage']).toMatchObject({ value: { 2025: 85 }, level: 'district', jurisdictionCode: '110118' });
    expect(miyun.values['fees.publicFeeCapShareOfIncome']).toMatchObject({ value: 20, level: 'city', basis: { document: expect.stringContaining('北京市卫生健康委员会') } });
    expect(miyun.values['classRules.infantCarerRatio']).toMatchObject({ value: '1:3', level: 'national', basis: { isSecondHand: true, article: '第19—20条' } });

    // A subdistrict resolves through its district; a district without an override through its city.
    expect((await getPolicyValue(database.db, '110118001', 'targets.subdistrictCoverage', onDate)).value).toEqual({ 2023: null, 2024: null, 2025: 85 });
    expect((await getPolicyValue(database.db, '110105', 'targets.subdistrictCoverage', onDate)).value).toEqual({ 2023: null, 2024: null, 2025: 100 });
  });

  it('keeps years a plan leaves open null, and notes where a document gives no number', async () => {
    const chongqing = await resolvePolicy(database.db, '500000', onDate);
    expect(chongqing.values['targets.kindergartensOfferingChildcare']!.value).toEqual({ 2023: 30, 2024: 35, 2025: 40 });
    expect(chongqing.values['targets.placesPer1000']!.value).toEqual({ 2023: null, 2024: null, 2025: 4.5 });
    expect(chongqing.values['subsidies.operatingInfantClass']!.value).toBe(90_000);
    const rent = (await resolvePolicy(database.db, '110000', onDate)).values['subsidies.rent']!;
    expect(rent).toMatchObject({ value: null, level: 'city', basis: { noteKey: 'policies:notes.amountNotPublished' } });
    // The mixed-class ratio is not set nationally: no level sets it, the national note says so.
    expect((await resolvePolicy(database.db, '120101', onDate)).values['classRules.mixedCarerRatio']).toMatchObject({ value: null, level: 'national' });
  });

  it('applies a profile only from its effective date', async () => {
    const before = await resolvePolicy(database.db, '110105', '2023-03-24');
    expect(before.sources.map((s) => s.level)).toEqual(['national']);
    expect(before.values['fees.publicFeeCapShareOfIncome']).toMatchObject({ value: null, level: null });
  });

  it('leaves internal keys out of the public view', async () => {
    const ctx = systemContext(database.db);
    const publicView = await getEffectivePolicies(ctx, { jurisdiction: '500000', date: onDate }, { publicOnly: true });
    const staffView = await getEffectivePolicies(ctx, { jurisdiction: '500000', date: onDate }, { publicOnly: false });
    expect(publicView.values['fees.publicFeePricing']!.value).toBe('governmentGuided');
    expect(publicView.values['catchment.acceptableDistance']!.value).toBe(3000);
    expect(publicView.values['subsidies.cityShare']).toBeUndefined();
    expect(publicView.values['quality.gradingEnabled']).toBeUndefined();
    expect(staffView.values['quality.gradingEnabled']!.value).toBe(true);
  });
});
