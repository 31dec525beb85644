import { useMemo } from 'react';
import { Card, Col, Grid, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstitutionSummary } from '@youyu/contracts';
import { brand } from '../../app/theme.ts';
import { Chart, type ChartOption } from '../../components/chart.tsx';
import { StatCard } from '../../components/stat-card.tsx';
import { utilisation } from '../../features/institutions/institution-labels.ts';
import { localName, useChildJurisdictions } from '../../features/jurisdictions/jurisdictions.ts';

const palette = [brand.primary, '#f59e2c', '#0e9f6e', '#7048e8', '#e8590c', '#0ea5e9', '#94a3b8'];

/** Headline numbers, places by area (total and inclusive), and the mix by kind and by filing status. */
export function SummaryView({ summary: s }: { summary: InstitutionSummary }) {
  const { t, i18n } = useTranslation();
  const areas = useChildJurisdictions(s.jurisdictionCode);
  // A phone is too narrow for dozens of columns: areas become rows there.
  const isPhone = Grid.useBreakpoint().md === false;
  const inclusiveShare = s.places > 0 ? `${((s.inclusive.places / s.places) * 100).toFixed(1)}%` : '—';
  // Places per 1,000 residents (IND-1), when every area below has a population figure.
  const populations = (areas.data ?? []).map((a) => a.population);
  const population = populations.length > 0 && populations.every((p): p is number => p !== null) ? populations.reduce((a, b) => a + b, 0) : null;
  const perThousand = population ? ((s.places / population) * 1000).toFixed(2) : '—';

  const rows = useMemo(() => [...s.byArea].sort((a, b) => b.places - a.places), [s.byArea]);
  const areaOption = useMemo<ChartOption>(() => {
    const names = new Map((areas.data ?? []).map((a) => [a.code, localName(a, i18n.language)]));
    const categories = { type: 'category', data: rows.map((r) => names.get(r.code) ?? r.code), inverse: isPhone, axisLabel: { interval: 0, rotate: !isPhone && rows.length > 8 ? 40 : 0 } };
    const values = { type: 'value' };
    const series = (name: string, data: number[]) => ({ name, type: 'bar', data, barMaxWidth: 28 });
    return {
      color: [brand.primary, '#0e9f6e', '#f59e2c'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: isPhone ? values : categories,
      yAxis: isPhone ? categories : values,
      series: [
        series(t('institutions:summary.places'), rows.map((r) => r.places)),
        series(t('institutions:summary.inclusivePlaces'), rows.map((r) => r.inclusivePlaces)),
        series(t('institutions:summary.enrolled'), rows.map((r) => r.enrolled)),
      ],
    };
  }, [rows, areas.data, i18n.language, t, isPhone]);

  const kindOption = useMemo<ChartOption>(() => {
    // Kinds with no institution would only crowd the chart.
    const kinds = s.byKind.filter((k) => k.institutions > 0).map((k) => ({ name: t(`institutions:kinds.${k.key}`), value: k.institutions }));
    const counts = new Map(kinds.map((k) => [k.name, k.value]));
    return {
      color: palette,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      // The legend carries the counts, so a phone can drop the labels around the ring.
      legend: { bottom: 0, left: 'center', formatter: (name: string) => `${name}  ${counts.get(name) ?? ''}` },
      series: [{ type: 'pie', radius: ['38%', '62%'], center: ['50%', '42%'], label: { show: !isPhone, formatter: '{d}%' }, data: kinds }],
    };
  }, [s.byKind, t, isPhone]);

  const filingOption = useMemo<ChartOption>(
    () => ({
      color: [brand.primary],
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, bottom: 8, top: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: s.byFilingStatus.map((f) => t(`institutions:filingStatuses.${f.key}`)), inverse: true },
      series: [{ name: t('institutions:summary.institutions'), type: 'bar', data: s.byFilingStatus.map((f) => f.institutions), barMaxWidth: 18 }],
    }),
    [s.byFilingStatus, t],
  );

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[
          { key: 'institutions', title: t('institutions:summary.institutions'), value: s.institutions },
          { key: 'places', title: t('institutions:summary.places'), value: s.places },
          { key: 'enrolled', title: t('institutions:summary.enrolled'), value: s.enrolled },
          { key: 'perThousand', title: t('portals:regulator.placesPerThousand'), value: perThousand, color: brand.primary },
          { key: 'inclusive', title: t('institutions:summary.inclusiveShare'), value: inclusiveShare, color: brand.primary },
          { key: 'utilisation', title: t('institutions:fields.utilisation'), value: utilisation(s.enrolled, s.places) },
        ].map((stat) => (
          <Col key={stat.key} xs={12} md={8} xl={4}>
            <StatCard title={stat.title} value={stat.value} color={stat.color} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card title={t('institutions:summary.byArea')}>
            <Chart option={areaOption} ariaLabel={t('institutions:summary.byArea')} style={{ height: isPhone ? Math.max(320, rows.length * 30 + 60) : 360 }} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('institutions:summary.byKind')}>
            <Chart option={kindOption} ariaLabel={t('institutions:summary.byKind')} style={{ height: 340 }} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('institutions:summary.byFilingStatus')}>
            <Chart option={filingOption} ariaLabel={t('institutions:summary.byFilingStatus')} style={{ height: 320 }} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
