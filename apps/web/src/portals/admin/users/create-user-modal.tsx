import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { staffRoles, type CreateUserBody, type Role, type UserWithOneTimePassword } from '@youyu/contracts';
import { CreateFormModal } from '../../../components/create-form-modal.tsx';
import { useCreateUser } from '../../../features/accounts/admin-api.ts';
import { placementFor } from '../../../features/accounts/role-placement.ts';
import { mobilePattern } from '../../../features/accounts/phone-sign-in-form.tsx';
import { PlacementFields } from './placement-fields.tsx';

type Values = { username: string; displayName: string; phone?: string; role: Role; department?: string; jurisdictionCode?: string; institutionId?: string };

/** Staff accounts only: families create their own by signing in with their phone. */
export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (result: UserWithOneTimePassword) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const toBody = (values: Values) => ({ username: values.username, displayName: values.displayName, phone: values.phone || null, role: values.role, ...placementFor(values.role, values) }) as CreateUserBody;

  return (
    <CreateFormModal
      open={open}
      title={t('admin:users.createTitle')}
      width={560}
      form={form}
      mutate={(values: Values, callbacks) => create.mutate(toBody(values), callbacks)}
      pending={create.isPending}
      onClose={onClose}
      onCreated={onCreated}
    >
        <Form.Item name="username" label={t('admin:users.fields.username')} extra={t('admin:users.usernameHint')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{2,31}$/i, message: t('admin:users.usernameFormat') }]}>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin:users.fields.displayName')} rules={[{ required: true, whitespace: true, max: 50, message: t('admin:users.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('admin:users.fields.phone')} rules={[{ pattern: mobilePattern, message: t('portals:signIn.phoneFormat') }]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="role" label={t('admin:users.fields.role')} rules={[{ required: true, message: t('admin:users.required') }]}>
          <Select options={staffRoles.map((r) => ({ value: r, label: t(`auth:roles.${r}`) }))} />
        </Form.Item>
        <PlacementFields role={role} />
    </CreateFormModal>
  );
}
