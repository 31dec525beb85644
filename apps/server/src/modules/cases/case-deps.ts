import type { FastifyBaseLogger } from 'fastify';
import type { Vault } from '../../platform/crypto/index.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';

/**
 * What the cases module needs from outside: texts, evidence storage, the keyed hash for submitters,
 * and the web app's public address (texts link to the look-up page).
 */
export type CaseDeps = { sms: SmsSender; store: ObjectStore; vault: Vault; log: Pick<FastifyBaseLogger, 'warn'>; publicUrl: string };
