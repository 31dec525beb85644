import { Link, useNavigate } from 'react-router';
import { Button, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { policyDocumentStatuses, type PolicyDocumentListItem } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { listEmptyText, useListPagination } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { UrlSearchBox } from '../../../components/url-search-box.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useManagedDocuments } from '../../../features/policy-library/policy-library-api.ts';
import { issuedInColor, useIssuedIn } from '../../../features/policy-library/policy-labels.ts';
import { PublishButton } from '../../../features/policy-library/publish-button.tsx';
import { PolicyStatusTag } from '../../../features/policy-library/status-tag.tsx';

const filterKeys = ['q', 'status'] as const;
const href = (doc: { id: string }) => `/regulator/policy-library/${doc.id}`;

/** The policy library as regulators keep it: every document, drafts included, searchable like the public one. */
export function PolicyDocumentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const issuedIn = useIssuedIn();
  const [filters, setFilters] = useSearchState(filterKeys);
  const pagination = useListPagination();
  const documents = useManagedDocuments(filters);

  return (
    <>
      <PageHeader
        title={t('policyLibrary:manage.title')}
        description={t('policyLibrary:manage.description')}
        extra={
          <Link to="/regulator/policy-library/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('policyLibrary:manage.add')}
            </Button>
          </Link>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <UrlSearchBox
            value={filters.q}
            maxLength={100}
            placeholder={t('policyLibrary:manage.searchPlaceholder')}
            onSearch={(q) => setFilters({ q })}
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Select
            value={filters.status}
            allowClear
            placeholder={t('policyLibrary:manage.allStatuses')}
            onChange={(status?: string) => setFilters({ status })}
            options={policyDocumentStatuses.map((s) => ({ value: s, label: t(`policyLibrary:statuses.${s}`) }))}
            style={{ width: 160 }}
          />
        </Flex>
        {documents.isError ? (
          <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
        ) : (
          <Table<PolicyDocumentListItem>
            rowKey="id"
            size="middle"
            loading={documents.isFetching}
            dataSource={documents.data?.items}
            scroll={{ x: 980 }}
            locale={{ emptyText: listEmptyText(documents.isPending, t('policyLibrary:manage.empty'), t('policyLibrary:manage.emptyHint')) }}
            onRow={(doc) => ({ onClick: () => void navigate(href(doc)), style: { cursor: 'pointer' } })}
            pagination={pagination(filters, documents.data?.total, setFilters)}
            columns={[
              {
                title: t('policyLibrary:fields.title'),
                key: 'title',
                render: (_, doc) => (
                  <Flex vertical>
                    <Link to={href(doc)} onClick={(e) => e.stopPropagation()}>
                      {doc.title}
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[doc.issuer, doc.documentNumber].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('policyLibrary:fields.jurisdiction'), key: 'jurisdiction', width: 110, render: (_, doc) => <Tag color={issuedInColor(doc.jurisdictionCode)}>{issuedIn(doc)}</Tag> },
              { title: t('policyLibrary:fields.issuedOn'), dataIndex: 'issuedOn', width: 110, render: (date: string | null) => date ?? '—' },
              { title: t('policyLibrary:fields.status'), dataIndex: 'status', width: 90, render: (_, doc) => <PolicyStatusTag status={doc.status} /> },
              { title: t('policyLibrary:fields.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
              {
                title: t('policyLibrary:manage.actions'),
                key: 'actions',
                width: 150,
                render: (_, doc) => (
                  <Flex gap={8} onClick={(e) => e.stopPropagation()}>
                    <Link to={href(doc)}>
                      <Button size="small">{t(doc.canEdit ? 'policyLibrary:manage.edit' : 'policyLibrary:manage.view')}</Button>
                    </Link>
                    {doc.canEdit ? <PublishButton doc={doc} size="small" /> : null}
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
