import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';

type Props = { open: boolean; title: string; hint: string; okText: string; danger?: boolean; optional?: boolean; onClose: () => void; onSubmit: (reason: string) => Promise<unknown> };

/** A decision with one written reason (filing note, suspension, reinstatement, withdrawal). */
export function ReasonModal({ open, title, hint, okText, danger, optional, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const { form, problem, close, submit } = useModalForm<{ reason: string }>(onClose, ({ reason }) => onSubmit((reason ?? '').trim()));
  return (
    <Modal open={open} title={title} okText={okText} okButtonProps={{ danger }} onOk={() => void submit()} onCancel={close} destroyOnHidden>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={t('filings:review.reasonLabel')} rules={optional ? [{ max: 500 }] : [{ required: true, min: 2, max: 500, message: t('filings:review.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
