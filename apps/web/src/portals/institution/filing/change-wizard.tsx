import { useState } from 'react';
import { Alert, Card, Skeleton, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDetail, InstitutionDetail } from '@youyu/contracts';
import { useActiveStaff, useClassRosters } from '../../../features/filings/filings-api.ts';
import { ChangeStep } from './change-step.tsx';
import { MaterialsStep } from './materials-step.tsx';
import { SubmitStep } from './submit-step.tsx';

const steps = ['changes', 'materials', 'submit'] as const;

/** The change filing's form: what changes, the materials those changes need, the commitment. */
export function ChangeWizard({ filing, institution, signer }: { filing: FilingDetail; institution: InstitutionDetail; signer: string }) {
  const { t } = useTranslation();
  const rosters = useClassRosters(institution.id);
  const staff = useActiveStaff(institution.id);
  const [current, setCurrent] = useState(0);
  const step = steps[current]!;
  const next = () => setCurrent((c) => Math.min(c + 1, steps.length - 1));
  return (
    <>
      {filing.returnItems.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings:apply.returnedTitle')} description={filing.returnItems.map((r) => `${t(`filings:items.${r.item}`)}：${r.reason}`).join('；')} />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Steps current={current} onChange={setCurrent} items={steps.map((s) => ({ title: t(`filings:change.steps.${s}`) }))} />
      </Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t(`filings:change.steps.${step}`)}
      </Typography.Title>
      {step === 'changes' ? (
        rosters.data && staff.data ? (
          <ChangeStep filing={filing} institution={institution} rosters={rosters.data.items} staff={staff.data.items} onSaved={next} />
        ) : (
          <Skeleton active />
        )
      ) : null}
      {step === 'materials' ? <MaterialsStep filing={filing} onNext={next} /> : null}
      {step === 'submit' ? <SubmitStep filing={filing} defaultSigner={signer} /> : null}
    </>
  );
}
