import { useState } from 'react';
import { Link } from 'react-router';
import { App, Avatar, Button, Card, Empty, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ageInMonths, type FamilyChild } from '@youyu/contracts';
import { brand } from '../../app/theme.ts';
import { useErrorText } from '../../components/error-text.ts';
import { QueryState } from '../../components/query-state.tsx';
import { ChildModal } from '../../features/bookings/child-modal.tsx';
import { useFamilyChildren, useRemoveChild } from '../../features/bookings/children-api.ts';

function ChildCard({ child, onEdit }: { child: FamilyChild; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const remove = useRemoveChild();
  const months = ageInMonths(child.birthDate, dayjs().format('YYYY-MM-DD'));
  // An enrolled child (or one that left) is the institution's record as much as the family's.
  const removable = !child.hasBookings && child.status === 'notEnrolled';
  const removeButton = <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('bookings:actions.remove')} disabled={!removable} loading={remove.isPending} />;
  return (
    <Card style={{ borderRadius: 14 }} styles={{ body: { padding: 14 } }} data-testid="child-card">
      <Flex gap={12} align="flex-start">
        <Avatar size={44} style={{ background: child.sex === 'female' ? '#e8590c' : brand.primary, flex: 'none' }}>
          {child.name.slice(-1)}
        </Avatar>
        <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Flex align="center" gap={6} wrap>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {child.name}
            </Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`institutions:sexes.${child.sex}`)}</Tag>
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('bookings:ageMonths', { months })}
            </Tag>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('bookings:children.born', { date: child.birthDate })}
          </Typography.Text>
          {child.status === 'enrolled' && child.institutionName ? <Typography.Text style={{ fontSize: 13, color: '#0e9f6e' }}>{t('bookings:children.enrolledAt', { institution: child.institutionName })}</Typography.Text> : null}
          {child.openBookings > 0 ? (
            <Link to="/family/bookings" style={{ fontSize: 13 }}>
              {t('bookings:children.openBookings', { count: child.openBookings })} <RightOutlined style={{ fontSize: 10 }} />
            </Link>
          ) : null}
        </Flex>
        <Flex gap={2} style={{ flex: 'none' }}>
          <Button type="text" icon={<EditOutlined />} aria-label={t('bookings:actions.edit')} onClick={onEdit} />
          {!removable ? (
            <Tooltip title={t('bookings:children.notRemovable')}>{removeButton}</Tooltip>
          ) : (
            <Popconfirm
              title={t('bookings:children.removeConfirm', { name: child.name })}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync(child.id).then(() => void message.success(t('bookings:children.removed')), (error: unknown) => void message.error(errorText(error)))}
            >
              {removeButton}
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/** The family's children, each with its age in months, and the way to add, correct or remove one. */
export function ChildrenPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const children = useFamilyChildren();
  const [editing, setEditing] = useState<FamilyChild | null | undefined>(undefined);
  const addButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
      {t('bookings:children.add')}
    </Button>
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('bookings:children.title')}
        </Typography.Title>
        {children.data?.items.length ? addButton : null}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('bookings:children.lead')}
      </Typography.Text>
      <QueryState
        query={children}
        isEmpty={(d) => d.items.length === 0}
        empty={
          <Card style={{ borderRadius: 14 }}>
            <Empty description={<Flex vertical>{t('bookings:children.empty')}<Typography.Text type="secondary">{t('bookings:children.emptyHint')}</Typography.Text></Flex>}>{addButton}</Empty>
          </Card>
        }
      >
        {(data) => data.items.map((child) => <ChildCard key={child.id} child={child} onEdit={() => setEditing(child)} />)}
      </QueryState>
      <Link to="/family/bookings">
        <Card hoverable size="small" style={{ borderRadius: 14 }}>
          <Flex justify="space-between" align="center">
            <Typography.Text strong>{t('bookings:mine.title')}</Typography.Text>
            <RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
          </Flex>
        </Card>
      </Link>
      <ChildModal open={editing !== undefined} child={editing} onClose={() => setEditing(undefined)} onSaved={() => void message.success(t('bookings:children.saved'))} />
    </Flex>
  );
}
