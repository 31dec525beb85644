import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import { BackLink } from './back-link.tsx';
import { QueryState } from './query-state.tsx';

type Props<T> = {
  /** The list this record belongs to, and the words of the link back to it. */
  backTo: string;
  backLabel: ReactNode;
  query: UseQueryResult<T>;
  children: (record: T) => ReactNode;
};

/** One record's page in a portal: the way back to its list, then the record once it has loaded. */
export function RecordPage<T>({ backTo, backLabel, query, children }: Props<T>) {
  return (
    <>
      <BackLink to={backTo}>{backLabel}</BackLink>
      <QueryState
        query={query}
        skeleton={
          <Card>
            <Skeleton active paragraph={{ rows: 12 }} />
          </Card>
        }
      >
        {children}
      </QueryState>
    </>
  );
}
