import { Button, Card, DatePicker, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { auditOutcomes, type AuditEntry } from '@youyu/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useAuditLog } from '../../../features/audit/audit-api.ts';
import { AuditEntryDetails } from './audit-entry-details.tsx';
import { useChainCheck } from './chain-check.tsx';

const filterKeys = ['from', 'to', 'actor', 'action', 'entityType', 'outcome'] as const;
const outcomeColors: Record<AuditEntry['outcome'], string> = { success: 'success', failure: 'warning', denied: 'error' };

/** The audit administrator's view of the tamper-evident log: filter, read, and check the hash chain. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useSearchState(filterKeys, 50);
  const log = useAuditLog({
    from: filters.from,
    to: filters.to,
    actor: filters.actor,
    action: filters.action,
    entityType: filters.entityType,
    outcome: filters.outcome as AuditEntry['outcome'] | undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  });
  const chain = useChainCheck();
  const text = (key: 'actor' | 'action' | 'entityType', width: number) => (
    <Input.Search
      key={`${key}:${filters[key] ?? ''}`}
      defaultValue={filters[key]}
      placeholder={t(`audit:filters.${key}`)}
      allowClear
      maxLength={100}
      onSearch={(value) => setFilters({ [key]: value.trim() || undefined })}
      style={{ flex: `1 1 ${width}px`, maxWidth: width + 60 }}
    />
  );

  return (
    <>
      <PageHeader
        title={t('audit:title')}
        description={t('audit:intro')}
        extra={
          <Button icon={<SafetyCertificateOutlined />} loading={chain.isPending} onClick={chain.run}>
            {t('audit:verify.action')}
          </Button>
        }
      />
      {chain.result}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            allowEmpty={[true, true]}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
          {text('actor', 180)}
          {text('action', 200)}
          {text('entityType', 160)}
          <Select
            value={filters.outcome}
            placeholder={t('audit:filters.outcome')}
            allowClear
            onChange={(outcome?: string) => setFilters({ outcome })}
            options={auditOutcomes.map((o) => ({ value: o, label: t(`audit:outcomes.${o}`) }))}
            style={{ flex: '1 1 120px', maxWidth: 160 }}
          />
        </Flex>
        {log.isError ? (
          <ErrorState error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <Table<AuditEntry>
            rowKey="seq"
            size="middle"
            loading={log.isFetching}
            dataSource={log.data?.items}
            scroll={{ x: 1000 }}
            locale={{ emptyText: log.isPending ? ' ' : t('audit:empty') }}
            expandable={{ expandedRowRender: (entry) => <AuditEntryDetails entry={entry} /> }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: log.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => t('common:table.total', { total }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
            }}
            columns={[
              { title: '#', dataIndex: 'seq', width: 80 },
              { title: t('audit:columns.at'), dataIndex: 'at', width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
              {
                title: t('audit:columns.actor'),
                key: 'actor',
                render: (_, e) => (
                  <Flex vertical>
                    <span>{e.actorUsername ?? '—'}</span>
                    {e.actorRole ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`auth:roles.${e.actorRole}`, { defaultValue: e.actorRole })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('audit:columns.action'),
                dataIndex: 'action',
                render: (action: string) => (
                  <Flex vertical>
                    <span>{t(`audit:actions.${action}`, { defaultValue: action })}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {action}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('audit:columns.entity'), key: 'entity', render: (_, e) => (e.entityType ? `${e.entityType}${e.entityId ? ` · ${e.entityId.slice(0, 8)}` : ''}` : '—') },
              {
                title: t('audit:columns.outcome'),
                key: 'outcome',
                width: 100,
                render: (_, e) => {
                  const tag = <Tag color={outcomeColors[e.outcome]}>{t(`audit:outcomes.${e.outcome}`)}</Tag>;
                  // Failed sign-ins and refusals say why in details.reason.
                  const reason = typeof e.details.reason === 'string' ? e.details.reason : null;
                  return reason ? <Tooltip title={t(`audit:failureReasons.${reason}`, { defaultValue: reason })}>{tag}</Tooltip> : tag;
                },
              },
              { title: t('audit:columns.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
