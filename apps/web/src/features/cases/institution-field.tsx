import { useState } from 'react';
import { Button, Card, Flex, Select, Spin, Typography } from 'antd';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegisterPage } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { useRegisterEntry } from '../register/register-api.ts';

type Props = { value?: string; onChange?: (id: string | undefined) => void; placeholder: string };

/**
 * Which institution a case is about: a search over the public register, or, when the page came
 * from an institution's page, that institution shown by name with a way to change it.
 */
export function InstitutionField({ value, onChange, placeholder }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [isSearching, setSearching] = useState(!value);
  const term = useDebouncedValue(q, 300);
  const chosen = useRegisterEntry(value);
  const found = useQuery({
    queryKey: ['public', 'register', 'pick', term],
    queryFn: ({ signal }) => api.get<RegisterPage>('/public/institutions', { query: { q: term || undefined, pageSize: 10 }, signal }),
    enabled: isSearching && term.length > 0,
    placeholderData: keepPreviousData,
  });
  if (value && !isSearching) {
    return (
      <Card size="small" styles={{ body: { padding: '10px 12px' } }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong ellipsis>{chosen.data?.name ?? (chosen.isPending ? <Spin size="small" /> : value)}</Typography.Text>
            {chosen.data ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {chosen.data.address}
              </Typography.Text>
            ) : null}
          </Flex>
          <Button size="small" onClick={() => setSearching(true)}>
            {t('cases:report.change')}
          </Button>
        </Flex>
      </Card>
    );
  }
  return (
    <Select
      showSearch
      allowClear
      value={value}
      placeholder={placeholder}
      filterOption={false}
      onSearch={setQ}
      notFoundContent={found.isFetching ? <Spin size="small" /> : null}
      onChange={(id?: string) => {
        onChange?.(id);
        if (id) setSearching(false);
      }}
      options={(found.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.districtName}）` }))}
      style={{ width: '100%' }}
    />
  );
}
