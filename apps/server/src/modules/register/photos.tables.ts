import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/index.ts';

/** Photos an institution shows on its public page; the bytes live in the object store under storageKey. */
export const institutionPhotos = pgTable(
  'institution_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    contentType: text('content_type').$type<'image/jpeg' | 'image/png'>().notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('institution_photos_institution_idx').on(t.institutionId, t.uploadedAt),
    index('institution_photos_district_idx').on(t.districtCode),
    index('institution_photos_subdistrict_idx').on(t.subdistrictCode),
    check('institution_photos_type_check', sql`${t.contentType} in ('image/jpeg', 'image/png')`),
    check('institution_photos_size_check', sql`${t.sizeBytes} > 0`),
  ],
);
export type PhotoRow = typeof institutionPhotos.$inferSelect;
