import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { useUpdateUser } from '../../../features/accounts/admin-api.ts';
import { mobilePattern } from '../../../features/accounts/phone-sign-in-form.tsx';

type Values = { displayName: string; phone?: string };

/** Name and phone. The phone is shown masked, so it is only sent when the administrator types a new one. */
export function EditProfileModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser(user.id);
  const problem = useFormProblem(form);

  const submit = ({ displayName, phone }: Values) => {
    problem.clear();
    update.mutate({ displayName, ...(phone ? { phone } : {}) }, { onSuccess: onClose, onError: problem.report });
  };

  return (
    <Modal open={open} title={t('admin:users.editTitle')} okText={t('common:actions.save')} onOk={() => form.submit()} confirmLoading={update.isPending} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ displayName: user.displayName }} preserve={false}>
        <FormProblem problem={problem.problem} />
        <Form.Item name="displayName" label={t('admin:users.fields.displayName')} rules={[{ required: true, whitespace: true, max: 50, message: t('admin:users.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('admin:users.fields.phone')}
          extra={user.phone ? t('admin:users.phoneKeep', { phone: user.phone }) : undefined}
          rules={[{ pattern: mobilePattern, message: t('portals:signIn.phoneFormat') }]}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
