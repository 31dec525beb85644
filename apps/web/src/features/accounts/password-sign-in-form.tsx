import { useState } from 'react';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../../api/problem.ts';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { useSignIn } from './session.ts';
import type { Me, PasswordSignIn } from './types.ts';

type Props = { onSignedIn: (me: Me) => void; username?: string };

/**
 * Staff sign-in: username and password, then — when the account has TOTP — a second step for the
 * 6-digit code, without asking for the password again.
 */
export function PasswordSignInForm({ onSignedIn, username }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordSignIn>();
  const [codeForm] = Form.useForm<{ totpCode: string }>();
  const [pending, setPending] = useState<PasswordSignIn | null>(null);
  const signIn = useSignIn();
  const problem = useFormProblem(form);
  const codeProblem = useFormProblem(codeForm);

  const submit = (input: PasswordSignIn) => {
    problem.clear();
    codeProblem.clear();
    signIn.mutate(input, {
      onSuccess: (result) => onSignedIn(result.user),
      onError: (error) => {
        if (hasCode(error, 'TOTP_REQUIRED')) setPending({ username: input.username, password: input.password });
        else if (input.totpCode && hasCode(error, 'TOTP_INVALID')) codeForm.setFields([{ name: 'totpCode', errors: [error.detail] }]);
        else if (input.totpCode) codeProblem.report(error);
        else problem.report(error);
      },
    });
  };

  if (pending) {
    return (
      <Form form={codeForm} layout="vertical" requiredMark={false} onFinish={({ totpCode }) => submit({ ...pending, totpCode })}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 16, textAlign: 'center' }}>
          <SafetyCertificateOutlined style={{ fontSize: 36, color: '#1d5fd1' }} />
          <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
            {t('portals:signIn.totpTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('portals:signIn.totpHint')}</Typography.Text>
        </Flex>
        <FormProblem problem={codeProblem.problem} />
        <Form.Item name="totpCode" rules={[{ required: true, pattern: /^\d{6}$/, message: t('portals:signIn.totpFormat') }]} style={{ display: 'flex', justifyContent: 'center' }}>
          <Input.OTP length={6} autoFocus inputMode="numeric" size="large" aria-label={t('portals:signIn.totpTitle')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
          {t('portals:signIn.verify')}
        </Button>
        <Button type="link" block onClick={() => setPending(null)} style={{ marginTop: 8 }}>
          {t('portals:signIn.backToPassword')}
        </Button>
      </Form>
    );
  }

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ username }} key={username}>
      <FormProblem problem={problem.problem} type={hasCode(problem.problem?.error, 'ACCOUNT_LOCKED') ? 'warning' : 'error'} />
      <Form.Item name="username" label={t('portals:signIn.username')} rules={[{ required: true, whitespace: true, message: t('portals:signIn.usernameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" size="large" autoFocus={!username} />
      </Form.Item>
      <Form.Item name="password" label={t('portals:signIn.password')} rules={[{ required: true, message: t('portals:signIn.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" autoFocus={!!username} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
        {t('common:actions.signIn')}
      </Button>
    </Form>
  );
}
