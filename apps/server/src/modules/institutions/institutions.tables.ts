import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Certificate, ChildStatus, ClassType, FilingStatus, Grade, InstitutionKind, LegalNature, Ownership, Registrar, ServiceMode, Sex, StaffMemberRole, StaffStatus } from '@youyu/contracts';
import { childStatuses, classTypes, filingStatuses, grades, institutionKinds, legalNatures, ownerships, registrars, serviceModes, sexes, staffMemberRoles, staffStatuses } from '@youyu/contracts';

/** `column in ('a', 'b')` from a vocabulary, so the database refuses values the code does not know. */
const oneOf = (column: string, values: readonly string[]) => sql.raw(`"${column}" in (${values.map((v) => `'${v}'`).join(', ')})`);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** The registry of childcare institutions (托育机构), whatever their kind; the filing workflow moves filingStatus. */
export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** 统一社会信用代码, GB 32100 (checked by checkCreditCode). */
    creditCode: text('credit_code').notNull(),
    legalNature: text('legal_nature').$type<LegalNature>().notNull(),
    registrar: text('registrar').$type<Registrar>().notNull(),
    kind: text('kind').$type<InstitutionKind>().notNull(),
    ownership: text('ownership').$type<Ownership>().notNull(),
    isInclusive: boolean('is_inclusive').notNull().default(false),
    brand: text('brand'),
    address: text('address').notNull(),
    /** WGS-84. */
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    openingHours: text('opening_hours').notNull(),
    serviceModes: text('service_modes').array().$type<ServiceMode[]>().notNull(),
    /** Owned premises, or leased until leaseEndDate (the filing checks ≥ 3 years). */
    isPremisesOwned: boolean('is_premises_owned').notNull(),
    leaseEndDate: date('lease_end_date', { mode: 'string' }),
    floorAreaM2: doublePrecision('floor_area_m2').notNull(),
    hasMeals: boolean('has_meals').notNull(),
    filingStatus: text('filing_status').$type<FilingStatus>().notNull().default('registered'),
    filingNumber: text('filing_number'),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'date' }),
    grade: text('grade').$type<Grade>(),
    ...timestamps,
    /** Optimistic concurrency: every update sends the revision it read. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('institutions_credit_code_key').on(t.creditCode),
    uniqueIndex('institutions_filing_number_key').on(t.filingNumber),
    index('institutions_district_idx').on(t.districtCode),
    index('institutions_subdistrict_idx').on(t.subdistrictCode),
    index('institutions_filing_status_idx').on(t.filingStatus),
    // The map search (register module) narrows to a box around the point before measuring distances.
    index('institutions_location_idx').using('gist', sql`point(${t.lng}, ${t.lat})`),
    check('institutions_legal_nature_check', oneOf('legal_nature', legalNatures)),
    check('institutions_registrar_check', oneOf('registrar', registrars)),
    check('institutions_kind_check', oneOf('kind', institutionKinds)),
    check('institutions_ownership_check', oneOf('ownership', ownerships)),
    check('institutions_filing_status_check', oneOf('filing_status', filingStatuses)),
    check('institutions_grade_check', oneOf('grade', grades)),
    check('institutions_service_modes_check', sql.raw(`"service_modes" <@ array[${serviceModes.map((m) => `'${m}'`).join(', ')}]::text[]`)),
    check('institutions_location_check', sql`${t.lat} between -90 and 90 and ${t.lng} between -180 and 180`),
    check('institutions_premises_check', sql`${t.isPremisesOwned} or ${t.leaseEndDate} is not null`),
    check('institutions_floor_area_check', sql`${t.floorAreaM2} > 0`),
    check('institutions_filed_check', sql`${t.filingStatus} not in ('filed', 'suspended') or (${t.filingNumber} is not null and ${t.filedAt} is not null)`),
  ],
);

/** A class (班级) of one age group; its capacity is the institution's places (托位) in it. */
export const classes = pgTable(
  'institution_classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    name: text('name').notNull(),
    classType: text('class_type').$type<ClassType>().notNull(),
    capacity: integer('capacity').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    ...timestamps,
  },
  (t) => [
    // With the type, capacity and id: the register's class-type filters and free-place counts read the index alone.
    index('institution_classes_institution_idx').on(t.institutionId, t.classType, t.capacity, t.id),
    index('institution_classes_district_idx').on(t.districtCode),
    index('institution_classes_subdistrict_idx').on(t.subdistrictCode),
    // Lets children reference (class, institution) together, so a child's class is always of its institution.
    unique('institution_classes_id_institution_key').on(t.id, t.institutionId),
    check('institution_classes_type_check', oneOf('class_type', classTypes)),
    check('institution_classes_capacity_check', sql`${t.capacity} > 0`),
  ],
);

