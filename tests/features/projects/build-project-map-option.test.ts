import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoundary } from '../../../src/features/projects/boundary';
import {
  BOUNDARY_SERIES_PREFIX,
  buildProjectMapOption,
  fitExtent,
  mapGrid,
  projector,
  type MapInput,
  type MapLabels,
} from '../../../src/features/projects/build-project-map-option';
import { PROJECT_STATUS_COLORS } from '../../../src/features/projects/project-status';
import { buildProjectRows } from '../../../src/features/projects/select-projects';
import { PALETTES } from '../../../src/lib/palette';
import { PROJECT_STAGE_NAMES } from '../../../src/lib/project-stage-names';
import { fixtureProjects, fixtureUnits } from './fixture-projects';

const rows = buildProjectRows(fixtureProjects(null), fixtureUnits(), '2025-12-31');
const ring = parseBoundary(
  JSON.parse(readFileSync('public/geo/zero-bay-boundary.example.geojson', 'utf8')),
).rings;
const labels: MapLabels = {
  status: PROJECT_STAGE_NAMES.zh,
  kind: { project: '建设项目', site: '片区载体', park: '科技园', platform: '功能平台', market: '交易市场' },
  fn: (c) => `功能${c}`,
  boundary: '边界（示意）',
  lead: '牵头',
  since: '起始',
  functions: '功能',
  north: '北',
};

type Item = {
  id: string;
  name: string;
  value: [number, number];
  symbolSize: number;
  label: { show: boolean };
};
type Series = {
  type: string;
  id: string;
  name: string;
  symbol?: string;
  data: Item[] | number[][];
  labelLayout?: (p: { dataIndex?: number }) => { x?: number; y?: number; hideOverlap?: boolean };
};
type Built = {
  series: Series[];
  legend: { data: string[]; textStyle: { fontSize: number } };
  xAxis: { min: number; max: number; show: boolean };
  yAxis: { min: number; max: number; show: boolean };
  tooltip: { formatter: (p: unknown) => string };
};
const base: MapInput = {
  rows,
  boundary: null,
  width: 1300,
  height: 640,
  palette: PALETTES.dark,
  statusColors: PROJECT_STATUS_COLORS.dark,
  lang: 'zh',
  labels,
};
const build = (over: Partial<MapInput> = {}) =>
  buildProjectMapOption({ ...base, ...over }) as unknown as Built;
const points = (o: Built) => o.series.filter((s) => s.type === 'scatter');

describe('fitExtent', () => {
  it('keeps one kilometre the same length across and up', () => {
    const e = fitExtent(
      [
        [121.37, 31.009],
        [121.503, 31.081],
      ],
      1000,
      500,
    )!;
    const k = Math.cos((31.045 * Math.PI) / 180);
    expect(((e.xMax - e.xMin) * k) / 1000).toBeCloseTo((e.yMax - e.yMin) / 500, 12);
    expect(e.xMin).toBeLessThan(121.37);
    expect(e.xMax).toBeGreaterThan(121.503);
    expect(e.yMin).toBeLessThan(31.009);
    expect(e.yMax).toBeGreaterThan(31.081);
  });

  it('gives a lone point a neighbourhood and nothing to an empty map', () => {
    const e = fitExtent([[121.44, 31.02]], 400, 400)!;
    expect(e.yMax - e.yMin).toBeGreaterThan(0.004);
    expect((e.xMin + e.xMax) / 2).toBeCloseTo(121.44, 12);
    expect(fitExtent([], 400, 400)).toBeNull();
  });
});

