import type { RegistrationPush, RegistrationPushResult, RegistrationQueuePage, RegistrationQueueQuery } from '@youyu/contracts';
import { digestOf, recordAudit, recordAuditAlone } from '../../platform/audit/index.ts';
import { DomainError, notFound, type FieldError } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { hitRateLimit } from '../../platform/rate-limit/index.ts';
import { problemMessage, type CellProblem } from '../imports/index.ts';
import type { RegistrarKey } from './api-keys.service.ts';
import { ExchangeErrors } from './exchange.errors.ts';
import { isMobile, type Invitations } from './invitations.ts';
import { checkRegistration, placeResolver } from './registration-checks.ts';
import { receiveEvent, replayOf } from './registration-events.ts';
import * as repo from './registrations.repository.ts';

const ENTITY = 'institution';

function invalid(ctx: RequestContext, problems: CellProblem[]): DomainError {
  const fieldErrors: FieldError[] = problems.map((p) => ({ path: p.field ? `body.${p.field}` : 'body', code: p.code, message: problemMessage(ctx.locale, p) }));
  return new DomainError(ExchangeErrors.REGISTRATION_INVALID, { count: fieldErrors.length, first: fieldErrors[0]?.message ?? '' }, fieldErrors);
}

/**
 * A registrar's push. A replay (same registrar and event id, same content) answers what the first
 * delivery answered and changes nothing; a new registration is 201 and invites the institution to
 * file; an update or an event older than the last one applied is 200.
 */
export async function receivePush(ctx: RequestContext, invitations: Invitations, key: RegistrarKey, body: RegistrationPush): Promise<{ status: 200 | 201; result: RegistrationPushResult }> {
  if (body.registrar !== key.registrar) throw new DomainError(ExchangeErrors.REGISTRAR_MISMATCH, { registrar: key.registrar });
  const digest = digestOf(body)!;
  const prior = await repo.findEvent(ctx.db, key.registrar, body.eventId);
  if (prior) return { status: 200, result: replayOf(prior, digest).result };

  const { eventId, occurredAt, ...facts } = body;
  const checked = await checkRegistration(placeResolver(ctx.db), facts, key.jurisdictionCode);
  if (!checked.ok) throw invalid(ctx, checked.problems);
  const received = await ctx.db.transaction(async (tx) => {
    const outcome = await receiveEvent(tx, { registrar: key.registrar, eventId, source: 'push', apiKeyId: key.id, uploadedBy: null, occurredAt: new Date(occurredAt), digest, registration: checked.registration });
    if (outcome.isNew) {
      await recordAudit(tx, ctx, {
        action: 'exchange.registration.receive',
        entityType: ENTITY,
        entityId: outcome.result.institutionId,
        jurisdictionCode: checked.registration.place.subdistrictCode,
        after: checked.registration.facts,
        username: key.prefix,
        details: { registrar: key.registrar, eventId, source: 'push', outcome: outcome.result.outcome },
      });
    }
    return outcome;
  });
  const { result } = received;
  const isCreated = received.isNew && result.outcome === 'created';
  if (isCreated) await invitations.send(ctx.db, { registrationId: result.registrationId, name: checked.registration.facts.name, contactPhone: checked.registration.facts.contactPhone });
  return { status: isCreated ? 201 : 200, result };
}

/** Calendar days from an ISO date to today in China. */
const daysSince = (isoDate: string) => Math.floor((Date.now() + 8 * 3600_000 - Date.parse(`${isoDate}T00:00:00Z`)) / 86_400_000);

/** Institutions registered and not filed within the caller's jurisdiction. */
export async function listRegistrationQueue(ctx: RequestContext, query: RegistrationQueueQuery): Promise<RegistrationQueuePage> {
  const code = ctx.actor?.jurisdictionCode;
  if (!code) return { items: [], total: 0 };
  const { items, total } = await repo.listQueueRows(ctx.db, code, query);
  return {
    total,
    items: items.map((row) => ({
      ...row,
      receivedAt: row.receivedAt?.toISOString() ?? null,
      invitedAt: row.invitedAt?.toISOString() ?? null,
      daysWaiting: row.registrationDate ? daysSince(row.registrationDate) : null,
    })),
  };
}

// One invitation an hour per institution: a reminder, not a stream of messages.
const INVITATION_INTERVAL_SECONDS = 3600;

/** Sends the invitation to file again, to an institution within scope that has not filed. */
export async function resendInvitation(ctx: RequestContext, invitations: Invitations, institutionId: string): Promise<{ invitedAt: string }> {
  const target = await repo.findInvitationTarget(ctx.db, institutionId);
  if (!target) throw notFound();
  if (['filed', 'suspended', 'withdrawn'].includes(target.filingStatus)) throw new DomainError(ExchangeErrors.ALREADY_FILED);
  if (!isMobile(target.contactPhone)) throw new DomainError(ExchangeErrors.CONTACT_NOT_MOBILE);
  const gate = await hitRateLimit(ctx.db, `exchange:invitation:${institutionId}`, 1, INVITATION_INTERVAL_SECONDS);
  if (!gate.allowed) throw new DomainError(ExchangeErrors.INVITATION_TOO_SOON, { retryAfterSeconds: gate.retryAfterSeconds, minutes: Math.ceil(gate.retryAfterSeconds / 60) });
  // Sent outside any transaction: the message goes out once, whatever happens to the audit entry.
  const invitedAt = await invitations.send(ctx.db, target);
  if (!invitedAt) throw new DomainError('SERVICE_UNAVAILABLE');
  await recordAuditAlone(ctx, { action: 'exchange.registration.invite', entityType: ENTITY, entityId: institutionId, jurisdictionCode: target.subdistrictCode });
  return { invitedAt: invitedAt.toISOString() };
}
