import { Link } from 'react-router';
import { Button, Card, Col, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { ArrowRightOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { brand } from '../../../app/theme.ts';
import { formatCompact } from '../../../components/format.ts';
import { useDistricts } from '../../../features/jurisdictions/jurisdictions.ts';

/** Places per 1,000 residents the national plan and all three cities' plans aim for by 2025 (IND-1). */
const placesPerThousandTarget = 4.5;

export function Hero({ cityCode, cityName }: { cityCode: string | null; cityName: string | null }) {
  const { t } = useTranslation();
  return (
    <section
      style={{
        background: `radial-gradient(circle at 85% 15%, rgba(255,181,71,0.35) 0, rgba(255,181,71,0) 32%), linear-gradient(135deg, ${brand.primaryDark} 0%, ${brand.primary} 60%, #3d7fe6 100%)`,
        color: '#fff',
        padding: '64px 16px 72px',
      }}
    >
      {/* Centred by a wrapper: the Row sets its own side margins for its gutter, which a `margin` beside them would fight. */}
      <div style={{ maxWidth: 1200, margin: '0 auto' }}>
        <Row gutter={[{ xs: 16, lg: 40 }, 32]} align="middle">
          <Col xs={24} lg={14}>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', letterSpacing: 2 }}>
              {cityName ? t('home:hero.kickerCity', { city: cityName }) : t('home:hero.kicker')}
            </Typography.Text>
            <Typography.Title style={{ color: '#fff', fontSize: 'clamp(40px, 8vw, 60px)', margin: '12px 0 16px', letterSpacing: 6 }}>
              {t('common:app.name')}
            </Typography.Title>
            <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.92)', fontSize: 18, maxWidth: 560, lineHeight: 1.7 }}>
              {t('home:hero.lead')}
            </Typography.Paragraph>
            <Flex gap={12} wrap style={{ marginTop: 28 }}>
              <Link to="/register">
                <Button size="large" icon={<SearchOutlined />} style={{ background: brand.accent, borderColor: brand.accent, color: '#fff', fontWeight: 600 }}>
                  {t('home:hero.findChildcare')}
                </Button>
              </Link>
              <Link to="/sign-in">
                <Button size="large" ghost>
                  {t('home:hero.staffSignIn')} <ArrowRightOutlined />
                </Button>
              </Link>
            </Flex>
          </Col>
          <Col xs={24} lg={10}>{cityCode && cityName ? <CityFacts cityCode={cityCode} cityName={cityName} /> : null}</Col>
        </Row>
      </div>
    </section>
  );
}

/** Real figures from the public district list; the places target shows what the city must build. */
function CityFacts({ cityCode, cityName }: { cityCode: string; cityName: string }) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts(cityCode);
  const populations = districts.data?.map((d) => d.population) ?? [];
  const isComplete = populations.length > 0 && populations.every((p): p is number => typeof p === 'number');
  const total = isComplete ? (populations as number[]).reduce((a, b) => a + b, 0) : null;
  const format = (n: number) => formatCompact(n, i18n.language);

  return (
    <Card style={{ borderRadius: 16, boxShadow: '0 20px 50px rgba(10,30,70,0.25)' }} styles={{ body: { padding: 24 } }}>
      <Typography.Text type="secondary">{t('home:facts.title', { city: cityName })}</Typography.Text>
      {districts.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} style={{ marginTop: 16 }} />
      ) : (
        <Row gutter={[16, 20]} style={{ marginTop: 16 }}>
          <Col span={12}>
            <Statistic title={t('home:facts.districts')} value={districts.data?.length ?? '—'} />
          </Col>
          <Col span={12}>
            <Statistic title={t('home:facts.population')} value={total === null ? '—' : format(total)} />
          </Col>
          <Col span={12}>
            <Statistic title={t('home:facts.target')} value={placesPerThousandTarget} suffix={<span style={{ fontSize: 14 }}>{t('home:facts.targetUnit')}</span>} />
          </Col>
          <Col span={12}>
            <Statistic
              title={t('home:facts.placesNeeded')}
              value={total === null ? '—' : format(Math.round((total / 1000) * placesPerThousandTarget))}
              valueStyle={{ color: brand.primary }}
            />
          </Col>
        </Row>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '16px 0 0' }}>
        {t('home:facts.note')}
      </Typography.Paragraph>
    </Card>
  );
}
