import type { ChartOption } from './echarts';

/*
 * ECharts' core and canvas renderer weigh about 127 KB gzip; every chart type and component adds 5 to
 * 25 KB more. A view should pay only for what it draws, so each part sits in its own chunk and a chart
 * loads the parts its option names before its first setOption. The overview, one line chart, then loads
 * line, grid, tooltip and legend, not the gauges of the big screen or the map's scatter and label layout.
 */

export type PartName =
  | 'bar'
  | 'line'
  | 'pie'
  | 'gauge'
  | 'scatter'
  | 'custom'
  | 'grid'
  | 'tooltip'
  | 'legend'
  | 'legendScroll'
  | 'title'
  | 'dataZoom'
  | 'graphic'
  | 'markLine'
  | 'markArea'
  | 'labelLayout';

const SERIES_TYPES: ReadonlySet<string> = new Set(['bar', 'line', 'pie', 'gauge', 'scatter', 'custom']);

type Loose = Record<string, unknown>;
const list = (v: unknown): Loose[] =>
  (Array.isArray(v) ? v : v == null ? [] : [v]).filter(
    (x): x is Loose => typeof x === 'object' && x !== null,
  );
const present = (v: unknown) => v != null && v !== false && !(Array.isArray(v) && v.length === 0);

/** The parts an option needs, in a stable order. Pure: no ECharts, no DOM. */
export function requiredParts(option: ChartOption): PartName[] {
  const o = option as Loose;
  const parts = new Set<PartName>();
  for (const s of list(o.series)) {
    const type = s.type;
    if (typeof type === 'string' && SERIES_TYPES.has(type)) parts.add(type as PartName);
    if (present(s.markLine)) parts.add('markLine');
    if (present(s.markArea)) parts.add('markArea');
    if (present(s.labelLayout)) parts.add('labelLayout');
  }
  if (present(o.grid) || present(o.xAxis) || present(o.yAxis)) parts.add('grid');
  if (present(o.tooltip)) parts.add('tooltip');
  // A scrolling legend brings its pager (and the plain legend with it); most charts need only the plain one.
  if (present(o.legend))
    parts.add(list(o.legend).some((l) => l.type === 'scroll') ? 'legendScroll' : 'legend');
  if (present(o.title)) parts.add('title');
  if (present(o.dataZoom)) parts.add('dataZoom');
  if (present(o.graphic)) parts.add('graphic');
  return ORDER.filter((p) => parts.has(p));
}

const ORDER: readonly PartName[] = [
  'grid',
  'bar',
  'line',
  'pie',
  'gauge',
  'scatter',
  'custom',
  'tooltip',
  'legend',
  'legendScroll',
  'title',
  'dataZoom',
  'graphic',
  'markLine',
  'markArea',
  'labelLayout',
];

export type PartInstaller = (typeof import('./echarts-parts/bar'))['part'];

/** One dynamic import per part: each becomes its own chunk. */
export const PART_LOADERS: Record<PartName, () => Promise<{ part: PartInstaller }>> = {
  bar: () => import('./echarts-parts/bar'),
  line: () => import('./echarts-parts/line'),
  pie: () => import('./echarts-parts/pie'),
  gauge: () => import('./echarts-parts/gauge'),
  scatter: () => import('./echarts-parts/scatter'),
  custom: () => import('./echarts-parts/custom'),
  grid: () => import('./echarts-parts/grid'),
  tooltip: () => import('./echarts-parts/tooltip'),
  legend: () => import('./echarts-parts/legend'),
  legendScroll: () => import('./echarts-parts/legend-scroll'),
  title: () => import('./echarts-parts/title'),
  dataZoom: () => import('./echarts-parts/data-zoom'),
  graphic: () => import('./echarts-parts/graphic'),
  markLine: () => import('./echarts-parts/mark-line'),
  markArea: () => import('./echarts-parts/mark-area'),
  labelLayout: () => import('./echarts-parts/label-layout'),
};
