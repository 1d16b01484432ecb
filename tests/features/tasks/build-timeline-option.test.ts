import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/domain/metrics';
import {
  buildTimelineOption,
  edgeAlign,
  timelineHeight,
  type RenderApi,
  type TimelineLabels,
  type TimelineTask,
} from '../../../src/features/tasks/build-timeline-option';
import { PALETTES } from '../../../src/lib/palette';

const labels: TimelineLabels = {
  plan: '计划',
  msAchieved: '里程碑（已达成）',
  msOpen: '里程碑（未达成）',
  asOf: '截至 2025年12月31日',
  lead: '牵头单位',
  progress: '进度',
  timeProgress: '时间进度',
  gap: '差距',
  status: '状态',
  planned: '计划日期',
  actual: '实际日期',
};

const task = (over: Partial<TimelineTask>): TimelineTask => ({
  id: 'T01',
  label: '1 建设以交大为主体的成果策源地',
  name: '建设以交大为主体的成果策源地',
  aspect: '1 依托高校院所',
  lead: '上海交大',
  start: '2021-01-01',
  due: '2027-12-31',
  progress: 0.66,
  timeProgress: 0.71,
  gap: -0.05,
  status: 'watch',
  statusLabel: '关注',
  glyph: '!',
  milestones: [],
  ...over,
});

type Series = {
  id: string;
  type: string;
  data: Array<{ value: number[]; taskId: string }>;
  renderItem?: unknown;
  markLine?: { data: Array<{ xAxis: number }>; label: { formatter: string } };
};
type Tooltip = { formatter: (p: unknown) => string };

const tasks = [
  task({
    milestones: [
      { name: '揭牌', planned: '2021-07-20', actual: '2021-07-26', verdict: '延期达成' },
      { name: '累计转化1000项', planned: '2027-06-30', actual: null, verdict: '未到期' },
    ],
  }),
  task({
    id: 'T12',
    label: '12 优化居住配套',
    name: '优化居住配套',
    status: 'lagging',
    statusLabel: '滞后',
    glyph: '▼',
    progress: 0.64,
    due: '2026-12-31',
  }),
];

