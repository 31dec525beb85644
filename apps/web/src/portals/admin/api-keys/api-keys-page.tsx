import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ApiKey, CreatedApiKey } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useApiKeys, useRevokeApiKey } from '../../../features/exchange/exchange-api.ts';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';
import { ApiKeySecretModal } from './api-key-secret-modal.tsx';
import { CreateApiKeyModal } from './create-api-key-modal.tsx';

const when = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : null);

/**
 * The registrars' keys to the data-exchange API (民政, 市场监管, 编办, 教委): one per registrar
 * system and jurisdiction, its secret shown once, revoked at once when a system is retired or a
 * key leaks.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <>
      <PageHeader
        title={t('exchange:apiKeys.title')}
        description={t('exchange:apiKeys.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('exchange:apiKeys.create')}
          </Button>
        }
      />
      <Card>
        {keys.isError ? (
          <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
        ) : (
          <Table<ApiKey>
            rowKey="id"
            size="middle"
            loading={keys.isFetching}
            dataSource={keys.data?.items}
            scroll={{ x: 1000 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common:table.total', { total }) }}
            locale={{
              emptyText: keys.isPending ? (
                ' '
              ) : (
                <Flex vertical align="center" gap={6} style={{ padding: 24 }}>
                  <KeyOutlined style={{ fontSize: 28, color: '#94a3b8' }} />
                  <Typography.Text strong>{t('exchange:apiKeys.empty')}</Typography.Text>
                  <Typography.Text type="secondary">{t('exchange:apiKeys.emptyHint')}</Typography.Text>
                </Flex>
              ),
            }}
            columns={[
              {
                title: t('exchange:apiKeys.columns.name'),
                key: 'name',
                render: (_, key) => (
                  <Flex vertical>
                    <Typography.Text strong={!key.revokedAt} delete={!!key.revokedAt}>
                      {key.name}
                    </Typography.Text>
                    <Typography.Text type="secondary" code style={{ fontSize: 12, width: 'fit-content' }}>
                      {key.prefix}…
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('exchange:apiKeys.columns.registrar'), dataIndex: 'registrar', width: 150, render: (r: string) => t(`institutions:registrars.${r}`) },
              { title: t('exchange:apiKeys.columns.jurisdiction'), dataIndex: 'jurisdictionCode', width: 130, render: (code: string) => <JurisdictionName code={code} /> },
              {
                title: t('exchange:apiKeys.columns.created'),
                key: 'created',
                width: 170,
                render: (_, key) => (
                  <Flex vertical>
                    <span>{when(key.createdAt)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {key.createdByName ?? '—'}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('exchange:apiKeys.columns.lastUsed'), dataIndex: 'lastUsedAt', width: 150, render: (at: string | null) => when(at) ?? <Typography.Text type="secondary">{t('exchange:apiKeys.never')}</Typography.Text> },
              {
                title: t('exchange:apiKeys.columns.status'),
                key: 'status',
                width: 170,
                render: (_, key) =>
                  key.revokedAt ? (
                    <Flex vertical>
                      <Tag color="default" style={{ width: 'fit-content' }}>
                        {t('exchange:apiKeys.revoked')}
                      </Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {when(key.revokedAt)} · {key.revokedByName ?? '—'}
                      </Typography.Text>
                    </Flex>
                  ) : (
                    <Tag color="success">{t('exchange:apiKeys.active')}</Tag>
                  ),
              },
              {
                title: t('exchange:apiKeys.columns.actions'),
                key: 'actions',
                width: 110,
                render: (_, key) =>
                  key.revokedAt ? null : (
                    <Popconfirm
                      title={t('exchange:apiKeys.revokeConfirm', { name: key.name })}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        revoke.mutate(key.id, {
                          onSuccess: () => void message.success(t('exchange:apiKeys.revokedMessage', { name: key.name })),
                          onError: (error) => void message.error(errorText(error)),
                        })
                      }
                    >
                      <Button size="small" danger loading={revoke.isPending && revoke.variables === key.id}>
                        {t('exchange:apiKeys.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <CreateApiKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated(result);
        }}
      />
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
    </>
  );
}
