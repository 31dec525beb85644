import { List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import type { Notification } from '@youyu/contracts';
import { useMarkRead } from './notifications-api.ts';

/** Notifications, unread ones marked; opening one marks it read and follows its link. */
export function NotificationList({ items, onOpen }: { items: readonly Notification[]; onOpen?: () => void }) {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const open = (n: Notification) => {
    if (!n.isRead) markRead.mutate(n.id);
    onOpen?.();
    if (n.link) void navigate(n.link);
  };
  return (
    <List
      dataSource={[...items]}
      renderItem={(n) => (
        <List.Item
          onClick={() => open(n)}
          onKeyDown={(e) => e.key === 'Enter' && open(n)}
          tabIndex={0}
          role="link"
          style={{ cursor: 'pointer', paddingInline: 12, background: n.isRead ? undefined : '#f0f6ff', borderRadius: 6 }}
        >
          <List.Item.Meta
            avatar={<span aria-hidden style={{ display: 'inline-block', width: 8, height: 8, marginTop: 8, borderRadius: 4, background: n.isRead ? 'transparent' : '#1677ff' }} />}
            title={<Typography.Text strong={!n.isRead}>{n.title}</Typography.Text>}
            description={
              <>
                <div style={{ color: 'rgba(27,42,65,0.75)' }}>{n.body}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
