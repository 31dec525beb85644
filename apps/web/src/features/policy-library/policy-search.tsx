import type { ReactNode } from 'react';
import { Button, Card, Empty, Flex, Grid, Pagination, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardListSkeleton } from '../../components/card-list-skeleton.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { UrlSearchBox } from '../../components/url-search-box.tsx';
import { useSearchState } from '../../components/use-search-state.ts';
import { PolicyFilters } from './policy-filters.tsx';
import { PolicyHitCard } from './policy-hit-card.tsx';
import { usePolicyFacets, usePolicySearch } from './policy-library-api.ts';

const stateKeys = ['q', 'jurisdiction', 'tag'] as const;
const PAGE_SIZE = 10;
const suggestionKeys = ['inclusive', 'filing', 'subsidy', 'places', 'family'] as const;

type Props = {
  /** Where a result leads; `words` are the query's words, for marking them on the document. */
  documentHref: (id: string, words: readonly string[]) => string;
  /** `hero`: the public page's coloured search band; `plain`: inside a portal's frame. */
  variant: 'hero' | 'plain';
};

/** The policy library's search: a search box, filters, results with marked words, and a pager; all kept in the URL. */
export function PolicySearch({ documentHref, variant }: Props) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md === false;
  const [state, update] = useSearchState(stateKeys, PAGE_SIZE);
  const search = usePolicySearch({ ...state, pageSize: PAGE_SIZE });
  const facets = usePolicyFacets();
  const total = search.data?.total ?? 0;
  const isFiltered = !!(state.q || state.jurisdiction || state.tag);
  const suggest = (q: string) => update({ q });

  const box = (
    <UrlSearchBox
      value={state.q}
      size="large"
      enterButton={t('policyLibrary:search.button')}
      placeholder={t('policyLibrary:search.placeholder')}
      maxLength={100}
      aria-label={t('policyLibrary:search.title')}
      onSearch={(q) => update({ q })}
    />
  );
  const suggestions = (onDark: boolean) => (
    <Flex gap={6} wrap align="center">
      <Typography.Text style={{ color: onDark ? 'rgba(255,255,255,0.8)' : undefined, fontSize: 13 }} type={onDark ? undefined : 'secondary'}>
        {t('policyLibrary:search.suggestions')}
      </Typography.Text>
      {suggestionKeys.map((key) => {
        const word = t(`policyLibrary:search.suggestionWords.${key}`);
        return (
          <Tag key={key} onClick={() => suggest(word)} style={{ cursor: 'pointer', marginInlineEnd: 0, ...(onDark ? { background: 'rgba(255,255,255,0.14)', color: '#fff', borderColor: 'rgba(255,255,255,0.3)' } : {}) }}>
            {word}
          </Tag>
        );
      })}
    </Flex>
  );

  return (
    <>
      {variant === 'hero' ? (
        <div style={{ background: `linear-gradient(135deg, #0b6b4f 0%, #0e9f6e 100%)`, padding: isPhone ? '24px 16px 24px' : '40px 24px 40px' }}>
          <Flex vertical gap={isPhone ? 12 : 16} style={{ maxWidth: 880, margin: '0 auto' }}>
            <div>
              <Typography.Title level={isPhone ? 3 : 2} style={{ color: '#fff', margin: 0 }}>
                {t('policyLibrary:search.title')}
              </Typography.Title>
              <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.88)', margin: '6px 0 0' }}>{t('policyLibrary:search.subtitle')}</Typography.Paragraph>
            </div>
            {box}
            {suggestions(true)}
          </Flex>
        </div>
      ) : (
        <Flex vertical gap={10} style={{ marginBottom: 4 }}>
          {box}
          {state.q ? null : suggestions(false)}
        </Flex>
      )}
      <div style={{ maxWidth: 880, margin: '0 auto', padding: variant === 'hero' ? (isPhone ? '14px 12px 32px' : '24px 24px 48px') : '12px 0 0' }}>
        <Flex vertical gap={12}>
          <PolicyFilters facets={facets.data} jurisdiction={state.jurisdiction} tag={state.tag} onChange={update} />
          <Typography.Text type="secondary" aria-live="polite" style={{ fontSize: 13 }}>
            {search.data ? `${t('policyLibrary:search.count', { count: total })} · ${t(state.q ? 'policyLibrary:search.byRelevance' : 'policyLibrary:search.byDate')}` : ' '}
          </Typography.Text>
          <Results
            query={search}
            documentHref={documentHref}
            isFiltered={isFiltered}
            onReset={() => update({ q: undefined, jurisdiction: undefined, tag: undefined })}
            suggestions={suggestions(false)}
          />
          {total > PAGE_SIZE ? (
            <Flex justify="center" style={{ marginTop: 12 }}>
              <Pagination current={state.page} pageSize={PAGE_SIZE} total={total} simple={isPhone} showSizeChanger={false} onChange={(page) => update({ page })} />
            </Flex>
          ) : null}
        </Flex>
      </div>
    </>
  );
}

type ResultsProps = {
  query: ReturnType<typeof usePolicySearch>;
  documentHref: Props['documentHref'];
  isFiltered: boolean;
  onReset: () => void;
  suggestions: ReactNode;
};

function Results({ query, documentHref, isFiltered, onReset, suggestions }: ResultsProps) {
  const { t } = useTranslation();
  if (query.isPending) return <CardListSkeleton />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return (
      <Card style={{ borderRadius: 12 }}>
        <Empty
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong>{t(isFiltered ? 'policyLibrary:search.empty' : 'policyLibrary:search.libraryEmpty')}</Typography.Text>
              <Typography.Text type="secondary">{t(isFiltered ? 'policyLibrary:search.emptyHint' : 'policyLibrary:search.libraryEmptyHint')}</Typography.Text>
            </Flex>
          }
        >
          {isFiltered ? (
            <Flex vertical gap={12} align="center">
              {suggestions}
              <Button onClick={onReset}>{t('policyLibrary:filters.reset')}</Button>
            </Flex>
          ) : null}
        </Empty>
      </Card>
    );
  }
  const words = query.data.terms;
  return (
    <Flex vertical gap={12} style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 0.2s' }}>
      {query.data.items.map((hit) => (
        <PolicyHitCard key={hit.id} hit={hit} href={documentHref(hit.id, words)} />
      ))}
    </Flex>
  );
}
