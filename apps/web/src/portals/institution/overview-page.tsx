import { Card, Col, Descriptions, Flex, Progress, Result, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstitutionDetail } from '@youyu/contracts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { StatCard } from '../../components/stat-card.tsx';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { useInstitution, useInstitutionClasses } from '../../features/institutions/institutions-api.ts';
import { filingStatusColors, formatFen, utilisation, yesNo } from '../../features/institutions/institution-labels.ts';
import { useJurisdictionName } from '../../features/jurisdictions/jurisdictions.ts';

/** The institution's own record as the registry holds it: status, places, classes, fees. */
export function InstitutionOverviewPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const institution = useInstitution(me.institutionId);
  if (!me.institutionId) {
    return <Result status="info" title={t('portals:institution.noInstitution.title')} subTitle={t('portals:institution.noInstitution.description')} />;
  }
  return (
    <QueryState query={institution} skeleton={<Skeleton active paragraph={{ rows: 10 }} />}>
      {(data) => <Overview institution={data} />}
    </QueryState>
  );
}

function Overview({ institution: i }: { institution: InstitutionDetail }) {
  const { t, i18n } = useTranslation();
  const classes = useInstitutionClasses(i.id);
  const district = useJurisdictionName(i.districtCode);
  const none = '—';
  return (
    <>
      <PageHeader
        title={i.name}
        description={
          <Space size={[6, 6]} wrap>
            <Tag color={filingStatusColors[i.filingStatus]}>{t(`institutions:filingStatuses.${i.filingStatus}`)}</Tag>
            <Tag>{t(`institutions:kinds.${i.kind}`)}</Tag>
            <Tag>{t(`institutions:ownerships.${i.ownership}`)}</Tag>
            {i.isInclusive ? <Tag color="green">{t('institutions:inclusive.yes')}</Tag> : null}
            {i.grade ? <Tag color="gold">{t(`institutions:grades.${i.grade}`)}</Tag> : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <StatCard title={t('institutions:fields.places')} value={i.places} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('institutions:fields.enrolled')} value={i.enrolled} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('institutions:fields.utilisation')} value={utilisation(i.enrolled, i.places)} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('portals:institution.classCount')} value={classes.data?.length ?? none} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('portals:institution.basics')}>
            <Descriptions column={{ xs: 1, sm: 2, md: 2, lg: 3, xl: 2, xxl: 2 }} size="small">
              <Descriptions.Item label={t('institutions:fields.creditCode')}>{i.creditCode}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.legalNature')}>{t(`institutions:legalNatures.${i.legalNature}`)}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.registrar')}>{t(`institutions:registrars.${i.registrar}`)}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.district')}>{district ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.address')} span="filled">
                {i.address}
              </Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.contactName')}>{i.contactName}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.contactPhone')}>{i.contactPhone}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.openingHours')}>{i.openingHours}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.serviceModes')}>{i.serviceModes.map((m) => t(`institutions:serviceModes.${m}`)).join('、') || none}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.premises')}>
                {t(`institutions:premisesTenures.${i.premises.tenure}`)} · {i.premises.floorAreaM2} m²
                {i.premises.leaseEndDate ? ` · ${t('institutions:fields.leaseEndDate')} ${i.premises.leaseEndDate}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.hasMeals')}>{yesNo(t, i.hasMeals)}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.filingNumber')}>{i.filingNumber ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('institutions:fields.filedAt')}>{i.filedAt ? i.filedAt.slice(0, 10) : none}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t('portals:institution.classes')}>
              <QueryState query={classes} compact isEmpty={(rows) => rows.length === 0}>
                {(rows) => (
                  <Flex vertical gap={12}>
                    {rows.map((c) => (
                      <div key={c.id}>
                        <Flex justify="space-between">
                          <Typography.Text>
                            {c.name} <Typography.Text type="secondary">{t(`institutions:classTypes.${c.classType}`)}</Typography.Text>
                          </Typography.Text>
                          <Typography.Text>
                            {c.enrolled}/{c.capacity}
                          </Typography.Text>
                        </Flex>
                        <Progress percent={c.capacity ? Math.round((c.enrolled / c.capacity) * 100) : 0} size="small" />
                      </div>
                    ))}
                  </Flex>
                )}
              </QueryState>
            </Card>
            <Card title={t('institutions:fields.fees')}>
              <Table
                size="small"
                pagination={false}
                rowKey={(f) => `${f.classType}-${f.serviceMode}`}
                dataSource={i.fees}
                columns={[
                  { title: t('institutions:fields.classType'), dataIndex: 'classType', render: (v: string) => t(`institutions:classTypes.${v}`) },
                  { title: t('institutions:fields.serviceModes'), dataIndex: 'serviceMode', render: (v: string) => t(`institutions:serviceModes.${v}`) },
                  { title: t('portals:institution.monthlyFee'), dataIndex: 'monthlyFeeFen', align: 'right', render: (v: number) => formatFen(v, i18n.language) },
                ]}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
