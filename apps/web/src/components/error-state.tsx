import { Alert, Button, Result, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { requestIdOf, useErrorText } from './error-text.ts';

type Props = {
  error: unknown;
  onRetry?: () => void;
  /** Inline inside a card or panel instead of a whole-page result. */
  compact?: boolean;
};

/** A failed load: what went wrong in plain words, a retry, and the request id support will ask for. */
export function ErrorState({ error, onRetry, compact = false }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const requestId = requestIdOf(error);
  const reference = requestId ? (
    <Typography.Text type="secondary" copyable={{ text: requestId }} style={{ fontSize: 12 }}>
      {t('common:states.requestId', { requestId })}
    </Typography.Text>
  ) : null;
  const retry = onRetry ? (
    <Button icon={<ReloadOutlined />} onClick={onRetry} size={compact ? 'small' : 'middle'}>
      {t('common:actions.retry')}
    </Button>
  ) : null;

  if (compact) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('common:states.errorTitle')}
        description={
          <Space direction="vertical" size={4}>
            <span>{errorText(error)}</span>
            {reference}
          </Space>
        }
        action={retry}
      />
    );
  }
  return (
    <Result
      status="warning"
      title={t('common:states.errorTitle')}
      subTitle={
        <Space direction="vertical" size={4}>
          <span>{errorText(error)}</span>
          {reference}
        </Space>
      }
      extra={retry}
    />
  );
}
