import { Link } from 'react-router';
import { Card, List } from 'antd';
import { AlertOutlined, RightOutlined, ScheduleOutlined, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The family's bookings, ratings and complaints, from its "me" tab. */
export function FeedbackLinks() {
  const { t } = useTranslation();
  const items = [
    { to: '/family/bookings', icon: <ScheduleOutlined />, label: t('bookings:mine.title') },
    { to: '/family/ratings', icon: <StarOutlined />, label: t('ratings:form.mine') },
    { to: '/family/complaints', icon: <AlertOutlined />, label: t('cases:nav.mine') },
  ];
  return (
    <Card style={{ borderRadius: 16 }} styles={{ body: { padding: '4px 16px' } }}>
      <List
        dataSource={items}
        renderItem={(item) => (
          <Link to={item.to}>
            <List.Item extra={<RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />}>
              <List.Item.Meta avatar={item.icon} title={item.label} />
            </List.Item>
          </Link>
        )}
      />
    </Card>
  );
}
