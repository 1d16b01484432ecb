import { useEffect, useRef } from 'react';
import { initChart, type ChartInstance, type ChartOption } from '../lib/echarts';

interface ChartProps {
  option: ChartOption;
  /** Read by screen readers in place of the canvas. */
  label: string;
  height?: number | string;
  className?: string;
  onReady?: (chart: ChartInstance) => void;
}

/** The one ECharts component: init once, follow the container's size, dispose on unmount. */
export function Chart({ option, label, height = 280, className, onReady }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = initChart(el, Math.max(1, window.devicePixelRatio || 1));
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.setOption(option, { notMerge: true, lazyUpdate: true });
    onReady?.(chart);
  }, [option, onReady]);

  return (
    <div
      ref={ref}
      className={className ? `chart ${className}` : 'chart'}
      role="img"
      aria-label={label}
      data-testid="chart"
      style={{ height, width: '100%' }}
    />
  );
}
