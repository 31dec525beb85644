import { useMemo, useState } from 'react';
import { Card, Col, Empty, Flex, Progress, Row, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart, registerMap, type ChartOption } from '../../components/chart.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { brand } from '../../app/theme.ts';
import { escapeHtml, formatCompact } from '../../components/format.ts';
import { localName, useBoundaries, useDistricts, type BoundaryCollection, type District } from './jurisdictions.ts';

const metrics = ['under3Population', 'population'] as const;
type Metric = (typeof metrics)[number];

const valueOf = (d: District, metric: Metric) => d[metric];

/** The districts of a city, coloured by residents or by children under three, with a ranked list beside. */
export function DistrictMap({ cityCode, height = 420 }: { cityCode: string; height?: number }) {
  const { t, i18n } = useTranslation();
  const boundaries = useBoundaries(cityCode);
  const districts = useDistricts(cityCode);
  const available = useMemo(() => metrics.filter((m) => districts.data?.some((d) => valueOf(d, m) !== null)), [districts.data]);
  const [chosen, setChosen] = useState<Metric | null>(null);
  const metric = chosen && available.includes(chosen) ? chosen : (available[0] ?? 'population');
  const metricLabel = t(`home:map.metrics.${metric}`);
  const option = useMemo(() => {
    if (!boundaries.data || !districts.data) return null;
    const format = (n: number) => formatCompact(n, i18n.language);
    const tooltip = (name: string, value: number | null) =>
      `${escapeHtml(name)}<br/>${escapeHtml(t('home:map.tooltip', { metric: metricLabel, value: value === null ? t('home:map.noData') : format(value) }))}`;
    return mapOption(`district-${cityCode}`, boundaries.data, districts.data, metric, { tooltip, format, name: (d) => localName(d, i18n.language) });
  }, [boundaries.data, districts.data, metric, metricLabel, cityCode, i18n.language, t]);

  if (boundaries.isPending || districts.isPending) return <Skeleton.Node active style={{ width: '100%', height }} />;
  const failed = boundaries.isError ? boundaries : districts.isError ? districts : null;
  if (failed) {
    const retry = () => void Promise.all([boundaries.isError && boundaries.refetch(), districts.isError && districts.refetch()]);
    return <ErrorState compact error={failed.error} onRetry={retry} />;
  }
  if (!option || !districts.data || !boundaries.data?.features.length) return <Empty description={t('home:map.empty')} />;

  const ranked = [...districts.data].filter((d) => valueOf(d, metric) !== null).sort((a, b) => (valueOf(b, metric) ?? 0) - (valueOf(a, metric) ?? 0));
  const max = ranked[0] ? (valueOf(ranked[0], metric) ?? 0) : 0;
  const format = (n: number) => formatCompact(n, i18n.language);

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={15}>
        {available.length > 1 ? (
          <Segmented
            value={metric}
            onChange={(value) => setChosen(value as Metric)}
            options={available.map((m) => ({ value: m, label: t(`home:map.metrics.${m}`) }))}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Chart
          ariaLabel={t('home:map.ariaLabel', { metric: metricLabel })}
          option={option}
          style={{ height }}
        />
      </Col>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('home:map.rankTitle', { metric: metricLabel })} styles={{ body: { maxHeight: height - 40, overflowY: 'auto' } }}>
          {ranked.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home:map.noData')} />
          ) : (
            <Flex vertical gap={10}>
              {ranked.map((d, index) => (
                <div key={d.code}>
                  <Flex justify="space-between">
                    <Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'inline-block', width: 24 }}>
                        {index + 1}
                      </Typography.Text>
                      {localName(d, i18n.language)}
                    </Typography.Text>
                    <Typography.Text strong>{format(valueOf(d, metric) ?? 0)}</Typography.Text>
                  </Flex>
                  <Progress percent={max ? ((valueOf(d, metric) ?? 0) / max) * 100 : 0} showInfo={false} size="small" strokeColor={brand.primary} />
                </div>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  );
}

type Labels = { tooltip: (name: string, value: number | null) => string; format: (n: number) => string; name: (place: { name: string; nameEn: string | null }) => string };

function mapOption(mapName: string, geo: BoundaryCollection, districts: District[], metric: Metric, labels: Labels): ChartOption {
  registerMap(mapName, geo);
  const names = new Map(geo.features.map((f) => [f.properties.code, labels.name(f.properties)]));
  const data = districts.map((d) => ({ name: d.code, value: valueOf(d, metric) ?? undefined }));
  const values = data.map((d) => d.value).filter((v): v is number => v !== undefined);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value?: number }) =>
        labels.tooltip(names.get(p.name) ?? p.name, typeof p.value === 'number' && !Number.isNaN(p.value) ? p.value : null),
    },
    visualMap: values.length
      ? {
          min: Math.min(...values),
          max: Math.max(...values),
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemWidth: 12,
          itemHeight: 160,
          calculable: false,
          text: [labels.format(Math.max(...values)), labels.format(Math.min(...values))],
          inRange: { color: ['#e3edff', '#8fb4f5', brand.primary, brand.primaryDark] },
        }
      : undefined,
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: false,
        layoutCenter: ['50%', '46%'],
        layoutSize: '92%',
        data,
        label: { show: true, fontSize: 10, color: '#1b2a41', formatter: (p: { name: string }) => names.get(p.name) ?? p.name },
        itemStyle: { areaColor: '#eef2f7', borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: brand.accent } },
        select: { disabled: true },
      },
    ],
  };
}
