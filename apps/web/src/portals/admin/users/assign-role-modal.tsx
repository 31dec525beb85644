import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { roles, type AssignRoleBody, type Role, type User } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { useAssignRole } from '../../../features/accounts/admin-api.ts';
import { placementFor } from '../../../features/accounts/role-placement.ts';
import { PlacementFields } from './placement-fields.tsx';

type Values = { role: Role; department?: string | null; jurisdictionCode?: string | null; institutionId?: string | null };

/** The security administrator's act: a role with the placement it needs. */
export function AssignRoleModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const assign = useAssignRole(user.id);
  const problem = useFormProblem(form);

  const submit = (values: Values) => {
    problem.clear();
    assign.mutate({ role: values.role, ...placementFor(values.role, values) } as AssignRoleBody, { onSuccess: onClose, onError: problem.report });
  };

  return (
    <Modal open={open} title={t('admin:users.roleTitle')} okText={t('common:actions.save')} onOk={() => form.submit()} confirmLoading={assign.isPending} onCancel={onClose} destroyOnHidden width={560}>
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        preserve={false}
        initialValues={{ role: user.role, department: user.department, jurisdictionCode: user.jurisdictionCode, institutionId: user.institutionId }}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('admin:users.roleHint')} />
        <FormProblem problem={problem.problem} />
        <Form.Item name="role" label={t('admin:users.fields.role')} rules={[{ required: true, message: t('admin:users.required') }]}>
          <Select options={roles.map((r) => ({ value: r, label: t(`auth:roles.${r}`) }))} />
        </Form.Item>
        <PlacementFields role={role} />
      </Form>
    </Modal>
  );
}
