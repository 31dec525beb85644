import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useUnreadCount } from './notifications-api.ts';

/**
 * The menu entry's icon: a bell with the unread count. The menu gives its icons a class (their
 * spacing) and the text colour of the theme; both pass through to the bell.
 */
export function NotificationsIcon({ className }: { className?: string }) {
  const unread = useUnreadCount();
  return (
    <Badge count={unread.data?.unread ?? 0} size="small" offset={[6, -2]} overflowCount={99} className={className} styles={{ root: { color: 'inherit', fontSize: 'inherit' } }}>
      <BellOutlined />
    </Badge>
  );
}
