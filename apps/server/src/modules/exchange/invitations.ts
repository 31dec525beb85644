import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../../platform/db/index.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import { markInvited } from '../institutions/index.ts';

export type InvitationTarget = { registrationId: string | null; name: string; contactPhone: string };

/** Sends the invitation to file (备案) to an institution's contact phone; when it went out, or null. */
export type Invitations = { send(exec: Executor, target: InvitationTarget): Promise<Date | null> };

const MOBILE = /^1[3-9]\d{9}$/;

/** Whether an SMS can reach the number (institutions imported from old systems may list a landline). */
export const isMobile = (phone: string) => MOBILE.test(phone);

/**
 * The invitation goes by SMS: a registered institution has no account in Youyu yet, so there is no
 * inbox to notify. A failed send is logged and leaves `invitedAt` empty, so the queue shows it and
 * the district can send it again; the registration itself stands.
 */
export function invitationsVia(sms: SmsSender, log: Pick<FastifyBaseLogger, 'warn'>): Invitations {
  return {
    async send(exec, target) {
      if (!isMobile(target.contactPhone)) return null;
      try {
        await sms.send({ phone: target.contactPhone, template: 'filing.invitation', params: { name: target.name } });
      } catch (error) {
        log.warn({ err: error, registrationId: target.registrationId }, 'the invitation to file could not be sent');
        return null;
      }
      const at = new Date();
      if (target.registrationId) await markInvited(exec, target.registrationId, at);
      return at;
    },
  };
}
