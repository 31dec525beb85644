import { App, Button, Form, Input, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { checkPassword, meetsPolicy } from './password-rules.ts';
import { PasswordRuleList } from './password-rule-list.tsx';
import { useChangePassword, usePasswordPolicy } from './session.ts';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Current password, then a new one checked live against the policy, typed twice. */
export function ChangePasswordForm({ username, onChanged }: { username: string | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const policy = usePasswordPolicy();
  const change = useChangePassword();
  const problem = useFormProblem(form);
  const newPassword = Form.useWatch('newPassword', form) ?? '';

  if (policy.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (policy.isError) return <ErrorState compact error={policy.error} onRetry={() => void policy.refetch()} />;
  const checks = checkPassword(policy.data, newPassword, username);

  const submit = ({ currentPassword, newPassword: next }: Values) => {
    problem.clear();
    change.mutate(
      { currentPassword, newPassword: next },
      {
        onSuccess: () => {
          void message.success(t('portals:password.changed'));
          form.resetFields();
          onChanged();
        },
        onError: problem.report,
      },
    );
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} autoComplete="off">
      <FormProblem problem={problem.problem} />
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={username ?? ''} readOnly hidden />
      <Form.Item name="currentPassword" label={t('portals:password.current')} rules={[{ required: true, message: t('portals:password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('portals:password.new')}
        rules={[
          { required: true, message: t('portals:password.newRequired') },
          { validator: async (_, value: string) => (meetsPolicy(checkPassword(policy.data, value ?? '', username)) ? undefined : Promise.reject(new Error(t('portals:password.policyUnmet')))) },
        ]}
      >
        <Input.Password autoComplete="new-password" size="large" />
      </Form.Item>
      <PasswordRuleList checks={checks} />
      <Form.Item
        name="confirmPassword"
        label={t('portals:password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('portals:password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string) => (!value || value === getFieldValue('newPassword') ? undefined : Promise.reject(new Error(t('portals:password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={change.isPending}>
        {t('portals:password.submit')}
      </Button>
    </Form>
  );
}
