import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only: each entry's hash covers its content and the previous entry's hash, so an edited
 * or deleted entry breaks the chain (`youyu audit verify`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    ip: text('ip'),
    requestId: text('request_id'),
    /** e.g. auth.signIn, users.create, policies.update, personalData.unmask */
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    jurisdictionCode: text('jurisdiction_code'),
    digestBefore: text('digest_before'),
    digestAfter: text('digest_after'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_actor_idx').on(t.actorUserId), index('audit_log_action_idx').on(t.action), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);
