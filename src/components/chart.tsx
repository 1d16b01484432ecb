import { useEffect, useEffectEvent, useMemo, useRef, useState, type RefObject } from 'react';
import { chartText } from '../lib/chart-text';
import { useTranslation } from '../lib/i18n';
import { downloadUrl } from '../lib/download';
import type { ChartInstance, ChartOption } from '../lib/echarts';
import { PART_LOADERS, type PartName } from '../lib/echarts-parts';
import { renderOnPaper, useOnPaper, usePrintMedia } from '../lib/print-media';
import { PALETTES } from '../lib/palette';
import { currentReportStamp } from './report-stamp';
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

/*
 * Paper: the page's content is A4 landscape less the margins of src/app/print.css (273 mm, in CSS px). A chart
 * is drawn again for it at its share of that width, as many pixels per CSS px as a 200 dpi print needs, and
 * print.css scales the canvas to the box it gets on paper: so a timeline wider than the paper is not cut, and
 * one drawn on a phone is not stretched.
 */
export const PRINT_CONTENT_PX = Math.round((273 / 25.4) * 96);
const PRINT_PIXEL_RATIO = 2;

/** The width to draw a chart at for paper: its share of the page (or briefing sheet) it sits on. */
function printWidth(el: HTMLElement): number {
  const frame = el.closest('.sheet, .page') ?? document.documentElement;
  const share = frame.clientWidth > 0 ? Math.min(1, el.clientWidth / frame.clientWidth) : 1;
  return Math.max(240, Math.round(PRINT_CONTENT_PX * share));
}

/**
 * The height the chart's own style asks for, in px (0 when it is relative): on paper print.css lets the chart's
 * box follow the scaled canvas, so a chart made while printing cannot measure it (a headless PDF emulating print).
 */
function styledHeight(el: HTMLElement): number {
  const value = parseFloat(el.style.height);
  if (!(value > 0)) return 0;
  if (el.style.height.endsWith('rem'))
    return value * parseFloat(getComputedStyle(document.documentElement).fontSize || '16');
  return el.style.height.endsWith('px') ? value : 0;
}

interface ChartProps {
  option: ChartOption;
  /** Read by screen readers in place of the canvas. */
  label: string;
  height?: number | string;
  className?: string;
  /** When set, a button downloads the chart as PNG under this name. */
  downloadName?: string;
  /** The picture's title; else the title of the panel the chart is in, else the label. */
  title?: string;
  onReady?: (chart: ChartInstance) => void;
  /** Called when the chart has drawn its first frame (once per instance). */
  onPainted?: () => void;
  /**
   * Draw only once the chart comes within a screen of the viewport (useNearViewport): for a chart far down
   * a page on a phone, whose code and drawing would otherwise hold up the screen people are looking at.
   */
  lazy?: boolean;
  /**
   * Off: the chart's first frame shows all of it, with no entry animation (later options still animate their
   * changes), so a chart is complete when it first paints rather than 0.4 s later.
   */
  entryAnimation?: boolean;
  /** Chart events, e.g. `{ click: (p) => … }`; bound once per handler identity. */
  onEvents?: Record<string, (params: unknown) => void>;
}

/** The chart's element, carrying its instance for the browser suite. */
type ChartHost = HTMLDivElement & { zerobayChart?: ChartInstance };

/** ECharts itself, loaded once the chart is near the viewport. */
function useEChartsModule(near: boolean) {
  const [ec, setEc] = useState<EChartsModule | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
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
  return { ec, loadError, setLoadError };
}

/** Follows the container's size (never while printing: the chart has the paper's size then); disposes on unmount. */
function useFollowSize(
  hostRef: RefObject<HTMLDivElement | null>,
  instanceRef: RefObject<ChartInstance | null>,
) {
  const printing = usePrintMedia();
  const paper = useRef(printing);
  useEffect(() => {
    paper.current = printing;
  }, [printing]);
  useEffect(() => {
    const el = hostRef.current;
    // The first observation reports the size the chart was made at: resizing then would draw it twice.
    const observer = new ResizeObserver(([entry]) => {
      const chart = instanceRef.current;
      if (!chart || !entry || paper.current) return;
      const { width, height } = entry.contentRect;
      if (Math.round(width) !== chart.getWidth() || Math.round(height) !== chart.getHeight()) chart.resize();
    });
    if (el) observer.observe(el);
    return () => {
      observer.disconnect();
      instanceRef.current?.dispose();
      instanceRef.current = null;
    };
  }, [hostRef, instanceRef]);
}

