import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Col, Flex, Progress, Row, Table, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { institutionImportColumns, type ImportJob } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { ColumnGuide } from '../../../features/imports/column-guide.tsx';
import { ImportStatusTag } from '../../../features/imports/import-status-tag.tsx';
import { useImportJobs, useStartImport } from '../../../features/imports/imports-api.ts';
import { TableFileField } from '../../../features/imports/table-file-field.tsx';

const noFilters = [] as const;

/**
 * A city moving onto Youyu brings its existing institutions here: upload the file, the server
 * checks every row, and nothing is written until the report has been read and confirmed.
 */
export function ImportsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const start = useStartImport(i18n.language, setSent);
  const [paging, setPaging] = useSearchState(noFilters, 10);
  const pagination = useListPagination();
  const jobs = useImportJobs({ page: paging.page, pageSize: paging.pageSize });

  const upload = () => {
    if (!file) return;
    setSent(0);
    start.mutate(file, { onSuccess: (job) => void navigate(job.id) });
  };

  return (
    <>
      <PageHeader title={t('imports:page.title')} description={t('imports:page.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('imports:page.uploadTitle')}>
            <Flex vertical gap={16}>
              {start.isError ? <Alert type="error" showIcon role="alert" message={errorText(start.error)} /> : null}
              <TableFileField file={file} onChange={setFile} templatePath="/imports/template" disabled={start.isPending} />
              {start.isPending ? <Progress percent={sent} status="active" /> : null}
              <Button type="primary" size="large" icon={<CloudUploadOutlined />} disabled={!file} loading={start.isPending} onClick={upload}>
                {t('imports:page.upload')}
              </Button>
              <Typography.Text type="secondary">{t('imports:page.uploadHint')}</Typography.Text>
              <ColumnGuide columns={institutionImportColumns} describedAt="imports:columns" />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('imports:page.jobsTitle')}>
            {jobs.isError ? (
              <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} compact />
            ) : (
              <Table<ImportJob>
                rowKey="id"
                size="middle"
                loading={jobs.isFetching && !jobs.data}
                dataSource={jobs.data?.items}
                scroll={{ x: 560 }}
                onRow={(job) => ({ onClick: () => void navigate(job.id), style: { cursor: 'pointer' } })}
                locale={{ emptyText: listEmptyText(jobs.isPending, t('imports:page.empty'), t('imports:page.emptyHint')) }}
                pagination={pagination(paging, jobs.data?.total, setPaging)}
                columns={[
                  {
                    title: t('imports:page.columns.file'),
                    key: 'file',
                    render: (_, job) => (
                      <Flex vertical>
                        <Link to={job.id} onClick={(e) => e.stopPropagation()}>
                          {job.fileName}
                        </Link>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {job.createdByName ?? '—'} · {dayjs(job.createdAt).format('YYYY-MM-DD HH:mm')}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                  {
                    title: t('imports:page.columns.status'),
                    key: 'status',
                    width: 150,
                    render: (_, job) =>
                      job.status === 'validating' ? <Progress percent={job.progress} size="small" status="active" style={{ width: 120, margin: 0 }} /> : <ImportStatusTag job={job} />,
                  },
                  {
                    title: t('imports:page.columns.rows'),
                    key: 'rows',
                    width: 190,
                    render: (_, job) => (
                      <Flex vertical>
                        <span>{t('imports:page.rowCount', { count: job.totalRows })}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {job.errorRows > 0 ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{t('imports:page.failedCount', { count: job.errorRows })}</Typography.Text> : null}
                          {job.errorRows > 0 ? ' · ' : null}
                          {t('imports:page.importedCount', { count: job.importedRows })}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
