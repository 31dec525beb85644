import { useState } from 'react';
import { App, Button, Card, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClassType, Fee, ServiceMode } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { useReplaceFees } from '../../../features/filings/filings-api.ts';

type Props = { institutionId: string; classTypes: readonly ClassType[]; serviceModes: readonly ServiceMode[]; fees: readonly Fee[]; disabled?: boolean };
const cell = (classType: string, serviceMode: string) => `${classType}/${serviceMode}`;

/** The monthly fee (yuan, stored in fen) of each class type the institution runs × service mode it offers; blank means not offered. */
export function FeesEditor({ institutionId, classTypes, serviceModes, fees, disabled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const save = useReplaceFees(institutionId);
  const [yuan, setYuan] = useState<Record<string, number | null>>(() => Object.fromEntries(fees.map((f) => [cell(f.classType, f.serviceMode), f.monthlyFeeFen / 100])));

  const submit = () => {
    const items = classTypes.flatMap((classType) =>
      serviceModes.flatMap((serviceMode) => {
        const value = yuan[cell(classType, serviceMode)];
        return value === null || value === undefined ? [] : [{ classType, serviceMode, monthlyFeeFen: Math.round(value * 100) }];
      }),
    );
    save.mutate({ items }, { onSuccess: () => void message.success(t('filings:apply.fees.saved')), onError: (error) => void message.error(errorText(error)) });
  };

  return (
    <Card
      title={t('filings:apply.fees.title')}
      size="small"
      extra={
        <Button onClick={submit} loading={save.isPending} disabled={disabled || classTypes.length === 0}>
          {t('filings:apply.fees.save')}
        </Button>
      }
    >
      {classTypes.length === 0 || serviceModes.length === 0 ? (
        <Typography.Text type="secondary">{t('filings:apply.fees.needClasses')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="classType"
          dataSource={classTypes.map((classType) => ({ classType }))}
          scroll={{ x: 520 }}
          columns={[
            { title: t('institutions:fields.classType'), dataIndex: 'classType', render: (c: string) => t(`institutions:classTypes.${c}`) },
            ...serviceModes.map((mode) => ({
              title: t(`institutions:serviceModes.${mode}`),
              key: mode,
              width: 150,
              render: (_: unknown, row: { classType: ClassType }) => (
                <InputNumber
                  aria-label={`${t(`institutions:classTypes.${row.classType}`)} ${t(`institutions:serviceModes.${mode}`)}`}
                  min={0}
                  max={100000}
                  precision={2}
                  addonAfter={t('filings:apply.fees.perMonth')}
                  value={yuan[cell(row.classType, mode)] ?? null}
                  disabled={disabled}
                  onChange={(v) => setYuan((current) => ({ ...current, [cell(row.classType, mode)]: v }))}
                  style={{ width: 140 }}
                />
              ),
            })),
          ]}
        />
      )}
    </Card>
  );
}
