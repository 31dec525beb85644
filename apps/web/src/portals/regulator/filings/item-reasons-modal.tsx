import { Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { filingItems, type FilingItem, type ItemReason } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';

type Props = {
  open: boolean;
  mode: 'return' | 'refuse';
  /** Items to start with (e.g. the sections the reviewer flagged). */
  initialItems?: FilingItem[];
  onClose: () => void;
  onSubmit: (items: ItemReason[]) => Promise<unknown>;
};

/** Returning or refusing: one reason per item, so the applicant knows exactly what to correct. */
export function ItemReasonsModal({ open, mode, initialItems = [], onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const { form, problem, close, submit } = useModalForm<{ items: ItemReason[] }>(onClose, ({ items }) => onSubmit(items));

  return (
    <Modal open={open} title={t(`filings:review.${mode}.title`)} okText={t(`filings:review.${mode}.confirm`)} okButtonProps={{ danger: mode === 'refuse' }} onOk={() => void submit()} onCancel={close} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t(`filings:review.${mode}.hint`)}</Typography.Paragraph>
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ items: (initialItems.length ? initialItems : ['other' as const]).map((item) => ({ item, reason: '' })) }}>
        <Form.List name="items" rules={[{ validator: async (_, items?: unknown[]) => (items?.length ? undefined : Promise.reject(new Error(t('filings:review.itemsRequired')))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'item']} rules={[{ required: true, message: t('filings:review.itemRequired') }]} style={{ width: 170, marginBottom: 0 }}>
                    <Select aria-label={t('filings:review.item', { n: index + 1 })} options={filingItems.map((i) => ({ value: i, label: t(`filings:items.${i}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} rules={[{ required: true, min: 2, max: 500, message: t('filings:review.reasonRequired') }]} style={{ width: 380, marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('filings:review.reasonPlaceholder')} aria-label={t('filings:review.reason', { n: index + 1 })} />
                  </Form.Item>
                  {fields.length > 1 ? <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('filings:review.removeItem')} /> : null}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ item: 'other', reason: '' })} disabled={fields.length >= 20}>
                {t('filings:review.addItem')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
