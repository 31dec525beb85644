import { useDeferredValue, useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { ClosureCaseDetail } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { useFiledInstitutions, useOpenClosure } from './closures-api.ts';

type Values = { institutionId: string; reason: string; plannedDate: Dayjs };

/** Starts a closure case for a filed institution of the regulator's jurisdiction. */
export function OpenClosureModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (detail: ClosureCaseDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form);
  const [search, setSearch] = useState('');
  const institutions = useFiledInstitutions(useDeferredValue(search.trim()));
  const openCase = useOpenClosure();

  const submit = async (values: Values) => {
    clear();
    try {
      const detail = await openCase.mutateAsync({ institutionId: values.institutionId, reason: values.reason.trim(), plannedDate: values.plannedDate.format('YYYY-MM-DD') });
      void message.success(t('closures:open.success'));
      form.resetFields();
      onOpened(detail);
    } catch (error) {
      report(error);
    }
  };

  return (
    <Modal open={open} title={t('closures:open.title')} okText={t('closures:open.submit')} onOk={() => form.submit()} confirmLoading={openCase.isPending} onCancel={onClose} destroyOnHidden width={560}>
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item name="institutionId" label={t('closures:open.institution')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={institutions.isFetching}
            placeholder={t('closures:open.institutionPlaceholder')}
            options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('closures:open.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('closures:open.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="plannedDate" label={t('closures:open.plannedDate')} extra={t('closures:open.plannedDateHelp')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
