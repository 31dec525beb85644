import { useState } from 'react';
import { App, Alert, Button, Card, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClassRoster, InstitutionDetail } from '@youyu/contracts';
import { QueryState } from '../../../components/query-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { useActiveStaff, useClassRosters, useCreateClass, useDeleteClass, useSetCaregivers, useUpdateClass } from '../../../features/filings/filings-api.ts';
import { ClassModal } from './class-modal.tsx';
import { FeesEditor } from './fees-editor.tsx';

/**
 * Step 2: classes and places (places = the sum of capacities), the caregivers of each class
 * against the ratio in force, and the fees. Size limits are refused at once, citing the rule.
 */
export function ClassesStep({ institution, onNext }: { institution: InstitutionDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const rosters = useClassRosters(institution.id);
  const staff = useActiveStaff(institution.id);
  const create = useCreateClass(institution.id);
  const update = useUpdateClass(institution.id);
  const remove = useDeleteClass(institution.id);
  const assign = useSetCaregivers(institution.id);
  const [modal, setModal] = useState<{ editing: ClassRoster | null } | null>(null);
  const carers = (staff.data?.items ?? []).filter((s) => s.role === 'caregiver' || (institution.kind === 'familyPoint' && s.role === 'director'));
  const fail = (error: unknown) => void message.error(errorText(error));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {institution.kind === 'kindergartenClass' ? <Alert type="info" showIcon message={t('filings:apply.classes.kindergartenRule')} /> : null}
      {institution.kind === 'familyPoint' ? <Alert type="info" showIcon message={t('filings:apply.classes.familyPointRule')} /> : null}
      <Card
        title={t('filings:apply.classes.title')}
        size="small"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ editing: null })}>
            {t('filings:apply.classes.add')}
          </Button>
        }
      >
        <QueryState query={rosters}>
          {(data) => (
            <>
              <Table<ClassRoster>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.items}
                scroll={{ x: 820 }}
                locale={{ emptyText: t('filings:apply.classes.empty') }}
                columns={[
                  { title: t('institutions:fields.className'), dataIndex: 'name' },
                  { title: t('institutions:fields.classType'), dataIndex: 'classType', render: (c: string) => t(`institutions:classTypes.${c}`) },
                  {
                    title: t('institutions:fields.capacity'),
                    key: 'capacity',
                    width: 110,
                    render: (_, c) => (
                      <span>
                        {c.capacity}
                        {c.maxSize ? <Typography.Text type="secondary" style={{ fontSize: 12 }}> / {c.maxSize}</Typography.Text> : null}
                      </span>
                    ),
                  },
                  {
                    title: t('filings:apply.classes.caregivers'),
                    key: 'caregivers',
                    width: 330,
                    render: (_, c) => (
                      <Flex vertical gap={4}>
                        <Select
                          mode="multiple"
                          size="small"
                          aria-label={t('filings:apply.classes.caregiversOf', { name: c.name })}
                          value={c.caregivers.map((k) => k.id)}
                          placeholder={t('filings:apply.classes.chooseCaregivers')}
                          options={carers.map((s) => ({ value: s.id, label: s.name }))}
                          onChange={(staffIds: string[]) => assign.mutate({ classId: c.id, staffIds }, { onError: fail })}
                          style={{ width: '100%' }}
                        />
                        {c.childrenPerCarer ? (
                          <Typography.Text type={c.caregivers.length >= c.requiredCaregivers ? 'success' : 'warning'} style={{ fontSize: 12 }}>
                            {t('filings:apply.classes.ratio', { ratio: `1:${c.childrenPerCarer}`, required: c.requiredCaregivers, have: c.caregivers.length })}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    ),
                  },
                  {
                    title: t('filings:apply.actionsColumn'),
                    key: 'actions',
                    width: 100,
                    render: (_, c) => (
                      <Space size={0}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('filings:apply.classes.edit')} onClick={() => setModal({ editing: c })} />
                        <Popconfirm title={t('filings:apply.classes.deleteConfirm', { name: c.name })} onConfirm={() => remove.mutate(c.id, { onError: fail })}>
                          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('filings:apply.classes.delete')} />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]}
              />
              <Flex justify="flex-end" style={{ marginTop: 12 }}>
                <Tag color="blue" style={{ fontSize: 14, padding: '4px 10px' }}>
                  {t('filings:apply.classes.places', { places: data.places })}
                </Tag>
              </Flex>
            </>
          )}
        </QueryState>
      </Card>
      {carers.length === 0 ? <Alert type="warning" showIcon message={t('filings:apply.classes.noCaregivers')} /> : null}
      <FeesEditor
        key={`${institution.revision}-${(rosters.data?.items ?? []).map((c) => c.classType).join()}`}
        institutionId={institution.id}
        classTypes={[...new Set((rosters.data?.items ?? []).map((c) => c.classType))]}
        serviceModes={institution.serviceModes}
        fees={institution.fees}
      />
      <Button type="primary" onClick={onNext}>
        {t('filings:apply.next')}
      </Button>
      <ClassModal
        open={!!modal}
        editing={modal?.editing ?? null}
        onClose={() => setModal(null)}
        onSubmit={(values) => (modal?.editing ? update.mutateAsync({ classId: modal.editing.id, ...values }) : create.mutateAsync(values))}
      />
    </Space>
  );
}