describe('buildTimelineOption', () => {
  const o = buildTimelineOption(tasks, '2025-12-31', PALETTES.dark, 'zh', labels);
  const series = o.series as Series[];

  it('has one bar row per task, in the given order, on an inverted category axis', () => {
    const y = o.yAxis as { data: string[]; inverse: boolean; axisLabel: { overflow: string } };
    expect(y.data).toEqual(['1 建设以交大为主体的成果策源地', '12 优化居住配套']);
    expect(y.inverse).toBe(true);
    expect(y.axisLabel.overflow).toBe('truncate');
    const bars = series.find((s) => s.id === 'tasks');
    expect(bars?.type).toBe('custom');
    expect(bars?.data.map((d) => d.taskId)).toEqual(['T01', 'T12']);
    expect(bars?.data[1]?.value.slice(0, 2)).toEqual([1, parseIsoDate('2021-01-01')]);
  });

  it('splits milestones into achieved (at the actual date) and open (at the planned date)', () => {
    const achieved = series.find((s) => s.id === 'ms-achieved');
    const open = series.find((s) => s.id === 'ms-open');
    expect(achieved?.data.map((d) => d.value)).toEqual([[parseIsoDate('2021-07-26'), 0]]);
    expect(open?.data.map((d) => d.value)).toEqual([[parseIsoDate('2027-06-30'), 0]]);
  });

  it('draws the as-of date as a labelled vertical line', () => {
    const line = series.find((s) => s.markLine)?.markLine;
    expect(line?.label.formatter).toBe('截至 2025年12月31日');
    const x = line?.data[0]?.xAxis ?? 0;
    expect(x).toBeGreaterThanOrEqual(parseIsoDate('2025-12-31'));
    expect(x).toBeLessThan(parseIsoDate('2026-01-01'));
  });

  it('spans whole years around every start, due date and the as-of date', () => {
    const x = o.xAxis as { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    expect(x.min).toBe(parseIsoDate('2021-01-01'));
    expect(x.max).toBeGreaterThan(parseIsoDate('2027-12-31'));
    expect(x.max).toBeLessThan(parseIsoDate('2028-01-01'));
    expect(x.axisLabel.formatter(parseIsoDate('2023-01-01'))).toBe('2023年');
    expect(x.axisLabel.formatter(parseIsoDate('2023-07-01'))).toBe('7月');
    const en = buildTimelineOption(tasks, '2025-12-31', PALETTES.dark, 'en', labels).xAxis as typeof x;
    expect(en.axisLabel.formatter(parseIsoDate('2023-01-01'))).toBe('2023');
    expect(en.axisLabel.formatter(parseIsoDate('2023-07-01'))).toBe('Jul');
  });

  it('renders a band, a fill proportional to progress and a label with glyph', () => {
    const render = (series.find((s) => s.id === 'tasks')?.renderItem ?? (() => null)) as (
      p: unknown,
      api: RenderApi,
    ) => {
      children: Array<{
        type: string;
        shape?: { x: number; width: number };
        style: { fill?: string; text?: string };
      }>;
    } | null;
    // 1 px per day from 2021-01-01, 40 px per row.
    const origin = parseIsoDate('2021-01-01');
    const values = [1, parseIsoDate('2021-01-01'), parseIsoDate('2026-12-31'), 0.64];
    const api: RenderApi = {
      value: (d) => values[d] ?? 0,
      coord: ([x, y]) => [(x - origin) / 86_400_000, y * 40 + 20],
      size: () => [0, 40],
    };
    const out = render(null, api);
    const [track, fill, text] = out?.children ?? [];
    expect(track?.shape?.width).toBeCloseTo(2190, 0);
    expect(fill?.shape?.width).toBeCloseTo(2190 * 0.64, 0);
    expect(fill?.style.fill).toBe(PALETTES.dark.status.lagging);
    expect(text?.style.text).toBe('64% ▼');
  });

  it('escapes every API string in the tooltip', () => {
    const evil = task({
      name: '<img src=x onerror=alert(1)>',
      lead: '<b>x</b>',
      aspect: '"&',
      milestones: [{ name: '<script>', planned: '2022-01-01', actual: null, verdict: '<i>' }],
    });
    const t = buildTimelineOption([evil], '2025-12-31', PALETTES.light, 'zh', labels).tooltip as Tooltip;
    const bar = t.formatter({ seriesId: 'tasks', dataIndex: 0, componentType: 'series' });
    expect(bar).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(bar).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(bar).not.toContain('<img');
    expect(bar).toContain('66%');
    expect(bar).toContain('−5');
    expect(bar).toContain('2027年12月31日');
    const ms = t.formatter({ seriesId: 'ms-open', dataIndex: 0, componentType: 'series' });
    expect(ms).toContain('&lt;script&gt;');
    expect(ms).not.toContain('<script>');
    expect(ms).toContain('2022年1月1日');
    const axis = t.formatter({ componentType: 'yAxis', value: evil.label });
    expect(axis).toContain('&lt;img');
  });

  it('scales text with rem and shortens labels on a phone', () => {
    const big = buildTimelineOption(tasks, '2025-12-31', PALETTES.dark, 'zh', labels, { rem: 32 });
    const phone = buildTimelineOption(tasks, '2025-12-31', PALETTES.dark, 'zh', labels, { compact: true });
    const w = (x: typeof o) => (x.yAxis as { axisLabel: { width: number; fontSize: number } }).axisLabel;
    expect(w(big).fontSize).toBe(2 * w(o).fontSize);
    expect(w(phone).width).toBeLessThan(w(o).width);
    expect(timelineHeight(15, 32)).toBe(2 * timelineHeight(15, 16));
    expect(timelineHeight(0)).toBeGreaterThan(0);
  });
});

describe('edgeAlign', () => {
  it('anchors the as-of label inwards near either end of the axis', () => {
    expect(edgeAlign(95, 0, 100)).toBe('right');
    expect(edgeAlign(5, 0, 100)).toBe('left');
    expect(edgeAlign(50, 0, 100)).toBe('center');
    expect(edgeAlign(5, 5, 5)).toBe('center');
  });
});
