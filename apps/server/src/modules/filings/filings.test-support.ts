import { randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter, type FilingStatus, type InstitutionKind } from '@youyu/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type TestUserInput } from '../../../test/sign-in.ts';
import { idNumberCheckCharacter } from '../../platform/crypto/index.ts';
import { insertRegistryRows } from '../institutions/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { installShippedProfiles } from '../policies/index.ts';

/** For the filing tests: Beijing's jurisdictions and shipped rules, registered institutions, callers. */

export const CHAOYANG = { districtCode: '110105', subdistrictCode: '110105002' };
export const HAIDIAN = { districtCode: '110108', subdistrictCode: '110108001' };
/** Inside 朝阳区 建国门外 (110105002) on the shipped boundaries. */
export const CHAOYANG_POINT = { lat: 39.921, lng: 116.443 };

export async function setUpBeijing(t: TestApp): Promise<void> {
  await importJurisdictions(t.database.db, 'beijing');
  await installShippedProfiles(t.database.db, 'beijing');
}

let serial = 0;
const uniqueSuffix = () => `${process.pid % 1000}${(serial += 1)}`.padStart(6, '0').slice(-6);

/** A valid credit code, unique within the test run. */
export function testCreditCode(districtCode: string): string {
  const body = `91${districtCode}MA${uniqueSuffix()}X`;
  return body + creditCodeCheckCharacter(body);
}

/** A valid ID number with a distinct sequence. */
export function testIdNumber(n: number, birthDate = '1990-05-12'): string {
  const body = `110105${birthDate.replaceAll('-', '')}${String(n % 1000).padStart(3, '0')}`;
  return body + idNumberCheckCharacter(body);
}
let idSerial = 100 + Math.floor(Math.random() * 800);
export const nextIdNumber = () => testIdNumber((idSerial += 1), `19${80 + (idSerial % 15)}-0${1 + (idSerial % 9)}-1${idSerial % 10}`);

/** A registered institution as a registrar's push leaves it: placeholders where the registrar says nothing. */
export async function registeredInstitution(t: TestApp, place: { districtCode: string; subdistrictCode: string }, options: { kind?: InstitutionKind; name?: string; filingStatus?: FilingStatus } = {}): Promise<string> {
  const id = randomUUID();
  await insertRegistryRows(t.database.db, {
    institutions: [
      {
        id,
        name: options.name ?? `备案测试托育园${uniqueSuffix()}`,
        creditCode: testCreditCode(place.districtCode),
        legalNature: 'forProfit',
        registrar: 'marketRegulation',
        kind: options.kind ?? 'socialCapital',
        ownership: 'private',
        address: '登记地址',
        lat: CHAOYANG_POINT.lat,
        lng: CHAOYANG_POINT.lng,
        ...place,
        contactName: '赵园长',
        contactPhone: '13800138000',
        openingHours: '',
        serviceModes: [],
        isPremisesOwned: true,
        floorAreaM2: 1,
        hasMeals: false,
        filingStatus: options.filingStatus ?? 'registered',
      },
    ],
    classes: [],
    fees: [],
    staff: [],
    children: [],
  });
  return id;
}

/** A signed-in caller: inject with its session, `/api/v1` prefixed. */
export type Caller = {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: object): Promise<LightMyRequestResponse>;
  patch(url: string, payload: object): Promise<LightMyRequestResponse>;
  put(url: string, payload: object): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  upload(url: string, fileName: string, body: Buffer): Promise<LightMyRequestResponse>;
  headers: Record<string, string>;
};

export async function callerFor(t: TestApp, input: TestUserInput): Promise<Caller> {
  const user = await createUserForTest(t.database, input);
  const { headers } = await signInAs(t.app, user);
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  return {
    headers,
    get: (url) => send('GET', url),
    post: (url, payload = {}) => send('POST', url, payload),
    patch: (url, payload) => send('PATCH', url, payload),
    put: (url, payload) => send('PUT', url, payload),
    delete: (url) => send('DELETE', url),
    upload: (url, fileName, body) => {
      const boundary = `----youyu${randomUUID()}`;
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        body,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    },
  };
}

