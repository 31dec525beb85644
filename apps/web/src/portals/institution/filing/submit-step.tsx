import { App, Button, Card, Checkbox, Form, Input, Skeleton, Space, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { ProblemList } from '../../../features/filings/problem-list.tsx';
import { useFilingCheck, useSubmitFiling } from '../../../features/filings/filings-api.ts';

/** Last step: what still stands in the way (each citing its rule), the commitment (承诺书), submission. */
export function SubmitStep({ filing, defaultSigner }: { filing: FilingDetail; defaultSigner: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const check = useFilingCheck(filing.id);
  const submit = useSubmitFiling(filing.id);
  const [form] = Form.useForm<{ signerName: string; accepted: boolean }>();
  const { problem, report, clear } = useFormProblem(form);
  const isReady = check.data?.problems.length === 0;

  const send = async ({ signerName }: { signerName: string }) => {
    clear();
    try {
      const result = await submit.mutateAsync({ revision: filing.revision, signerName });
      void message.success(t('filings:apply.submitted', { date: result.deadline?.dueOn ?? '' }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <QueryState query={check} skeleton={<Skeleton active paragraph={{ rows: 3 }} />}>
        {(data) => <ProblemList problems={data.problems} />}
      </QueryState>
      <Card size="small" title={t('filings:commitment.title')}>
        <Typography.Paragraph style={{ background: '#fafbfd', border: '1px solid #e8edf5', borderRadius: 6, padding: 16, lineHeight: 1.9 }}>{t('filings:commitment.text')}</Typography.Paragraph>
        <FormProblem problem={problem} />
        <Form form={form} layout="vertical" initialValues={{ signerName: defaultSigner, accepted: false }} onFinish={(v) => void send(v)} style={{ maxWidth: 480 }}>
          <Form.Item name="accepted" valuePropName="checked" rules={[{ validator: async (_, v: boolean) => (v ? undefined : Promise.reject(new Error(t('filings:apply.commitRequired')))) }]}>
            <Checkbox>{t('filings:apply.commitCheckbox')}</Checkbox>
          </Form.Item>
          <Form.Item name="signerName" label={t('filings:apply.signerName')} rules={[{ required: true, min: 2, max: 50 }]} extra={t('filings:apply.signerHint')}>
            <Input />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" icon={<SendOutlined />} loading={submit.isPending} disabled={!isReady}>
            {t(filing.state === 'returned' ? 'filings:apply.resubmit' : 'filings:apply.submit')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
