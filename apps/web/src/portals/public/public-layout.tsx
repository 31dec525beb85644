import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Flex, Grid, Typography } from 'antd';
import { AppstoreOutlined, LoginOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/logo.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useMe } from '../../features/accounts/session.ts';
import { homePathOf } from '../../features/accounts/role-home.ts';
import { cityOf, useMeta } from '../../features/meta/meta.ts';

/** The platform's name for this city: "北京市托育服务平台", or the generic tagline. */
export function usePlatformSubtitle(): string {
  const { t } = useTranslation();
  const city = cityOf(useMeta().data);
  return city ? t('common:app.cityPlatform', { city: t(`common:cities.${city.key}`) }) : t('common:app.tagline');
}

function SessionButton({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (me) {
    return (
      <Link to={homePathOf(me.role)}>
        <Button type="primary" icon={<AppstoreOutlined />}>
          {compact ? null : t('home:header.enterPortal')}
        </Button>
      </Link>
    );
  }
  return (
    <Link to="/sign-in">
      <Button type="primary" icon={<LoginOutlined />}>
        {t('common:actions.signIn')}
      </Button>
    </Link>
  );
}

/** Header and footer of the public pages (home, 404). */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = screens.md === false;
  const subtitle = usePlatformSubtitle();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#fff' }}>
      <header style={{ position: 'sticky', top: 0, zIndex: 20, background: 'rgba(255,255,255,0.96)', backdropFilter: 'blur(8px)', borderBottom: '1px solid #e8edf5' }}>
        <Flex align="center" justify="space-between" gap={12} style={{ maxWidth: 1200, margin: '0 auto', padding: compact ? '10px 16px' : '12px 24px' }}>
          <Link to="/" aria-label={t('common:app.name')} style={{ minWidth: 0 }}>
            <Brand subtitle={subtitle} size={compact ? 32 : 38} />
          </Link>
          <Flex align="center" gap={compact ? 4 : 12}>
            <LanguageSwitch />
            <SessionButton compact={compact} />
          </Flex>
        </Flex>
      </header>
      <main style={{ flex: 1 }}>{children}</main>
      <PublicFooter />
    </Flex>
  );
}

function PublicFooter() {
  const { t } = useTranslation();
  const { data: meta } = useMeta();
  return (
    <footer style={{ background: '#0f2a55', color: 'rgba(255,255,255,0.78)', padding: '32px 24px' }}>
      <Flex vertical gap={8} style={{ maxWidth: 1200, margin: '0 auto' }}>
        <Brand inverted subtitle={t('common:app.tagline')} size={32} />
        <Typography.Text style={{ color: 'rgba(255,255,255,0.7)', fontSize: 13 }}>{t('home:footer.about')}</Typography.Text>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>
          {t('home:footer.dataNote')}
          {meta ? ` · ${t('home:footer.version', { version: meta.version })}` : ''}
        </Typography.Text>
      </Flex>
    </footer>
  );
}
