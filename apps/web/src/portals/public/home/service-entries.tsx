import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { AuditOutlined, FileDoneOutlined, ReadOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { signInPath } from '../../../features/accounts/role-home.ts';
import { familySignIn } from './links.ts';

type Entry = { key: string; icon: ComponentType; color: string; to: string | null; actionKey: string };

/** The four things people come here to do; those not open yet say so instead of linking nowhere. */
const entries: Entry[] = [
  { key: 'find', icon: SearchOutlined, color: '#1d5fd1', to: '/register', actionKey: 'register:homeAction' },
  { key: 'policies', icon: ReadOutlined, color: '#0e9f6e', to: '/policies', actionKey: 'policyLibrary:homeAction' },
  { key: 'complaints', icon: AuditOutlined, color: '#e8590c', to: familySignIn('/family'), actionKey: 'home:services.familyAction' },
  { key: 'filing', icon: FileDoneOutlined, color: '#7048e8', to: signInPath('/institution'), actionKey: 'home:services.institutionAction' },
];

export function ServiceEntries() {
  const { t } = useTranslation();
  return (
    <Row gutter={[20, 20]}>
      {entries.map((entry) => {
        const card = (
          <Card hoverable={!!entry.to} style={{ height: '100%', borderRadius: 14 }} styles={{ body: { padding: 24, height: '100%' } }}>
            <Flex vertical gap={12} style={{ height: '100%' }}>
              <Flex align="center" justify="center" style={{ width: 52, height: 52, borderRadius: 14, background: `${entry.color}14`, color: entry.color, fontSize: 26 }}>
                <entry.icon />
              </Flex>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t(`home:services.${entry.key}.title`)}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ margin: 0, flex: 1 }}>
                {t(`home:services.${entry.key}.description`)}
              </Typography.Paragraph>
              {entry.to ? (
                <Typography.Text style={{ color: entry.color, fontWeight: 500 }}>
                  {t(entry.actionKey)} <RightOutlined style={{ fontSize: 12 }} />
                </Typography.Text>
              ) : (
                <Tag style={{ alignSelf: 'flex-start' }}>{t(entry.actionKey)}</Tag>
              )}
            </Flex>
          </Card>
        );
        return (
          <Col key={entry.key} xs={24} sm={12} lg={6}>
            {entry.to ? (
              <Link to={entry.to} style={{ display: 'block', height: '100%' }}>
                {card}
              </Link>
            ) : (
              card
            )}
          </Col>
        );
      })}
    </Row>
  );
}
