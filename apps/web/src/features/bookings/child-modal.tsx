import { useEffect } from 'react';
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { sexes, type FamilyChild } from '@youyu/contracts';
import { FormProblem } from '../../components/form-problem.tsx';
import { useModalForm } from '../../components/use-modal-form.ts';
import { useSaveChild } from './children-api.ts';

type Values = { name: string; birthDate: Dayjs; sex: FamilyChild['sex'] };

type Props = {
  open: boolean;
  /** The child to correct; none adds one. */
  child?: FamilyChild | null;
  onClose: () => void;
  onSaved?: (child: FamilyChild) => void;
};

/** Name, birth date and sex: all a booking needs to know about a child. */
export function ChildModal({ open, child, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const saveChild = useSaveChild();
  const { form, problem, close, submit } = useModalForm<Values>(onClose, async (v) => {
    const saved = await saveChild.mutateAsync({ id: child?.id, name: v.name, sex: v.sex, birthDate: v.birthDate.format('YYYY-MM-DD') });
    onSaved?.(saved);
  });
  useEffect(() => {
    if (open && child) form.setFieldsValue({ name: child.name, sex: child.sex, birthDate: dayjs(child.birthDate) });
  }, [open, child, form]);
  const required = [{ required: true, message: t('bookings:children.required') }];
  return (
    <Modal open={open} title={child ? t('bookings:children.editTitle') : t('bookings:children.add')} okText={t('common:actions.save')} onOk={() => void submit()} onCancel={close} confirmLoading={saveChild.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} requiredMark={false}>
        <Form.Item name="name" label={t('bookings:children.name')} rules={[...required, { max: 50 }]}>
          <Input placeholder={t('bookings:children.namePlaceholder')} maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="birthDate" label={t('bookings:children.birthDate')} rules={required}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="sex" label={t('bookings:children.sex')} rules={required}>
          <Radio.Group optionType="button" buttonStyle="solid" options={sexes.map((s) => ({ value: s, label: t(`institutions:sexes.${s}`) }))} />
        </Form.Item>
      </Form>
      <FormProblem problem={problem} />
    </Modal>
  );
}
