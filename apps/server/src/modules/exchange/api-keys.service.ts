import type { ApiKey, ApiKeyList, CreateApiKeyBody, CreatedApiKey, Registrar } from '@youyu/contracts';
import { recordAudit, recordAuditAlone } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { hitRateLimit, peekRateLimit } from '../../platform/rate-limit/index.ts';
import { isInReach, reachOf } from '../accounts/index.ts';
import { findJurisdiction } from '../jurisdictions/index.ts';
import { issueApiKey, isSecretMatch, parseApiKey } from './api-key-secret.ts';
import * as repo from './api-keys.repository.ts';
import { ExchangeErrors } from './exchange.errors.ts';

/** The key a push came with, once authenticated. */
export type RegistrarKey = { id: string; prefix: string; registrar: Registrar; jurisdictionCode: string };

const ENTITY = 'registrarApiKey';
// Wrong keys from one address: a few mistakes are fine, guessing is not.
const FAILURE_LIMIT = 30;
const FAILURE_WINDOW_SECONDS = 600;

function toApiKey(row: repo.ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    registrar: row.registrar,
    jurisdictionCode: row.jurisdictionCode,
    prefix: `yyk_${row.prefix}`,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedByName: row.revokedByName,
  };
}

const reachPrefixOf = (ctx: RequestContext) => reachOf({ jurisdictionCode: ctx.actor?.jurisdictionCode ?? null });

export async function listApiKeys(ctx: RequestContext): Promise<ApiKeyList> {
  return { items: (await repo.listApiKeyRows(ctx.db, reachPrefixOf(ctx).prefix)).map(toApiKey) };
}

/** A key for one registrar within a city or district the administrator reaches; the secret is answered once. */
export async function createApiKey(ctx: RequestContext, body: CreateApiKeyBody): Promise<CreatedApiKey> {
  if (!isInReach(reachPrefixOf(ctx), body.jurisdictionCode)) throw new DomainError(ExchangeErrors.JURISDICTION_OUT_OF_REACH);
  const node = await findJurisdiction(ctx.db, body.jurisdictionCode);
  if (!node || (node.level !== 'city' && node.level !== 'district')) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.jurisdictionCode', code: 'invalid_value' }]);
  }
  const issued = issueApiKey();
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertApiKey(tx, {
      name: body.name,
      registrar: body.registrar,
      jurisdictionCode: body.jurisdictionCode,
      prefix: issued.prefix,
      secretHash: issued.secretHash,
      createdBy: ctx.actor?.userId ?? null,
      createdByName: ctx.actor?.displayName ?? null,
    });
    await recordAudit(tx, ctx, { action: 'exchange.apiKey.create', entityType: ENTITY, entityId: inserted.id, jurisdictionCode: inserted.jurisdictionCode, after: toApiKey(inserted), details: { registrar: inserted.registrar } });
    return inserted;
  });
  return { apiKey: toApiKey(row), secret: issued.secret };
}

export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  const current = await repo.findApiKeyById(ctx.db, id);
  if (!current || !isInReach(reachPrefixOf(ctx), current.jurisdictionCode)) throw notFound();
  return ctx.db.transaction(async (tx) => {
    const revoked = await repo.revokeApiKeyRow(tx, id, ctx.actor?.displayName ?? null);
    if (!revoked) throw new DomainError(ExchangeErrors.API_KEY_ALREADY_REVOKED);
    await recordAudit(tx, ctx, { action: 'exchange.apiKey.revoke', entityType: ENTITY, entityId: id, jurisdictionCode: revoked.jurisdictionCode, before: toApiKey(current), after: toApiKey(revoked) });
    return toApiKey(revoked);
  });
}

/**
 * Checks the X-Api-Key header of a push. Failures are audited and counted per address; past the
 * limit the address waits, so keys cannot be guessed.
 */
export async function authenticateApiKey(ctx: RequestContext, header: string | string[] | undefined): Promise<RegistrarKey> {
  if (typeof header !== 'string' || header.trim() === '') throw new DomainError(ExchangeErrors.API_KEY_MISSING);
  const failures = `exchange:api-key-failures:${ctx.ip}`;
  const gate = await peekRateLimit(ctx.db, failures, FAILURE_LIMIT);
  if (!gate.allowed) throw new DomainError('RATE_LIMITED', { retryAfterSeconds: gate.retryAfterSeconds });
  const parsed = parseApiKey(header);
  const row = parsed ? await repo.findApiKeyByPrefix(ctx.db, parsed.prefix) : undefined;
  const refusal = !row || !isSecretMatch(parsed!.secretPart, row.secretHash) ? ExchangeErrors.API_KEY_INVALID : row.revokedAt ? ExchangeErrors.API_KEY_REVOKED : null;
  if (refusal) {
    await hitRateLimit(ctx.db, failures, FAILURE_LIMIT, FAILURE_WINDOW_SECONDS);
    await recordAuditAlone(ctx, { action: 'exchange.apiKey.authenticate', outcome: 'denied', entityType: ENTITY, entityId: row?.id, username: parsed ? `yyk_${parsed.prefix}` : undefined, details: { code: refusal } });
    throw new DomainError(refusal);
  }
  await repo.touchApiKey(ctx.db, row!.id);
  return { id: row!.id, prefix: `yyk_${row!.prefix}`, registrar: row!.registrar, jurisdictionCode: row!.jurisdictionCode };
}
