import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, MapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the app draws, so the echarts chunk stays a fraction of the full build.
echarts.use([MapChart, BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

type Props = {
  option: ChartOption;
  style?: CSSProperties;
  onClick?: (params: { name?: string; data?: unknown }) => void;
  ariaLabel: string;
};

/** An echarts canvas that follows its container's size and the option it is given. */
export function Chart({ option, style, onClick, ariaLabel }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 360, ...style }} />;
}

/** Maps are registered once per name; GeoJSON comes from the API, so this happens at run time. */
export function registerMap(name: string, geoJson: unknown): void {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
}
