import type { FastifyRequest } from 'fastify';
import { NATIONAL } from '@youyu/contracts';
import { isInScope, type Actor, type RecordScope } from '../../platform/auth/index.ts';
import { levelOfCode } from '../jurisdictions/index.ts';
import { findDocumentJurisdiction } from './policy-library.repository.ts';

/**
 * Who edits a document: the regulators of its jurisdiction and above. A district regulator edits
 * its district's documents; a city-level one the city's, its districts', and the national
 * documents the city's library carries (nobody above a city works in this system). Everyone
 * holding the permission reads every document.
 */
function scopeOf(actor: Actor | null, jurisdictionCode: string): RecordScope {
  if (jurisdictionCode !== NATIONAL) return { jurisdictionCode };
  const actorCode = actor?.jurisdictionCode;
  const isCityLevel = !!actorCode && actorCode.length === 6 && levelOfCode(actorCode) === 'city';
  return { jurisdictionCode: isCityLevel ? actorCode : null };
}

export function canEditDocument(actor: Actor | null, jurisdictionCode: string): boolean {
  return !!actor && isInScope(actor, scopeOf(actor, jurisdictionCode));
}

/** Scope of the document named by the route's :id; unknown or malformed ids are not found. */
export async function documentScope(request: FastifyRequest): Promise<RecordScope | null> {
  const { id } = request.params as { id: string };
  const jurisdictionCode = await findDocumentJurisdiction(request.server.db, id);
  return jurisdictionCode === null ? null : scopeOf(request.actor, jurisdictionCode);
}

/** Scope of the jurisdiction a new document is for. */
export async function newDocumentScope(request: FastifyRequest): Promise<RecordScope> {
  return scopeOf(request.actor, (request.body as { jurisdictionCode: string }).jurisdictionCode);
}
