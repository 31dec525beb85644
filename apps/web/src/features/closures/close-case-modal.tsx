import { App, Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClosureCaseDetail } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { useCloseCase } from './closures-api.ts';

/** Closing withdraws the filing: said plainly before the regulator confirms. */
export function CloseCaseModal({ detail, open, onClose }: { detail: ClosureCaseDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const { problem, report, clear } = useFormProblem(form);
  const close = useCloseCase(detail.id);
  const submit = async ({ note }: { note?: string }) => {
    clear();
    try {
      await close.mutateAsync({ revision: detail.revision, note: note?.trim() || undefined });
      void message.success(t('closures:detail.success'));
      onClose();
    } catch (error) {
      report(error);
    }
  };
  return (
    <Modal open={open} title={t('closures:detail.closeTitle')} okText={t('closures:detail.close')} okButtonProps={{ danger: true }} onOk={() => form.submit()} confirmLoading={close.isPending} onCancel={onClose} destroyOnHidden>
      <Alert type="warning" showIcon message={t('closures:detail.closeConfirm')} style={{ marginBottom: 16 }} />
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="note" label={t('closures:detail.note')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('closures:detail.closeNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
