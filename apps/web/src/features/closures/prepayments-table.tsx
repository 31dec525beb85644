import { useState } from 'react';
import { App, Button, DatePicker, Form, InputNumber, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { ClosureFamily, OutstandingPrepayment } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { formatFen } from '../institutions/institution-labels.ts';
import { useRecordRefund } from './closures-api.ts';

type Row = OutstandingPrepayment & { family: ClosureFamily; familyRows: number; isFirstOfFamily: boolean };

/** One row per prepayment, grouped by family (the guardian cell spans the family's rows). */
function rowsOf(families: ClosureFamily[]): Row[] {
  return families.flatMap((family) => family.prepayments.map((p, i) => ({ ...p, family, familyRows: family.prepayments.length, isFirstOfFamily: i === 0 })));
}

type Props = { caseId: string; families: ClosureFamily[]; canRefund: boolean };

/** What each family is owed on the planned closure date, and the refunds recorded so far. */
export function PrepaymentsTable({ caseId, families, canRefund }: Props) {
  const { t, i18n } = useTranslation();
  const [refunding, setRefunding] = useState<OutstandingPrepayment | null>(null);
  const money = (fen: number | null) => (fen === null ? '—' : formatFen(fen, i18n.language));
  const span = (row: Row) => ({ rowSpan: row.isFirstOfFamily ? row.familyRows : 0 });
  return (
    <>
      <Table<Row>
        rowKey="id"
        size="middle"
        bordered
        dataSource={rowsOf(families)}
        pagination={false}
        scroll={{ x: 980 }}
        locale={{ emptyText: t('closures:prepayments.empty') }}
        columns={[
          {
            title: t('closures:prepayments.guardian'),
            key: 'guardian',
            width: 130,
            onCell: span,
            render: (_, row) => (
              <>
                <div>{row.family.guardianName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.family.guardianPhone}
                </Typography.Text>
              </>
            ),
          },
          { title: t('closures:prepayments.child'), dataIndex: 'childName', width: 90 },
          { title: t('closures:prepayments.period'), key: 'period', width: 200, render: (_, p) => `${p.periodFrom} ~ ${p.periodTo}` },
          { title: t('closures:prepayments.amount'), dataIndex: 'amountFen', align: 'right', render: money },
          { title: t('closures:prepayments.unconsumed'), dataIndex: 'unconsumedFen', align: 'right', render: money },
          {
            title: t('closures:prepayments.refunded'),
            key: 'refunded',
            align: 'right',
            render: (_, p) => (
              <>
                <div>{money(p.refundedFen)}</div>
                {p.refundedOn ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.refundedOn}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            title: t('closures:prepayments.owed'),
            dataIndex: 'owedFen',
            align: 'right',
            render: (fen: number) => <Typography.Text strong type={fen > 0 ? 'danger' : 'success'}>{money(fen)}</Typography.Text>,
          },
          ...(canRefund
            ? [
                {
                  title: '',
                  key: 'action',
                  width: 100,
                  align: 'right' as const,
                  render: (_: unknown, p: Row) =>
                    p.status === 'paid' ? (
                      <Button size="small" onClick={() => setRefunding(p)}>
                        {t('closures:prepayments.refund')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {t('closures:prepayments.note')}
      </Typography.Paragraph>
      <RefundModal caseId={caseId} prepayment={refunding} onClose={() => setRefunding(null)} />
    </>
  );
}

type Values = { refundedYuan: number; refundedOn: Dayjs };

function RefundModal({ caseId, prepayment, onClose }: { caseId: string; prepayment: OutstandingPrepayment | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form);
  const refund = useRecordRefund(caseId);
  const submit = async (values: Values) => {
    if (!prepayment) return;
    clear();
    try {
      await refund.mutateAsync({ prepaymentId: prepayment.id, refundedFen: Math.round(values.refundedYuan * 100), refundedOn: values.refundedOn.format('YYYY-MM-DD') });
      void message.success(t('closures:prepayments.saved'));
      onClose();
    } catch (error) {
      report(error);
    }
  };
  return (
    <Modal open={!!prepayment} title={t('closures:prepayments.refundTitle')} okText={t('common:actions.save')} onOk={() => form.submit()} confirmLoading={refund.isPending} onCancel={onClose} destroyOnHidden>
      {prepayment ? (
        <Typography.Paragraph type="secondary">
          {prepayment.childName} · {prepayment.periodFrom} ~ {prepayment.periodTo} · {t('closures:prepayments.unconsumed')} {formatFen(prepayment.unconsumedFen, i18n.language)}
        </Typography.Paragraph>
      ) : null}
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ refundedYuan: prepayment ? prepayment.unconsumedFen / 100 : undefined, refundedOn: dayjs() }} preserve={false}>
        <Form.Item name="refundedYuan" label={t('closures:prepayments.refundAmount')} rules={[{ required: true }]}>
          <InputNumber min={0} max={prepayment ? prepayment.amountFen / 100 : undefined} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="refundedOn" label={t('closures:prepayments.refundedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
