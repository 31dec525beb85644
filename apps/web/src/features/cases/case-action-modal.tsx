import { Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@youyu/contracts';
import { FormProblem } from '../../components/form-problem.tsx';
import { useModalForm } from '../../components/use-modal-form.ts';
import { useAcknowledgeCase, useRecordStep, useReplyToCase } from './cases-api.ts';

export type CaseAction = 'acknowledge' | 'step' | 'reply';
type Values = { note?: string; isPublic?: boolean; reply?: string; isSubstantiated?: boolean };
type Props = { detail: CaseDetail; action: CaseAction | null; onClose: () => void };

/**
 * The handler's three actions on a case, each sent with the revision the page shows: if someone
 * else acted meanwhile, the server answers a conflict and the page reloads the case.
 */
export function CaseActionModal({ detail, action, onClose }: Props) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeCase(detail.id);
  const step = useRecordStep(detail.id);
  const reply = useReplyToCase(detail.id);
  const revision = detail.revision;
  const save = (v: Values) => {
    if (action === 'acknowledge') return acknowledge.mutateAsync({ note: v.note || undefined, revision });
    if (action === 'step') return step.mutateAsync({ note: v.note!, isPublic: v.isPublic ?? false, revision });
    return reply.mutateAsync({ reply: v.reply!, isSubstantiated: v.isSubstantiated!, revision });
  };
  const { form, problem, close, submit } = useModalForm<Values>(onClose, save);
  const required = [{ required: true, message: t('cases:report.required') }];
  const titles = { acknowledge: 'cases:detail.acknowledgeTitle', step: 'cases:detail.stepTitle', reply: 'cases:detail.replyTitle' } as const;
  return (
    <Modal open={action !== null} title={action ? t(titles[action]) : null} onCancel={close} onOk={() => void submit()} confirmLoading={acknowledge.isPending || step.isPending || reply.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} preserve={false}>
        {action === 'acknowledge' ? (
          <Form.Item name="note" label={t('cases:detail.acknowledgeNote')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        ) : null}
        {action === 'step' ? (
          <>
            <Form.Item name="note" label={t('cases:detail.stepNote')} rules={required}>
              <Input.TextArea rows={4} maxLength={1000} />
            </Form.Item>
            <Form.Item name="isPublic" valuePropName="checked">
              <Checkbox>{t('cases:detail.stepPublic')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        {action === 'reply' ? (
          <>
            <Form.Item name="reply" label={t('cases:detail.replyText')} rules={required}>
              <Input.TextArea rows={5} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="isSubstantiated" label={t('cases:detail.substantiated')} rules={required}>
              <Radio.Group options={[{ value: true, label: t('cases:detail.substantiatedYes') }, { value: false, label: t('cases:detail.substantiatedNo') }]} />
            </Form.Item>
          </>
        ) : null}
      </Form>
      <FormProblem problem={problem} />
    </Modal>
  );
}
