import { Alert, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { BankOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { hasPermission, useSignedInMe } from '../../features/accounts/session.ts';
import { useUserSummary } from '../../features/accounts/user-summary.ts';
import { useInstitutionSummary } from '../../features/institutions/institutions-api.ts';
import { SummaryView } from './summary-view.tsx';

/** Upcoming regulator services, so the portal says what it is for before they open. */
const upcoming = ['filings', 'inspections', 'complaints', 'quality', 'statistics'] as const;

/** The regulator's start page: their place and role, and the state of childcare supply there. */
export function RegulatorDashboardPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const summary = useUserSummary(me);
  const canRead = hasPermission(me, 'institutions.read') && !!me.jurisdictionCode;
  const counts = useInstitutionSummary(me.jurisdictionCode, canRead);

  return (
    <>
      <PageHeader
        title={t('portals:regulator.welcome', { name: me.displayName })}
        description={
          <Flex gap={8} wrap align="center">
            <Tag icon={<EnvironmentOutlined />} color="blue">
              {summary.jurisdiction ?? t('portals:regulator.noJurisdiction')}
            </Tag>
            {summary.department ? <Tag icon={<BankOutlined />}>{summary.department}</Tag> : null}
            <Tag>{summary.role}</Tag>
          </Flex>
        }
      />
      {canRead ? (
        <QueryState query={counts} skeleton={<Skeleton active paragraph={{ rows: 8 }} />} isEmpty={(s) => s.institutions === 0} empty={<Card><Alert type="info" showIcon message={t('portals:regulator.noInstitutions')} /></Card>}>
          {(data) => <SummaryView summary={data} />}
        </QueryState>
      ) : (
        <Alert type="info" showIcon message={t('portals:regulator.noSummary')} />
      )}
      <Card title={t('portals:regulator.upcomingTitle')} style={{ marginTop: 16 }}>
        <Row gutter={[16, 16]}>
          {upcoming.map((key) => (
            <Col key={key} xs={24} sm={12} xl={8}>
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {t(`portals:regulator.upcoming.${key}.title`)} <Tag color="processing">{t('common:states.comingSoon')}</Tag>
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t(`portals:regulator.upcoming.${key}.description`)}
                </Typography.Text>
              </Flex>
            </Col>
          ))}
        </Row>
      </Card>
    </>
  );
}
