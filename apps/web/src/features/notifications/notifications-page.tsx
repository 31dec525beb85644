import { Button, Card, Empty, Pagination, Segmented, Skeleton } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useSearchState } from '../../components/use-search-state.ts';
import { NotificationList } from './notification-list.tsx';
import { useMarkRead, useNotifications } from './notifications-api.ts';

const filterKeys = ['show'] as const;

/** All of an account's notifications (institution and regulator portals), unread first to the eye. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [f, setFilters] = useSearchState(filterKeys);
  const unreadOnly = f.show === 'unread';
  const list = useNotifications({ page: f.page, pageSize: f.pageSize, unread: unreadOnly });
  const markRead = useMarkRead();
  return (
    <>
      <PageHeader
        title={t('notifications:title')}
        description={t('notifications:description')}
        extra={
          <Button icon={<CheckOutlined />} disabled={!list.data?.unread} loading={markRead.isPending} onClick={() => markRead.mutate('all')}>
            {t('notifications:readAll')}
          </Button>
        }
      />
      <Card>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setFilters({ show: v === 'unread' ? 'unread' : undefined })}
          options={[
            { value: 'all', label: t('notifications:all') },
            { value: 'unread', label: t('notifications:unreadCount', { count: list.data?.unread ?? 0 }) },
          ]}
          style={{ marginBottom: 16 }}
        />
        <QueryState query={list} skeleton={<Skeleton active paragraph={{ rows: 6 }} />} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t(unreadOnly ? 'notifications:noneUnread' : 'notifications:empty')} />}>
          {(data) => (
            <>
              <NotificationList items={data.items} />
              <Pagination current={f.page} pageSize={f.pageSize} total={data.total} hideOnSinglePage onChange={(page, pageSize) => setFilters({ page, pageSize })} style={{ marginTop: 16, textAlign: 'right' }} />
            </>
          )}
        </QueryState>
      </Card>
    </>
  );
}
