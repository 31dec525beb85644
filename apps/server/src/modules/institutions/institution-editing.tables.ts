import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classes, institutions, staff } from './institutions.tables.ts';

/**
 * Which caregivers work in which class: the carer ratio of each class counts them. A caregiver
 * works in one class at a time; leaving the institution or the class's removal ends it.
 */
export const classCaregivers = pgTable(
  'institution_class_caregivers',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'institution_class_caregivers_pkey', columns: [t.classId, t.staffId] }),
    uniqueIndex('institution_class_caregivers_staff_key').on(t.staffId),
    index('institution_class_caregivers_institution_idx').on(t.institutionId),
    index('institution_class_caregivers_district_idx').on(t.districtCode),
  ],
);
