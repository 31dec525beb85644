import type { ComponentType } from 'react';
import { Card, Col, Flex, List, Row, Typography } from 'antd';
import { BankOutlined, CheckCircleFilled, HeartOutlined, HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

const audiences: { key: 'families' | 'institutions' | 'regulators'; icon: ComponentType; color: string }[] = [
  { key: 'families', icon: HeartOutlined, color: '#e8590c' },
  { key: 'institutions', icon: HomeOutlined, color: '#1d5fd1' },
  { key: 'regulators', icon: BankOutlined, color: '#0e9f6e' },
];

/** What each kind of user can do here, in the words of the city plans. */
export function Audiences() {
  const { t } = useTranslation();
  return (
    <Row gutter={[20, 20]}>
      {audiences.map(({ key, icon: Icon, color }) => (
        <Col key={key} xs={24} md={8}>
          <Card style={{ height: '100%', borderRadius: 14, borderTop: `4px solid ${color}` }}>
            <Flex align="center" gap={10} style={{ marginBottom: 8 }}>
              <span style={{ color, fontSize: 22 }}>
                <Icon />
              </span>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t(`home:audiences.${key}.title`)}
              </Typography.Title>
            </Flex>
            <Typography.Paragraph type="secondary">{t(`home:audiences.${key}.summary`)}</Typography.Paragraph>
            <List
              split={false}
              dataSource={t(`home:audiences.${key}.items`, { returnObjects: true }) as string[]}
              renderItem={(item) => (
                <List.Item style={{ padding: '4px 0' }}>
                  <Flex gap={8} align="baseline">
                    <CheckCircleFilled style={{ color }} />
                    <span>{item}</span>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
