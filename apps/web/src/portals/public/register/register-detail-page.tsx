import type { ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Button, Card, Descriptions, Empty, Flex, Grid, Image, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, EnvironmentOutlined, FileSearchOutlined, PhoneOutlined, SafetyCertificateOutlined, SolutionOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClassType, RegisterDetail, ServiceMode } from '@youyu/contracts';
import { isApiError } from '../../../api/problem.ts';
import { brand } from '../../../app/theme.ts';
import { BackLink } from '../../../components/back-link.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { signInPath } from '../../../features/accounts/role-home.ts';
import { useMe } from '../../../features/accounts/session.ts';
import { yesNo } from '../../../features/institutions/institution-labels.ts';
import { areaOf } from '../../../features/register/area-name.ts';
import { feeRangeText, yuan } from '../../../features/register/fees.ts';
import { useRegisterEntry } from '../../../features/register/register-api.ts';
import { classTypeOptions, serviceModeOptions } from '../../../features/register/vocabularies.ts';
import { InstitutionMap } from '../../../features/register/map/institution-map.tsx';
import { RatingSummaryCard } from '../../../features/ratings/rating-summary-card.tsx';
import { useBoundaries } from '../../../features/jurisdictions/jurisdictions.ts';
import { cityOf, useMeta } from '../../../features/meta/meta.ts';
import { PublicLayout } from '../public-layout.tsx';

/** The register's old detail address: links and bookmarks still land on the institution page. */
export function LegacyRegisterEntryRedirect() {
  const { id } = useParams();
  return <Navigate to={`/institutions/${id}`} replace />;
}

/**
 * The institution page (public `/institutions/:id`): what a family checks before choosing — filing facts,
 * places and free places by class, fees by class and mode, ratings, inspections, photos, where it is —
 * and the ways to book a place or a visit.
 */
export function RegisterDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const entry = useRegisterEntry(id);
  const isPhone = Grid.useBreakpoint().md === false;
  let content: ReactNode;
  if (entry.isPending) content = <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  else if (entry.isError && isApiError(entry.error) && entry.error.status === 404) {
    content = (
      <Result
        status="404"
        title={t('register:detail.notFound')}
        subTitle={t('register:detail.notFoundHint')}
        extra={
          <Link to="/find">
            <Button type="primary">{t('register:detail.backToFind')}</Button>
          </Link>
        }
      />
    );
  } else if (entry.isError) content = <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />;
  else content = <Entry entry={entry.data} isPhone={isPhone} />;
  return (
    <PublicLayout>
      <div style={{ background: brand.surface, minHeight: '100%' }}>
        <div style={{ maxWidth: 1000, margin: '0 auto', padding: isPhone ? '12px 12px 32px' : '24px 24px 48px' }}>
          <BackLink to="/find">{t('register:detail.backToFind')}</BackLink>
          {content}
        </div>
      </div>
    </PublicLayout>
  );
}

/** A family's own booking page; anyone else signs in (a family, by phone) and comes back to it. */
function useFamilyPath() {
  const me = useMe();
  return (path: string) => (me.data?.role === 'family' ? path : signInPath(path, 'phone'));
}

