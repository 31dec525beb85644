import { Collapse, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableColumn } from '@youyu/contracts';

/** What each column of the file takes: the header, its English alias, whether it is required, and how to fill it in. */
export function ColumnGuide({ columns, describedAt }: { columns: readonly TableColumn[]; describedAt: 'imports:columns' | 'exchange:columns' }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'guide',
          label: t('imports:file.guide', { count: columns.length }),
          children: (
            <Table<TableColumn>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={[...columns]}
              columns={[
                { title: t('imports:guide.header'), dataIndex: 'header', width: 170, render: (header: string) => <Typography.Text strong>{header}</Typography.Text> },
                { title: t('imports:guide.alias'), dataIndex: 'key', width: 150, render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
                { title: t('imports:guide.requirement'), dataIndex: 'isRequired', width: 80, render: (isRequired: boolean) => (isRequired ? <Tag color="red">{t('imports:template.required')}</Tag> : <Tag>{t('imports:template.optional')}</Tag>) },
                { title: t('imports:guide.explanation'), dataIndex: 'key', key: 'explanation', render: (key: string) => t(`${describedAt}.${key}`) },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
