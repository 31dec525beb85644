import { useState } from 'react';
import { App, Button, Card, DatePicker, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { staffMemberRoles, type InstitutionDetail, type StaffMember } from '@youyu/contracts';
import { QueryState } from '../../../components/query-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { useActiveStaff, useAddStaff, useStaffLeaves, useUpdateStaff } from '../../../features/filings/filings-api.ts';
import { StaffModal } from './staff-modal.tsx';

/** Step 3: the staff list (从业人员): one director, health staff, caregivers with certificates. */
export function StaffStep({ institution, onNext }: { institution: InstitutionDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const staff = useActiveStaff(institution.id);
  const add = useAddStaff(institution.id);
  const update = useUpdateStaff(institution.id);
  const leaves = useStaffLeaves(institution.id);
  const [adding, setAdding] = useState(false);
  const [leftAt, setLeftAt] = useState<Dayjs>(dayjs());
  const fail = (error: unknown) => void message.error(errorText(error));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('filings:apply.staff.title')}
        size="small"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('filings:apply.staff.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('filings:apply.staff.hint')}</Typography.Paragraph>
        <QueryState query={staff}>
          {(data) => (
            <Table<StaffMember>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.items}
              scroll={{ x: 820 }}
              locale={{ emptyText: t('filings:apply.staff.empty') }}
              columns={[
                { title: t('institutions:fields.staffName'), dataIndex: 'name' },
                {
                  title: t('institutions:fields.staffRole'),
                  key: 'role',
                  width: 160,
                  render: (_, s) => (
                    <Select
                      size="small"
                      value={s.role}
                      aria-label={t('filings:apply.staff.roleOf', { name: s.name })}
                      options={staffMemberRoles.map((r) => ({ value: r, label: t(`institutions:staffRoles.${r}`) }))}
                      onChange={(role) => update.mutate({ staffId: s.id, role }, { onError: fail })}
                      style={{ width: 140 }}
                    />
                  ),
                },
                { title: t('institutions:fields.idNumber'), dataIndex: 'idNumberMasked', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
                {
                  title: t('institutions:fields.certificates'),
                  dataIndex: 'certificates',
                  render: (certs: StaffMember['certificates']) => (certs.length ? certs.map((c) => t(`institutions:certificateKinds.${c.kind}`)).join('、') : <Typography.Text type="secondary">—</Typography.Text>),
                },
                { title: t('institutions:fields.hiredAt'), dataIndex: 'hiredAt', width: 110 },
                {
                  title: t('filings:apply.actionsColumn'),
                  key: 'leave',
                  width: 90,
                  render: (_, s) => (
                    <Popconfirm
                      title={t('filings:apply.staff.leaveConfirm', { name: s.name })}
                      description={<DatePicker size="small" value={leftAt} onChange={(d) => d && setLeftAt(d)} allowClear={false} />}
                      onConfirm={() => leaves.mutate({ staffId: s.id, leftAt: leftAt.format('YYYY-MM-DD') }, { onError: fail })}
                    >
                      <Button type="link" size="small">
                        {t('filings:apply.staff.leave')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <Button type="primary" onClick={onNext}>
        {t('filings:apply.next')}
      </Button>
      <StaffModal open={adding} onClose={() => setAdding(false)} onSubmit={(input) => add.mutateAsync(input)} />
    </Space>
  );
}
