import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { API_KEY_HEADER, type CreatedApiKey } from '@youyu/contracts';
import { ShownOnceModal } from '../../../components/shown-once-modal.tsx';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } as const;

/**
 * A new key, shown exactly once: the server keeps only its hash. The administrator confirms having
 * handed it to the registrar's system before the dialog closes.
 */
export function ApiKeySecretModal({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  const { t } = useTranslation();
  const endpoint = `${window.location.origin}/api/v1/exchange/registrations`;
  return (
    <ShownOnceModal
      open={!!created}
      title={t('exchange:apiKeys.secret.title', { name: created?.apiKey.name ?? '' })}
      warning={t('exchange:apiKeys.secret.warning')}
      confirmLabel={t('exchange:apiKeys.secret.confirm')}
      doneLabel={t('exchange:apiKeys.secret.done')}
      width={640}
      onClose={onClose}
    >
      <Typography.Paragraph copyable={{ text: created?.secret ?? '' }} style={{ ...mono, fontSize: 15, wordBreak: 'break-all', background: '#f4f7fb', padding: '14px 12px', borderRadius: 8, margin: 0 }}>
        {created?.secret}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('exchange:apiKeys.secret.usage')}</Typography.Text>
      <Typography.Paragraph copyable style={{ ...mono, fontSize: 12, background: '#1b2a41', color: '#e2e8f0', padding: 12, borderRadius: 8, margin: 0, whiteSpace: 'pre-wrap' }}>
        {`POST ${endpoint}\n${API_KEY_HEADER}: ${created?.apiKey.prefix ?? ''}…\nContent-Type: application/json`}
      </Typography.Paragraph>
    </ShownOnceModal>
  );
}