interface DrawInput {
  hostRef: RefObject<HTMLDivElement | null>;
  instanceRef: RefObject<ChartInstance | null>;
  ec: EChartsModule | null;
  option: ChartOption;
  wantsTooltip: boolean;
  pointerRef: RefObject<{ x: number; y: number } | null>;
  onReady: ((chart: ChartInstance) => void) | undefined;
  onPainted: () => void;
  entryAnimation: boolean;
  setChart: (chart: ChartInstance) => void;
  setLoadError: (error: string | null) => void;
}

/** The chart's option drawn on its instanceRef: made (again) when needed, redrawn on every option. */
function useDraw({
  hostRef,
  instanceRef,
  ec,
  option,
  wantsTooltip,
  pointerRef,
  onReady,
  onPainted,
  entryAnimation,
  setChart,
  setLoadError,
}: DrawInput) {
  const replayRef = useRef<(() => void) | null>(null);
  const notifyPainted = useEffectEvent(onPainted);
  const printing = usePrintMedia();
  const paper = useOnPaper();
  // The last frame was drawn for paper or a picture: the screen's comes back without a transition.
  const wasPaper = useRef(false);
  // The height the chart has on screen.
  const screenHeight = useRef(0);

  useEffect(() => {
    const el = hostRef.current;
    if (!ec || !el) return;
    let cancelled = false;
    const hasTooltip = (option as { tooltip?: unknown }).tooltip != null;
    const effective =
      hasTooltip && !wantsTooltip && !ec.isRegistered('tooltip') ? withoutTooltip(option) : option;
    const draw = () => {
      if (cancelled) return;
      let current = instanceRef.current;
      const screenRatio = Math.max(1, window.devicePixelRatio || 1);
      const ratio = printing ? Math.max(PRINT_PIXEL_RATIO, screenRatio) : screenRatio;
      // On paper the chart keeps the height it has on screen (print.css lets its box follow the canvas).
      if (current && !current.isDisposed()) screenHeight.current = current.getHeight();
      const fresh =
        !current || ec.needsNewInstance(current, effective) || current.getDevicePixelRatio() !== ratio;
      if (fresh) {
        current?.dispose();
        current = ec.initChart(el, ratio);
        instanceRef.current = current;
      }
      const drawn = current!;
      // The first frame drawn is marked, so `npm run bench:load` can time "all charts painted".
      const painted = () => {
        performance.mark('zerobay:chart-painted');
        // For people's tools and tests alike: this chart has drawn its data at least once.
        el.dataset.painted = 'true';
        // The option as drawn, for the same tools and tests (the browser suite reads its texts).
        (el as ChartHost).zerobayChart = drawn;
        drawn.off('rendered', painted);
        notifyPainted();
      };
      drawn.on('rendered', painted);
      // Made again under the pointerRef (the tooltip arrived): no entry animation, the chart just gains it.
      const redraw = fresh && el.dataset.painted === 'true';
      const still = redraw || paper || wasPaper.current || (fresh && !entryAnimation);
      wasPaper.current = paper;
      // Never lazily under the pointerRef: between a lazy setOption and the next frame the old shapes stay on
      // screen pointing into the new, not yet processed model, and a mouse move over one throws in ECharts
      // ("Cannot read properties of undefined (reading 'getRawIndex')", seen on the wall's task bars).
      // Never lazily on paper either: the page is printed (or the picture taken) before the next frame.
      // Nor a new instance's first drawing: there is nothing to merge it with, and drawn now it is ready when
      // the browser next paints, instead of waiting for a frame (after a large commit, the page's raster).
      drawn.setOption(still ? ({ ...effective, animation: false } as ChartOption) : effective, {
        notMerge: true,
        lazyUpdate: !still && !fresh && !pointerRef.current,
      });
      if (printing) {
        const height = Math.round(styledHeight(el) || screenHeight.current || drawn.getHeight());
        drawn.resize({ width: printWidth(el), height, animation: { duration: 0 } });
      } else screenHeight.current = drawn.getHeight();
      // The pointerRef is already over the chart: replay where it is, so hover effects and the tooltip (an
      // axis tooltip, or one a view shows for a hovered label) appear without waiting for it to move.
      // Replayed once the view's event handlers are bound to the new instanceRef (the effects below).
      if (redraw && hasTooltip && effective === option && pointerRef.current) {
        const box = el.getBoundingClientRect();
        const zrX = pointerRef.current.x - box.left;
        const zrY = pointerRef.current.y - box.top;
        replayRef.current = () =>
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
  }, [
    hostRef,
    instanceRef,
    ec,
    option,
    onReady,
    wantsTooltip,
    pointerRef,
    printing,
    paper,
    entryAnimation,
    setChart,
    setLoadError,
  ]);

  return replayRef;
}

/** Binds the view's chart events, and replays the pointer on a chart made again under it. */
function useChartEvents(
  chart: ChartInstance | null,
  onEvents: ChartProps['onEvents'],
  replayRef: RefObject<(() => void) | null>,
) {
  useEffect(() => {
    if (!chart || !onEvents) return;
    for (const [name, handler] of Object.entries(onEvents)) chart.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) chart.off(name, handler);
    };
  }, [chart, onEvents]);

  useEffect(() => {
    const pending = replayRef.current;
    replayRef.current = null;
    if (chart && !chart.isDisposed()) pending?.();
  }, [chart, replayRef]);
}

