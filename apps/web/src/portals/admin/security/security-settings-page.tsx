import { App, Button, Card, Col, Form, Input, InputNumber, Row, Skeleton, Switch, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { defaultSecuritySettings, type SecuritySettings, type SecuritySettingsUpdate } from '@youyu/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { useSaveSecuritySettings, useSecuritySettings } from '../../../features/accounts/admin-api.ts';
import { fieldSpec, settingSections } from './settings-fields.ts';

export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const settings = useSecuritySettings();
  return (
    <>
      <PageHeader title={t('auth:settings.title')} description={t('auth:settings.intro')} />
      <QueryState query={settings} skeleton={<Skeleton active paragraph={{ rows: 12 }} />}>
        {(data) => <SettingsForm settings={data} />}
      </QueryState>
    </>
  );
}

/** Every setting on one form, saved together with a reason the audit log keeps. */
function SettingsForm({ settings }: { settings: SecuritySettings }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<SecuritySettingsUpdate>();
  const save = useSaveSecuritySettings();
  const problem = useFormProblem(form);

  const submit = (values: SecuritySettingsUpdate) =>
    modal.confirm({
      title: t('admin:security.confirmTitle'),
      content: t('admin:security.confirm'),
      onOk: () => {
        problem.clear();
        return save.mutateAsync({ ...values, reason: values.reason?.trim() || undefined }).then(
          (saved) => {
            form.setFieldsValue({ ...saved, reason: '' });
            void message.success(t('admin:security.saved'));
          },
          problem.report,
        );
      },
    });

  return (
    <Form form={form} layout="vertical" requiredMark={false} initialValues={settings} onFinish={submit}>
      <FormProblem problem={problem.problem} />
      <Row gutter={[16, 16]}>
        {settingSections.map((section) => (
          <Col key={section.key} xs={24} xl={12}>
            <Card title={t(`auth:settings.sections.${section.key}`)} style={{ height: '100%' }}>
              {section.fields.map((key) => {
                const spec = fieldSpec(key);
                const label = t(`auth:settings.fields.${key}.label`);
                const help = t(`auth:settings.fields.${key}.help`);
                return spec.kind === 'boolean' ? (
                  <Form.Item key={key} name={key} label={label} extra={help} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                ) : (
                  <Form.Item key={key} name={key} label={label} extra={help} rules={[{ required: true, type: 'integer', min: spec.min, max: spec.max, message: t('admin:security.range', spec) }]}>
                    <InputNumber min={spec.min} max={spec.max} precision={0} style={{ width: 180 }} />
                  </Form.Item>
                );
              })}
            </Card>
          </Col>
        ))}
      </Row>
      <Card style={{ marginTop: 16 }}>
        <Form.Item name="reason" label={t('auth:settings.reason.label')} extra={t('admin:security.reasonHelp')}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('auth:settings.reason.placeholder')} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('admin:security.defaultsNote')}</Typography.Paragraph>
        <Row justify="end" gutter={8}>
          <Col>
            <Button icon={<UndoOutlined />} onClick={() => form.setFieldsValue(defaultSecuritySettings)}>
              {t('admin:security.restoreDefaults')}
            </Button>
          </Col>
          <Col>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}
