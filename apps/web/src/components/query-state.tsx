import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './error-state.tsx';

type Props<T> = {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'isError' | 'refetch'>;
  children: (data: T) => ReactNode;
  /** Shown while loading; a paragraph skeleton by default. */
  skeleton?: ReactNode;
  isEmpty?: (data: T) => boolean;
  /** Shown when `isEmpty` says so; a plain "no data" by default. */
  empty?: ReactNode;
  compact?: boolean;
};

/** The loading, error and empty states every data view needs, so no page forgets one. */
export function QueryState<T>({ query, children, skeleton, isEmpty, empty, compact }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <>{skeleton ?? <Skeleton active paragraph={{ rows: 4 }} />}</>;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} compact={compact} />;
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty ?? <Empty description={t('common:states.empty')} />}</>;
  return <>{children(data)}</>;
}
