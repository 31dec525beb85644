import { Link, useNavigate } from 'react-router';
import { Card, Col, Flex, Input, Row, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { deadlineStatuses, filingKinds, filingStates, institutionKinds, type FilingListItem } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { DeadlineTag, FilingStateTag } from '../../../features/filings/filing-tags.tsx';
import { useFilingQueue, useQueueCounts } from '../../../features/filings/filings-api.ts';
import { AreaSelect, areaQuery, isCityCode } from '../../../features/jurisdictions/area-select.tsx';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

const filterKeys = ['view', 'state', 'kind', 'deadline', 'area', 'institutionKind', 'q'] as const;

/**
 * The district reviewer's queue: what waits for a decision first, most urgent deadline first
 * (working days; overdue in red), with filters kept in the URL.
 */
export function FilingQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const [f, setFilters] = useSearchState(filterKeys);
  const view = f.view ?? 'pending';
  // A city reviewer filters by district, a district reviewer by subdistrict.
  const isCity = isCityCode(me.jurisdictionCode);
  const pagination = useListPagination();
  const queue = useFilingQueue({
    pending: view === 'pending' ? 'true' : undefined,
    state: view === 'pending' ? undefined : f.state,
    kind: f.kind,
    deadline: f.deadline,
    institutionKind: f.institutionKind,
    q: f.q,
    ...areaQuery(f.area, me.jurisdictionCode),
    page: f.page,
    pageSize: f.pageSize,
  });
  const counts = useQueueCounts();
  const href = (row: FilingListItem) => `/regulator/filings/${row.id}`;
  const stat = (key: 'pending' | 'overdue' | 'dueSoon' | 'returned', color?: string, onClick?: () => void) => (
    <Col xs={12} md={6}>
      <div role={onClick ? 'button' : undefined} tabIndex={onClick ? 0 : undefined} onClick={onClick} onKeyDown={(e) => e.key === 'Enter' && onClick?.()} style={{ cursor: onClick ? 'pointer' : undefined, height: '100%' }}>
        <StatCard title={t(`filings:queue.counts.${key}`)} value={counts.data?.[key] ?? '—'} color={color} />
      </div>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('filings:queue.title')} description={t('filings:queue.description')} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stat('pending', undefined, () => setFilters({ view: undefined, deadline: undefined, state: undefined }))}
        {stat('overdue', counts.data?.overdue ? '#cf1322' : undefined, () => setFilters({ view: undefined, deadline: 'overdue', state: undefined }))}
        {stat('dueSoon', counts.data?.dueSoon ? '#d46b08' : undefined, () => setFilters({ view: undefined, deadline: 'dueSoon', state: undefined }))}
        {stat('returned', undefined, () => setFilters({ view: 'all', state: 'returned', deadline: undefined }))}
      </Row>
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            value={view}
            onChange={(v) => setFilters({ view: v === 'pending' ? undefined : v, state: undefined, deadline: undefined })}
            options={[
              { value: 'pending', label: t('filings:queue.views.pending') },
              { value: 'all', label: t('filings:queue.views.all') },
            ]}
            style={{ width: 140 }}
            aria-label={t('filings:queue.filters.view')}
          />
          {view === 'all' ? (
            <Select value={f.state} allowClear placeholder={t('filings:queue.filters.state')} onChange={(state?: string) => setFilters({ state })} options={filingStates.map((s) => ({ value: s, label: t(`filings:states.${s}`) }))} style={{ width: 150 }} />
          ) : (
            <Select value={f.deadline} allowClear placeholder={t('filings:queue.filters.deadline')} onChange={(deadline?: string) => setFilters({ deadline })} options={deadlineStatuses.map((s) => ({ value: s, label: t(`filings:deadlineStatuses.${s}`) }))} style={{ width: 150 }} />
          )}
          <Select value={f.kind} allowClear placeholder={t('filings:queue.filters.kind')} onChange={(kind?: string) => setFilters({ kind })} options={filingKinds.map((k) => ({ value: k, label: t(`filings:kinds.${k}`) }))} style={{ width: 130 }} />
          <AreaSelect parentCode={me.jurisdictionCode} value={f.area} onChange={(area) => setFilters({ area })} placeholder={t(isCity ? 'filings:queue.filters.district' : 'filings:queue.filters.subdistrict')} width={180} />
          <Select value={f.institutionKind} allowClear placeholder={t('filings:queue.filters.institutionKind')} onChange={(institutionKind?: string) => setFilters({ institutionKind })} options={institutionKinds.map((k) => ({ value: k, label: t(`institutions:kinds.${k}`) }))} style={{ width: 190 }} />
          <Input.Search defaultValue={f.q} allowClear placeholder={t('filings:queue.filters.q')} onSearch={(q) => setFilters({ q: q.trim() || undefined })} style={{ width: 240 }} />
        </Flex>
        {queue.isError ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <Table<FilingListItem>
            rowKey="id"
            size="middle"
            loading={queue.isFetching}
            dataSource={queue.data?.items}
            scroll={{ x: 1000 }}
            onRow={(row) => ({ onClick: () => void navigate(href(row)), style: { cursor: 'pointer', background: row.deadline?.status === 'overdue' ? '#fff1f0' : undefined } })}
            locale={{ emptyText: listEmptyText(queue.isPending, t(view === 'pending' ? 'filings:queue.emptyPending' : 'filings:queue.empty'), t('filings:queue.emptyHint')) }}
            pagination={pagination(f, queue.data?.total, setFilters)}
            columns={[
              {
                title: t('filings:queue.columns.institution'),
                key: 'institution',
                render: (_, row) => (
                  <Flex vertical>
                    <Link to={href(row)} onClick={(e) => e.stopPropagation()}>
                      {row.institutionName}
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`institutions:kinds.${row.institutionKind}`)} · {row.creditCode}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('filings:queue.columns.kind'), dataIndex: 'kind', width: 100, render: (k: string) => t(`filings:kinds.${k}`) },
              { title: t('filings:queue.columns.area'), dataIndex: 'subdistrictCode', width: 140, render: (code: string) => <JurisdictionName code={code} /> },
              { title: t('filings:queue.columns.places'), dataIndex: 'places', width: 80, align: 'right', render: (p: number | null) => p ?? '—' },
              { title: t('filings:queue.columns.submittedAt'), dataIndex: 'submittedAt', width: 140, render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—') },
              { title: t('filings:queue.columns.state'), dataIndex: 'state', width: 130, render: (_, row) => <FilingStateTag state={row.state} /> },
              { title: t('filings:queue.columns.deadline'), key: 'deadline', width: 150, render: (_, row) => <DeadlineTag deadline={row.deadline} /> },
              { title: t('filings:queue.columns.reviewer'), dataIndex: 'reviewerName', width: 140, render: (name: string | null) => name ?? '—' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
