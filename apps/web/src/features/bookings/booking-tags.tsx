import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingState, VisitState } from '@youyu/contracts';

/** Blue while someone has to act, green once a place is held or taken, grey when closed, red when refused. */
const bookingColors: Record<BookingState, string> = {
  requested: 'processing',
  waitlisted: 'warning',
  offered: 'cyan',
  enrolled: 'success',
  declined: 'error',
  offerDeclined: 'default',
  expired: 'default',
  cancelled: 'default',
};
const visitColors: Record<VisitState, string> = { booked: 'processing', completed: 'success', cancelled: 'default' };

export function BookingStateTag({ state }: { state: BookingState }) {
  const { t } = useTranslation();
  return (
    <Tag color={bookingColors[state]} style={{ marginInlineEnd: 0 }} data-testid="booking-state">
      {t(`bookings:states.${state}`)}
    </Tag>
  );
}

export function VisitStateTag({ state }: { state: VisitState }) {
  const { t } = useTranslation();
  return (
    <Tag color={visitColors[state]} style={{ marginInlineEnd: 0 }}>
      {t(`bookings:visitStates.${state}`)}
    </Tag>
  );
}
