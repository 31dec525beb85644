import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Card, Flex, Grid, Typography } from 'antd';
import { ArrowLeftOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { brand } from '../../app/theme.ts';
import { Brand } from '../../components/logo.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useSignOutAndLeave } from '../../features/accounts/use-leave.ts';

/** `backTo`: where the user came from, when the page was a choice rather than a requirement. */
type Props = { title: string; description?: ReactNode; children: ReactNode; backTo?: string };

/**
 * The frame of the pages that stand between sign-in and a portal (password change, TOTP
 * enrolment): nothing to wander off to but signing out.
 */
export function AccountLayout({ title, description, children, backTo }: Props) {
  const { t } = useTranslation();
  const signOut = useSignOutAndLeave();
  // On a phone the header buttons keep only their icons, so the row fits 375 px.
  const compact = Grid.useBreakpoint().sm === false;
  return (
    <Flex vertical style={{ minHeight: '100vh', background: brand.surface }}>
      <Flex justify="space-between" align="center" style={{ padding: '14px 20px' }}>
        <Link to="/">
          <Brand size={32} />
        </Link>
        <Flex gap={4}>
          {backTo ? (
            <Link to={backTo}>
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('portals:account.backToPortal')}>
                {compact ? null : t('portals:account.backToPortal')}
              </Button>
            </Link>
          ) : null}
          <LanguageSwitch />
          <Button type="text" icon={<LogoutOutlined />} onClick={() => signOut.leave()} aria-label={t('common:actions.signOut')}>
            {compact ? null : t('common:actions.signOut')}
          </Button>
        </Flex>
      </Flex>
      <Flex justify="center" style={{ padding: '16px 16px 48px' }}>
        <Card style={{ width: '100%', maxWidth: 480, borderRadius: 16, boxShadow: '0 12px 40px rgba(15,42,85,0.10)' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {description ? <div style={{ marginBottom: 20 }}>{description}</div> : null}
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
