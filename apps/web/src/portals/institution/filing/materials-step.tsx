import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Form, Progress, Radio, Space, Tag, Typography, Upload } from 'antd';
import { CheckCircleFilled, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { MATERIAL_MAX_BYTES, healthEvaluationRatings, type FilingDetail, type HealthEvaluationRating, type MaterialCategory } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { MaterialsList } from '../../../features/filings/materials-list.tsx';
import { uploadMaterial, useDeleteMaterial, useUpdateFiling } from '../../../features/filings/filings-api.ts';

/** Step 4: the required materials, one upload each (PDF, JPG or PNG, ≤ 10 MB, with progress), and the health evaluation's conclusion. */
export function MaterialsStep({ filing, onNext }: { filing: FilingDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const categories: MaterialCategory[] = [...filing.requiredMaterials, 'other'];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('filings:apply.materials.hint')}
      </Typography.Paragraph>
      {categories.map((category) => (
        <MaterialCard key={category} filing={filing} category={category} required={category !== 'other'} />
      ))}
      {filing.requiredMaterials.includes('healthEvaluation') ? <HealthEvaluationCard filing={filing} /> : null}
      <Button type="primary" onClick={onNext}>
        {t('filings:apply.next')}
      </Button>
    </Space>
  );
}

function MaterialCard({ filing, category, required }: { filing: FilingDetail; category: MaterialCategory; required: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const remove = useDeleteMaterial(filing.id);
  const [progress, setProgress] = useState<Record<string, number>>({});
  const files = filing.materials.filter((m) => m.category === category);
  const returned = filing.returnItems.find((r) => r.item === category);

  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap={8} wrap>
          {files.length > 0 ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : null}
          <span>{t(`filings:materialCategories.${category}`)}</span>
          {required ? <Tag color={files.length > 0 ? 'green' : 'orange'}>{t(files.length > 0 ? 'filings:apply.materials.done' : 'filings:apply.materials.required')}</Tag> : <Tag>{t('filings:apply.materials.optional')}</Tag>}
        </Flex>
      }
      extra={
        <Upload
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MATERIAL_MAX_BYTES) {
              void message.error(t('filings:apply.materials.tooLarge', { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            const f = file as File;
            uploadMaterial(filing.id, category, f, i18n.language, (percent) => setProgress((p) => ({ ...p, [f.name]: percent })))
              .then((material) => {
                onSuccess?.(material);
                void client.invalidateQueries({ queryKey: ['filings', filing.id] });
              })
              .catch((error: unknown) => {
                void message.error(`${f.name}：${errorText(error)}`);
                onError?.(error as Error);
              })
              .finally(() =>
                setProgress((p) => {
                  const { [f.name]: _done, ...rest } = p;
                  return rest;
                }),
              );
          }}
        >
          <Button icon={<UploadOutlined />}>{t('filings:apply.materials.upload')}</Button>
        </Upload>
      }
      style={returned ? { borderColor: '#faad14' } : undefined}
    >
      {returned ? <Typography.Paragraph type="warning">{t('filings:apply.returnedReason', { reason: returned.reason })}</Typography.Paragraph> : null}
      {Object.entries(progress).map(([name, percent]) => (
        <div key={name}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {name}
          </Typography.Text>
          <Progress percent={percent} size="small" status="active" />
        </div>
      ))}
      <MaterialsList filingId={filing.id} materials={files} onDelete={(id) => remove.mutate(id, { onError: (error) => void message.error(errorText(error)) })} deleting={remove.isPending} />
    </Card>
  );
}

function HealthEvaluationCard({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const save = useUpdateFiling(filing.id);
  const [form] = Form.useForm<{ rating: HealthEvaluationRating; issuedOn: Dayjs }>();
  return (
    <Card size="small" title={t('filings:apply.materials.healthEvaluation')}>
      <Form
        form={form}
        layout="inline"
        initialValues={{ rating: filing.healthEvaluation.rating ?? undefined, issuedOn: filing.healthEvaluation.issuedOn ? dayjs(filing.healthEvaluation.issuedOn) : undefined }}
        onFinish={(v) =>
          save.mutate(
            { revision: filing.revision, healthEvaluation: { rating: v.rating, issuedOn: v.issuedOn.format('YYYY-MM-DD') } },
            { onSuccess: () => void message.success(t('filings:apply.saved')), onError: (error) => void message.error(errorText(error)) },
          )
        }
      >
        <Form.Item name="rating" label={t('filings:apply.materials.conclusion')} rules={[{ required: true }]}>
          <Radio.Group options={healthEvaluationRatings.map((r) => ({ value: r, label: t(`filings:healthEvaluationRatings.${r}`) }))} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('filings:apply.materials.issuedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Form.Item>
      </Form>
      {filing.healthEvaluation.rating === 'unqualified' ? <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }}>{t('filings:problems.HEALTH_EVALUATION_NOT_QUALIFIED')}</Typography.Paragraph> : null}
    </Card>
  );
}
