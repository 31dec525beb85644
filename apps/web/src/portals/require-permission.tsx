import { Outlet } from 'react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSignedInMe } from '../features/accounts/session.ts';

/** A page whose permission the role lacks answers 403 (the menu already hides it). */
export function RequirePermission({ permission }: { permission?: string }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!hasPermission(me, permission)) {
    return <Result status="403" title={t('common:forbidden.title')} subTitle={t('common:forbidden.description')} />;
  }
  return <Outlet />;
}
