import { useState } from 'react';
import { Badge, Button, Card, Col, Drawer, Empty, Flex, Grid, Pagination, Row, Skeleton, Typography } from 'antd';
import { FilterOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.tsx';
import { UrlSearchBox } from '../../../components/url-search-box.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { brand } from '../../../app/theme.ts';
import { cityOf, useMeta } from '../../../features/meta/meta.ts';
import { useRegister } from '../../../features/register/register-api.ts';
import { RegisterCard } from '../../../features/register/register-card.tsx';
import { activeFilterCount, filterKeys, RegisterFilters, ResetFiltersButton, type FilterValues } from '../../../features/register/register-filters.tsx';
import { PublicLayout } from '../public-layout.tsx';

const stateKeys = ['q', ...filterKeys] as const;
const PAGE_SIZE = 12;

/** The public register: filed institutions, searchable and filterable; phone first, a filter column on wide screens. */
export function RegisterListPage() {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md === false;
  const city = cityOf(useMeta().data);
  const [state, update] = useSearchState(stateKeys, PAGE_SIZE);
  const register = useRegister({ ...state, pageSize: PAGE_SIZE });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filters: FilterValues = state;
  const filtersSet = activeFilterCount(filters);
  const reset = () => update(Object.fromEntries(filterKeys.map((k) => [k, undefined])));
  const total = register.data?.total ?? 0;
  const filterPanel = <RegisterFilters value={filters} onChange={update} cityCode={city?.code ?? null} />;

  return (
    <PublicLayout>
      <div style={{ background: `linear-gradient(135deg, ${brand.primaryDark} 0%, ${brand.primary} 100%)`, padding: isPhone ? '24px 16px 28px' : '40px 24px 44px' }}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Typography.Title level={isPhone ? 3 : 2} style={{ color: '#fff', margin: 0 }}>
            {t('register:title')}
          </Typography.Title>
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', margin: '8px 0 20px', maxWidth: 720 }}>{t('register:subtitle')}</Typography.Paragraph>
          <UrlSearchBox
            value={state.q}
            size="large"
            enterButton={t('register:search.button')}
            placeholder={t('register:search.placeholder')}
            maxLength={50}
            aria-label={t('register:search.placeholder')}
            onSearch={(q) => update({ q })}
            style={{ maxWidth: 720 }}
          />
        </div>
      </div>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: isPhone ? '16px 12px 32px' : '24px 24px 48px' }}>
        <Row gutter={24} wrap={false}>
          {isPhone ? null : (
            <Col flex="280px">
              <Card title={t('register:filters.title')} extra={<ResetFiltersButton onReset={reset} disabled={filtersSet === 0} />} style={{ position: 'sticky', top: 88 }} styles={{ header: { minHeight: 52 } }}>
                {filterPanel}
              </Card>
            </Col>
          )}
          <Col flex="auto" style={{ minWidth: 0 }}>
            <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary" aria-live="polite">
                {register.data ? t('register:results.count', { count: total }) : ' '}
              </Typography.Text>
              {isPhone ? (
                <Badge count={filtersSet} size="small">
                  <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(true)}>
                    {t('register:filters.open')}
                  </Button>
                </Badge>
              ) : null}
            </Flex>
            <Results query={register} onReset={filtersSet > 0 || state.q ? () => update({ q: undefined, ...Object.fromEntries(filterKeys.map((k) => [k, undefined])) }) : null} />
            {total > PAGE_SIZE ? (
              <Flex justify="center" style={{ marginTop: 24 }}>
                <Pagination current={state.page} pageSize={PAGE_SIZE} total={total} simple={isPhone} showSizeChanger={false} onChange={(page) => update({ page })} />
              </Flex>
            ) : null}
          </Col>
        </Row>
      </div>
      {isPhone ? (
        <Drawer
          placement="bottom"
          height="85%"
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          title={t('register:filters.title')}
          footer={
            <Flex gap={8}>
              <ResetFiltersButton onReset={reset} disabled={filtersSet === 0} />
              <Button type="primary" block onClick={() => setFiltersOpen(false)} icon={register.isFetching ? <LoadingOutlined /> : undefined}>
                {t('register:filters.apply', { count: total })}
              </Button>
            </Flex>
          }
        >
          {filterPanel}
        </Drawer>
      ) : null}
    </PublicLayout>
  );
}

function Results({ query, onReset }: { query: ReturnType<typeof useRegister>; onReset: (() => void) | null }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Row gutter={[16, 16]}>
        {[0, 1, 2, 3].map((k) => (
          <Col key={k} xs={24} xl={12}>
            <Card style={{ borderRadius: 12 }}>
              <Skeleton active paragraph={{ rows: 3 }} />
            </Card>
          </Col>
        ))}
      </Row>
    );
  }
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return (
      <Card style={{ borderRadius: 12 }}>
        <Empty description={<Flex vertical gap={4}><Typography.Text strong>{t('register:results.empty')}</Typography.Text><Typography.Text type="secondary">{t('register:results.emptyHint')}</Typography.Text></Flex>}>
          {onReset ? <Button onClick={onReset}>{t('register:filters.reset')}</Button> : null}
        </Empty>
      </Card>
    );
  }
  return (
    <Row gutter={[16, 16]} style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 0.2s' }}>
      {query.data.items.map((item) => (
        <Col key={item.id} xs={24} xl={12}>
          <RegisterCard item={item} />
        </Col>
      ))}
    </Row>
  );
}
