import { Alert, Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { homePathOf } from '../../features/accounts/role-home.ts';
import { TotpEnrolment } from '../../features/accounts/totp-enrolment.tsx';
import { AccountLayout } from './account-layout.tsx';

/** Two-step verification: required for some roles (the server says so), optional for the rest. */
export function TotpEnrolPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const home = homePathOf(me.role);
  return (
    <AccountLayout
      title={t('portals:totp.title')}
      backTo={me.mustEnrolTotp ? undefined : home}
      description={me.mustEnrolTotp ? <Alert type="warning" showIcon message={t('portals:totp.required')} /> : null}
    >
      {me.hasTotp && !me.mustEnrolTotp ? (
        <Result
          status="success"
          title={t('portals:totp.alreadyEnabled')}
          extra={
            <Button type="primary" onClick={() => void navigate(home)}>
              {t('portals:account.backToPortal')}
            </Button>
          }
        />
      ) : (
        <TotpEnrolment onEnabled={() => void navigate(home, { replace: true })} />
      )}
    </AccountLayout>
  );
}
