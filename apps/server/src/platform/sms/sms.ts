import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../db/database.ts';
import { maskPhone } from '../crypto/index.ts';
import { smsOutbox } from './sms.tables.ts';

/** A text message by template (the gateway holds the approved wording) and its parameters. */
export type SmsMessage = { phone: string; template: string; params: Record<string, string> };

export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

type Log = Pick<FastifyBaseLogger, 'info'>;

/** Writes each message to sms_outbox and notes it in the log (without its parameters, which may be codes). */
export function createOutboxSender(db: Db, log: Log): SmsSender {
  return {
    async send(message) {
      const [row] = await db.insert(smsOutbox).values(message).returning({ id: smsOutbox.id });
      log.info({ sms: { id: row?.id, phone: maskPhone(message.phone), template: message.template } }, 'SMS queued in sms_outbox');
    },
  };
}

/** The sender this configuration asks for. Only the outbox exists so far; a gateway sender plugs in here. */
export function smsSenderFor(_config: Config, db: Db, log: Log): SmsSender {
  return createOutboxSender(db, log);
}