function Entry({ entry, isPhone }: { entry: RegisterDetail; isPhone: boolean }) {
  const { t, i18n } = useTranslation();
  const familyPath = useFamilyPath();
  const gap = isPhone ? 12 : 16;
  const section = { borderRadius: 12 };
  const sectionStyles = { body: { padding: isPhone ? 12 : 24 } };
  return (
    <Flex vertical gap={gap}>
      <Card style={{ borderRadius: 12 }} styles={{ body: { padding: isPhone ? 16 : 24 } }}>
        <Flex vertical gap={10}>
          <Typography.Title level={isPhone ? 4 : 3} style={{ margin: 0 }}>
            {entry.name}
          </Typography.Title>
          <Flex gap={4} wrap>
            {entry.inclusive ? <Tag color="green">{t('institutions:inclusive.yes')}</Tag> : null}
            <Tag color="blue">{t(`institutions:kinds.${entry.kind}`)}</Tag>
            <Tag>{t(`institutions:ownerships.${entry.ownership}`)}</Tag>
            {entry.grade ? <Tag color="gold">{t(`institutions:grades.${entry.grade}`)}</Tag> : null}
          </Flex>
          <Typography.Text type="secondary">
            <SafetyCertificateOutlined style={{ color: '#0e9f6e' }} /> {t('register:card.filingNumber', { number: entry.filingNumber })} · {t('register:detail.filedOn', { date: entry.filedOn })}
          </Typography.Text>
          <Typography.Text type="secondary">
            <EnvironmentOutlined /> {areaOf(entry, i18n.language)} · {entry.address}
          </Typography.Text>
          <Flex gap={isPhone ? 8 : 16} wrap style={{ marginTop: 6 }}>
            <Fact label={t('register:fields.places')} value={String(entry.places)} />
            <Fact label={t('register:fields.vacancies')} value={String(entry.vacancies)} testId="institution-vacancies" />
            <Fact label={t('register:fields.classTypes')} value={entry.classTypes.map((c) => t(`register:classTypesShort.${c}`)).join('、') || '—'} />
            <Fact label={t('register:fields.fee')} value={feeRangeText(entry.feeRange, t, i18n.language)} accent />
          </Flex>
          <Flex gap={8} wrap vertical={isPhone} style={{ marginTop: 4 }}>
            <Link to={familyPath(`/family/book/${entry.id}`)} data-testid="book-place">
              <Button type="primary" icon={<SolutionOutlined />} block={isPhone} size={isPhone ? 'large' : 'middle'}>
                {t('register:detail.bookPlace')}
              </Button>
            </Link>
            <Link to={familyPath(`/family/visit/${entry.id}`)} data-testid="book-visit">
              <Button icon={<CalendarOutlined />} block={isPhone} size={isPhone ? 'large' : 'middle'}>
                {t('register:detail.bookVisit')}
              </Button>
            </Link>
            <a href={`tel:${entry.phone}`}>
              <Button icon={<PhoneOutlined />} block={isPhone} size={isPhone ? 'large' : 'middle'}>
                {t('register:detail.call')} {entry.phone}
              </Button>
            </a>
          </Flex>
        </Flex>
      </Card>

      <Photos entry={entry} />

      <Card title={t('register:detail.facts')} style={section} styles={sectionStyles}>
        <Descriptions column={isPhone ? 1 : 2} size="small" styles={{ label: { width: isPhone ? 110 : 150 } }}>
          <Descriptions.Item label={t('register:fields.openingHours')}>{entry.openingHours}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.serviceModes')}>{entry.serviceModes.map((m) => t(`institutions:serviceModes.${m}`)).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.inclusive')}>{t(entry.inclusive ? 'institutions:inclusive.yes' : 'institutions:inclusive.no')}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.grade')}>{entry.grade ? t(`institutions:grades.${entry.grade}`) : t('register:detail.notGraded')}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.phone')}>{entry.phone}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.meals')}>{yesNo(t, entry.hasMeals)}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.area')}>{areaOf(entry, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.address')}>{entry.address}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.legalNature')}>{t(`institutions:legalNatures.${entry.legalNature}`)}</Descriptions.Item>
          <Descriptions.Item label={t('register:fields.creditCode')}>
            <Typography.Text copyable>{entry.creditCode}</Typography.Text>
          </Descriptions.Item>
          {entry.brand ? <Descriptions.Item label={t('register:fields.brand')}>{entry.brand}</Descriptions.Item> : null}
          <Descriptions.Item label={t('register:fields.filingNumber')}>{entry.filingNumber}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('register:detail.classes')} extra={<Typography.Text type="secondary">{t('register:detail.totalPlaces', { count: entry.places })}</Typography.Text>} style={section} styles={sectionStyles}>
        <Table
          rowKey={(c) => `${c.classType}/${c.name}`}
          size="small"
          pagination={false}
          dataSource={entry.classes}
          locale={{ emptyText: t('register:detail.noClasses') }}
          columns={[
            { title: t('register:fields.className'), dataIndex: 'name', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
            // The short name on a phone: the age range would wrap every row.
            { title: t('register:fields.classType'), dataIndex: 'classType', render: (c: ClassType) => t(isPhone ? `register:classTypesShort.${c}` : `institutions:classTypes.${c}`) },
            { title: t('register:fields.places'), dataIndex: 'places', align: 'right', width: 70 },
            { title: t('register:fields.vacancies'), dataIndex: 'vacancies', align: 'right', width: 90, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (n: number) => <Typography.Text type={n > 0 ? 'success' : 'secondary'}>{n}</Typography.Text> },
          ]}
        />
      </Card>

      <Card title={t('register:detail.fees')} extra={<Typography.Text type="secondary">{t('register:detail.feesUnit')}</Typography.Text>} style={section} styles={sectionStyles}>
        <FeeTable entry={entry} />
      </Card>

      <RatingSummaryCard institutionId={entry.id} />

      <Card title={t('register:detail.inspections')} style={section} styles={sectionStyles} data-testid="inspections">
        <Empty image={<FileSearchOutlined style={{ fontSize: 40, color: '#b8c4d6' }} />} styles={{ image: { height: 44 } }} description={<Flex vertical gap={2}><Typography.Text>{t('register:detail.noInspections')}</Typography.Text><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('register:detail.noInspectionsHint')}</Typography.Text></Flex>} />
      </Card>

      <Card title={t('register:detail.location')} style={section} styles={{ body: { padding: 0, overflow: 'hidden', borderRadius: '0 0 12px 12px' } }}>
        <SmallMap entry={entry} />
        <Typography.Paragraph type="secondary" style={{ margin: 0, padding: isPhone ? 12 : '12px 24px' }}>
          <EnvironmentOutlined /> {entry.address}
        </Typography.Paragraph>
      </Card>

      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        {t('register:detail.disclaimer')}
      </Typography.Paragraph>
    </Flex>
  );
}

