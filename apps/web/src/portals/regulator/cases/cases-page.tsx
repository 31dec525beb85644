import { Link, useNavigate } from 'react-router';
import { Card, Checkbox, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseCategories, caseStates, type CaseListItem } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { beijingTime, CaseStateTag, DeadlineTag, UrgentTag } from '../../../features/cases/case-tags.tsx';
import { useCaseQueue } from '../../../features/cases/cases-api.ts';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

const filterKeys = ['category', 'state', 'overdue', 'urgent'] as const;
const overdueRow = { background: '#fff1f0' };

/** The case queue of the handler's district and department: urgent first, overdue highlighted. */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useSearchState(filterKeys);
  const cases = useCaseQueue(filters);
  const pagination = useListPagination();
  const href = (c: { id: string }) => `/regulator/cases/${c.id}`;
  const flag = (key: 'overdue' | 'urgent') => (
    <Checkbox checked={filters[key] === 'true'} onChange={(e) => setFilters({ [key]: e.target.checked ? 'true' : undefined })}>
      {t(key === 'overdue' ? 'cases:queue.onlyOverdue' : 'cases:queue.onlyUrgent')}
    </Checkbox>
  );
  return (
    <>
      <PageHeader title={t('cases:queue.title')} description={t('cases:queue.description')} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select value={filters.category} allowClear placeholder={t('cases:queue.allCategories')} onChange={(category?: string) => setFilters({ category })} options={caseCategories.map((c) => ({ value: c, label: t(`cases:categories.${c}`) }))} style={{ width: 180 }} />
          <Select value={filters.state} allowClear placeholder={t('cases:queue.allStates')} onChange={(state?: string) => setFilters({ state })} options={caseStates.map((s) => ({ value: s, label: t(`cases:states.${s}`) }))} style={{ width: 140 }} />
          {flag('urgent')}
          {flag('overdue')}
        </Flex>
        {cases.isError ? (
          <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<CaseListItem>
            rowKey="id"
            size="middle"
            loading={cases.isFetching}
            dataSource={cases.data?.items}
            scroll={{ x: 1000 }}
            onRow={(c) => ({ onClick: () => void navigate(href(c)), style: { cursor: 'pointer', ...(c.deadline?.status === 'overdue' ? overdueRow : {}) } })}
            locale={{ emptyText: listEmptyText(cases.isPending, t('cases:queue.empty'), t('cases:queue.emptyHint')) }}
            pagination={pagination(filters, cases.data?.total, setFilters)}
            columns={[
              {
                title: t('cases:queue.columns.category'),
                key: 'category',
                width: 200,
                render: (_, c) => (
                  <Flex vertical gap={2} align="flex-start">
                    <Flex gap={4} wrap>
                      {c.isUrgent ? <UrgentTag /> : null}
                      <Typography.Text strong>{t(`cases:categories.${c.category}`)}</Typography.Text>
                    </Flex>
                    <Link to={href(c)} onClick={(e) => e.stopPropagation()} style={{ fontFamily: 'ui-monospace, Menlo, monospace', fontSize: 12 }}>
                      {c.trackingCode}
                    </Link>
                  </Flex>
                ),
              },
              {
                title: t('cases:queue.columns.institution'),
                key: 'institution',
                render: (_, c) => (
                  <Flex vertical>
                    <Typography.Text>{c.institutionName ?? t('cases:queue.unknownInstitution')}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`cases:kinds.${c.kind}`)}
                      {c.coDepartment ? ` · ${t('cases:detail.coDepartment', { department: t(`cases:departments.${c.coDepartment}`) })}` : ''}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('cases:queue.columns.area'), key: 'area', width: 150, render: (_, c) => <JurisdictionName code={c.subdistrictCode ?? c.districtCode} /> },
              { title: t('cases:queue.columns.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (at: string) => beijingTime(at) },
              {
                title: t('cases:queue.columns.state'),
                key: 'state',
                width: 150,
                render: (_, c) => (
                  <Flex gap={4} wrap>
                    <CaseStateTag state={c.state} />
                    {c.isSubstantiated ? <Typography.Text type="danger">{t('cases:queue.substantiated')}</Typography.Text> : null}
                  </Flex>
                ),
              },
              {
                title: t('cases:queue.columns.deadline'),
                key: 'deadline',
                width: 170,
                render: (_, c) =>
                  c.deadline ? (
                    <Flex vertical gap={2} align="flex-start">
                      <DeadlineTag deadline={c.deadline} />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {beijingTime(c.deadline.dueAt)}
                      </Typography.Text>
                    </Flex>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
