import { DatePicker, Form, Input, InputNumber, Modal, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';
import { usePublishSlot } from '../../../features/bookings/visits-api.ts';

type Values = { date: Dayjs; time: [Dayjs, Dayjs]; capacity: number; note?: string };

/** The date and the time of day joined into one instant (the device's zone is the city's). */
const at = (date: Dayjs, time: Dayjs) => date.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).toISOString();

/** A visit slot: a day, from–to, how many families, and a note for them. */
export function PublishSlotModal({ institutionId, open, onClose, onDone }: { institutionId: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishSlot(institutionId);
  const { form, problem, close, submit } = useModalForm<Values>(onClose, async (v) => {
    await publish.mutateAsync({ startsAt: at(v.date, v.time[0]), endsAt: at(v.date, v.time[1]), capacity: v.capacity, note: v.note?.trim() || undefined });
    onDone();
  });
  const required = [{ required: true, message: t('bookings:children.required') }];
  return (
    <Modal open={open} title={t('bookings:slots.publish')} okText={t('bookings:slots.publish')} onOk={() => void submit()} onCancel={close} confirmLoading={publish.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} requiredMark={false} initialValues={{ date: dayjs().add(1, 'day'), time: [dayjs('09:30', 'HH:mm'), dayjs('10:30', 'HH:mm')], capacity: 5 }}>
        <Form.Item name="date" label={t('bookings:slots.date')} rules={required}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="time" label={t('bookings:slots.time')} rules={required}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={15} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="capacity" label={t('bookings:slots.capacity')} rules={required}>
          <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('bookings:slots.note')}>
          <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('bookings:slots.notePlaceholder')} />
        </Form.Item>
      </Form>
      <FormProblem problem={problem} />
    </Modal>
  );
}
