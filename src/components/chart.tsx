import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../lib/i18n';
import { downloadUrl } from '../lib/download';
import type { ChartInstance, ChartOption } from '../lib/echarts';

// ECharts loads on first use, so headline numbers paint before the charting code arrives.
const loadECharts = () => import('../lib/echarts');
type EChartsModule = Awaited<ReturnType<typeof loadECharts>>;

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
  const [chart, setChart] = useState<ChartInstance | null>(null);
  const [ec, setEc] = useState<EChartsModule | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let disposed = false;
    let observer: ResizeObserver | null = null;
    let instance: ChartInstance | null = null;
    loadECharts().then(
      (mod) => {
        if (disposed) return;
        instance = mod.initChart(el, Math.max(1, window.devicePixelRatio || 1));
        const created = instance;
        observer = new ResizeObserver(() => created.resize());
        observer.observe(el);
        setEc(mod);
        setChart(instance);
      },
      (e: unknown) => !disposed && setLoadError(String(e)),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart || !ec) return;
    let cancelled = false;
    // The first frame drawn is marked, so `npm run bench:load` can time "all charts painted".
    const painted = () => {
      performance.mark('zerobay:chart-painted');
      // For people's tools and tests alike: this chart has drawn its data at least once.
      if (ref.current) ref.current.dataset.painted = 'true';
      chart.off('rendered', painted);
    };
    const apply = () => {
      if (cancelled) return;
      chart.on('rendered', painted);
      chart.setOption(option, { notMerge: true, lazyUpdate: true });
      onReady?.(chart);
    };
    const pending = ec.ensureParts(option);
    if (pending)
      pending.then(
        () => {
          setLoadError(null);
          apply();
        },
        (e: unknown) => !cancelled && setLoadError(String(e)),
      );
    else apply();
    return () => {
      cancelled = true;
      chart.off('rendered', painted);
    };
  }, [chart, ec, option, onReady]);

  useEffect(() => {
    if (!chart || !onEvents) return;
    for (const [name, handler] of Object.entries(onEvents)) chart.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) chart.off(name, handler);
    };
  }, [chart, onEvents]);

  const download = () => {
    if (!chart || !downloadName || !ref.current) return;
    const bg = getComputedStyle(ref.current).getPropertyValue('--panel').trim() || '#ffffff';
    downloadUrl(`${downloadName}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: bg }));
  };

  return (
    <div className={className ? `chart-wrap ${className}` : 'chart-wrap'}>
      {downloadName ? (
        <button type="button" className="btn ghost small chart-download" onClick={download} disabled={!chart} data-testid="png-download" aria-label={`${t('table.png')}: ${label}`}>
          <span aria-hidden="true">↓</span> PNG
        </button>
      ) : null}
      <div ref={ref} className="chart" role="img" aria-label={label} data-testid="chart" style={{ height, width: '100%' }} />
      {loadError ? (
        <p className="chart-load-error" role="alert" data-testid="chart-load-error">
          {t('chart.loadFailed')} ({loadError})
        </p>
      ) : null}
    </div>
  );
}
