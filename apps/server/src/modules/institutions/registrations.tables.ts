import { check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { registrars, registrationSources, type RegistrationFacts, type Registrar, type RegistrationSource } from '@youyu/contracts';
import { oneOf } from '../../platform/db/columns.ts';
import { institutions } from './institutions.tables.ts';

/**
 * An institution's registration (登记) as its registrar reported it: pushed, uploaded in a batch or
 * brought by the city's bulk import. One per institution, keyed by the credit code. `facts` keeps
 * the registrar's record as last applied, beside the institution row the filing then completes.
 */
export const registrations = pgTable(
  'institution_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    creditCode: text('credit_code').notNull(),
    registrar: text('registrar').$type<Registrar>().notNull(),
    registrationDate: date('registration_date', { mode: 'string' }),
    facts: jsonb('facts').$type<Partial<RegistrationFacts>>().notNull(),
    source: text('source').$type<RegistrationSource>().notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    /** When the registrar says the last applied event happened: an older event is not applied. */
    lastEventAt: timestamp('last_event_at', { withTimezone: true, mode: 'date' }),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** When the invitation to file was last sent to the contact phone. */
    invitedAt: timestamp('invited_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('institution_registrations_credit_code_key').on(t.creditCode),
    uniqueIndex('institution_registrations_institution_key').on(t.institutionId),
    index('institution_registrations_district_idx').on(t.districtCode),
    index('institution_registrations_subdistrict_idx').on(t.subdistrictCode),
    check('institution_registrations_registrar_check', oneOf('registrar', registrars)),
    check('institution_registrations_source_check', oneOf('source', registrationSources)),
  ],
);
