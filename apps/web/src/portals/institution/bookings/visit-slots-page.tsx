import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Popconfirm, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { VisitSlot } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { VisitStateTag } from '../../../features/bookings/booking-tags.tsx';
import { dateTimeText, slotText } from '../../../features/bookings/booking-time.ts';
import { useCompleteVisit, useInstitutionSlots, useWithdrawSlot } from '../../../features/bookings/visits-api.ts';
import { PublishSlotModal } from './publish-slot-modal.tsx';

type SlotVisit = VisitSlot['visits'][number];

function SlotCard({ slot, canManage }: { slot: VisitSlot; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const withdraw = useWithdrawSlot();
  const complete = useCompleteVisit();
  const done = (key: 'withdrawnDone' | 'completed') => () => void message.success(t(`bookings:slots.${key}`));
  const fail = (error: unknown) => void message.error(errorText(error));
  const started = Date.parse(slot.startsAt) <= Date.now();
  const ended = Date.parse(slot.endsAt) <= Date.now();
  const completeButton = (v: SlotVisit) => (
    <Button size="small" disabled={!started} loading={complete.isPending && complete.variables === v.id} onClick={() => complete.mutateAsync(v.id).then(done('completed'), fail)}>
      {t('bookings:slots.complete')}
    </Button>
  );
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{slotText(slot.startsAt, slot.endsAt, i18n.language)}</span>
          {slot.isWithdrawn ? <Tag>{t('bookings:slots.withdrawn')}</Tag> : null}
        </Flex>
      }
      extra={
        canManage && !slot.isWithdrawn && !ended ? (
          <Popconfirm title={t('bookings:slots.withdrawConfirm')} okButtonProps={{ danger: true }} onConfirm={() => withdraw.mutateAsync(slot.id).then(done('withdrawnDone'), fail)}>
            <Button size="small" danger type="text" loading={withdraw.isPending}>
              {t('bookings:slots.withdraw')}
            </Button>
          </Popconfirm>
        ) : null
      }
      style={{ opacity: slot.isWithdrawn ? 0.7 : 1 }}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t('bookings:slots.bookedOf', { booked: slot.booked, capacity: slot.capacity })}
          {slot.note ? ` · ${slot.note}` : ''}
        </Typography.Text>
        {slot.visits.length ? (
          <Table<SlotVisit>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={slot.visits}
            scroll={{ x: 560 }}
            columns={[
              { title: t('bookings:slots.family'), dataIndex: 'familyName' },
              { title: t('bookings:slots.phone'), dataIndex: 'familyPhone' },
              { title: t('bookings:slots.bookedAt'), dataIndex: 'bookedAt', render: (iso: string) => dateTimeText(iso, i18n.language) },
              { title: t('bookings:requests.state'), dataIndex: 'state', render: (_, v) => <VisitStateTag state={v.state} /> },
              ...(canManage
                ? [{ title: t('bookings:requests.actions'), key: 'actions', render: (_: unknown, v: SlotVisit) => (v.state !== 'booked' ? null : started ? completeButton(v) : <Tooltip title={t('bookings:slots.notStarted')}>{completeButton(v)}</Tooltip>) }]
                : []),
            ]}
          />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('bookings:slots.noVisits')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** 参观预约: publish visit slots, withdraw one, see which families booked, and mark visits done. */
export function VisitSlotsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSignedInMe();
  const institutionId = me.institutionId!;
  const canManage = hasPermission(me, 'bookings.manage');
  const [past, setPast] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const slots = useInstitutionSlots(institutionId, past);
  return (
    <>
      <PageHeader
        title={t('bookings:slots.title')}
        description={t('bookings:slots.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)}>
              {t('bookings:slots.publish')}
            </Button>
          ) : null
        }
      />
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <Switch id="visit-slots-past" size="small" checked={past} onChange={setPast} />
        <label htmlFor="visit-slots-past">{t('bookings:slots.showPast')}</label>
      </Flex>
      <QueryState
        query={slots}
        isEmpty={(d) => d.items.length === 0}
        empty={
          <Card>
            <Empty description={<Flex vertical>{t('bookings:slots.empty')}<Typography.Text type="secondary">{t('bookings:slots.emptyHint')}</Typography.Text></Flex>} />
          </Card>
        }
      >
        {(data) => (
          <Flex vertical gap={12}>
            {data.items.map((slot) => (
              <SlotCard key={slot.id} slot={slot} canManage={canManage} />
            ))}
          </Flex>
        )}
      </QueryState>
      {canManage ? <PublishSlotModal institutionId={institutionId} open={publishing} onClose={() => setPublishing(false)} onDone={() => void message.success(t('bookings:slots.published'))} /> : null}
    </>
  );
}
