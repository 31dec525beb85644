import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Col, Flex, Popconfirm, Progress, Result, Row, Skeleton, Steps, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { institutionImportColumns, type CommitMode, type ImportJob } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { ImportStatusTag } from '../../../features/imports/import-status-tag.tsx';
import { useCommitImport, useImportJob, useImportProblems } from '../../../features/imports/imports-api.ts';
import { ProblemsTable } from '../../../features/imports/problems-table.tsx';

const noFilters = [] as const;

/** Where the job stands in upload → validate → confirm → write. */
function stepOf(job: ImportJob): number {
  if (job.status === 'validating') return 1;
  if (job.status === 'validated') return 2;
  return 3;
}

/** One import: its progress while the server works, the report of every problem, and the user's decision. */
export function ImportJobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const job = useImportJob(id);
  return (
    <>
      <Link to=".." relative="path">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('imports:job.back')}
        </Button>
      </Link>
      <QueryState query={job} skeleton={<Skeleton active paragraph={{ rows: 10 }} />}>
        {(data) => <JobView job={data} />}
      </QueryState>
    </>
  );
}

function JobView({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useErrorText();
  const commit = useCommitImport(job.id);
  const [paging, setPaging] = useSearchState(noFilters, 50);
  const isChecked = job.status !== 'validating';
  const problems = useImportProblems(job.id, { page: paging.page, pageSize: paging.pageSize }, isChecked);

  // A new verdict (validation done, rows turned back at writing) brings a new report.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: ['imports', job.id, 'problems'] });
  }, [client, job.id, job.status, job.errorRows]);

  const write = (mode: CommitMode) => commit.mutate(mode);
  const isWorking = job.status === 'validating' || job.status === 'importing';

  return (
    <>
      <PageHeader
        title={job.fileName}
        description={
          <Flex gap={8} wrap align="center">
            <ImportStatusTag job={job} />
            <Typography.Text type="secondary">{t('imports:job.uploaded', { name: job.createdByName ?? '—', time: dayjs(job.createdAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text>
          </Flex>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={stepOf(job)}
          status={job.status === 'failed' ? 'error' : job.status === 'completed' ? 'finish' : 'process'}
          items={[{ title: t('imports:job.steps.upload') }, { title: t('imports:job.steps.validate') }, { title: t('imports:job.steps.confirm') }, { title: t('imports:job.steps.write') }]}
          style={{ marginBottom: 24 }}
        />
        {isWorking ? (
          <Flex vertical gap={8}>
            <Progress percent={job.status === 'importing' ? 100 : job.progress} status="active" showInfo={job.status === 'validating'} />
            <Typography.Text type="secondary" aria-live="polite">
              {job.status === 'validating' ? t('imports:job.validating', { processed: job.processedRows, total: job.totalRows }) : t('imports:job.importing', { count: job.validRows })}
            </Typography.Text>
          </Flex>
        ) : null}
        {job.status === 'completed' ? (
          <Result status="success" title={t('imports:job.completedTitle', { count: job.importedRows })} subTitle={t(job.mode === 'validRowsOnly' ? 'imports:job.completedValidOnly' : 'imports:job.completedAll', { errors: job.errorRows })} style={{ padding: '8px 0 0' }} />
        ) : null}
        {job.status === 'failed' ? <Alert type="error" showIcon message={job.failureMessage ?? t('imports:failures.IMPORT_FAILED')} /> : null}
        {job.status === 'validated' ? (
          <Flex vertical gap={12}>
            {job.failureMessage ? <Alert type="warning" showIcon message={job.failureMessage} /> : null}
            <Alert
              type={job.errorRows > 0 ? 'warning' : 'success'}
              showIcon
              message={job.errorRows > 0 ? t('imports:job.hasErrors', { errors: job.errorRows, valid: job.validRows }) : t('imports:job.allValid', { count: job.validRows })}
              description={t('imports:job.decide')}
            />
            {commit.isError ? <Alert type="error" showIcon role="alert" message={errorText(commit.error)} /> : null}
            <Flex gap={8} wrap>
              <Popconfirm title={t('imports:job.confirmAll', { count: job.validRows })} onConfirm={() => write('allOrNothing')} disabled={job.errorRows > 0}>
                <Button type="primary" disabled={job.errorRows > 0} loading={commit.isPending && commit.variables === 'allOrNothing'}>
                  {t('imports:job.commitAll')}
                </Button>
              </Popconfirm>
              {job.errorRows > 0 && job.validRows > 0 ? (
                <Popconfirm title={t('imports:job.confirmValid', { count: job.validRows, errors: job.errorRows })} onConfirm={() => write('validRowsOnly')}>
                  <Button loading={commit.isPending && commit.variables === 'validRowsOnly'}>{t('imports:job.commitValid', { count: job.validRows })}</Button>
                </Popconfirm>
              ) : null}
            </Flex>
          </Flex>
        ) : null}
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <StatCard title={t('imports:job.total')} value={job.totalRows} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('imports:job.valid')} value={isChecked ? job.validRows : '—'} color="#0e9f6e" />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('imports:job.errors')} value={isChecked ? job.errorRows : '—'} color={job.errorRows > 0 ? '#cf1322' : undefined} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('imports:job.imported')} value={job.importedRows} />
        </Col>
      </Row>
      <Card title={t('imports:job.problemsTitle')}>
        {!isChecked ? (
          <Typography.Text type="secondary">{t('imports:job.problemsPending')}</Typography.Text>
        ) : problems.isError ? (
          <Alert type="error" showIcon message={errorText(problems.error)} />
        ) : (
          <ProblemsTable
            problems={problems.data?.items ?? []}
            columns={institutionImportColumns}
            loading={problems.isFetching}
            paging={{ page: paging.page, pageSize: paging.pageSize, total: problems.data?.total ?? 0, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          />
        )}
      </Card>
    </>
  );
}
