import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ShownOnceModal } from '../../components/shown-once-modal.tsx';

type Props = { password: string | null; username: string | null; onClose: () => void };

/**
 * A new or reset password, shown exactly once: the server keeps only its hash. The administrator
 * confirms having passed it on before the dialog closes.
 */
export function OneTimePasswordModal({ password, username, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ShownOnceModal
      open={!!password}
      title={t('admin:oneTimePassword.title')}
      warning={t('admin:oneTimePassword.warning')}
      confirmLabel={t('admin:oneTimePassword.confirm')}
      doneLabel={t('admin:oneTimePassword.done')}
      onClose={onClose}
    >
      {username ? (
        <Typography.Text>
          {t('admin:oneTimePassword.for')} <Typography.Text strong>{username}</Typography.Text>
        </Typography.Text>
      ) : null}
      <Typography.Paragraph
        copyable={{ text: password ?? '' }}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 26, letterSpacing: 2, textAlign: 'center', background: '#f4f7fb', padding: '16px 8px', borderRadius: 8, margin: 0 }}
      >
        {password}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('admin:oneTimePassword.mustChange')}</Typography.Text>
    </ShownOnceModal>
  );
}
