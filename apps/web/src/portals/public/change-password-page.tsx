import { Alert } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { afterSignInPath } from '../../features/accounts/role-home.ts';
import { ChangePasswordForm } from '../../features/accounts/change-password-form.tsx';
import { AccountLayout } from './account-layout.tsx';

/** Reached by choice from the user menu, or forced after sign-in when the password is new or expired. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = afterSignInPath(me.role, params.get('next'));
  return (
    <AccountLayout
      title={t('portals:password.title')}
      backTo={me.mustChangePassword ? undefined : returnTo}
      description={me.mustChangePassword ? <Alert type="warning" showIcon message={t('portals:password.required')} /> : null}
    >
      <ChangePasswordForm username={me.username} onChanged={() => void navigate(returnTo, { replace: true })} />
    </AccountLayout>
  );
}
