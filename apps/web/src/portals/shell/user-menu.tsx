import { Avatar, Dropdown, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { useSignOutAndLeave } from '../../features/accounts/use-leave.ts';
import { changePasswordPath, enrolTotpPath } from '../../features/accounts/require-session.tsx';
import { useUserSummary } from '../../features/accounts/user-summary.ts';

/** Who is signed in (name, role, jurisdiction) and the account actions, at the right of every portal header. */
export function UserMenu({ accountPath, compact = false }: { accountPath?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const summary = useUserSummary(me);
  const navigate = useNavigate();
  const signOut = useSignOutAndLeave();

  const items = [
    { key: 'who', disabled: true, label: <UserCard name={me.displayName} username={me.username ?? me.phone ?? ''} line={summary.line} /> },
    { type: 'divider' as const },
    ...(accountPath ? [{ key: accountPath, icon: <UserOutlined />, label: t('portals:account.title') }] : []),
    { key: changePasswordPath, icon: <KeyOutlined />, label: t('portals:account.changePassword') },
    { key: enrolTotpPath, icon: <SafetyCertificateOutlined />, label: t('portals:account.totp') },
    { type: 'divider' as const },
    { key: 'sign-out', icon: <LogoutOutlined />, danger: true, label: t('common:actions.signOut') },
  ];

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items,
        onClick: ({ key }) => {
          if (key === 'sign-out') signOut.leave();
          else void navigate(key);
        },
      }}
    >
      <Flex align="center" gap={10} style={{ cursor: 'pointer', minWidth: 0 }} role="button" aria-label={t('portals:account.menu')} tabIndex={0}>
        <Avatar style={{ background: '#1d5fd1', flex: 'none' }}>{me.displayName.slice(0, 1)}</Avatar>
        {compact ? null : (
          <Flex vertical style={{ lineHeight: 1.25, minWidth: 0, maxWidth: 280 }}>
            <Typography.Text strong ellipsis>
              {me.displayName}
            </Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {summary.line}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Dropdown>
  );
}

function UserCard({ name, username, line }: { name: string; username: string; line: string }) {
  return (
    <Flex vertical style={{ maxWidth: 260, cursor: 'default' }}>
      <Typography.Text strong>{name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {username}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
        {line}
      </Typography.Text>
    </Flex>
  );
}
