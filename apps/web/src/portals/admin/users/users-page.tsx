import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { roles, userStatuses, type Role, type User, type UserStatus, type UserWithOneTimePassword } from '@youyu/contracts';
import dayjs from 'dayjs';
import { PageHeader } from '../../../components/page-header.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { UrlSearchBox } from '../../../components/url-search-box.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useUsers } from '../../../features/accounts/admin-api.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { OneTimePasswordModal } from '../../../features/accounts/one-time-password-modal.tsx';
import { CreateUserModal } from './create-user-modal.tsx';
import { UserStatusTag } from './user-status-tag.tsx';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

const filterKeys = ['q', 'role', 'status'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const canManage = hasPermission(me, 'users.manage');
  const [filters, setFilters] = useSearchState(filterKeys);
  const users = useUsers({ q: filters.q, role: filters.role as Role | undefined, status: filters.status as UserStatus | undefined, page: filters.page, pageSize: filters.pageSize });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<UserWithOneTimePassword | null>(null);

  return (
    <>
      <PageHeader
        title={t('admin:users.title')}
        description={t('admin:users.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('admin:users.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <UrlSearchBox
            value={filters.q}
            placeholder={t('admin:users.searchPlaceholder')}
            onSearch={(q) => setFilters({ q })}
            style={{ flex: '1 1 240px', maxWidth: 320 }}
            maxLength={50}
          />
          <Select
            value={filters.role}
            placeholder={t('admin:users.allRoles')}
            allowClear
            onChange={(role?: string) => setFilters({ role })}
            options={roles.map((r) => ({ value: r, label: t(`auth:roles.${r}`) }))}
            style={{ flex: '1 1 160px', maxWidth: 220 }}
          />
          <Select
            value={filters.status}
            placeholder={t('admin:users.allStatuses')}
            allowClear
            onChange={(status?: string) => setFilters({ status })}
            options={userStatuses.map((s) => ({ value: s, label: t(`auth:userStatuses.${s}`) }))}
            style={{ flex: '1 1 140px', maxWidth: 180 }}
          />
        </Flex>
        {users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            size="middle"
            loading={users.isFetching}
            dataSource={users.data?.items}
            scroll={{ x: 900 }}
            locale={{ emptyText: users.isPending ? ' ' : t('admin:users.empty') }}
            onRow={(user) => ({ onClick: () => void navigate(`/admin/users/${user.id}`), style: { cursor: 'pointer' } })}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: users.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common:table.total', { total }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
            }}
            columns={[
              {
                title: t('admin:users.fields.displayName'),
                key: 'name',
                render: (_, u) => (
                  <Flex vertical>
                    <Link to={`/admin/users/${u.id}`} onClick={(e) => e.stopPropagation()}>
                      {u.displayName}
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {u.username ?? u.phone ?? '—'}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('admin:users.fields.role'), dataIndex: 'role', render: (role: Role) => <Tag color="blue">{t(`auth:roles.${role}`)}</Tag> },
              { title: t('admin:users.fields.department'), dataIndex: 'department', render: (d: string | null) => (d ? t(`auth:departments.${d}`) : '—') },
              { title: t('admin:users.fields.jurisdiction'), dataIndex: 'jurisdictionCode', render: (code: string | null) => <JurisdictionName code={code} /> },
              { title: t('admin:users.fields.status'), key: 'status', render: (_, u) => <UserStatusTag user={u} /> },
              {
                title: t('admin:users.fields.totp'),
                dataIndex: 'hasTotp',
                render: (on: boolean) => (on ? <SafetyCertificateOutlined style={{ color: '#0e9f6e' }} aria-label={t('portals:account.totpOn')} /> : <Typography.Text type="secondary">—</Typography.Text>),
              },
              { title: t('admin:users.fields.lastSignInAt'), dataIndex: 'lastSignInAt', render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : t('admin:users.never')) },
            ]}
          />
        )}
      </Card>
      {canManage ? (
        <CreateUserModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      ) : null}
      <OneTimePasswordModal password={created?.oneTimePassword ?? null} username={created?.user.username ?? null} onClose={() => setCreated(null)} />
    </>
  );
}
