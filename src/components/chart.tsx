import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { chartText } from '../lib/chart-text';
import { useTranslation } from '../lib/i18n';
import { downloadUrl } from '../lib/download';
import type { ChartInstance, ChartOption } from '../lib/echarts';
import { PART_LOADERS, type PartName } from '../lib/echarts-parts';
import { useNearViewport } from './use-near-viewport';

// ECharts loads on first use, so headline numbers paint before the charting code arrives.
const loadECharts = () => import('../lib/echarts');
type EChartsModule = Awaited<ReturnType<typeof loadECharts>>;

/**
 * For a view that knows what it will draw: fetch ECharts and those parts while its data is still on the
 * way, rather than after, so the charts paint as soon as the data is in.
 */
export function preloadChartParts(parts: readonly PartName[]): void {
  // The parts' chunks are requested now, beside the core, not after it has been evaluated.
  for (const p of parts) void PART_LOADERS[p]();
  void loadECharts();
}

/*
 * Tooltips only matter under a pointer or focus: a wall screen never needs them. So a chart first
 * draws without its tooltip, and the tooltip code (about 15 KB gzip) loads on the first pointer or focus
 * on any chart; from then on every option is set whole.
 */
const withoutTooltip = (option: ChartOption): ChartOption => {
  const { tooltip, ...rest } = option as ChartOption & { tooltip?: unknown };
  void tooltip;
  return rest as ChartOption;
};

interface ChartProps {
  option: ChartOption;
  /** Read by screen readers in place of the canvas. */
  label: string;
  height?: number | string;
  className?: string;
  /** When set, a button downloads the chart as PNG under this name. */
  downloadName?: string;
  onReady?: (chart: ChartInstance) => void;
  /** Called when the chart has drawn its first frame (once per instance). */
  onPainted?: () => void;
  /**
   * Draw only once the chart comes within a screen of the viewport (useNearViewport): for a chart far down
   * a page on a phone, whose code and drawing would otherwise hold up the screen people are looking at.
   */
  lazy?: boolean;
  /** Chart events, e.g. `{ click: (p) => … }`; bound once per handler identity. */
  onEvents?: Record<string, (params: unknown) => void>;
}

/** The chart's element, carrying its instance for the browser suite. */
type ChartHost = HTMLDivElement & { zerobayChart?: ChartInstance };

