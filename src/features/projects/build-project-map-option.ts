import type { ProjectKind, ProjectStatus } from '../../domain/schemas';
import type { ChartOption } from '../../lib/echarts';
import { tooltipBox } from '../../lib/charts/tooltip-box';
import { remPx } from '../../lib/charts/rem-px';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, type Lang } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { CHART_FONT, type Palette } from '../../lib/palette';
import type { Ring } from './boundary';
import { placeLabels, type LabelRequest, type Placement } from './place-labels';
import { PROJECT_STATUSES, PROJECT_STATUS_SYMBOL } from './project-status';
import { shortLabel, type ProjectRow } from './select-projects';

/** Canvas text needs a real font list: `inherit` is not a valid canvas font and falls back to 10px. */

export interface Extent {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * Axis ranges that fit the points in a plot of plotW × plotH px with one kilometre the same length both
 * ways: a degree of longitude is cos(latitude) of a degree of latitude, so the lng span is stretched to match.
 */
export function fitExtent(
  points: ReadonlyArray<readonly [number, number]>,
  plotW: number,
  plotH: number,
  pad = 0.08,
): Extent | null {
  if (points.length === 0 || plotW <= 0 || plotH <= 0) return null;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  // About 500 m, so a lone point still gets a sensible neighbourhood.
  const minSpan = 0.005;
  const spanX = Math.max(minSpan, (x1 - x0) * k) * (1 + 2 * pad);
  const spanY = Math.max(minSpan, y1 - y0) * (1 + 2 * pad);
  const perPx = Math.max(spanX / plotW, spanY / plotH);
  const halfX = (plotW * perPx) / 2 / k;
  const halfY = (plotH * perPx) / 2;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { xMin: cx - halfX, xMax: cx + halfX, yMin: cy - halfY, yMax: cy + halfY };
}

/** From lng/lat to px in the chart, exactly as the hidden value axes map them. */
export function projector(extent: Extent, grid: { left: number; top: number }, plotW: number, plotH: number) {
  return (lng: number, lat: number): [number, number] => [
    grid.left + ((lng - extent.xMin) / (extent.xMax - extent.xMin)) * plotW,
    grid.top + ((extent.yMax - lat) / (extent.yMax - extent.yMin)) * plotH,
  ];
}

/** Rough width of a label in px: CJK characters are about 1em wide, Latin ones about 0.58em. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\uFFFF]/.test(ch) ? 1 : 0.58;
  return Math.ceil(em * fontPx);
}

export interface MapLabels {
  status: Record<ProjectStatus | 'unknown', string>;
  kind: Record<ProjectKind, string>;
  fn: (code: string) => string;
  boundary: string;
  lead: string;
  since: string;
  functions: string;
  north: string;
}

export interface MapInput {
  rows: ProjectRow[];
  boundary: Ring[] | null;
  /** Chart size in px, so the grid can keep an equal aspect. */
  width: number;
  height: number;
  palette: Palette;
  statusColors: Record<ProjectStatus, string>;
  lang: Lang;
  labels: MapLabels;
  rem?: number;
  selectedId?: string | null;
}

export const BOUNDARY_SERIES_PREFIX = 'boundary-';
const UNKNOWN = 'unknown' as const;

export const mapGrid = (px: (n: number) => number) => ({
  left: px(16),
  right: px(16),
  top: px(48),
  bottom: px(16),
});

