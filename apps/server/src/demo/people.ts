import type { Certificate, CertificateLevel, ClassType, StaffMemberRole } from '@youyu/contracts';
import { REFERENCE_DATE, type CityPlan } from './city-plans.ts';
import { addDays, daysBetween, instantOn } from './dates.ts';
import type { IdNumberFactory } from './id-numbers.ts';
import { personName, surname, type PersonSex } from './names.ts';
import type { Random } from './prng.ts';
import type { ChildPlain, ClassRow, FamilyPlain, InstitutionRow, StaffPlain } from './types.ts';

const LEVELS: Partial<Record<CertificateLevel, number>> = { level5: 0.45, level4: 0.35, level3: 0.15, level2: 0.05 };
// Age at the reference date, in months, of the children a class takes.
const AGE_MONTHS: Record<ClassType, [number, number]> = { infantClass: [6, 12], toddlerClass: [12, 24], twosClass: [24, 36], mixedClass: [18, 36] };

/** Phones of the demo city: 13800000000–13800999999, a range the demo never sends to (SMS goes to the outbox). */
export const familyPhone = (index: number) => `13800${String(index).padStart(6, '0')}`;
export const institutionPhone = (index: number) => `13800${String(900_000 + index).padStart(6, '0')}`;

export class PeopleFactory {
  readonly staff: StaffPlain[] = [];
  readonly children: ChildPlain[] = [];
  readonly families: FamilyPlain[] = [];

  constructor(
    private readonly random: Random,
    private readonly plan: CityPlan,
    private readonly ids: IdNumberFactory,
  ) {}

  private birthDateAtAge(minYears: number, maxYears: number): string {
    return addDays(REFERENCE_DATE, -this.random.int(Math.round(minYears * 365.25), Math.round(maxYears * 365.25)));
  }

  private certificates(role: StaffMemberRole): Certificate[] {
    const rate = role === 'caregiver' ? this.plan.certifiedCaregivers : role === 'director' ? 0.6 : 0;
    if (!this.random.chance(rate)) return [];
    const first: Certificate = { kind: this.random.chance(0.55) ? 'nurseryCaregiverCert' : 'infantCareWorkerCert', level: this.random.weighted(LEVELS) };
    if (!this.random.chance(0.1)) return [first];
    return [first, { kind: first.kind === 'nurseryCaregiverCert' ? 'infantCareWorkerCert' : 'nurseryCaregiverCert', level: this.random.weighted(LEVELS) }];
  }

  private trainingHours(role: StaffMemberRole, isCertified: boolean): number {
    if (role === 'director') return Math.round(this.random.around(90, 60, 20, 240));
    if (role === 'caregiver') return Math.round(isCertified ? this.random.around(150, 80, 60, 320) : this.random.around(70, 70, 0, 200));
    return Math.round(this.random.around(40, 40, 0, 120));
  }

  /** The director first: the institution's contact is its director. */
  directorName(): { name: string; sex: PersonSex } {
    const sex: PersonSex = this.random.chance(0.85) ? 'female' : 'male';
    return { name: personName(this.random, 'adult', sex), sex };
  }

  addStaff(institution: InstitutionRow, role: StaffMemberRole, person?: { name: string; sex: PersonSex }): StaffPlain {
    const sex: PersonSex = person?.sex ?? (this.random.chance(role === 'caregiver' ? 0.95 : 0.7) ? 'female' : 'male');
    const certificates = this.certificates(role);
    const createdOn = institution.createdAt!.toISOString().slice(0, 10);
    // The director opened the institution; the others joined since.
    const hiredAt = role === 'director' ? createdOn : addDays(createdOn, this.random.int(0, Math.max(0, daysBetween(createdOn, REFERENCE_DATE) - 1)));
    const row: StaffPlain = {
      id: this.random.uuid(),
      institutionId: institution.id,
      name: person?.name ?? personName(this.random, 'adult', sex),
      role,
      idNumber: this.ids.issue(this.birthDateAtAge(20, 56), sex, 0.6),
      certificates,
      trainingHours: this.trainingHours(role, certificates.length > 0),
      hiredAt,
      status: 'active',
      leftAt: null,
      districtCode: institution.districtCode,
      subdistrictCode: institution.subdistrictCode,
      createdAt: institution.createdAt,
      updatedAt: institution.createdAt,
    };
    this.staff.push(row);
    return row;
  }

  /**
   * A person who worked at an earlier institution and left before joining this one: the same ID
   * number, one active record. The registry keeps the history; the active record is unique.
   */
  addEarlierJob(person: StaffPlain, earlier: InstitutionRow) {
    const leftAt = addDays(person.hiredAt, -this.random.int(1, 60));
    const earlierCreated = earlier.createdAt!.toISOString().slice(0, 10);
    if (leftAt <= earlierCreated) return;
    this.staff.push({
      ...person,
      id: this.random.uuid(),
      institutionId: earlier.id,
      hiredAt: addDays(earlierCreated, this.random.int(0, daysBetween(earlierCreated, leftAt))),
      status: 'left',
      leftAt,
      districtCode: earlier.districtCode,
      subdistrictCode: earlier.subdistrictCode,
      createdAt: earlier.createdAt,
      updatedAt: earlier.createdAt,
    });
  }

  /** A child of the right age for the class, with a family account and a guardian to call. */
  enrol(institution: InstitutionRow, klass: ClassRow) {
    const [minMonths, maxMonths] = AGE_MONTHS[klass.classType!];
    const birthDate = addDays(REFERENCE_DATE, -this.random.int(Math.round(minMonths * 30.44), Math.round(maxMonths * 30.44) - 1));
    const ageDays = daysBetween(birthDate, REFERENCE_DATE);
    const enrolledAt = addDays(REFERENCE_DATE, -this.random.int(0, Math.max(0, Math.min(ageDays - 183, 540))));
    const sex: PersonSex = this.random.chance(0.51) ? 'male' : 'female';
    const fatherSurname = surname(this.random);
    const isMother = this.random.chance(0.65);
    const guardianName = isMother ? personName(this.random, 'adult', 'female') : personName(this.random, 'adult', 'male', fatherSurname);
    const family: FamilyPlain = { id: this.random.uuid(), phone: familyPhone(this.families.length), displayName: guardianName };
    this.families.push(family);
    const hasIdNumber = this.random.chance(0.92);
    this.children.push({
      id: this.random.uuid(),
      name: personName(this.random, 'child', sex, fatherSurname),
      birthDate,
      sex,
      idNumber: hasIdNumber ? this.ids.issue(birthDate, sex, 0.85) : null,
      familyUserId: family.id,
      institutionId: institution.id,
      classId: klass.id,
      enrolledAt,
      status: 'enrolled',
      guardianName,
      guardianPhone: family.phone,
      districtCode: institution.districtCode,
      subdistrictCode: institution.subdistrictCode,
      createdAt: instantOn(enrolledAt, 9),
      updatedAt: instantOn(enrolledAt, 9),
    });
  }
}
