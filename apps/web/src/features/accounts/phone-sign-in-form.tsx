import { useState } from 'react';
import { Alert, Button, Form, Input, Space } from 'antd';
import { MobileOutlined, NumberOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { usePhoneSignIn, useRequestPhoneCode } from './session.ts';
import { useCountdown } from './use-countdown.ts';
import type { Me, PhoneSignIn } from './types.ts';

/** Mainland mobile numbers: 11 digits starting 13–19 (as the contract's PhoneNumber). */
export const mobilePattern = /^1[3-9]\d{9}$/;

/** Families sign in with their phone and a one-time code (an account is created on first sign-in). */
/** `demoPhone`: in demo mode, the demo family's number, offered to fill in. */
export function PhoneSignInForm({ onSignedIn, demoPhone }: { onSignedIn: (me: Me) => void; demoPhone?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PhoneSignIn>();
  const requestCode = useRequestPhoneCode();
  const signIn = usePhoneSignIn();
  const problem = useFormProblem(form);
  const [resendAt, setResendAt] = useState<number | null>(null);
  const [devCode, setDevCode] = useState<string | null>(null);
  const wait = useCountdown(resendAt);

  const sendCode = async () => {
    problem.clear();
    const { phone } = await form.validateFields(['phone']).catch(() => ({ phone: null }));
    if (!phone) return;
    requestCode.mutate(phone, {
      onSuccess: (sent) => {
        setResendAt(Date.now() + sent.resendAfterSeconds * 1000);
        setDevCode(sent.devCode ?? null);
        form.getFieldInstance('code')?.focus?.();
      },
      onError: problem.report,
    });
  };

  const submit = (input: PhoneSignIn) => {
    problem.clear();
    signIn.mutate(input, { onSuccess: (result) => onSignedIn(result.user), onError: problem.report });
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      <FormProblem problem={problem.problem} />
      {demoPhone && !devCode ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('portals:signIn.demoPhone', { phone: demoPhone })}
          action={
            <Button size="small" onClick={() => form.setFieldValue('phone', demoPhone)}>
              {t('portals:signIn.fillCode')}
            </Button>
          }
        />
      ) : null}
      {devCode ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('portals:signIn.devCode', { code: devCode })}
          action={
            <Button size="small" onClick={() => form.setFieldValue('code', devCode)}>
              {t('portals:signIn.fillCode')}
            </Button>
          }
        />
      ) : null}
      <Form.Item name="phone" label={t('portals:signIn.phone')} rules={[{ required: true, pattern: mobilePattern, message: t('portals:signIn.phoneFormat') }]}>
        <Input prefix={<MobileOutlined />} inputMode="tel" autoComplete="tel" maxLength={11} size="large" />
      </Form.Item>
      <Form.Item label={t('portals:signIn.code')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('portals:signIn.codeFormat') }]}>
            <Input prefix={<NumberOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} size="large" />
          </Form.Item>
          <Button size="large" onClick={() => void sendCode()} loading={requestCode.isPending} disabled={wait > 0} style={{ minWidth: 128 }}>
            {wait > 0 ? t('portals:signIn.resendIn', { seconds: wait }) : resendAt ? t('portals:signIn.resend') : t('portals:signIn.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
        {t('common:actions.signIn')}
      </Button>
    </Form>
  );
}
