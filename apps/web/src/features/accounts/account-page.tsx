import { Link, useLocation } from 'react-router';
import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { useUserSummary } from './user-summary.ts';
import { changePasswordPath, enrolTotpPath } from './require-session.tsx';
import { useSignedInMe } from './session.ts';

/** "My account" in every staff portal: who I am here, and my password and two-step verification. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const summary = useUserSummary(me);
  const { pathname } = useLocation();
  const back = `?next=${encodeURIComponent(pathname)}`;
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <>
      <PageHeader title={t('portals:account.title')} description={t('portals:account.description')} />
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={14}>
          <Card title={t('portals:account.profile')}>
            <Descriptions column={1} size="middle" styles={{ label: { width: 120 } }}>
              <Descriptions.Item label={t('portals:account.displayName')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('portals:account.username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('portals:account.phone')}>{me.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('portals:account.role')}>{summary.role}</Descriptions.Item>
              <Descriptions.Item label={t('portals:account.department')}>{summary.department ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('portals:account.jurisdiction')}>{summary.jurisdiction ?? none}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('portals:account.security')}>
            <Flex vertical gap={20}>
              <Flex justify="space-between" align="center" gap={12} wrap>
                <div>
                  <Typography.Text strong>
                    <KeyOutlined /> {t('portals:account.password')}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {me.passwordExpiresAt ? t('portals:account.passwordExpires', { date: dayjs(me.passwordExpiresAt).format('YYYY-MM-DD') }) : t('portals:account.passwordNoExpiry')}
                  </Typography.Text>
                </div>
                <Link to={changePasswordPath + back}>
                  <Button>{t('portals:account.changePassword')}</Button>
                </Link>
              </Flex>
              <Flex justify="space-between" align="center" gap={12} wrap>
                <div>
                  <Typography.Text strong>
                    <SafetyCertificateOutlined /> {t('portals:account.totp')}
                  </Typography.Text>{' '}
                  {me.hasTotp ? <Tag color="success">{t('portals:account.totpOn')}</Tag> : <Tag>{t('portals:account.totpOff')}</Tag>}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('portals:account.totpHint')}
                  </Typography.Text>
                </div>
                {me.hasTotp ? null : (
                  <Link to={enrolTotpPath}>
                    <Button type="primary">{t('portals:account.enableTotp')}</Button>
                  </Link>
                )}
              </Flex>
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  );
}
