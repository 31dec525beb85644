import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Empty, Flex, Popover, Skeleton, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { NotificationList } from './notification-list.tsx';
import { useMarkRead, useNotifications, useUnreadCount } from './notifications-api.ts';

/** The header bell: unread count, the latest notifications in a popover, a link to all of them. */
export function NotificationBell({ allPath }: { allPath: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useNotifications({ page: 1, pageSize: 6 });
  const markRead = useMarkRead();
  const count = unread.data?.unread ?? 0;
  const content = (
    <div style={{ width: 360, maxWidth: '80vw' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications:title')}</Typography.Text>
        <Button type="link" size="small" disabled={count === 0} onClick={() => markRead.mutate('all')}>
          {t('notifications:readAll')}
        </Button>
      </Flex>
      {latest.isPending ? <Skeleton active paragraph={{ rows: 3 }} /> : latest.data?.items.length ? <NotificationList items={latest.data.items} onOpen={() => setOpen(false)} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications:empty')} />}
      <div style={{ textAlign: 'center', marginTop: 8 }}>
        <Link to={allPath} onClick={() => setOpen(false)}>
          {t('notifications:viewAll')}
        </Link>
      </div>
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" content={content} arrow={false}>
      <Button type="text" aria-label={t('notifications:bellLabel', { count })} icon={<Badge count={count} size="small" overflowCount={99}><BellOutlined style={{ fontSize: 18 }} /></Badge>} />
    </Popover>
  );
}