export const pdfFile = (text = 'material') => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
export const pngFile = () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** The director's registry entry made ready to file: basics, two classes with caregivers, fees, staff. */
export async function prepareForFiling(director: Caller, institutionId: string): Promise<{ classIds: string[]; caregiverIds: string[]; directorId: string }> {
  const current = (await director.get(`/institutions/${institutionId}`)).json();
  const basics = await director.patch(`/institutions/${institutionId}`, {
    revision: current.revision,
    location: { address: '建国门外大街 1 号', ...CHAOYANG_POINT, subdistrictCode: CHAOYANG.subdistrictCode },
    openingHours: '周一至周五 7:30–17:30',
    serviceModes: ['fullDay', 'halfDay'],
    premises: { tenure: 'leased', leaseEndDate: '2035-12-31', floorAreaM2: 420 },
    hasMeals: true,
  });
  if (basics.statusCode !== 200) throw new Error(`basics: ${basics.body}`);
  const add = async (payload: object) => {
    const res = await director.post(`/institutions/${institutionId}/staff`, payload);
    if (res.statusCode !== 201) throw new Error(`staff: ${res.body}`);
    return res.json().id as string;
  };
  const directorId = await add({ name: '赵园长', role: 'director', idNumber: nextIdNumber(), hiredAt: '2024-01-01', trainingHours: 60 });
  await add({ name: '钱保健', role: 'healthStaff', idNumber: nextIdNumber(), hiredAt: '2024-01-01' });
  const caregiverIds = [];
  for (const name of ['孙保育', '李保育', '周保育', '吴保育', '郑保育']) caregiverIds.push(await add({ name, role: 'caregiver', idNumber: nextIdNumber(), hiredAt: '2024-02-01', certificates: [{ kind: 'nurseryCaregiverCert', level: 'level4' }], trainingHours: 120 }));
  const classIds: string[] = [];
  for (const c of [{ name: '托大一班', classType: 'twosClass', capacity: 20 }, { name: '托小一班', classType: 'toddlerClass', capacity: 10 }]) {
    const res = await director.post(`/institutions/${institutionId}/classes`, c);
    if (res.statusCode !== 201) throw new Error(`class: ${res.body}`);
    classIds.push(res.json().items.find((k: { name: string }) => k.name === c.name).id);
  }
  // 20 twos at 1:7 need 3 caregivers; 10 toddlers at 1:5 need 2.
  await director.put(`/institutions/${institutionId}/classes/${classIds[0]}/caregivers`, { staffIds: caregiverIds.slice(0, 3) });
  await director.put(`/institutions/${institutionId}/classes/${classIds[1]}/caregivers`, { staffIds: caregiverIds.slice(3, 5) });
  const fees = await director.put(`/institutions/${institutionId}/fees`, {
    items: [
      { classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 380_000 },
      { classType: 'toddlerClass', serviceMode: 'fullDay', monthlyFeeFen: 420_000 },
    ],
  });
  if (fees.statusCode !== 200) throw new Error(`fees: ${fees.body}`);
  return { classIds, caregiverIds, directorId };
}

/** Uploads one file per required material and records a qualified health evaluation. */
export async function completeMaterials(director: Caller, filingId: string, categories: string[]): Promise<void> {
  for (const category of categories) {
    const res = await director.upload(`/filings/${filingId}/materials?category=${category}`, `${category}.pdf`, pdfFile(category));
    if (res.statusCode !== 201) throw new Error(`upload ${category}: ${res.body}`);
  }
  const filing = (await director.get(`/filings/${filingId}`)).json();
  const res = await director.patch(`/filings/${filingId}`, { revision: filing.revision, healthEvaluation: { rating: 'qualified', issuedOn: '2025-06-01' } });
  if (res.statusCode !== 200) throw new Error(`health evaluation: ${res.body}`);
}
