import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Flex, Progress, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ClosureCaseListItem, ClosureCaseStatus } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { useClosureCases } from '../../../features/closures/closures-api.ts';
import { ClosureStatusTag } from '../../../features/closures/closure-status-tag.tsx';
import { OpenClosureModal } from '../../../features/closures/open-closure-modal.tsx';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

const filterKeys = ['status'] as const;
const statuses: ClosureCaseStatus[] = ['open', 'closed'];

/** Closure cases (关停应急处置) in the regulator's jurisdiction, open ones first. */
export function ClosuresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const canManage = hasPermission(me, 'closures.manage');
  const [filters, setFilters] = useSearchState(filterKeys);
  const pagination = useListPagination();
  const cases = useClosureCases({ status: filters.status, page: filters.page, pageSize: filters.pageSize });
  const [opening, setOpening] = useState(false);
  const href = (c: { id: string }) => `/regulator/closures/${c.id}`;

  return (
    <>
      <PageHeader
        title={t('closures:list.title')}
        description={t('closures:list.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              {t('closures:list.open')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Select
            value={filters.status}
            allowClear
            placeholder={t('closures:list.allStatuses')}
            onChange={(status?: string) => setFilters({ status })}
            options={statuses.map((s) => ({ value: s, label: t(`closures:statuses.${s}`) }))}
            style={{ width: 180 }}
          />
        </Flex>
        {cases.isError ? (
          <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<ClosureCaseListItem>
            rowKey="id"
            size="middle"
            loading={cases.isFetching}
            dataSource={cases.data?.items}
            scroll={{ x: 900 }}
            locale={{ emptyText: listEmptyText(cases.isPending, t('closures:list.empty'), t('closures:list.emptyHint')) }}
            onRow={(c) => ({ onClick: () => void navigate(href(c)), style: { cursor: 'pointer' } })}
            pagination={pagination(filters, cases.data?.total, setFilters)}
            columns={[
              {
                title: t('closures:list.columns.institution'),
                key: 'institution',
                render: (_, c) => (
                  <Flex vertical>
                    <Link to={href(c)} onClick={(e) => e.stopPropagation()}>
                      {c.institutionName}
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: c.reason }}>
                      {c.reason}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('closures:list.columns.area'), dataIndex: 'subdistrictCode', width: 160, render: (code: string) => <JurisdictionName code={code} /> },
              { title: t('closures:list.columns.plannedDate'), dataIndex: 'plannedDate', width: 120 },
              { title: t('closures:list.columns.status'), dataIndex: 'status', width: 100, render: (s: ClosureCaseStatus) => <ClosureStatusTag status={s} /> },
              {
                title: t('closures:list.columns.progress'),
                key: 'progress',
                width: 180,
                render: (_, c) => (
                  <Flex align="center" gap={8}>
                    <Progress percent={c.childCount > 0 ? Math.round((c.placedCount / c.childCount) * 100) : 100} size="small" showInfo={false} style={{ width: 90, margin: 0 }} />
                    <Typography.Text>{t('closures:list.progress', { placed: c.placedCount, children: c.childCount })}</Typography.Text>
                  </Flex>
                ),
              },
              { title: t('closures:list.columns.openedAt'), dataIndex: 'openedAt', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
            ]}
          />
        )}
      </Card>
      {canManage ? (
        <OpenClosureModal
          open={opening}
          onClose={() => setOpening(false)}
          onOpened={(detail) => {
            setOpening(false);
            void navigate(href(detail));
          }}
        />
      ) : null}
    </>
  );
}