describe('buildProjectMapOption', () => {
  it('plots the 13 located projects, one series per stage present, on hidden axes', () => {
    const o = build();
    const s = points(o);
    expect(s.map((x) => x.name)).toEqual(['在建', '运营']);
    expect(s.map((x) => x.symbol)).toEqual(['triangle', 'circle']);
    expect(s.flatMap((x) => (x.data as Item[]).map((d) => d.id)).sort()).toEqual(
      rows
        .filter((r) => r.located)
        .map((r) => r.project.id)
        .sort(),
    );
    expect(o.xAxis.show).toBe(false);
    expect(o.yAxis.show).toBe(false);
    expect(o.legend.data).toEqual(['在建', '运营']);
  });

  it('keeps the equal aspect for the chart size it is given', () => {
    const o = build({ width: 800, height: 800 });
    const g = mapGrid((n) => n);
    const k = Math.cos((((o.yAxis.min + o.yAxis.max) / 2) * Math.PI) / 180);
    expect(((o.xAxis.max - o.xAxis.min) * k) / (800 - g.left - g.right)).toBeCloseTo(
      (o.yAxis.max - o.yAxis.min) / (800 - g.top - g.bottom),
      9,
    );
  });

  it('draws no boundary unless given one, then one line per ring, in the legend, and fits it in view', () => {
    expect(build().series.filter((s) => s.id.startsWith(BOUNDARY_SERIES_PREFIX))).toHaveLength(0);
    const o = build({ boundary: ring });
    const lines = o.series.filter((s) => s.id.startsWith(BOUNDARY_SERIES_PREFIX));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.type).toBe('line');
    expect(lines[0]!.data).toEqual(ring[0]);
    expect(o.legend.data).toContain('边界（示意）');
    for (const [lng, lat] of ring[0]!) {
      expect(lng).toBeGreaterThan(o.xAxis.min);
      expect(lng).toBeLessThan(o.xAxis.max);
      expect(lat).toBeGreaterThan(o.yAxis.min);
      expect(lat).toBeLessThan(o.yAxis.max);
    }
  });

  it('labels every point at 1300×640 with labels that do not overlap', () => {
    const o = build({ boundary: ring });
    const boxes: Array<{ x: number; y: number }> = [];
    for (const s of points(o)) {
      (s.data as Item[]).forEach((d, i) => {
        expect(d.label.show).toBe(true);
        const at = s.labelLayout!({ dataIndex: i });
        expect(at.x).toBeTypeOf('number');
        boxes.push({ x: at.x!, y: at.y! });
      });
    }
    expect(new Set(boxes.map((b) => `${Math.round(b.x)},${Math.round(b.y)}`)).size).toBe(boxes.length);
  });

  it('enlarges the selected point', () => {
    const o = build({ selectedId: 'P05' });
    const all = points(o).flatMap((s) => s.data as Item[]);
    expect(all.find((d) => d.id === 'P05')!.symbolSize).toBeGreaterThan(
      all.find((d) => d.id === 'P04')!.symbolSize,
    );
  });

  it('projects lng/lat to px the way the axes do', () => {
    const e = { xMin: 121, xMax: 122, yMin: 31, yMax: 32 };
    const p = projector(e, { left: 10, top: 20 }, 100, 200);
    expect(p(121, 32)).toEqual([10, 20]);
    expect(p(122, 31)).toEqual([110, 220]);
  });

  it('escapes project and unit names in the tooltip', () => {
    const evil = rows.map((r) =>
      r.project.id === 'P05' ? { ...r, project: { ...r.project, name: '<script>x</script>' } } : r,
    );
    const o = build({ rows: evil });
    const html = o.tooltip.formatter({ data: { id: 'P05' } });
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('区域发展委员会');
    expect(o.tooltip.formatter({ data: undefined })).toBe('');
  });

  it('scales text with the root font size', () => {
    expect(build({ rem: 32 }).legend.textStyle.fontSize).toBe(
      2 * build({ rem: 16 }).legend.textStyle.fontSize,
    );
  });

  it('shows projects without a stage yet as their own series', () => {
    const early = buildProjectRows(fixtureProjects(null), fixtureUnits(), '2020-01-01');
    expect(points(build({ rows: early })).map((s) => s.name)).toEqual(['未纳入']);
  });
});
