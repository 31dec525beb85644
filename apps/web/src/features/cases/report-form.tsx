import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Input, Radio, Switch, Typography, Upload, type UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { caseCategories, EVIDENCE_PER_CASE_MAX, type CaseCategory, type CaseReceipt } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { useErrorText } from '../../components/error-text.ts';
import { uploadEvidence, useSubmitComplaint, useSubmitReport } from './cases-api.ts';
import { InstitutionField } from './institution-field.tsx';
import { PlaceFields } from './place-fields.tsx';

type Values = {
  category: CaseCategory;
  institutionId?: string;
  isUnknownPlace?: boolean;
  districtCode?: string;
  subdistrictCode?: string;
  institutionName?: string;
  address?: string;
  description: string;
  isAnonymous: boolean;
  name?: string;
  phone?: string;
};

export type Submitted = { receipt: CaseReceipt; evidenceProblems: string[] };
type Props = { mode: 'report' | 'complaint'; institutionId?: string; onSubmitted: (result: Submitted) => void };

/**
 * The form behind 投诉举报: what the problem is, which institution (or where, when it is not in
 * the register), what happened, who is asking (a report may be anonymous), evidence files. A
 * family's complaint comes from its account, so it asks neither name nor phone. The evidence is
 * sent once the case exists, by its tracking code.
 */
export function ReportForm({ mode, institutionId, onSubmitted }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const { problem, report: showProblem, clear } = useFormProblem(form);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [isUploading, setUploading] = useState(false);
  const report = useSubmitReport();
  const complaint = useSubmitComplaint();
  const isUnknownPlace = Form.useWatch('isUnknownPlace', form);
  const isAnonymous = Form.useWatch('isAnonymous', form);
  const required = [{ required: true, message: t('cases:report.required') }];

  const submit = async (values: Values) => {
    clear();
    const place = values.isUnknownPlace
      ? { districtCode: values.districtCode, subdistrictCode: values.subdistrictCode, institutionName: values.institutionName || undefined, address: values.address || undefined }
      : { institutionId: values.institutionId };
    try {
      const receipt =
        mode === 'complaint'
          ? await complaint.mutateAsync({ category: values.category, institutionId: values.institutionId!, description: values.description })
          : await report.mutateAsync({ category: values.category, ...place, description: values.description, isAnonymous: values.isAnonymous, phone: values.phone || undefined, ...(values.isAnonymous ? {} : { name: values.name || undefined }) });
      setUploading(true);
      const evidenceProblems: string[] = [];
      for (const file of files) {
        await uploadEvidence(receipt.trackingCode, file.originFileObj as File, i18n.language).catch((error: unknown) => evidenceProblems.push(t('cases:receipt.evidenceFailed', { name: file.name, reason: errorText(error) })));
      }
      setUploading(false);
      onSubmitted({ receipt, evidenceProblems });
    } catch (error) {
      setUploading(false);
      showProblem(error);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={{ institutionId, isAnonymous: mode === 'report', isUnknownPlace: false }} onFinish={(v) => void submit(v)} scrollToFirstError>
      <Form.Item name="category" label={t('cases:report.category')} rules={required}>
        <Radio.Group style={{ width: '100%' }}>
          <Flex vertical gap={6}>
            {caseCategories.map((c) => (
              <Radio key={c} value={c} style={{ border: '1px solid #e8edf5', borderRadius: 8, padding: '8px 10px', margin: 0, width: '100%' }}>
                <Flex vertical>
                  <Typography.Text strong type={c === 'abuse' ? 'danger' : undefined}>
                    {t(`cases:categories.${c}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`cases:categoryHints.${c}`)}
                  </Typography.Text>
                </Flex>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>

      {!isUnknownPlace ? (
        <Form.Item name="institutionId" label={t('cases:report.institution')} rules={required}>
          <InstitutionField placeholder={t('cases:report.institutionSearch')} />
        </Form.Item>
      ) : null}
      {mode === 'report' ? (
        <Form.Item name="isUnknownPlace" valuePropName="checked" style={{ marginTop: -12 }}>
          <Checkbox>{t('cases:report.institutionUnknown')}</Checkbox>
        </Form.Item>
      ) : null}
      {isUnknownPlace ? <PlaceFields /> : null}

      <Form.Item name="description" label={t('cases:report.description')} rules={[...required, { min: 10, message: t('cases:report.required') }]}>
        <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('cases:report.descriptionPlaceholder')} />
      </Form.Item>

      <Form.Item label={t('cases:report.evidence')} extra={t('cases:report.evidenceHint')}>
        <Upload
          accept="application/pdf,image/jpeg,image/png"
          multiple
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList.slice(0, EVIDENCE_PER_CASE_MAX))}
        >
          {files.length < EVIDENCE_PER_CASE_MAX ? <Button icon={<PaperClipOutlined />}>{t('cases:report.addFile')}</Button> : null}
        </Upload>
      </Form.Item>

      {mode === 'report' ? (
        <>
          <Form.Item name="isAnonymous" valuePropName="checked" label={t('cases:report.anonymous')} extra={isAnonymous ? t('cases:report.anonymousHint') : undefined}>
            <Switch />
          </Form.Item>
          {!isAnonymous ? (
            <Form.Item name="name" label={t('cases:report.name')}>
              <Input maxLength={50} autoComplete="name" />
            </Form.Item>
          ) : null}
          {/* Anonymous reporters may still have the tracking code texted to them; the number is not kept. */}
          <Form.Item
            name="phone"
            label={t(isAnonymous ? 'cases:report.codePhone' : 'cases:report.phone')}
            extra={t(isAnonymous ? 'cases:report.codePhoneHint' : 'cases:report.phoneHint')}
            rules={[...(isAnonymous ? [] : required), { pattern: /^1[3-9]\d{9}$/, message: t('cases:report.phoneInvalid') }]}
          >
            <Input inputMode="tel" maxLength={11} autoComplete="tel" />
          </Form.Item>
        </>
      ) : null}

      <FormProblem problem={problem} />
      <Alert type="warning" showIcon message={t('cases:report.urgentNote')} style={{ marginBottom: 16 }} />
      <Button type="primary" htmlType="submit" size="large" block loading={report.isPending || complaint.isPending || isUploading}>
        {report.isPending || complaint.isPending || isUploading ? t('cases:report.submitting') : t('cases:report.submit')}
      </Button>
    </Form>
  );
}
