import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Steps, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { useTotpEnable, useTotpSetup } from './session.ts';
import { groupSecret } from './totp-secret.ts';

/**
 * Set up an authenticator app: get a secret, add it to the app (by the otpauth link or by typing
 * the secret), then prove it works with a current code.
 */
export function TotpEnrolment({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const [form] = Form.useForm<{ code: string }>();
  const problem = useFormProblem(form);
  const [setupProblem, setSetupProblem] = useState<unknown>(null);
  const secret = setup.data;

  const start = () => {
    setSetupProblem(null);
    setup.mutate(undefined, { onError: setSetupProblem });
  };

  return (
    <Flex vertical gap={20}>
      <Steps size="small" current={secret ? 1 : 0} items={[{ title: t('portals:totp.stepApp') }, { title: t('portals:totp.stepVerify') }]} />
      {!secret ? (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('portals:totp.intro')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('portals:totp.apps')}
          </Typography.Paragraph>
          {setupProblem ? <FormProblem problem={{ error: setupProblem, unmatched: [] }} /> : null}
          <Button type="primary" size="large" icon={<SafetyCertificateOutlined />} loading={setup.isPending} onClick={start}>
            {t('portals:totp.start')}
          </Button>
        </Flex>
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ code }) => {
            problem.clear();
            enable.mutate(code, { onSuccess: onEnabled, onError: problem.report });
          }}
        >
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('portals:totp.addHint')} />
          <Typography.Text type="secondary">{t('portals:totp.secret')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: secret.secret }} style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 1, margin: '4px 0 16px' }}>
            {groupSecret(secret.secret)}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('portals:totp.link')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: secret.otpauthUrl }} style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all', margin: '4px 0 20px' }}>
            <a href={secret.otpauthUrl}>{secret.otpauthUrl}</a>
          </Typography.Paragraph>
          <FormProblem problem={problem.problem} />
          <Form.Item name="code" label={t('portals:totp.code')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('portals:signIn.totpFormat') }]}>
            <Input.OTP length={6} inputMode="numeric" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={enable.isPending}>
            {t('portals:totp.enable')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}
