import { Link, useParams } from 'react-router';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { VisitSlot } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { slotText } from '../../../features/bookings/booking-time.ts';
import { useBookVisit, useCancelVisit, useOpenVisitSlots } from '../../../features/bookings/visits-api.ts';
import { useRegisterEntry } from '../../../features/register/register-api.ts';

function SlotCard({ slot }: { slot: VisitSlot }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const book = useBookVisit();
  const cancel = useCancelVisit();
  const left = slot.capacity - slot.booked;
  const fail = (error: unknown) => void message.error(errorText(error));
  return (
    <Card style={{ borderRadius: 14 }} styles={{ body: { padding: 14 } }} data-testid="visit-slot">
      <Flex justify="space-between" align="center" gap={12}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Text strong>{slotText(slot.startsAt, slot.endsAt, i18n.language)}</Typography.Text>
          {slot.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {slot.note}
            </Typography.Text>
          ) : null}
          {slot.myVisitId ? (
            <Tag color="success" style={{ alignSelf: 'flex-start' }}>
              {t('bookings:visit.booked')}
            </Tag>
          ) : (
            <Typography.Text type={left > 0 ? 'success' : 'warning'} style={{ fontSize: 13 }}>
              {left > 0 ? t('bookings:visit.left', { count: left }) : t('bookings:visit.full')}
            </Typography.Text>
          )}
        </Flex>
        {slot.myVisitId ? (
          <Popconfirm title={t('bookings:mine.visitCancelConfirm')} okButtonProps={{ danger: true }} onConfirm={() => cancel.mutateAsync(slot.myVisitId!).then(() => void message.success(t('bookings:visit.cancelled')), fail)}>
            <Button danger loading={cancel.isPending} style={{ flex: 'none' }}>
              {t('bookings:visit.cancel')}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" disabled={left <= 0} loading={book.isPending} style={{ flex: 'none' }} onClick={() => book.mutateAsync(slot.id).then(() => void message.success(t('bookings:visit.done')), fail)}>
            {t('bookings:visit.book')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** 预约参观: the institution's open slots; the family books one under its account's name and phone, or cancels it. */
export function BookVisitPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { institutionId } = useParams();
  const entry = useRegisterEntry(institutionId);
  const slots = useOpenVisitSlots(institutionId);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('bookings:visit.title')}
      </Typography.Title>
      {entry.data ? (
        <Link to={`/institutions/${entry.data.id}`}>
          <Typography.Text strong>{entry.data.name}</Typography.Text>
        </Link>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('bookings:visit.lead')}
      </Typography.Text>
      <Card size="small" style={{ borderRadius: 14 }}>
        <Flex vertical gap={2}>
          <Typography.Text>
            <UserOutlined /> {t('bookings:visit.contact', { name: me.displayName, phone: me.phone ?? '—' })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('bookings:visit.contactHint')}
          </Typography.Text>
        </Flex>
      </Card>
      <QueryState
        query={slots}
        isEmpty={(d) => d.items.length === 0}
        empty={
          <Card style={{ borderRadius: 14 }}>
            <Empty description={<Flex vertical>{t('bookings:visit.empty')}<Typography.Text type="secondary">{t('bookings:visit.emptyHint')}</Typography.Text></Flex>}>
              {entry.data ? (
                <a href={`tel:${entry.data.phone}`}>
                  <Button icon={<PhoneOutlined />}>{entry.data.phone}</Button>
                </a>
              ) : null}
            </Empty>
          </Card>
        }
      >
        {(data) => data.items.map((slot) => <SlotCard key={slot.id} slot={slot} />)}
      </QueryState>
    </Flex>
  );
}