/** Monthly fee (fen) per institution × class type × service mode. */
export const fees = pgTable(
  'institution_fees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    classType: text('class_type').$type<ClassType>().notNull(),
    serviceMode: text('service_mode').$type<ServiceMode>().notNull(),
    monthlyFeeFen: integer('monthly_fee_fen').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
  },
  (t) => [
    uniqueIndex('institution_fees_key').on(t.institutionId, t.classType, t.serviceMode),
    // The key with the amount: the register's fee filters and fee sort read the index alone.
    index('institution_fees_amount_idx').on(t.institutionId, t.classType, t.serviceMode, t.monthlyFeeFen),
    index('institution_fees_district_idx').on(t.districtCode),
    index('institution_fees_subdistrict_idx').on(t.subdistrictCode),
    check('institution_fees_class_type_check', oneOf('class_type', classTypes)),
    check('institution_fees_service_mode_check', oneOf('service_mode', serviceModes)),
    check('institution_fees_amount_check', sql`${t.monthlyFeeFen} >= 0`),
  ],
);

/** Staff (从业人员). The ID number is encrypted; its keyed hash finds a person across institutions. */
export const staff = pgTable(
  'institution_staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    name: text('name').notNull(),
    role: text('role').$type<StaffMemberRole>().notNull(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    /** Kept beside the cipher so lists never decrypt: 110105********1234. */
    idNumberMasked: text('id_number_masked').notNull(),
    certificates: jsonb('certificates').$type<Certificate[]>().notNull().default([]),
    trainingHours: integer('training_hours').notNull().default(0),
    hiredAt: date('hired_at', { mode: 'string' }).notNull(),
    status: text('status').$type<StaffStatus>().notNull().default('active'),
    leftAt: date('left_at', { mode: 'string' }),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    ...timestamps,
  },
  (t) => [
    index('institution_staff_institution_idx').on(t.institutionId),
    index('institution_staff_district_idx').on(t.districtCode),
    index('institution_staff_subdistrict_idx').on(t.subdistrictCode),
    // One person is active at one institution at a time (no 挂靠 of a certificate at several).
    uniqueIndex('institution_staff_active_person_key').on(t.idNumberHash).where(sql`${t.status} = 'active'`),
    index('institution_staff_id_number_idx').on(t.idNumberHash),
    check('institution_staff_role_check', oneOf('role', staffMemberRoles)),
    check('institution_staff_status_check', oneOf('status', staffStatuses)),
    check('institution_staff_training_check', sql`${t.trainingHours} >= 0`),
    check('institution_staff_left_check', sql`${t.status} = 'active' or ${t.leftAt} is not null`),
  ],
);

/** Children (婴幼儿) known to the registry, with the family account that represents them. */
export const children = pgTable(
  'children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex').$type<Sex>().notNull(),
    idNumberCipher: text('id_number_cipher'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    familyUserId: uuid('family_user_id').notNull(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    classId: uuid('class_id'),
    enrolledAt: date('enrolled_at', { mode: 'string' }),
    status: text('status').$type<ChildStatus>().notNull().default('notEnrolled'),
    guardianName: text('guardian_name').notNull(),
    guardianPhone: text('guardian_phone').notNull(),
    /** Of the institution while enrolled there; null otherwise. */
    districtCode: text('district_code'),
    subdistrictCode: text('subdistrict_code'),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: 'children_class_fk', columns: [t.classId, t.institutionId], foreignColumns: [classes.id, classes.institutionId] }),
    uniqueIndex('children_id_number_key').on(t.idNumberHash),
    index('children_family_idx').on(t.familyUserId),
    index('children_institution_idx').on(t.institutionId),
    index('children_class_idx').on(t.classId),
    // Enrolled children per class, counted from the index alone for every class's free places.
    index('children_enrolled_class_idx').on(t.classId).where(sql`${t.status} = 'enrolled'`),
    index('children_district_idx').on(t.districtCode),
    index('children_subdistrict_idx').on(t.subdistrictCode),
    check('children_sex_check', oneOf('sex', sexes)),
    check('children_status_check', oneOf('status', childStatuses)),
    check('children_id_number_check', sql`(${t.idNumberCipher} is null) = (${t.idNumberHash} is null) and (${t.idNumberCipher} is null) = (${t.idNumberMasked} is null)`),
    check('children_enrolment_check', sql`${t.status} <> 'enrolled' or (${t.institutionId} is not null and ${t.classId} is not null and ${t.enrolledAt} is not null)`),
  ],
);
