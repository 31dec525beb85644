import type { FastifyBaseLogger } from 'fastify';
import type { Vault } from '../../platform/crypto/index.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';

/** What the cases module needs from outside: texts, evidence storage, the keyed hash for submitters. */
export type CaseDeps = { sms: SmsSender; store: ObjectStore; vault: Vault; log: Pick<FastifyBaseLogger, 'warn'> };
