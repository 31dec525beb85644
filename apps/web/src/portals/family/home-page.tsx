import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { AuditOutlined, ReadOutlined, RightOutlined, ScheduleOutlined, SearchOutlined, SmileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { brand } from '../../app/theme.ts';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { ChoosingGuide } from './guide-card.tsx';

type Shortcut = { key: string; icon: ComponentType; color: string; to: string | null };

const shortcuts: Shortcut[] = [
  { key: 'find', icon: SearchOutlined, color: brand.primary, to: '/family/find' },
  { key: 'children', icon: SmileOutlined, color: '#e8590c', to: '/family/children' },
  { key: 'policies', icon: ReadOutlined, color: '#0e9f6e', to: '/family/policies' },
  { key: 'complaints', icon: AuditOutlined, color: '#7048e8', to: null },
];

export function FamilyHomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <Flex vertical gap={16}>
      <Card
        style={{ borderRadius: 16, border: 'none', background: `linear-gradient(135deg, ${brand.primary}, #3d7fe6)` }}
        styles={{ body: { padding: 20 } }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('portals:family.home.greeting', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.88)' }}>{t('portals:family.home.lead')}</Typography.Text>
      </Card>
      <Row gutter={[12, 12]}>
        {shortcuts.map((s) => {
          const body = (
            <Card hoverable={!!s.to} size="small" style={{ borderRadius: 14, height: '100%' }} styles={{ body: { padding: 14 } }}>
              <Flex vertical gap={6}>
                <Flex align="center" justify="center" style={{ width: 40, height: 40, borderRadius: 12, background: `${s.color}16`, color: s.color, fontSize: 20 }}>
                  <s.icon />
                </Flex>
                <Typography.Text strong>{t(`portals:family.home.shortcuts.${s.key}.title`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`portals:family.home.shortcuts.${s.key}.description`)}
                </Typography.Text>
                {s.to ? null : (
                  <Tag style={{ alignSelf: 'flex-start', marginTop: 2 }}>{t('common:states.comingSoon')}</Tag>
                )}
              </Flex>
            </Card>
          );
          return (
            <Col span={12} key={s.key}>
              {s.to ? (
                <Link to={s.to} style={{ display: 'block', height: '100%' }}>
                  {body}
                </Link>
              ) : (
                body
              )}
            </Col>
          );
        })}
      </Row>
      <Link to="/family/bookings" data-testid="my-bookings-link">
        <Card hoverable size="small" style={{ borderRadius: 14 }}>
          <Flex align="center" gap={12}>
            <ScheduleOutlined style={{ fontSize: 20, color: brand.primary }} />
            <Flex vertical style={{ flex: 1 }}>
              <Typography.Text strong>{t('bookings:mine.title')}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('bookings:mine.shortcut')}
              </Typography.Text>
            </Flex>
            <RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
          </Flex>
        </Card>
      </Link>
      <ChoosingGuide />
    </Flex>
  );
}