/**
 * The chart as a picture that says what it is: drawn on the light theme whatever the screen's, framed with its
 * title, the report date and the source (chart-png.ts).
 */
async function downloadPicture(
  el: HTMLDivElement,
  instanceRef: RefObject<ChartInstance | null>,
  name: string,
  title: string,
) {
  const pixelRatio = 2;
  const shot = renderOnPaper(() => {
    const chart = instanceRef.current;
    if (!chart || chart.isDisposed()) return null;
    const url = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: PALETTES.light.panel });
    return { url, width: chart.getWidth(), height: chart.getHeight() };
  });
  if (!shot) return;
  const font = getComputedStyle(el).fontFamily || 'sans-serif';
  // The frame is drawn only when someone downloads a picture: kept off the first screen's code.
  const { titledPng } = await import('./chart-png');
  const png = await titledPng(shot.url, shot, { title, stamp: currentReportStamp() }, pixelRatio, font);
  downloadUrl(`${name}.png`, png);
}

/** The one ECharts component: init once its parts are registered, follow the container's size, dispose on unmount. */
export function Chart({
  option: given,
  label,
  height = 280,
  className,
  downloadName,
  title,
  onReady,
  onPainted,
  onEvents,
  lazy = false,
  entryAnimation = true,
}: ChartProps) {
  const { t } = useTranslation();
  // Direction overrides and zero-width characters out of every text the canvas draws (lib/chart-text.ts).
  const option = useMemo(() => chartText(given), [given]);
  const ref = useRef<HTMLDivElement>(null);
  const instance = useRef<ChartInstance | null>(null);
  const [chart, setChart] = useState<ChartInstance | null>(null);
  const [wantsTooltip, setWantsTooltip] = useState(false);
  const pointer = useRef<{ x: number; y: number } | null>(null);

  const near = useNearViewport(ref, lazy);
  const { ec, loadError, setLoadError } = useEChartsModule(near);
  useFollowSize(ref, instance);
  const replay = useDraw({
    hostRef: ref,
    instanceRef: instance,
    ec,
    option,
    wantsTooltip,
    pointerRef: pointer,
    onReady,
    onPainted: () => onPainted?.(),
    entryAnimation,
    setChart,
    setLoadError,
  });
  useChartEvents(chart, onEvents, replay);

  const interacted = (e: { clientX?: number; clientY?: number }) => {
    if (e.clientX !== undefined && e.clientY !== undefined) pointer.current = { x: e.clientX, y: e.clientY };
    if (!wantsTooltip) setWantsTooltip(true);
  };

  const download = () => {
    const el = ref.current;
    if (!chart || !downloadName || !el) return;
    const heading = el.closest('.panel')?.querySelector('.panel-head h2')?.textContent?.trim();
    void downloadPicture(el, instance, downloadName, title ?? (heading || label));
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
