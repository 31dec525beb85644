import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { registrars, registrationOutcomes, registrationSources, type Registrar, type RegistrationOutcome, type RegistrationPushResult, type RegistrationSource } from '@youyu/contracts';
import { oneOf } from '../../platform/db/columns.ts';

/**
 * A registrar system's key to the data-exchange API. Only a SHA-256 of the secret part is kept;
 * the prefix (stored plainly) finds the row and lets people tell keys apart.
 */
export const apiKeys = pgTable(
  'registrar_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    registrar: text('registrar').$type<Registrar>().notNull(),
    jurisdictionCode: text('jurisdiction_code').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    revokedByName: text('revoked_by_name'),
  },
  (t) => [uniqueIndex('registrar_api_keys_prefix_key').on(t.prefix), check('registrar_api_keys_registrar_check', oneOf('registrar', registrars))],
);

/**
 * Every registration event received, once: (registrar, event id) is unique, so an event sent again
 * finds its row and gets the answer it got the first time (`result`), and two identical events
 * arriving together leave one row. The digest tells a true replay from a reused id.
 */
export const registrationEvents = pgTable(
  'registration_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrar: text('registrar').$type<Registrar>().notNull(),
    eventId: text('event_id').notNull(),
    source: text('source').$type<RegistrationSource>().notNull(),
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id),
    uploadedBy: uuid('uploaded_by'),
    creditCode: text('credit_code').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    payloadDigest: text('payload_digest').notNull(),
    outcome: text('outcome').$type<RegistrationOutcome>(),
    result: jsonb('result').$type<Omit<RegistrationPushResult, 'isReplay'>>(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('registration_events_event_key').on(t.registrar, t.eventId),
    index('registration_events_credit_code_idx').on(t.creditCode),
    check('registration_events_source_check', oneOf('source', registrationSources)),
    check('registration_events_outcome_check', oneOf('outcome', registrationOutcomes)),
  ],
);
