import { useState } from 'react';
import { App, Button, Card, Col, Flex, Popconfirm, Progress, Row, Segmented, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Booking, type BookingState, type ClassPlaces } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { BookingStateTag } from '../../../features/bookings/booking-tags.tsx';
import { dateTimeText } from '../../../features/bookings/booking-time.ts';
import { useClassPlaces, useInstitutionBookings, useInstitutionDecision } from '../../../features/bookings/institution-bookings-api.ts';
import { DeclineModal, OfferModal } from './decision-modals.tsx';

/** The states staff work through, in that order; the closed ones sit behind "all". */
const stateTabs = ['requested', 'waitlisted', 'offered', 'enrolled', 'all'] as const;
type StateTab = (typeof stateTabs)[number];
const stateKeys = ['state'] as const;
const actionable: readonly BookingState[] = ['requested', 'waitlisted'];

function ClassPlacesCards({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const places = useClassPlaces(institutionId);
  if (places.isPending) return <Card><Skeleton active paragraph={{ rows: 2 }} /></Card>;
  if (places.isError) return <ErrorState compact error={places.error} onRetry={() => void places.refetch()} />;
  return (
    <Row gutter={[12, 12]}>
      {places.data.items.map((c) => (
        <Col key={c.id} xs={12} md={8} xl={6}>
          <Card size="small" style={{ height: '100%' }} data-testid="class-places">
            <Flex vertical gap={2}>
              <Typography.Text strong>{c.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`register:classTypesShort.${c.classType}`)} · {t('bookings:requests.capacity', { count: c.capacity })} · {t('bookings:requests.held', { count: c.held })}
              </Typography.Text>
              <Progress percent={c.capacity ? Math.round((c.held / c.capacity) * 100) : 0} showInfo={false} size="small" status={c.vacancies > 0 ? 'normal' : 'exception'} />
              <Typography.Text type={c.vacancies > 0 ? 'success' : 'danger'} strong>
                {c.vacancies > 0 ? t('bookings:requests.vacancies', { count: c.vacancies }) : t('bookings:requests.full')}
              </Typography.Text>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** What was asked and where it stands: class type, mode and start, then the class, waitlist place, expiry or reason. */
function RequestCell({ booking }: { booking: Booking }) {
  const { t, i18n } = useTranslation();
  const details = [
    booking.className,
    booking.waitlistPosition ? t('bookings:requests.position', { position: booking.waitlistPosition }) : null,
    booking.state === 'offered' && booking.offerExpiresAt ? t('bookings:requests.expires', { date: dateTimeText(booking.offerExpiresAt, i18n.language) }) : null,
    booking.declineReason,
  ].filter(Boolean);
  return (
    <Flex vertical>
      <span>
        {t(`register:classTypesShort.${booking.classType}`)} · {t(`institutions:serviceModes.${booking.serviceMode}`)} · {t('bookings:mine.startIs', { date: booking.startDate })}
      </span>
      {details.length ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {details.join(' · ')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** 入托申请: the institution's bookings by state, its classes' free places on top, and offer / waitlist / decline. */
export function BookingRequestsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSignedInMe();
  const institutionId = me.institutionId!;
  const canManage = hasPermission(me, 'bookings.manage');
  const [search, update] = useSearchState(stateKeys, 20);
  const tab: StateTab = (stateTabs as readonly string[]).includes(search.state ?? '') ? (search.state as StateTab) : 'requested';
  const state = tab === 'all' ? undefined : (tab as BookingState);
  const bookings = useInstitutionBookings(institutionId, { state, page: search.page, pageSize: search.pageSize });
  const places = useClassPlaces(institutionId);
  const pagination = useListPagination();
  const decide = useInstitutionDecision();
  const [offering, setOffering] = useState<Booking | null>(null);
  const [declining, setDeclining] = useState<Booking | null>(null);
  const done = (key: 'offered' | 'waitlisted' | 'declined') => () => void message.success(t(`bookings:requests.${key}`));
  const waitlist = (booking: Booking) => decide.mutateAsync({ booking, decision: { action: 'waitlist' } }).then(done('waitlisted'), (error: unknown) => void message.error(errorText(error)));

  const columns: TableColumnsType<Booking> = [
    {
      title: t('bookings:requests.child'),
      key: 'child',
      render: (_, b) => (
        <Flex vertical>
          <Typography.Text strong>{b.child.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`institutions:sexes.${b.child.sex}`)} · {t('bookings:book.ageAtStart', { months: b.ageMonthsAtStart })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('bookings:requests.guardian'),
      key: 'guardian',
      render: (_, b) => (
        <Flex vertical>
          <span>{b.guardianName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {b.guardianPhone}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('bookings:requests.request'), key: 'request', render: (_, b) => <RequestCell booking={b} /> },
    { title: t('bookings:requests.state'), dataIndex: 'state', render: (s: BookingState) => <BookingStateTag state={s} /> },
    { title: t('bookings:requests.submittedAt'), dataIndex: 'createdAt', render: (iso: string) => dateTimeText(iso, i18n.language) },
    ...(canManage
      ? [
          {
            title: t('bookings:requests.actions'),
            key: 'actions',
            render: (_: unknown, b: Booking) =>
              actionable.includes(b.state) ? (
                <Flex gap={6} wrap>
                  <Button size="small" type="primary" onClick={() => setOffering(b)} data-testid="offer-place">
                    {t('bookings:requests.offer')}
                  </Button>
                  {b.state === 'requested' ? (
                    <Popconfirm title={t('bookings:requests.waitlistConfirm')} onConfirm={() => waitlist(b)}>
                      <Button size="small">{t('bookings:requests.waitlist')}</Button>
                    </Popconfirm>
                  ) : null}
                  <Button size="small" danger onClick={() => setDeclining(b)}>
                    {t('bookings:requests.decline')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]
      : []),
  ];

  const classes: ClassPlaces['items'] = places.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('bookings:requests.title')} description={t('bookings:requests.description')} />
      <Flex vertical gap={16}>
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="baseline" wrap gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('bookings:requests.places')}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('bookings:requests.placesHint')}
            </Typography.Text>
          </Flex>
          <ClassPlacesCards institutionId={institutionId} />
        </Flex>
        <Card>
          <Segmented
            value={tab}
            onChange={(v) => update({ state: v === 'requested' ? undefined : v })}
            options={stateTabs.map((s) => ({ value: s, label: t(`bookings:requests.tabs.${s}`) }))}
            style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
          />
          {bookings.isError ? (
            <ErrorState compact error={bookings.error} onRetry={() => void bookings.refetch()} />
          ) : (
            <Table<Booking>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={bookings.data?.items}
              loading={bookings.isFetching}
              scroll={{ x: 900 }}
              pagination={pagination(search, bookings.data?.total, update)}
              locale={{ emptyText: listEmptyText(bookings.isPending, t('bookings:requests.empty'), t('bookings:requests.emptyHint')) }}
            />
          )}
        </Card>
      </Flex>
      <OfferModal booking={offering} classes={classes} onClose={() => setOffering(null)} onDone={done('offered')} />
      <DeclineModal booking={declining} onClose={() => setDeclining(null)} onDone={done('declined')} />
    </>
  );
}
