import { Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { certificateKinds, certificateLevels, staffMemberRoles, type StaffInput } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';

type Values = Omit<StaffInput, 'hiredAt'> & { hiredAt: Dayjs };

/** Adds a staff member. The ID number is checked (check digit, date) and stored encrypted; lists show it masked. */
export function StaffModal({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (input: StaffInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, problem, close, submit } = useModalForm<Values>(onClose, (v) =>
    onSubmit({ ...v, idNumber: v.idNumber.trim().toUpperCase(), hiredAt: v.hiredAt.format('YYYY-MM-DD'), certificates: v.certificates ?? [], trainingHours: v.trainingHours ?? 0 }),
  );
  return (
    <Modal open={open} title={t('filings:apply.staff.add')} okText={t('common:actions.save')} onOk={() => void submit()} onCancel={close} destroyOnHidden width={620}>
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" initialValues={{ role: 'caregiver', certificates: [], trainingHours: 0 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('institutions:fields.staffName')} rules={[{ required: true, max: 50 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="role" label={t('institutions:fields.staffRole')} rules={[{ required: true }]}>
              <Select options={staffMemberRoles.map((r) => ({ value: r, label: t(`institutions:staffRoles.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="idNumber" label={t('institutions:fields.idNumber')} rules={[{ required: true, pattern: /^\d{17}[\dXx]$/, message: t('filings:apply.staff.idNumberFormat') }]} extra={t('filings:apply.staff.idNumberHint')}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hiredAt" label={t('institutions:fields.hiredAt')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="trainingHours" label={t('institutions:fields.trainingHours')} rules={[{ type: 'number', min: 0, max: 10000 }]}>
              <InputNumber min={0} max={10000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="certificates">
          {(fields, { add, remove }) => (
            <Form.Item label={t('institutions:fields.certificates')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]} style={{ width: 180 }}>
                    <Select options={certificateKinds.map((k) => ({ value: k, label: t(`institutions:certificateKinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'level']} rules={[{ required: true }]} style={{ width: 200 }}>
                    <Select options={certificateLevels.map((l) => ({ value: l, label: t(`institutions:certificateLevels.${l}`) }))} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('filings:apply.staff.removeCertificate')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'nurseryCaregiverCert', level: 'level4' })} disabled={fields.length >= 5}>
                {t('filings:apply.staff.addCertificate')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
