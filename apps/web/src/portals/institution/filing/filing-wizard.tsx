import { useState } from 'react';
import { Alert, Button, Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDetail, FilingItem, InstitutionDetail } from '@youyu/contracts';
import { BasicsStep } from './basics-step.tsx';
import { ClassesStep } from './classes-step.tsx';
import { MaterialsStep } from './materials-step.tsx';
import { StaffStep } from './staff-step.tsx';
import { SubmitStep } from './submit-step.tsx';

const steps = ['basics', 'classes', 'staff', 'materials', 'submit'] as const;
type Step = (typeof steps)[number];

/** Which step corrects a returned item. */
const stepOf: Record<FilingItem, Step> = {
  basics: 'basics',
  location: 'basics',
  premises: 'basics',
  classes: 'classes',
  fees: 'classes',
  staff: 'staff',
  commitment: 'submit',
  fireSafety: 'materials',
  premisesProof: 'materials',
  healthEvaluation: 'materials',
  staffQualifications: 'materials',
  foodLicence: 'materials',
  other: 'materials',
};

/**
 * The director's stepped filing form: basics, classes and fees, staff, materials, commitment and
 * submission. A returned filing opens on the first step with something to correct.
 */
export function FilingWizard({ filing, institution, signer }: { filing: FilingDetail; institution: InstitutionDetail; signer: string }) {
  const { t } = useTranslation();
  const flaggedSteps = new Set(filing.returnItems.map((i) => stepOf[i.item]));
  const [current, setCurrent] = useState<number>(() => Math.max(0, steps.findIndex((s) => flaggedSteps.has(s))));
  const next = () => setCurrent((c) => Math.min(c + 1, steps.length - 1));
  const step = steps[current]!;

  return (
    <>
      {filing.returnItems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('filings:apply.returnedTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {filing.returnItems.map((r) => (
                <li key={`${r.item}-${r.reason}`}>
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setCurrent(steps.indexOf(stepOf[r.item]))}>
                    {t(`filings:items.${r.item}`)}
                  </Button>
                  ：{r.reason}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={current}
          onChange={setCurrent}
          responsive
          items={steps.map((s) => ({ title: t(`filings:apply.steps.${s}.title`), description: t(`filings:apply.steps.${s}.description`), status: flaggedSteps.has(s) && s !== step ? 'error' : undefined }))}
        />
      </Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t(`filings:apply.steps.${step}.title`)}
      </Typography.Title>
      {step === 'basics' ? <BasicsStep key={institution.revision} institution={institution} onSaved={next} /> : null}
      {step === 'classes' ? <ClassesStep institution={institution} onNext={next} /> : null}
      {step === 'staff' ? <StaffStep institution={institution} onNext={next} /> : null}
      {step === 'materials' ? <MaterialsStep filing={filing} onNext={next} /> : null}
      {step === 'submit' ? <SubmitStep filing={filing} defaultSigner={signer} /> : null}
    </>
  );
}
