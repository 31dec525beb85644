import type { FastifyRequest } from 'fastify';
import { NATIONAL } from '@youyu/contracts';
import type { RecordScope } from '../../platform/auth/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { PoliciesErrors } from './policies.errors.ts';
import { findVersion } from './policies.repository.ts';
import type { PolicyProfileRow } from './policies.tables.ts';

/**
 * A profile belongs to its jurisdiction: a district regulator reaches its district's override, a
 * city-level actor the city and all its districts. The national rule set belongs to nobody; it
 * passes the scope check so that the service refuses it with NATIONAL_RULES_READ_ONLY instead of
 * a 404 that would deny a record every reader can see.
 */
function scopeOf(request: FastifyRequest, jurisdictionCode: string): RecordScope {
  return { jurisdictionCode: jurisdictionCode === NATIONAL ? (request.actor?.jurisdictionCode ?? null) : jurisdictionCode };
}

/** Scope of the version named by the route's :id. */
export async function versionScope(request: FastifyRequest): Promise<RecordScope | null> {
  const { id } = request.params as { id: string };
  const row = await findVersion(request.server.db, id);
  return row ? scopeOf(request, row.jurisdictionCode) : null;
}

/** Scope of the jurisdiction a new draft is for. */
export async function draftJurisdictionScope(request: FastifyRequest): Promise<RecordScope> {
  const { jurisdictionCode } = request.body as { jurisdictionCode: string };
  return scopeOf(request, jurisdictionCode);
}

export function assertNotNational(jurisdictionCode: string): void {
  if (jurisdictionCode === NATIONAL) throw new DomainError(PoliciesErrors.NATIONAL_RULES_READ_ONLY);
}

/**
 * Only an open draft changes. A stale revision is a CONFLICT even when the version has since been
 * published: every change bumps the revision, so the caller learns someone else acted first.
 */
export function assertDraftAtRevision(row: PolicyProfileRow, revision: number | null): void {
  assertNotNational(row.jurisdictionCode);
  if (revision !== null && row.revision !== revision) throw new DomainError('CONFLICT', { revision: row.revision });
  if (row.status !== 'draft') throw new DomainError(PoliciesErrors.NOT_A_DRAFT, { status: row.status });
}
