import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { CHAOYANG, CHAOYANG_POINT, HAIDIAN, callerFor, nextIdNumber, registeredInstitution, setUpBeijing, type Caller } from './filings.test-support.ts';

/** The director's registry edits and the class rules they enforce, each refusal citing its rule. */
describe('the director’s registry edits', () => {
  let t: TestApp;
  let cityRegulator: Caller;

  beforeAll(async () => {
    t = await buildTestApp();
    await setUpBeijing(t);
    cityRegulator = await callerFor(t, { role: 'regulator', jurisdictionCode: '110000' });
  }, 60_000);
  afterAll(() => t?.close());

  async function directorOf(kind: 'socialCapital' | 'familyPoint' | 'kindergartenClass' = 'socialCapital', place = CHAOYANG) {
    const id = await registeredInstitution(t, place, { kind });
    return { id, director: await callerFor(t, { role: 'institutionDirector', institutionId: id, jurisdictionCode: place.subdistrictCode }) };
  }

  it('refuses a class over its national size limit, citing the rule and its basis', async () => {
    const { id, director } = await directorOf();
    const res = await director.post(`/institutions/${id}/classes`, { name: '托小一班', classType: 'toddlerClass', capacity: 16 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CLASS_TOO_LARGE' });
    expect(res.json().detail).toBe('「托小一班」额定 16 人，超过托小班（12–24 个月）每班不超过 15 人的规定（依据：托育机构设置标准（试行）（国卫人口发〔2019〕58号） 第19—20条（转引，待核实））。');
    expect((await director.post(`/institutions/${id}/classes`, { name: '托小一班', classType: 'toddlerClass', capacity: 15 })).statusCode).toBe(201);
    const grow = await director.post(`/institutions/${id}/classes`, { name: '乳儿班', classType: 'infantClass', capacity: 11 });
    expect(grow.json()).toMatchObject({ code: 'CLASS_TOO_LARGE' });
  });


  it('keeps a family point to five children and one carer per three', async () => {
    const { id, director } = await directorOf('familyPoint');
    expect((await director.post(`/institutions/${id}/classes`, { name: '家庭组', classType: 'mixedClass', capacity: 4 })).statusCode).toBe(201);
    const over = await director.post(`/institutions/${id}/classes`, { name: '第二组', classType: 'mixedClass', capacity: 2 });
    expect(over.json()).toMatchObject({ status: 422, code: 'FAMILY_POINT_TOO_MANY_CHILDREN' });
    expect(over.json().detail).toContain('家庭托育点收托不超过 5 人，调整后共 6 个托位');
    expect(over.json().detail).toContain('家庭托育点管理办法');
    const rosters = (await director.get(`/institutions/${id}/class-rosters`)).json();
    expect(rosters.items[0]).toMatchObject({ capacity: 4, childrenPerCarer: 3, requiredCaregivers: 2 });
  });

  it('takes only 2–3-year-olds into a kindergarten class', async () => {
    const { id, director } = await directorOf('kindergartenClass');
    const res = await director.post(`/institutions/${id}/classes`, { name: '小小班', classType: 'toddlerClass', capacity: 10 });
    expect(res.json()).toMatchObject({ status: 422, code: 'KINDERGARTEN_TWOS_ONLY' });
    expect((await director.post(`/institutions/${id}/classes`, { name: '托班', classType: 'twosClass', capacity: 20 })).statusCode).toBe(201);
    // Turning an institution with toddler classes into a kindergarten class is refused the same way.
    const other = await directorOf();
    await other.director.post(`/institutions/${other.id}/classes`, { name: '托小班', classType: 'toddlerClass', capacity: 10 });
    const revision = (await other.director.get(`/institutions/${other.id}`)).json().revision;
    expect((await other.director.patch(`/institutions/${other.id}`, { revision, kind: 'kindergartenClass' })).json()).toMatchObject({ code: 'KINDERGARTEN_TWOS_ONLY' });
  });

  it('keeps one person at one institution (no lending of certificates) and checks ID numbers', async () => {
    const a = await directorOf();
    const b = await directorOf();
    const idNumber = nextIdNumber();
    const first = await a.director.post(`/institutions/${a.id}/staff`, { name: '王保育', role: 'caregiver', idNumber, hiredAt: '2024-03-01' });
    expect(first.statusCode).toBe(201);
    expect(first.json().idNumberMasked).toMatch(/^110105\*{8}\d{3}[\dX]$/);
    expect((await b.director.post(`/institutions/${b.id}/staff`, { name: '王保育', role: 'caregiver', idNumber, hiredAt: '2024-05-01' })).json()).toMatchObject({ status: 409, code: 'STAFF_ACTIVE_ELSEWHERE' });
    const typo = await b.director.post(`/institutions/${b.id}/staff`, { name: '李四', role: 'caregiver', idNumber: `${idNumber.slice(0, 17)}${idNumber.endsWith('1') ? '2' : '1'}`, hiredAt: '2024-05-01' });
    expect(typo.json()).toMatchObject({ status: 400, code: 'ID_NUMBER_INVALID', errors: [{ path: 'body.idNumber', code: 'checkCharacter' }] });
    // After leaving the first, the person can be hired by the second.
    expect((await a.director.post(`/institutions/${a.id}/staff/${first.json().id}/leave`, { leftAt: '2024-04-30' })).json()).toMatchObject({ status: 'left' });
    expect((await b.director.post(`/institutions/${b.id}/staff`, { name: '王保育', role: 'caregiver', idNumber, hiredAt: '2024-05-01' })).statusCode).toBe(201);
  });

  it('assigns only the institution’s own active caregivers, one class each', async () => {
    const { id, director } = await directorOf();
    const cls = (await director.post(`/institutions/${id}/classes`, { name: 'A', classType: 'twosClass', capacity: 14 })).json().items[0];
    const second = (await director.post(`/institutions/${id}/classes`, { name: 'B', classType: 'twosClass', capacity: 7 })).json().items.find((c: { name: string }) => c.name === 'B');
    const carer = (await director.post(`/institutions/${id}/staff`, { name: '冯保育', role: 'caregiver', idNumber: nextIdNumber(), hiredAt: '2024-03-01' })).json();
    const health = (await director.post(`/institutions/${id}/staff`, { name: '陈保健', role: 'healthStaff', idNumber: nextIdNumber(), hiredAt: '2024-03-01' })).json();
    expect((await director.put(`/institutions/${id}/classes/${cls.id}/caregivers`, { staffIds: [health.id] })).json()).toMatchObject({ code: 'CAREGIVER_NOT_ELIGIBLE', errors: [{ path: 'body.staffIds.0' }] });
    await director.put(`/institutions/${id}/classes/${cls.id}/caregivers`, { staffIds: [carer.id] });
    const moved = (await director.put(`/institutions/${id}/classes/${second.id}/caregivers`, { staffIds: [carer.id] })).json();
    expect(moved.items.map((c: { name: string; caregivers: unknown[]; requiredCaregivers: number }) => [c.name, c.caregivers.length, c.requiredCaregivers])).toEqual([['A', 0, 2], ['B', 1, 1]]);
  });

  it('takes fees only for the class types and service modes the institution offers', async () => {
    const { id, director } = await directorOf();
    const revision = (await director.get(`/institutions/${id}`)).json().revision;
    await director.patch(`/institutions/${id}`, { revision, serviceModes: ['fullDay'], location: { address: '新址', ...CHAOYANG_POINT, subdistrictCode: CHAOYANG.subdistrictCode } });
    await director.post(`/institutions/${id}/classes`, { name: 'A', classType: 'twosClass', capacity: 14 });
    const wrong = await director.put(`/institutions/${id}/fees`, { items: [{ classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 300000 }, { classType: 'infantClass', serviceMode: 'hourly', monthlyFeeFen: 1 }] });
    expect(wrong.json()).toMatchObject({ status: 422, code: 'FEE_NOT_OFFERED', errors: [{ path: 'body.items.1' }] });
    const twice = await director.put(`/institutions/${id}/fees`, { items: [{ classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 1 }, { classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 2 }] });
    expect(twice.json()).toMatchObject({ code: 'FEE_DUPLICATE' });
    expect((await director.put(`/institutions/${id}/fees`, { items: [{ classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 300000 }] })).json()).toEqual({ items: [{ classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 300000 }] });
  });

  it('keeps an institution in its district and refuses stale revisions', async () => {
    const { id, director } = await directorOf();
    const revision = (await director.get(`/institutions/${id}`)).json().revision;
    // A point in 海淀 (Haidian): outside the registered district.
    const moved = await director.patch(`/institutions/${id}`, { revision, location: { address: '中关村', lat: 39.983, lng: 116.316, subdistrictCode: HAIDIAN.subdistrictCode } });
    expect(moved.json()).toMatchObject({ status: 422, code: 'LOCATION_OUTSIDE_DISTRICT' });
    expect((await director.patch(`/institutions/${id}`, { revision, contactName: '新联系人' })).statusCode).toBe(200);
    expect((await director.patch(`/institutions/${id}`, { revision, contactName: '再改' })).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('lets nobody else edit the institution', async () => {
    const { id } = await directorOf();
    const stranger = await directorOf();
    expect((await stranger.director.post(`/institutions/${id}/classes`, { name: 'X', classType: 'twosClass', capacity: 5 })).statusCode).toBe(404);
    expect((await cityRegulator.post(`/institutions/${id}/classes`, { name: 'X', classType: 'twosClass', capacity: 5 })).statusCode).toBe(403);
  });
  // Last: it tightens Beijing's rules for the rest of this database.
  it('applies the city’s tightening of the national rule, citing the city’s basis', async () => {
    const draft = (await cityRegulator.post('/policies/profiles', { jurisdictionCode: '110000' })).json();
    const basis = { document: '北京市托育机构设置标准（测试）', article: '第8条' };
    const edited = await cityRegulator.patch(`/policies/profiles/${draft.id}`, { revision: draft.revision, values: { ...draft.values, 'classRules.twosMaxSize': { value: 16, basis } } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await cityRegulator.post(`/policies/profiles/${draft.id}/publish`, { revision: edited.json().revision })).statusCode).toBe(200);
    const { id, director } = await directorOf();
    const res = await director.post(`/institutions/${id}/classes`, { name: '托大一班', classType: 'twosClass', capacity: 18 });
    expect(res.json()).toMatchObject({ code: 'CLASS_TOO_LARGE' });
    expect(res.json().detail).toContain('不超过 16 人');
    expect(res.json().detail).toContain('北京市托育机构设置标准（测试） 第8条');
    const rosters = (await director.get(`/institutions/${id}/class-rosters`)).json();
    expect(rosters).toEqual({ items: [], places: 0 });
  });
});
