import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReceiptView } from '../../../features/cases/receipt-view.tsx';
import { ReportForm, type Submitted } from '../../../features/cases/report-form.tsx';

/** A family's complaint about an institution, from its account; `?institution=` prefills it. */
export function NewComplaintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [result, setResult] = useState<Submitted | null>(null);
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('cases:mine.newTitle')}
      </Typography.Title>
      <Card style={{ borderRadius: 16 }}>
        {result ? <ReceiptView result={result} onAnother={() => setResult(null)} /> : <ReportForm mode="complaint" institutionId={params.get('institution') ?? undefined} onSubmitted={setResult} />}
      </Card>
    </>
  );
}
