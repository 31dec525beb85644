import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Card, Flex, Grid, Tabs, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { brand } from '../../app/theme.ts';
import { Brand } from '../../components/logo.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { FullPageSpinner } from '../../components/full-page-spinner.tsx';
import { useMeta } from '../../features/meta/meta.ts';
import { useMe } from '../../features/accounts/session.ts';
import { afterSignInPath, type SignInTab } from '../../features/accounts/role-home.ts';
import { PasswordSignInForm } from '../../features/accounts/password-sign-in-form.tsx';
import { PhoneSignInForm } from '../../features/accounts/phone-sign-in-form.tsx';
import { DemoAccounts, demoFamilyPhone } from '../../features/accounts/demo-accounts.tsx';
import type { Me } from '../../features/accounts/types.ts';
import { usePlatformSubtitle } from './public-layout.tsx';

/** Staff sign in with username and password (plus TOTP where required); families with a phone code. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const meta = useMeta();
  const screens = Grid.useBreakpoint();
  const [pickedUsername, setPickedUsername] = useState<string | undefined>();
  const subtitle = usePlatformSubtitle();
  const tab: SignInTab = params.get('tab') === 'phone' ? 'phone' : 'password';
  const next = params.get('next');

  const onSignedIn = (user: Me) => void navigate(afterSignInPath(user.role, next), { replace: true });

  if (me.isPending) return <FullPageSpinner />;
  // Already signed in (e.g. the back button): straight on to where the user was going.
  if (me.data) return <Navigate to={afterSignInPath(me.data.role, next)} replace />;

  const card = (
    <Card style={{ width: '100%', maxWidth: 420, borderRadius: 16, boxShadow: '0 12px 40px rgba(15,42,85,0.12)' }} styles={{ body: { padding: screens.sm === false ? 20 : 32 } }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('portals:signIn.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (p) => {
              p.set('tab', key);
              return p;
            },
            { replace: true },
          )
        }
        items={[
          { key: 'password', label: t('portals:signIn.passwordTab'), children: <PasswordSignInForm onSignedIn={onSignedIn} username={pickedUsername} /> },
          { key: 'phone', label: t('portals:signIn.phoneTab'), children: <PhoneSignInForm onSignedIn={onSignedIn} demoPhone={meta.data?.isDemo ? demoFamilyPhone : undefined} /> },
        ]}
      />
      {meta.data?.isDemo && tab === 'password' ? <DemoAccounts onPick={setPickedUsername} /> : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '16px 0 0' }}>
        {tab === 'phone' ? t('portals:signIn.phoneNote') : t('portals:signIn.passwordNote')}
      </Typography.Paragraph>
    </Card>
  );

  return (
    <Flex style={{ minHeight: '100vh', background: brand.surface }}>
      {screens.lg ? <SignInAside subtitle={subtitle} /> : null}
      <Flex vertical flex={1} style={{ minWidth: 0 }}>
        <Flex justify="space-between" align="center" style={{ padding: '16px 20px' }}>
          {screens.lg ? (
            <span />
          ) : (
            <Link to="/">
              <Brand size={32} subtitle={subtitle} />
            </Link>
          )}
          <LanguageSwitch />
        </Flex>
        <Flex flex={1} align="center" justify="center" style={{ padding: '8px 16px 48px' }}>
          {card}
        </Flex>
      </Flex>
    </Flex>
  );
}

/** The left half on desktop: whose platform this is and what signing in opens. */
function SignInAside({ subtitle }: { subtitle: string }) {
  const { t } = useTranslation();
  const points = t('portals:signIn.asidePoints', { returnObjects: true }) as string[];
  return (
    <Flex
      vertical
      justify="space-between"
      style={{
        width: '42%',
        maxWidth: 620,
        padding: '40px 48px',
        color: '#fff',
        background: `radial-gradient(circle at 80% 20%, rgba(255,181,71,0.3) 0, rgba(255,181,71,0) 35%), linear-gradient(160deg, ${brand.primaryDark}, ${brand.primary})`,
      }}
    >
      <Link to="/">
        <Brand inverted subtitle={subtitle} size={40} />
      </Link>
      <div>
        <Typography.Title style={{ color: '#fff', fontSize: 34, marginBottom: 16 }}>{t('portals:signIn.asideTitle')}</Typography.Title>
        <Flex vertical gap={12}>
          {points.map((point) => (
            <Flex key={point} gap={10} align="baseline">
              <CheckCircleFilled style={{ color: '#ffb547' }} />
              <Typography.Text style={{ color: 'rgba(255,255,255,0.9)', fontSize: 15 }}>{point}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      </div>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.6)', fontSize: 12 }}>{t('portals:signIn.asideFooter')}</Typography.Text>
    </Flex>
  );
}