/** Where each located project's label goes, in px; absent when no free spot was found. */
export function placeMapLabels(
  located: readonly ProjectRow[],
  extent: Extent,
  grid: { left: number; top: number; right: number; bottom: number },
  plotW: number,
  plotH: number,
  width: number,
  height: number,
  lang: Lang,
  px: (n: number) => number,
  selectedId: string | null,
): Map<string, Placement> {
  const project = projector(extent, grid, plotW, plotH);
  const pts = located.map((r) => ({ r, xy: project(r.project.location!.lng, r.project.location!.lat) }));
  const near = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]) < px(90);
  const requests: LabelRequest[] = pts.map(({ r, xy }) => {
    const selected = r.project.id === selectedId;
    const font = selected ? px(16) : px(14);
    const crowd = pts.filter((o) => o.r !== r && near(o.xy, xy));
    const cx = crowd.reduce((s, o) => s + o.xy[0], 0) / (crowd.length || 1);
    const cy = crowd.reduce((s, o) => s + o.xy[1], 0) / (crowd.length || 1);
    return {
      id: r.project.id,
      x: xy[0],
      y: xy[1],
      r: (selected ? px(26) : px(16)) / 2,
      // The text halo adds a few px on each side.
      w: estimateTextWidth(shortLabel(r.project, lang), font) + px(6),
      h: Math.round(font * 1.4),
      // The selected one first, then the crowded ones, while there is still room near them.
      priority: selected ? 1000 : crowd.length,
      // Screen y grows downwards; directions are counted with north up.
      away:
        crowd.length > 0 && (xy[0] !== cx || xy[1] !== cy)
          ? (Math.atan2(cy - xy[1], xy[0] - cx) * 180) / Math.PI
          : undefined,
    };
  });
  const bounds = { x: 2, y: px(30), w: width - 4, h: height - px(30) - 2 };
  const north = { x: width - px(70), y: height - px(44), w: px(60), h: px(30) };
  return placeLabels(requests, bounds, [north]);
}

interface PointDatum {
  id: string;
  name: string;
  value: [number, number];
}

/** Longitude or latitude as a plain axis, not drawn: the map has no basemap to align ticks with. */
const hiddenAxis = (range: readonly [number, number] | null) => ({
  type: 'value' as const,
  show: false,
  scale: true,
  ...(range ? { min: range[0], max: range[1] } : {}),
  splitLine: { show: false },
});

/** A point's tooltip: the project, its stage and kind, lead, functions and since when. */
function projectTooltip(byId: Map<string, ProjectRow>, lang: Lang, labels: MapLabels) {
  return (params: unknown) => {
    const d = (params as { data?: PointDatum }).data;
    const r = d ? byId.get(d.id) : undefined;
    if (!r) return '';
    const p = r.project;
    const line = (k: string, v: string) => `${escapeHtml(k)}: <b>${escapeHtml(v)}</b>`;
    return [
      `<b>${escapeHtml(nameIn(p, lang))}</b>`,
      `${escapeHtml(labels.status[r.status ?? UNKNOWN])} · ${escapeHtml(labels.kind[p.kind])}`,
      line(labels.lead, shortNameIn(r.lead, lang, p.leadUnitId ?? '—')),
      line(labels.functions, p.functions.map(labels.fn).join('、') || '—'),
      line(labels.since, formatDate(r.since, lang)),
    ].join('<br/>');
  };
}

interface PointStyle {
  located: ProjectRow[];
  placements: Map<string, Placement>;
  selectedId: string | null;
  palette: Palette;
  color: (s: ProjectStatus | null) => string;
  px: (n: number) => number;
  labelFont: (selected: boolean) => number;
  lang: Lang;
  labels: MapLabels;
}

/** The projects at one stage as a scatter series: one legend entry, one shape and colour. */
function statusPoints(
  g: ProjectStatus | typeof UNKNOWN,
  { located, placements, selectedId, palette, color, px, labelFont, lang, labels }: PointStyle,
) {
  const status = g === UNKNOWN ? null : g;
  return {
    type: 'scatter' as const,
    id: `status-${g}`,
    name: labels.status[g],
    symbol: status ? PROJECT_STATUS_SYMBOL[status] : 'pin',
    symbolSize: px(16),
    z: 3,
    itemStyle: { color: color(status), borderColor: palette.panel, borderWidth: px(1.5) },
    emphasis: { scale: 1.4, label: { fontWeight: 700 as const } },
    label: {
      show: true,
      formatter: '{b}',
      color: palette.text,
      fontSize: px(14),
      textBorderColor: palette.panel,
      textBorderWidth: px(3),
    },
    // Placed in advance so none overlaps: crowded points get a spot further out with a leader line.
    labelLayout: (p: { dataIndex?: number }) => {
      const id = located.filter((r) => r.status === status)[p.dataIndex ?? -1]?.project.id;
      const pl = id ? placements.get(id) : undefined;
      return pl
        ? {
            x: pl.x + px(3),
            y: pl.y + (pl.h - labelFont(id === selectedId)) / 2,
            align: 'left' as const,
            verticalAlign: 'top' as const,
          }
        : { hideOverlap: true };
    },
    labelLine: {
      show: true,
      smooth: false,
      lineStyle: { color: palette.textMuted, width: Math.max(1, px(1)) },
    },
    data: located
      .filter((r) => r.status === status)
      .map((r) => {
        const selected = r.project.id === selectedId;
        const { lng, lat } = r.project.location!;
        return {
          id: r.project.id,
          name: shortLabel(r.project, lang),
          value: [lng, lat],
          symbolSize: selected ? px(26) : px(16),
          itemStyle: selected ? { borderColor: palette.text, borderWidth: px(3) } : undefined,
          label: {
            show: placements.has(r.project.id),
            fontWeight: selected ? (700 as const) : (400 as const),
            fontSize: labelFont(selected),
          },
        };
      }),
  };
}

