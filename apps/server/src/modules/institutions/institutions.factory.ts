import { randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter, type ClassType, type InstitutionKind, type Ownership } from '@youyu/contracts';
import { idNumberCheckCharacter, maskIdNumber, type Vault } from '../../platform/crypto/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { insertRegistryRows, type RegistryRows } from './bulk.repository.ts';

/** For tests: a valid ID number born on `birthDate` (ISO) with a distinct sequence. */
export function testIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  const body = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return body + idNumberCheckCharacter(body);
}

let serial = 0;
/** A birth date per factory call, so ID numbers stay unique across the institutions of a test file. */
const birthDateFor = (year: number, n: number) => `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((Math.floor(n / 12) % 28) + 1).padStart(2, '0')}`;

export type TestInstitutionInput = {
  districtCode: string;
  subdistrictCode: string;
  name?: string;
  kind?: InstitutionKind;
  ownership?: Ownership;
  isInclusive?: boolean;
  filingStatus?: RegistryRows['institutions'][number]['filingStatus'];
  classes?: { classType: ClassType; capacity: number; enrolled: number }[];
  /** How many staff members (with ID numbers); the first is the director. */
  staff?: number;
  /** Enrolled children without a recorded ID number. */
  childrenWithoutIdNumber?: number;
};

export type TestInstitution = { id: string; classIds: string[]; staff: { id: string; idNumber: string }[]; children: { id: string; idNumber: string | null; name: string }[] };

/**
 * For tests: one institution with classes, staff and enrolled children, stored like the seed
 * stores them (ID numbers encrypted with `vault`, hashed and masked).
 */
export async function createTestInstitution(exec: Executor, vault: Vault, input: TestInstitutionInput): Promise<TestInstitution> {
  serial += 1;
  const id = randomUUID();
  const place = { districtCode: input.districtCode, subdistrictCode: input.subdistrictCode };
  const creditBody = `91${input.districtCode}MA0${String(serial).padStart(6, '0')}`;
  const protect = (idNumber: string) => ({ idNumberCipher: vault.encrypt(idNumber), idNumberHash: vault.lookupHash(idNumber), idNumberMasked: maskIdNumber(idNumber) });
  const isFiled = (input.filingStatus ?? 'filed') === 'filed';
  const rows: RegistryRows = { institutions: [], classes: [], fees: [], staff: [], children: [] };
  rows.institutions.push({
    id,
    name: input.name ?? `测试托育中心${serial}`,
    creditCode: creditBody + creditCodeCheckCharacter(creditBody),
    legalNature: 'forProfit',
    registrar: 'marketRegulation',
    kind: input.kind ?? 'socialCapital',
    ownership: input.ownership ?? 'private',
    isInclusive: input.isInclusive ?? false,
    address: '测试路1号',
    lat: 39.99,
    lng: 116.47,
    ...place,
    contactName: '测试',
    contactPhone: '13800999999',
    openingHours: '周一至周五 8:00–17:00',
    serviceModes: ['fullDay'],
    isPremisesOwned: true,
    floorAreaM2: 300,
    hasMeals: true,
    filingStatus: input.filingStatus ?? 'filed',
    filingNumber: isFiled ? `测托备${serial}` : null,
    filedAt: isFiled ? new Date('2024-01-02T02:00:00Z') : null,
  });
  const classSpecs = input.classes ?? [{ classType: 'twosClass', capacity: 20, enrolled: 2 }];
  const children: TestInstitution['children'] = [];
  const classIds: string[] = [];
  classSpecs.forEach((spec, c) => {
    const classId = randomUUID();
    classIds.push(classId);
    rows.classes.push({ id: classId, institutionId: id, name: `班级${c + 1}`, classType: spec.classType, capacity: spec.capacity, ...place });
    rows.fees.push({ institutionId: id, classType: spec.classType, serviceMode: 'fullDay', monthlyFeeFen: 500_000, ...place });
    for (let k = 0; k < spec.enrolled; k++) {
      const hasIdNumber = k >= (c === 0 ? (input.childrenWithoutIdNumber ?? 0) : 0);
      const idNumber = hasIdNumber ? testIdNumber(input.districtCode, birthDateFor(2023, serial), children.length) : null;
      const child = { id: randomUUID(), idNumber, name: `张小明${children.length + 1}` };
      children.push(child);
      rows.children.push({
        id: child.id,
        name: child.name,
        birthDate: birthDateFor(2023, serial),
        sex: 'male',
        ...(idNumber ? protect(idNumber) : {}),
        familyUserId: randomUUID(),
        institutionId: id,
        classId,
        enrolledAt: '2025-03-01',
        status: 'enrolled',
        guardianName: '李芳',
        guardianPhone: '13800001234',
        ...place,
      });
    }
  });
  const staff = Array.from({ length: input.staff ?? 1 }, (_, k) => ({ id: randomUUID(), idNumber: testIdNumber('130102', birthDateFor(1990, serial), k) }));
  staff.forEach((person, k) => {
    rows.staff.push({ id: person.id, institutionId: id, name: `王芳${k + 1}`, role: k === 0 ? 'director' : 'caregiver', ...protect(person.idNumber), certificates: [{ kind: 'nurseryCaregiverCert', level: 'level4' }], trainingHours: 120, hiredAt: '2024-01-01', ...place });
  });
  await insertRegistryRows(exec, rows);
  return { id, classIds, staff, children };
}
