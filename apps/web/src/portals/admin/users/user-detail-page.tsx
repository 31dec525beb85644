import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined, EditOutlined, KeyOutlined, StopOutlined, CheckCircleOutlined, IdcardOutlined, AuditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { User, UserWithOneTimePassword } from '@youyu/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { useResetPassword, useSetUserEnabled, useUser } from '../../../features/accounts/admin-api.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { OneTimePasswordModal } from '../../../features/accounts/one-time-password-modal.tsx';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';
import { UserStatusTag } from './user-status-tag.tsx';
import { EditProfileModal } from './edit-profile-modal.tsx';
import { AssignRoleModal } from './assign-role-modal.tsx';
import { InstitutionName } from './institution-name.tsx';

export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);
  return (
    <>
      <Link to="/admin/users">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('admin:users.backToList')}
        </Button>
      </Link>
      <QueryState query={user} skeleton={<Skeleton active paragraph={{ rows: 8 }} />}>
        {(data) => <UserDetail user={data} />}
      </QueryState>
    </>
  );
}

type Dialog = 'edit' | 'role' | null;

function UserDetail({ user }: { user: User }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const me = useSignedInMe();
  const canManage = hasPermission(me, 'users.manage');
  const canGrant = hasPermission(me, 'roles.manage');
  const canAudit = hasPermission(me, 'audit.read');
  const isSelf = me.id === user.id;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [issued, setIssued] = useState<UserWithOneTimePassword | null>(null);
  const setEnabled = useSetUserEnabled(user.id);
  const reset = useResetPassword(user.id);
  const name = user.displayName;
  const time = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

  const confirmReset = () =>
    modal.confirm({
      title: t('admin:users.resetConfirmTitle', { name }),
      content: t('admin:users.resetConfirm'),
      okText: t('admin:users.resetPassword'),
      onOk: () => reset.mutateAsync().then(setIssued, (error: unknown) => void message.error(errorText(error))),
    });

  const confirmEnabled = (enabled: boolean) =>
    modal.confirm({
      title: t(enabled ? 'admin:users.enableConfirmTitle' : 'admin:users.disableConfirmTitle', { name }),
      content: t(enabled ? 'admin:users.enableConfirm' : 'admin:users.disableConfirm'),
      okText: t(enabled ? 'admin:users.enable' : 'admin:users.disable'),
      okButtonProps: { danger: !enabled },
      onOk: () =>
        setEnabled.mutateAsync(enabled).then(
          () => void message.success(t(enabled ? 'admin:users.enabled' : 'admin:users.disabled')),
          (error: unknown) => void message.error(errorText(error)),
        ),
    });

  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={10} wrap>
            {name}
            <UserStatusTag user={user} />
          </Flex>
        }
        description={user.username ?? user.phone}
        extra={
          <>
            {canManage ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('admin:users.edit')}
              </Button>
            ) : null}
            {canGrant && !isSelf ? (
              <Button icon={<IdcardOutlined />} onClick={() => setDialog('role')}>
                {t('admin:users.changeRole')}
              </Button>
            ) : null}
            {canManage && user.username ? (
              <Button icon={<KeyOutlined />} onClick={confirmReset}>
                {t('admin:users.resetPassword')}
              </Button>
            ) : null}
            {canManage && !isSelf ? (
              user.status === 'active' ? (
                <Button danger icon={<StopOutlined />} onClick={() => confirmEnabled(false)}>
                  {t('admin:users.disable')}
                </Button>
              ) : (
                <Button icon={<CheckCircleOutlined />} onClick={() => confirmEnabled(true)}>
                  {t('admin:users.enable')}
                </Button>
              )
            ) : null}
          </>
        }
      />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} styles={{ label: { width: 140 } }}>
          <Descriptions.Item label={t('admin:users.fields.username')}>{user.username ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.phone')}>{user.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.role')}>
            <Tag color="blue">{t(`auth:roles.${user.role}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.department')}>{user.department ? t(`auth:departments.${user.department}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.jurisdiction')}>
            <JurisdictionName code={user.jurisdictionCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.institution')}>
            {user.institutionId ? <InstitutionName id={user.institutionId} /> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.totp')}>{user.hasTotp ? <Tag color="success">{t('portals:account.totpOn')}</Tag> : <Tag>{t('portals:account.totpOff')}</Tag>}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.mustChangePassword')}>{t(user.mustChangePassword ? 'common:yes' : 'common:no')}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.lastSignInAt')}>{user.lastSignInAt ? time(user.lastSignInAt) : t('admin:users.never')}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.passwordChangedAt')}>{time(user.passwordChangedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('admin:users.fields.createdAt')}>{time(user.createdAt)}</Descriptions.Item>
        </Descriptions>
        {canAudit && user.username ? (
          <Link to={`/admin/audit?actor=${encodeURIComponent(user.username)}`}>
            <Button type="link" icon={<AuditOutlined />} style={{ paddingInline: 0 }}>
              {t('admin:users.viewAudit')}
            </Button>
          </Link>
        ) : null}
      </Card>
      {canManage ? <EditProfileModal user={user} open={dialog === 'edit'} onClose={() => setDialog(null)} /> : null}
      {canGrant ? <AssignRoleModal user={user} open={dialog === 'role'} onClose={() => setDialog(null)} /> : null}
      <OneTimePasswordModal password={issued?.oneTimePassword ?? null} username={issued?.user.username ?? null} onClose={() => setIssued(null)} />
    </>
  );
}
