import type { Registrar, RegistrationPushResult, RegistrationSource } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { applyRegistration } from '../institutions/index.ts';
import { ExchangeErrors } from './exchange.errors.ts';
import type { CheckedRegistration } from './registration-checks.ts';
import * as repo from './registrations.repository.ts';

export type RegistrationEvent = {
  registrar: Registrar;
  eventId: string;
  source: RegistrationSource;
  apiKeyId: string | null;
  uploadedBy: string | null;
  occurredAt: Date;
  /** Of the event as sent: the same id with other content is a reused id, not a replay. */
  digest: string;
  registration: CheckedRegistration;
};

export type ReceivedEvent = { result: RegistrationPushResult; isNew: boolean };

/** The answer an event got the first time, for a replay of it; a different event under the same id is refused. */
export function replayOf(prior: repo.EventRow, digest: string): ReceivedEvent {
  if (prior.payloadDigest !== digest) throw new DomainError(ExchangeErrors.EVENT_ID_REUSED, { eventId: prior.eventId });
  return { result: { ...prior.result!, isReplay: true }, isNew: false };
}

/**
 * Receives one event inside the caller's transaction: claims its (registrar, event id) and applies
 * the registration, or — when the id was claimed before, even a moment ago by a concurrent request
 * — answers as the first time did. Exactly one registration comes of any number of copies.
 */
export async function receiveEvent(tx: Executor, event: RegistrationEvent): Promise<ReceivedEvent> {
  const { registration } = event;
  const claimedId = await repo.claimEvent(tx, {
    registrar: event.registrar,
    eventId: event.eventId,
    source: event.source,
    apiKeyId: event.apiKeyId,
    uploadedBy: event.uploadedBy,
    creditCode: registration.facts.creditCode,
    occurredAt: event.occurredAt,
    payloadDigest: event.digest,
  });
  if (!claimedId) return replayOf((await repo.findEvent(tx, event.registrar, event.eventId))!, event.digest);
  const applied = await applyRegistration(tx, { ...registration, source: event.source, eventAt: event.occurredAt });
  const result: RegistrationPushResult = {
    ...applied,
    isReplay: false,
    eventId: event.eventId,
    creditCode: registration.facts.creditCode,
    receivedAt: new Date().toISOString(),
  };
  const { isReplay: _isReplay, ...stored } = result;
  await repo.completeEvent(tx, claimedId, stored);
  return { result, isNew: true };
}