/**
 * The key projects as a schematic map: a plain cartesian grid with hidden lng/lat axes (no basemap, nothing
 * fetched), points shaped and coloured by stage, short labels that give way when they would overlap, and
 * the cluster's outline when a boundary is configured.
 */
export function buildProjectMapOption(input: MapInput): ChartOption {
  const {
    rows,
    boundary,
    width,
    height,
    palette,
    statusColors,
    lang,
    labels,
    rem = 16,
    selectedId = null,
  } = input;
  const px = remPx(rem);
  const grid = mapGrid(px);
  const labelFont = (selected: boolean) => (selected ? px(16) : px(14));
  const located = rows.filter((r) => r.project.location !== null);
  const pts = located.map((r) => [r.project.location!.lng, r.project.location!.lat] as const);
  const outline = boundary ?? [];
  const extent = fitExtent(
    [...pts, ...outline.flat()],
    width - grid.left - grid.right,
    height - grid.top - grid.bottom,
  );
  const plotW = width - grid.left - grid.right;
  const plotH = height - grid.top - grid.bottom;
  const byId = new Map(rows.map((r) => [r.project.id, r]));
  const placements = extent
    ? placeMapLabels(located, extent, grid, plotW, plotH, width, height, lang, px, selectedId)
    : new Map<string, Placement>();
  const color = (s: ProjectStatus | null) => (s ? statusColors[s] : palette.textMuted);

  const groups: Array<ProjectStatus | typeof UNKNOWN> = [
    ...PROJECT_STATUSES.filter((s) => located.some((r) => r.status === s)),
    ...(located.some((r) => r.status === null) ? [UNKNOWN] : []),
  ];

  const pointSeries = groups.map((g) =>
    statusPoints(g, { located, placements, selectedId, palette, color, px, labelFont, lang, labels }),
  );

  const boundarySeries = outline.map((ring, i) => ({
    type: 'line' as const,
    id: `${BOUNDARY_SERIES_PREFIX}${i}`,
    // One name for all rings: the legend shows one entry that toggles them all.
    name: labels.boundary,
    data: ring.map((p) => [p[0], p[1]]),
    symbol: 'none',
    silent: true,
    z: 1,
    lineStyle: { color: palette.accent, width: px(2), type: 'dashed' as const, opacity: 0.85 },
    tooltip: { show: false },
  }));

  return {
    animationDuration: 300,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid,
    legend: {
      top: 0,
      left: 'center',
      data: [...groups.map((g) => labels.status[g]), ...(outline.length > 0 ? [labels.boundary] : [])],
      textStyle: { color: palette.text, fontSize: px(14) },
      itemWidth: px(18),
      itemHeight: px(14),
      itemGap: px(18),
    },
    tooltip: {
      trigger: 'item',
      ...tooltipBox(palette, px(14)),
      extraCssText: `max-width: ${px(380)}px; white-space: normal;`,
      formatter: projectTooltip(byId, lang, labels),
    },
    xAxis: hiddenAxis(extent ? [extent.xMin, extent.xMax] : null),
    yAxis: hiddenAxis(extent ? [extent.yMin, extent.yMax] : null),
    graphic: [
      {
        type: 'text',
        right: px(20),
        bottom: px(20),
        silent: true,
        style: { text: `↑ ${labels.north}`, fill: palette.textMuted, font: `600 ${px(14)}px ${CHART_FONT}` },
      },
    ],
    series: [...boundarySeries, ...pointSeries],
  };
}
