import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadUrl } from '../lib/download';
import { initChart, type ChartInstance, type ChartOption } from '../lib/echarts';

interface ChartProps {
  option: ChartOption;
  /** Read by screen readers in place of the canvas. */
  label: string;
  height?: number | string;
  className?: string;
  /** When set, a button downloads the chart as PNG under this name. */
  downloadName?: string;
  onReady?: (chart: ChartInstance) => void;
  /** Chart events, e.g. `{ click: (p) => … }`; bound once per handler identity. */
  onEvents?: Record<string, (params: unknown) => void>;
}

/** The one ECharts component: init once, follow the container's size, dispose on unmount. */
export function Chart({ option, label, height = 280, className, downloadName, onReady, onEvents }: ChartProps) {
  const { t } = useTranslation();
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

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !onEvents) return;
    for (const [name, handler] of Object.entries(onEvents)) chart.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) chart.off(name, handler);
    };
  }, [onEvents]);

  const download = () => {
    const chart = chartRef.current;
    if (!chart || !downloadName || !ref.current) return;
    const bg = getComputedStyle(ref.current).getPropertyValue('--panel').trim() || '#ffffff';
    downloadUrl(`${downloadName}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: bg }));
  };

  return (
    <div className={className ? `chart-wrap ${className}` : 'chart-wrap'}>
      {downloadName ? (
        <button type="button" className="btn ghost small chart-download" onClick={download} data-testid="png-download" aria-label={`${t('table.png')}: ${label}`}>
          ⭳ PNG
        </button>
      ) : null}
      <div ref={ref} className="chart" role="img" aria-label={label} data-testid="chart" style={{ height, width: '100%' }} />
    </div>
  );
}
