import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Empty, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { openBookingStates, type Booking, type Visit } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { useCountdown } from '../../../features/accounts/use-countdown.ts';
import { BookingStateTag, VisitStateTag } from '../../../features/bookings/booking-tags.tsx';
import { dateTimeText, slotText } from '../../../features/bookings/booking-time.ts';
import { useFamilyBookings, useFamilyDecision, type FamilyDecision } from '../../../features/bookings/family-bookings-api.ts';
import { useCancelVisit, useFamilyVisits } from '../../../features/bookings/visits-api.ts';

const doneMessages = { accept: 'bookings:mine.accepted', decline: 'bookings:mine.declined', cancel: 'bookings:mine.cancelled' } as const satisfies Record<FamilyDecision, string>;

const isOpen = (b: Booking) => (openBookingStates as readonly string[]).includes(b.state);

/** Days and hours (or, on the last day, hours and minutes) until an offer lapses. */
function OfferCountdown({ until }: { until: string }) {
  const { t, i18n } = useTranslation();
  const seconds = useCountdown(Date.parse(until));
  const hours = Math.floor(seconds / 3600);
  const left = hours >= 24 ? t('bookings:mine.timeLeft', { days: Math.floor(hours / 24), hours: hours % 24 }) : t('bookings:mine.timeLeftHours', { hours, minutes: Math.floor((seconds % 3600) / 60) });
  return (
    <Typography.Text type="warning" style={{ fontSize: 13 }}>
      {t('bookings:mine.offerUntil', { date: dateTimeText(until, i18n.language) })} · {left}
    </Typography.Text>
  );
}

/** What the state means for the family, in one line under the booking. */
function StateNote({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const note = (text: ReactNode) => (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {text}
    </Typography.Text>
  );
  switch (booking.state) {
    case 'requested':
      return note(t('bookings:mine.requestedHint'));
    case 'waitlisted':
      return booking.waitlistPosition ? note(t('bookings:mine.position', { position: booking.waitlistPosition })) : null;
    case 'offered':
      return booking.offerExpiresAt ? <OfferCountdown until={booking.offerExpiresAt} /> : null;
    case 'declined':
      return booking.declineReason ? note(t('bookings:mine.reason', { reason: booking.declineReason })) : null;
    default:
      return null;
  }
}

function BookingCard({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const decide = useFamilyDecision();
  const act = (decision: FamilyDecision) =>
    decide.mutateAsync({ booking, decision }).then(
      () => void message.success(t(doneMessages[decision])),
      (error: unknown) => void message.error(errorText(error)),
    );
  const confirmButton = (decision: FamilyDecision, title: string, label: string, primary = false) => (
    <Popconfirm title={title} onConfirm={() => act(decision)} okButtonProps={{ danger: decision !== 'accept' }}>
      <Button type={primary ? 'primary' : 'default'} danger={decision === 'cancel'} loading={decide.isPending && decide.variables?.decision === decision} data-testid={`booking-${decision}`}>
        {label}
      </Button>
    </Popconfirm>
  );
  const facts = [
    t('bookings:mine.childIs', { name: booking.child.name }),
    t(`register:classTypesShort.${booking.classType}`),
    t(`institutions:serviceModes.${booking.serviceMode}`),
    t('bookings:mine.startIs', { date: booking.startDate }),
  ];
  return (
    <Card style={{ borderRadius: 14 }} styles={{ body: { padding: 14 } }} data-testid="booking-card">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Link to={`/institutions/${booking.institution.id}`} style={{ fontWeight: 600, minWidth: 0 }}>
            {booking.institution.name}
          </Link>
          <BookingStateTag state={booking.state} />
        </Flex>
        <Typography.Text style={{ fontSize: 13 }}>{facts.join(' · ')}</Typography.Text>
        {booking.className ? (
          <Typography.Text style={{ fontSize: 13 }}>{t('bookings:mine.classIs', { name: booking.className })}</Typography.Text>
        ) : null}
        <StateNote booking={booking} />
        {isOpen(booking) ? (
          <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 4 }}>
            {booking.state === 'offered' ? confirmButton('accept', t('bookings:mine.acceptConfirm'), t('bookings:mine.accept'), true) : null}
            {booking.state === 'offered' ? confirmButton('decline', t('bookings:mine.declineConfirm'), t('bookings:mine.decline')) : null}
            {confirmButton('cancel', t('bookings:mine.cancelConfirm'), t('bookings:mine.cancel'))}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}

function VisitItem({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const cancel = useCancelVisit();
  const cancellable = visit.state === 'booked' && Date.parse(visit.startsAt) > Date.now();
  return (
    <Card style={{ borderRadius: 14 }} styles={{ body: { padding: 14 } }}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Link to={`/institutions/${visit.institution.id}`} style={{ fontWeight: 600, minWidth: 0 }}>
            {visit.institution.name}
          </Link>
          <VisitStateTag state={visit.state} />
        </Flex>
        <Typography.Text style={{ fontSize: 13 }}>{slotText(visit.startsAt, visit.endsAt, i18n.language)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {visit.institution.address}
        </Typography.Text>
        {cancellable ? (
          <Popconfirm title={t('bookings:mine.visitCancelConfirm')} okButtonProps={{ danger: true }} onConfirm={() => cancel.mutateAsync(visit.id).then(() => void message.success(t('bookings:visit.cancelled')), (error: unknown) => void message.error(errorText(error)))}>
            <Button danger loading={cancel.isPending} style={{ alignSelf: 'flex-end' }}>
              {t('bookings:visit.cancel')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={10}>
      <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

/** The family's bookings of places (open ones first, as the API orders them) and its visits. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  const bookings = useFamilyBookings();
  const visits = useFamilyVisits();
  const findButton = (
    <Link to="/family/find">
      <Button type="primary">{t('bookings:mine.find')}</Button>
    </Link>
  );
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('bookings:mine.title')}
      </Typography.Title>
      <Section title={t('bookings:mine.bookings')}>
        <QueryState
          query={bookings}
          isEmpty={(d) => d.items.length === 0}
          empty={
            <Card style={{ borderRadius: 14 }}>
              <Empty description={<Flex vertical>{t('bookings:mine.empty')}<Typography.Text type="secondary">{t('bookings:mine.emptyHint')}</Typography.Text></Flex>}>{findButton}</Empty>
            </Card>
          }
        >
          {(data) => data.items.map((b) => <BookingCard key={b.id} booking={b} />)}
        </QueryState>
      </Section>
      <Section title={t('bookings:mine.visits')}>
        <QueryState query={visits} isEmpty={(d) => d.items.length === 0} empty={<Card style={{ borderRadius: 14 }}><Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bookings:mine.visitsEmpty')} /></Card>}>
          {(data) => data.items.map((v) => <VisitItem key={v.id} visit={v} />)}
        </QueryState>
      </Section>
    </Flex>
  );
}