function Fact({ label, value, accent, testId }: { label: string; value: string; accent?: boolean; testId?: string }) {
  return (
    <Flex vertical style={{ background: brand.surface, borderRadius: 10, padding: '8px 14px', minWidth: 96, flex: '1 1 auto' }} data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text strong style={{ fontSize: 16, color: accent ? brand.accent : undefined }}>
        {value}
      </Typography.Text>
    </Flex>
  );
}

/** Class types down, service modes across: the fee grid families compare; a dash where none is offered. */
function FeeTable({ entry }: { entry: RegisterDetail }) {
  const { t, i18n } = useTranslation();
  const modes = serviceModeOptions.filter((m) => entry.fees.some((f) => f.serviceMode === m));
  const rows = classTypeOptions.filter((c) => entry.fees.some((f) => f.classType === c));
  const feeOf = (classType: ClassType, mode: ServiceMode) => entry.fees.find((f) => f.classType === classType && f.serviceMode === mode);
  return (
    <Table
      rowKey={(c) => c}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('register:detail.noFees') }}
      columns={[
        { title: t('register:fields.classType'), key: 'classType', render: (_, c: ClassType) => t(`register:classTypesShort.${c}`), fixed: 'left' },
        ...modes.map((mode) => ({
          title: t(`institutions:serviceModes.${mode}`),
          key: mode,
          align: 'right' as const,
          render: (_: unknown, c: ClassType) => {
            const fee = feeOf(c, mode);
            return fee ? yuan(fee.monthlyFeeFen, i18n.language) : <Typography.Text type="secondary">—</Typography.Text>;
          },
        })),
      ]}
    />
  );
}

/** The institution's own photos, when it has published some. */
function Photos({ entry }: { entry: RegisterDetail }) {
  const { t } = useTranslation();
  if (entry.photos.length === 0) return null;
  return (
    <Card title={t('register:detail.photos')} style={{ borderRadius: 12 }} styles={{ body: { padding: 12 } }} data-testid="institution-photos">
      <Image.PreviewGroup>
        <Flex gap={8} style={{ overflowX: 'auto' }}>
          {entry.photos.map((photo, n) => (
            <Image key={photo.id} src={photo.url} alt={t('register:detail.photoAlt', { name: entry.name, n: n + 1 })} width={160} height={120} style={{ objectFit: 'cover', borderRadius: 8 }} />
          ))}
        </Flex>
      </Image.PreviewGroup>
    </Card>
  );
}

/** Where it is: the institution's point on the same map as the search, without the search. */
function SmallMap({ entry }: { entry: RegisterDetail }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const boundaries = useBoundaries(cityOf(meta.data)?.code);
  const points = [{ id: entry.id, name: entry.name, lat: entry.lat, lng: entry.lng, inclusive: entry.inclusive }];
  return (
    <div style={{ height: 240 }}>
      <InstitutionMap maxZoom={11} baseMap={meta.data?.baseMap ?? null} boundaries={boundaries.data} points={points} origin={null} radiusM={null} activeId={entry.id} onActivate={() => undefined} onOpen={() => undefined} ariaLabel={t('register:detail.mapLabel', { name: entry.name })} />
    </div>
  );
}
