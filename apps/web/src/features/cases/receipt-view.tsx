import { useEffect } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Submitted } from './report-form.tsx';

/** What the submitter sees at once: the tracking code, big and copyable, and where to follow the case. */
export function ReceiptView({ result, onAnother }: { result: Submitted; onAnother: () => void }) {
  const { t } = useTranslation();
  const { receipt, evidenceProblems } = result;
  // The form was long and the page scrolled down; the code must be the first thing seen.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  const title = receipt.isDuplicate ? t('cases:receipt.duplicateTitle') : receipt.isUrgent ? t('cases:receipt.urgentTitle') : t('cases:receipt.title');
  return (
    <Result
      status="success"
      title={title}
      subTitle={t('cases:receipt.keep')}
      style={{ padding: '24px 0' }}
      extra={
        <Flex vertical gap={16} align="center">
          <Flex vertical align="center" gap={4} style={{ background: '#f6f8fb', borderRadius: 12, padding: '16px 20px', width: '100%' }}>
            <Typography.Text type="secondary">{t('cases:receipt.code')}</Typography.Text>
            <Typography.Text data-testid="tracking-code" copyable={{ text: receipt.trackingCode, tooltips: [t('cases:receipt.copy'), t('cases:receipt.copied')] }} style={{ fontSize: 26, fontWeight: 600, letterSpacing: 2, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}>
              {receipt.trackingCode}
            </Typography.Text>
          </Flex>
          {receipt.isCodeTexted ? <Alert type="info" showIcon message={t('cases:receipt.texted')} style={{ width: '100%' }} /> : null}
          {evidenceProblems.map((p) => (
            <Alert key={p} type="warning" showIcon message={p} style={{ width: '100%' }} />
          ))}
          <Link to={`/cases/${receipt.trackingCode}`} style={{ width: '100%' }}>
            <Button type="primary" size="large" block>
              {t('cases:receipt.view')}
            </Button>
          </Link>
          <Button type="link" onClick={onAnother}>
            {t('cases:receipt.another')}
          </Button>
        </Flex>
      }
    />
  );
}
