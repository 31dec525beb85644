import { Flex, Table, Typography } from 'antd';
import { CheckCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RowProblem, TableColumn } from '@youyu/contracts';

type Props = {
  problems: readonly RowProblem[];
  /** The file's columns, to name a problem's column by the header the user typed. */
  columns: readonly TableColumn[];
  loading?: boolean;
  /** Server-side paging for long reports; a local list pages itself. */
  paging?: { page: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
};

/** Every problem of an uploaded file by row and column, worded for the person who will fix the file. */
export function ProblemsTable({ problems, columns, loading, paging }: Props) {
  const { t } = useTranslation();
  const headerOf = new Map(columns.map((c) => [c.key as string, c.header]));
  return (
    <Table<RowProblem & { index: number }>
      rowKey="index"
      size="small"
      loading={loading}
      dataSource={problems.map((p, index) => ({ ...p, index }))}
      locale={{
        emptyText: (
          <Flex vertical align="center" gap={6} style={{ padding: 16 }}>
            <CheckCircleTwoTone twoToneColor="#52c41a" style={{ fontSize: 28 }} />
            <Typography.Text>{t('imports:report.none')}</Typography.Text>
          </Flex>
        ),
      }}
      pagination={
        paging
          ? { current: paging.page, pageSize: paging.pageSize, total: paging.total, showSizeChanger: false, hideOnSinglePage: true, showTotal: (total) => t('imports:report.total', { total }), onChange: paging.onChange }
          : { pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: (total) => t('imports:report.total', { total }) }
      }
      columns={[
        { title: t('imports:report.row'), dataIndex: 'row', width: 80, render: (row: number) => <Typography.Text strong>{t('imports:report.rowNumber', { row })}</Typography.Text> },
        { title: t('imports:report.column'), dataIndex: 'field', width: 170, render: (field: string | null) => (field ? (headerOf.get(field) ?? field) : '—') },
        { title: t('imports:report.problem'), dataIndex: 'message', render: (message: string) => <Typography.Text type="danger">{message}</Typography.Text> },
      ]}
    />
  );
}
