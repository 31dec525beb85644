import type { ReactNode } from 'react';
import { Flex, Typography, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

/*
 * What the portals' paged lists (filing queue, registrations, closures, imports) had each written
 * out again: the empty state and the server-side pager. Kept here so they look and page alike.
 */

/** A list's empty text: blank while the first page loads (no flash of "nothing here"), then what is missing and what to do. */
export function listEmptyText(pending: boolean, title: ReactNode, hint: ReactNode): ReactNode {
  return pending ? (
    ' '
  ) : (
    <Flex vertical gap={4} style={{ padding: 24 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Flex>
  );
}

type Paging = { page: number; pageSize: number };

/** The pager of a list paged by the server (page and size kept by `useSearchState`): hidden for one page, the total always shown. */
export function useListPagination() {
  const { t } = useTranslation();
  return (paging: Paging, total: number | undefined, onChange: (paging: Paging) => void): TablePaginationConfig => ({
    current: paging.page,
    pageSize: paging.pageSize,
    total: total ?? 0,
    hideOnSinglePage: true,
    showTotal: (count) => t('common:table.total', { total: count }),
    onChange: (page, pageSize) => onChange({ page, pageSize }),
  });
}
