import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReceiptView } from '../../../features/cases/receipt-view.tsx';
import { ReportForm, type Submitted } from '../../../features/cases/report-form.tsx';
import { PublicLayout } from '../public-layout.tsx';
import { LookupBox } from './lookup-box.tsx';

/** 投诉举报: anyone reports a problem with an institution, anonymously if they wish; `?institution=` prefills it. */
export function ReportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [result, setResult] = useState<Submitted | null>(null);
  const [round, setRound] = useState(0);
  return (
    <PublicLayout>
      <div style={{ maxWidth: 560, margin: '0 auto', padding: '20px 16px 40px' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('cases:report.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('cases:report.subtitle')}</Typography.Paragraph>
        <Card>
          {result ? (
            <ReceiptView
              result={result}
              onAnother={() => {
                setResult(null);
                setRound((n) => n + 1);
              }}
            />
          ) : (
            <ReportForm key={round} mode="report" institutionId={params.get('institution') ?? undefined} onSubmitted={setResult} />
          )}
        </Card>
        <Card style={{ marginTop: 16 }} title={t('cases:lookup.title')}>
          <LookupBox />
        </Card>
      </div>
    </PublicLayout>
  );
}
