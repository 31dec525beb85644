import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated } from '../common/index.ts';

export * from './permissions.ts';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export const AuditOutcome = z.enum(auditOutcomes);

/** A day (Asia/Shanghai) or an exact instant. */
const Instant = z.union([IsoDate, IsoDateTime]);

export const AuditQuery = Page.extend({
  /** From this day or instant, inclusive. */
  from: Instant.optional(),
  /** Up to this day (inclusive) or instant (exclusive). */
  to: Instant.optional(),
  /** A username or an account id. */
  actor: z.string().trim().min(1).max(64).optional(),
  /** An action, e.g. auth.signIn, or a prefix ending in a dot, e.g. users. */
  action: z.string().trim().min(1).max(100).optional(),
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  outcome: AuditOutcome.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    at: IsoDateTime,
    actorUserId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    actorRole: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    outcome: AuditOutcome,
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    jurisdictionCode: z.string().nullable(),
    /** Digests of the record before and after a change (the data itself is not kept here). */
    digestBefore: z.string().nullable(),
    digestAfter: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = paginated(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

export const chainFailureReasons = ['chainBroken', 'contentChanged'] as const;
export const AuditChainReport = z
  .object({ ok: z.boolean(), checked: z.number().int(), firstBadSeq: z.number().int().nullable(), reason: z.enum(chainFailureReasons).nullable() })
  .meta({ id: 'AuditChainReport' });
export type AuditChainReport = z.infer<typeof AuditChainReport>;