/** The one ECharts component: init once its parts are registered, follow the container's size, dispose on unmount. */
export function Chart({
  option: given,
  label,
  height = 280,
  className,
  downloadName,
  onReady,
  onPainted,
  onEvents,
  lazy = false,
}: ChartProps) {
  const { t } = useTranslation();
  // Direction overrides and zero-width characters out of every text the canvas draws (lib/chart-text.ts).
  const option = useMemo(() => chartText(given), [given]);
  const ref = useRef<HTMLDivElement>(null);
  const instance = useRef<ChartInstance | null>(null);
  const [chart, setChart] = useState<ChartInstance | null>(null);
  const [ec, setEc] = useState<EChartsModule | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [wantsTooltip, setWantsTooltip] = useState(false);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const replay = useRef<(() => void) | null>(null);
  const notifyPainted = useEffectEvent(() => onPainted?.());

  const near = useNearViewport(ref, lazy);

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    loadECharts().then(
      (mod) => !cancelled && setEc(mod),
      (e: unknown) => !cancelled && setLoadError(String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [near]);

  useEffect(() => {
    const el = ref.current;
    // The first observation reports the size the chart was made at: resizing then would draw it twice.
    const observer = new ResizeObserver(([entry]) => {
      const chart = instance.current;
      if (!chart || !entry) return;
      const { width, height } = entry.contentRect;
      if (Math.round(width) !== chart.getWidth() || Math.round(height) !== chart.getHeight()) chart.resize();
    });
    if (el) observer.observe(el);
    return () => {
      observer.disconnect();
      instance.current?.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!ec || !el) return;
    let cancelled = false;
    const hasTooltip = (option as { tooltip?: unknown }).tooltip != null;
    const effective =
      hasTooltip && !wantsTooltip && !ec.isRegistered('tooltip') ? withoutTooltip(option) : option;
    const draw = () => {
      if (cancelled) return;
      let current = instance.current;
      const fresh = !current || ec.needsNewInstance(current, effective);
      if (fresh) {
        current?.dispose();
        current = ec.initChart(el, Math.max(1, window.devicePixelRatio || 1));
        instance.current = current;
      }
      const drawn = current!;
      // The first frame drawn is marked, so `npm run bench:load` can time "all charts painted".
      const painted = () => {
        performance.mark('zerobay:chart-painted');
        // For people's tools and tests alike: this chart has drawn its data at least once.
        el.dataset.painted = 'true';
        // The option as drawn, for the same tools and tests (the browser suite reads its texts).
        (el as HTMLElement & { zerobayChart?: ChartInstance }).zerobayChart = drawn;
        drawn.off('rendered', painted);
        notifyPainted();
      };
      drawn.on('rendered', painted);
      // Made again under the pointer (the tooltip arrived): no entry animation, the chart just gains it.
      const redraw = fresh && el.dataset.painted === 'true';
      // Never lazily under the pointer: between a lazy setOption and the next frame the old shapes stay on
      // screen pointing into the new, not yet processed model, and a mouse move over one throws in ECharts
      // ("Cannot read properties of undefined (reading 'getRawIndex')", seen on the wall's task bars).
      drawn.setOption(redraw ? ({ ...effective, animation: false } as ChartOption) : effective, {
        notMerge: true,
        lazyUpdate: !redraw && !pointer.current,
      });
      // The pointer is already over the chart: replay where it is, so hover effects and the tooltip (an
      // axis tooltip, or one a view shows for a hovered label) appear without waiting for it to move.
      // Replayed once the view's event handlers are bound to the new instance (the effects below).
      if (redraw && hasTooltip && effective === option && pointer.current) {
        const box = el.getBoundingClientRect();
        const zrX = pointer.current.x - box.left;
        const zrY = pointer.current.y - box.top;
        replay.current = () =>
          drawn
            .getZr()
            .handler.dispatch('mousemove', { zrX, zrY, offsetX: zrX, offsetY: zrY, target: null } as never);
      }
      if (fresh) setChart(drawn);
      // The browser suite reads what was drawn (axis labels' boxes) through the chart's own API.
      (el as ChartHost).zerobayChart = drawn;
      onReady?.(drawn);
    };
    const pending = ec.ensureParts(effective);
    if (pending)
      pending.then(
        () => {
          if (cancelled) return;
          setLoadError(null);
          draw();
        },
        (e: unknown) => !cancelled && setLoadError(String(e)),
      );
    else draw();
    return () => {
      cancelled = true;
    };
  }, [ec, option, onReady, wantsTooltip]);

  const interacted = (e: { clientX?: number; clientY?: number }) => {
    if (e.clientX !== undefined && e.clientY !== undefined) pointer.current = { x: e.clientX, y: e.clientY };
    if (!wantsTooltip) setWantsTooltip(true);
  };

  useEffect(() => {
    if (!chart || !onEvents) return;
    for (const [name, handler] of Object.entries(onEvents)) chart.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) chart.off(name, handler);
    };
  }, [chart, onEvents]);

  useEffect(() => {
    const pending = replay.current;
    replay.current = null;
    if (chart && !chart.isDisposed()) pending?.();
  }, [chart]);

  const download = () => {
    if (!chart || !downloadName || !ref.current) return;
    const bg = getComputedStyle(ref.current).getPropertyValue('--panel').trim() || '#ffffff';
    downloadUrl(`${downloadName}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: bg }));
  };

  return (
    <div className={className ? `chart-wrap ${className}` : 'chart-wrap'}>
      {downloadName ? (
        <button
          type="button"
          className="btn ghost small chart-download"
          onClick={download}
          disabled={!chart}
          data-testid="png-download"
          aria-label={`${t('table.png')}: ${label}`}
        >
          <span aria-hidden="true">↓</span> PNG
        </button>
      ) : null}
      <div
        ref={ref}
        className="chart"
        role="img"
        aria-label={label}
        data-testid="chart"
        style={{ height, width: '100%' }}
        onPointerEnter={interacted}
        onPointerMove={interacted}
        onFocus={() => interacted({})}
      />
      {loadError ? (
        <p className="chart-load-error" role="alert" data-testid="chart-load-error">
          {t('chart.loadFailed')} ({loadError})
        </p>
      ) : null}
    </div>
  );
}
