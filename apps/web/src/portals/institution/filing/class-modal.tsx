import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { classTypes, type ClassInput, type ClassRoster } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';

type Props = { open: boolean; editing: ClassRoster | null; onClose: () => void; onSubmit: (values: ClassInput) => Promise<unknown> };

/** Adds or changes a class; the size limit in force is checked by the server, which cites the rule. */
export function ClassModal({ open, editing, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const { form, problem, close, submit } = useModalForm<ClassInput>(onClose, onSubmit);
  return (
    <Modal open={open} title={t(editing ? 'filings:apply.classes.edit' : 'filings:apply.classes.add')} okText={t('common:actions.save')} onOk={() => void submit()} onCancel={close} destroyOnHidden>
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" initialValues={editing ? { name: editing.name, classType: editing.classType, capacity: editing.capacity } : { classType: 'twosClass' }}>
        <Form.Item name="name" label={t('institutions:fields.className')} rules={[{ required: true, max: 50 }]}>
          <Input placeholder={t('filings:apply.classes.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="classType" label={t('institutions:fields.classType')} rules={[{ required: true }]}>
          <Select options={classTypes.map((c) => ({ value: c, label: t(`institutions:classTypes.${c}`) }))} />
        </Form.Item>
        <Form.Item name="capacity" label={t('institutions:fields.capacity')} rules={[{ required: true, type: 'number', min: 1, max: 200 }]} extra={t('filings:apply.classes.capacityHint')}>
          <InputNumber min={1} max={200} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
