import { useNavigate } from 'react-router';
import { App, Button, Card, Flex, Input, Select, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { CloudUploadOutlined, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { institutionKinds, notFiledStatuses, registrars, type RegistrationQueueItem } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { useFilingRate, useRegistrationQueue, useSendInvitation } from '../../../features/exchange/exchange-api.ts';
import { FilingRateView } from '../../../features/exchange/filing-rate-view.tsx';
import { filingStatusColors } from '../../../features/institutions/institution-labels.ts';
import { AreaSelect, areaQuery, isCityCode } from '../../../features/jurisdictions/area-select.tsx';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

const filterKeys = ['q', 'area', 'registrar', 'kind', 'filingStatus'] as const;
/** Waiting this long after registration is worth a call; a display hint, not a rule. */
const LONG_WAIT_DAYS = 30;

/**
 * The district health commission's follow-up of registrations (REG-1): the filing rate of its
 * areas, and every institution registered but not filed, waiting longest first, with the
 * invitation to file at hand.
 */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSignedInMe();
  const [f, setFilters] = useSearchState(filterKeys);
  const isCity = isCityCode(me.jurisdictionCode);
  // Areas one level down: districts of a city, subdistricts of a district; a subdistrict has none to pick.
  const hasAreas = me.jurisdictionCode?.length === 6;
  const pagination = useListPagination();
  const rate = useFilingRate(me.jurisdictionCode);
  const queue = useRegistrationQueue({
    q: f.q,
    registrar: f.registrar,
    kind: f.kind,
    filingStatus: f.filingStatus,
    ...areaQuery(f.area, me.jurisdictionCode),
    page: f.page,
    pageSize: f.pageSize,
  });
  const invite = useSendInvitation();
  const canInvite = hasPermission(me, 'registrations.invite');
  const isRegistrar = hasPermission(me, 'registrations.submit') && (registrars as readonly string[]).includes(me.department ?? '');

  const sendInvitation = (row: RegistrationQueueItem) =>
    invite.mutate(row.institutionId, {
      onSuccess: () => void message.success(t('exchange:queue.invited', { name: row.name })),
      onError: (error) => void message.error(errorText(error)),
    });

  return (
    <>
      <PageHeader
        title={t('exchange:queue.title')}
        description={t('exchange:queue.description')}
        extra={
          isRegistrar ? (
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void navigate('upload')}>
              {t('exchange:queue.upload')}
            </Button>
          ) : null
        }
      />
      <QueryState query={rate} skeleton={<Skeleton active paragraph={{ rows: 6 }} />} compact>
        {(data) => <FilingRateView rate={data} />}
      </QueryState>
      <Card title={t('exchange:queue.listTitle')} style={{ marginTop: 16 }}>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search defaultValue={f.q} allowClear placeholder={t('exchange:queue.search')} onSearch={(q) => setFilters({ q: q.trim() || undefined })} style={{ width: 260 }} />
          {hasAreas ? (
            <AreaSelect parentCode={me.jurisdictionCode} value={f.area} onChange={(area) => setFilters({ area })} placeholder={t(isCity ? 'exchange:queue.allDistricts' : 'exchange:queue.allSubdistricts')} width={170} />
          ) : null}
          <Select value={f.registrar} allowClear placeholder={t('exchange:queue.allRegistrars')} onChange={(registrar?: string) => setFilters({ registrar })} options={registrars.map((r) => ({ value: r, label: t(`institutions:registrars.${r}`) }))} style={{ width: 160 }} />
          <Select value={f.kind} allowClear placeholder={t('exchange:queue.allKinds')} onChange={(kind?: string) => setFilters({ kind })} options={institutionKinds.map((k) => ({ value: k, label: t(`institutions:kinds.${k}`) }))} style={{ width: 190 }} />
          <Select value={f.filingStatus} allowClear placeholder={t('exchange:queue.allStatuses')} onChange={(filingStatus?: string) => setFilters({ filingStatus })} options={notFiledStatuses.map((s) => ({ value: s, label: t(`institutions:filingStatuses.${s}`) }))} style={{ width: 160 }} />
        </Flex>
        {queue.isError ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <Table<RegistrationQueueItem>
            rowKey="institutionId"
            size="middle"
            loading={queue.isFetching}
            dataSource={queue.data?.items}
            scroll={{ x: 1100 }}
            locale={{ emptyText: listEmptyText(queue.isPending, t('exchange:queue.empty'), t('exchange:queue.emptyHint')) }}
            pagination={pagination(f, queue.data?.total, setFilters)}
            columns={[
              {
                title: t('exchange:queue.columns.institution'),
                key: 'institution',
                render: (_, row) => (
                  <Flex vertical>
                    <Typography.Text strong>{row.name}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: row.creditCode }}>
                      {row.creditCode}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('exchange:queue.columns.registrar'),
                key: 'registrar',
                width: 150,
                render: (_, row) => (
                  <Flex vertical>
                    <span>{t(`institutions:registrars.${row.registrar}`)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.source ? t(`exchange:sources.${row.source}`) : t('exchange:sources.none')}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('exchange:queue.columns.kind'), dataIndex: 'kind', width: 150, render: (kind: string) => t(`institutions:kinds.${kind}`) },
              { title: t('exchange:queue.columns.area'), dataIndex: 'subdistrictCode', width: 130, render: (code: string) => <JurisdictionName code={code} /> },
              {
                title: t('exchange:queue.columns.registrationDate'),
                key: 'registrationDate',
                width: 130,
                render: (_, row) =>
                  row.registrationDate ? (
                    <Flex vertical>
                      <span>{row.registrationDate}</span>
                      <Typography.Text type={row.daysWaiting !== null && row.daysWaiting > LONG_WAIT_DAYS ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
                        {t('exchange:queue.waiting', { count: row.daysWaiting ?? 0 })}
                      </Typography.Text>
                    </Flex>
                  ) : (
                    '—'
                  ),
              },
              { title: t('exchange:queue.columns.status'), dataIndex: 'filingStatus', width: 120, render: (status: RegistrationQueueItem['filingStatus']) => <Tag color={filingStatusColors[status]}>{t(`institutions:filingStatuses.${status}`)}</Tag> },
              {
                title: t('exchange:queue.columns.invitation'),
                key: 'invitation',
                width: 200,
                render: (_, row) => (
                  <Flex align="center" gap={8} wrap>
                    {row.invitedAt ? (
                      <Tooltip title={row.contactPhone}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('exchange:queue.invitedAt', { time: dayjs(row.invitedAt).format('MM-DD HH:mm') })}
                        </Typography.Text>
                      </Tooltip>
                    ) : (
                      <Tag>{t('exchange:queue.notInvited')}</Tag>
                    )}
                    {canInvite && row.filingStatus === 'registered' ? (
                      <Button size="small" icon={<MessageOutlined />} loading={invite.isPending && invite.variables === row.institutionId} onClick={() => sendInvitation(row)}>
                        {t('exchange:queue.invite')}
                      </Button>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
