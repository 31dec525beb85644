import { Button, Flex, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClosureChild } from '@youyu/contracts';

type Props = { items: ClosureChild[]; canRecord: boolean; onRecord: (child: ClosureChild) => void };

/** The closing institution's children, oldest first, with where each one goes. */
export function ChildrenTable({ items, canRecord, onRecord }: Props) {
  const { t } = useTranslation();
  return (
    <Table<ClosureChild>
      rowKey="childId"
      size="middle"
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 860 }}
      locale={{ emptyText: t('closures:children.empty') }}
      columns={[
        { title: t('closures:children.name'), dataIndex: 'name', width: 100 },
        { title: t('closures:children.sex'), dataIndex: 'sex', width: 64, render: (sex: string) => t(`institutions:sexes.${sex}`) },
        { title: t('closures:children.age'), dataIndex: 'ageMonths', width: 96, render: (count: number) => t('closures:children.ageValue', { count }) },
        { title: t('closures:children.className'), dataIndex: 'className', width: 110, render: (name: string | null) => name ?? '—' },
        {
          title: t('closures:children.accepted'),
          dataIndex: 'acceptedClassTypes',
          render: (types: string[]) => (
            <Flex gap={4} wrap>
              {types.map((c) => (
                <Tag key={c}>{t(`register:classTypesShort.${c}`)}</Tag>
              ))}
            </Flex>
          ),
        },
        { title: t('closures:children.placement'), key: 'placement', render: (_, child) => <PlacementText child={child} /> },
        ...(canRecord
          ? [
              {
                title: '',
                key: 'action',
                width: 110,
                align: 'right' as const,
                render: (_: unknown, child: ClosureChild) => (
                  <Button size="small" type={child.placement ? 'link' : 'primary'} ghost={!child.placement} onClick={() => onRecord(child)}>
                    {child.placement ? t('closures:children.change') : t('closures:children.record')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function PlacementText({ child }: { child: ClosureChild }) {
  const { t } = useTranslation();
  const p = child.placement;
  if (!p) return <Tag color="error">{t('closures:children.unplaced')}</Tag>;
  const text =
    p.outcome === 'transferred' && p.targetInstitutionName && p.targetClassType
      ? t('closures:children.transferredTo', { name: p.targetInstitutionName, classType: t(`register:classTypesShort.${p.targetClassType}`) })
      : t(`closures:outcomes.${p.outcome}`);
  return (
    <Flex vertical>
      <Typography.Text>
        <CheckCircleFilled style={{ color: '#0e9f6e', marginInlineEnd: 6 }} />
        {text}
      </Typography.Text>
      {p.note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {p.note}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
