import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking, ClassPlaces } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';
import { useInstitutionDecision } from '../../../features/bookings/institution-bookings-api.ts';

type ModalProps = { booking: Booking | null; onClose: () => void; onDone: () => void };

/** Offer a place: the classes of the requested type first, full ones shown but not choosable (never oversold). */
export function OfferModal({ booking, classes, onClose, onDone }: ModalProps & { classes: ClassPlaces['items'] }) {
  const { t } = useTranslation();
  const decide = useInstitutionDecision();
  const { form, problem, close, submit } = useModalForm<{ classId: string }>(onClose, async ({ classId }) => {
    await decide.mutateAsync({ booking: booking!, decision: { action: 'offer', classId } });
    onDone();
  });
  const ordered = booking ? [...classes].sort((a, b) => Number(b.classType === booking.classType) - Number(a.classType === booking.classType)) : [];
  const preferred = ordered.find((c) => c.vacancies > 0 && c.classType === booking?.classType);
  useEffect(() => {
    if (booking && preferred) form.setFieldValue('classId', preferred.id);
  }, [booking, preferred, form]);
  return (
    <Modal open={!!booking} title={booking ? t('bookings:requests.offerTitle', { child: booking.child.name }) : ''} okText={t('bookings:requests.offer')} onOk={() => void submit()} onCancel={close} confirmLoading={decide.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="classId" label={t('bookings:requests.chooseClass')} rules={[{ required: true, message: t('bookings:children.required') }]}>
          <Select
            data-testid="offer-class"
            options={ordered.map((c) => ({
              value: c.id,
              disabled: c.vacancies <= 0,
              label: `${c.name} · ${t(`register:classTypesShort.${c.classType}`)} · ${c.vacancies > 0 ? t('bookings:requests.vacancies', { count: c.vacancies }) : t('bookings:requests.full')}`,
            }))}
          />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon message={t('bookings:requests.offerHint')} style={{ marginBottom: 12 }} />
      <FormProblem problem={problem} />
    </Modal>
  );
}

/** Decline with a reason the family will read. */
export function DeclineModal({ booking, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const decide = useInstitutionDecision();
  const { form, problem, close, submit } = useModalForm<{ reason: string }>(onClose, async ({ reason }) => {
    await decide.mutateAsync({ booking: booking!, decision: { action: 'decline', reason } });
    onDone();
  });
  return (
    <Modal open={!!booking} title={booking ? t('bookings:requests.declineTitle', { child: booking.child.name }) : ''} okText={t('bookings:requests.decline')} okButtonProps={{ danger: true }} onOk={() => void submit()} onCancel={close} confirmLoading={decide.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('bookings:requests.reason')} rules={[{ required: true, whitespace: true, message: t('bookings:children.required') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('bookings:requests.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      <FormProblem problem={problem} />
    </Modal>
  );
}
