import { useMemo } from 'react';
import { Card, Col, Grid, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingRate, FilingRateArea } from '@youyu/contracts';
import { brand } from '../../app/theme.ts';
import { Chart, type ChartOption } from '../../components/chart.tsx';
import { StatCard } from '../../components/stat-card.tsx';

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** More bars than this make the chart a wall; the lowest rates are the ones to act on. */
const CHART_AREAS = 15;

const stack = [
  { key: 'filed', color: '#0e9f6e' },
  { key: 'inProgress', color: brand.primary },
  { key: 'notStarted', color: '#f59e2c' },
  { key: 'refused', color: '#cf1322' },
] as const;

/**
 * The filing rate (filed / registered) of a jurisdiction: the headline numbers, each area as a
 * stacked bar of where its institutions stand, and the same figures as a table, lowest rate first.
 */
export function FilingRateView({ rate }: { rate: FilingRate }) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md === false;
  const areas = useMemo(() => rate.byArea.filter((a) => a.registered > 0).sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.registered - a.registered), [rate.byArea]);

  const charted = areas.slice(0, CHART_AREAS);
  const chartTitle = areas.length > CHART_AREAS ? t('exchange:rate.chartTitleLowest', { count: CHART_AREAS }) : t('exchange:rate.chartTitle');
  const option = useMemo<ChartOption>(() => {
    const shown = areas.slice(0, CHART_AREAS);
    const categories = { type: 'category', data: shown.map((a) => a.name), inverse: true, axisLabel: { width: 96, overflow: 'truncate' } };
    return {
      color: stack.map((s) => s.color),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: categories,
      series: stack.map((s) => ({ name: t(`exchange:rate.${s.key}`), type: 'bar', stack: 'status', barMaxWidth: 18, data: shown.map((a) => a[s.key]) })),
    };
  }, [areas, t]);

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['registered', rate.registered, undefined],
            ['filed', rate.filed, '#0e9f6e'],
            ['inProgress', rate.inProgress, undefined],
            ['notStarted', rate.notStarted, rate.notStarted > 0 ? '#d46b08' : undefined],
          ] as const
        ).map(([key, value, color]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <StatCard title={t(`exchange:rate.${key}`)} value={value} color={color} />
          </Col>
        ))}
        <Col xs={24} md={8} xl={8}>
          <StatCard title={t('exchange:rate.rate')} value={formatRate(rate.rate)} color={brand.primary} />
        </Col>
      </Row>
      {areas.length > 0 ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={chartTitle} styles={{ body: { paddingTop: 12 } }}>
              <Chart option={option} ariaLabel={chartTitle} style={{ height: Math.max(240, charted.length * (isPhone ? 30 : 28) + 70) }} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('exchange:rate.tableTitle')}>
              <Table<FilingRateArea>
                rowKey="code"
                size="small"
                dataSource={areas}
                pagination={areas.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
                columns={[
                  { title: t('exchange:rate.area'), dataIndex: 'name' },
                  { title: t('exchange:rate.registered'), dataIndex: 'registered', align: 'right', width: 80 },
                  { title: t('exchange:rate.filed'), dataIndex: 'filed', align: 'right', width: 80 },
                  { title: t('exchange:rate.notStarted'), dataIndex: 'notStarted', align: 'right', width: 90 },
                  {
                    title: t('exchange:rate.rate'),
                    dataIndex: 'rate',
                    align: 'right',
                    width: 90,
                    render: (value: number | null) => <Typography.Text strong>{formatRate(value)}</Typography.Text>,
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
    </>
  );
}
