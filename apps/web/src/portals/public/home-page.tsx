import { lazy, Suspense } from 'react';
import { Card, Grid, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { cityOf, useMeta } from '../../features/meta/meta.ts';
import { PublicLayout } from './public-layout.tsx';
import { Hero } from './home/hero.tsx';
import { Section } from './home/section.tsx';
import { ServiceEntries } from './home/service-entries.tsx';
import { Audiences } from './home/audiences.tsx';

// The map brings echarts (~190 kB gzipped); the rest of the page shows without waiting for it.
const DistrictMap = lazy(() => import('../../features/jurisdictions/district-map.tsx').then((m) => ({ default: m.DistrictMap })));

/** The city's front door: what the service offers, where to start, and how the city looks by district. */
export function HomePage() {
  const { t } = useTranslation();
  const city = cityOf(useMeta().data);
  const isPhone = Grid.useBreakpoint().md === false;
  const cityName = city ? t(`common:cities.${city.key}`) : null;
  return (
    <PublicLayout>
      <Hero cityCode={city?.code ?? null} cityName={cityName} />
      <Section title={t('home:services.title')} description={t('home:services.description')}>
        <ServiceEntries />
      </Section>
      <Section title={t('home:audiences.title')} description={t('home:audiences.description')} background="#f4f7fb">
        <Audiences />
      </Section>
      {city && cityName ? (
        <Section id="map" title={t('home:map.title', { city: cityName })} description={t('home:map.description')}>
          <Card style={{ borderRadius: 14 }}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <DistrictMap cityCode={city.code} height={isPhone ? 320 : 420} />
            </Suspense>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '16px 0 0' }}>
              {t('home:map.source')}
            </Typography.Paragraph>
          </Card>
        </Section>
      ) : null}
    </PublicLayout>
  );
}
