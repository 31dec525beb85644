import type { NotificationKind } from '@youyu/contracts';
import type { Notice } from '../notifications/index.ts';
import type { BookingView } from './bookings.repository.ts';

/** An instant as the city reads it (Asia/Shanghai), e.g. 2025-05-01 18:00, for notice texts. */
export function cityTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * A notice about a booking for one side: the family (in the app and by text to the guardian's
 * phone) or the institution (its accounts, and a text to its contact phone).
 */
export function bookingNotice(kind: NotificationKind, view: BookingView, audience: 'family' | 'institution', extra: Record<string, string> = {}): Notice {
  const b = view.booking;
  const params = {
    child: view.childName,
    institution: view.institutionName,
    className: view.className ?? '',
    expiresAt: b.offerExpiresAt ? cityTime(b.offerExpiresAt) : '',
    reason: b.declineReason ?? '',
    position: view.waitlistPosition === null ? '' : String(view.waitlistPosition),
    ...extra,
  };
  return audience === 'family'
    ? { kind, params, link: '/family/bookings', to: { userId: b.familyUserId }, smsTo: view.guardianPhone }
    : { kind, params, link: '/institution/bookings', to: { institutionId: b.institutionId }, smsTo: view.institutionPhone };
}
