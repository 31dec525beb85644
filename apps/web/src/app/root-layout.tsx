import { useEffect } from 'react';
import { Outlet, ScrollRestoration, useRouteError } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../components/demo-banner.tsx';
import { AuthProblems } from './auth-problems.tsx';

/** Around every page: the demo banner, session-problem handling, the document title. */
export function RootLayout() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('common:app.title');
  }, [t, i18n.language]);
  return (
    <>
      <AuthProblems />
      <DemoBanner />
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

/**
 * A page that failed to render or whose code failed to download (typically: a new version was
 * deployed while the tab was open). Reloading fixes both.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Result
      status="error"
      title={t('common:crash.title')}
      subTitle={t('common:crash.description')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common:crash.reload')}
        </Button>
      }
    />
  );
}
