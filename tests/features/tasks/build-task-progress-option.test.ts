import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/domain/metrics';
import {
  buildTaskProgressOption,
  progressAt,
  timeProgressAt,
  type ProgressMilestone,
  type TaskProgressLabels,
} from '../../../src/features/tasks/build-task-progress-option';
import { PALETTES } from '../../../src/lib/palette';

const labels: TaskProgressLabels = {
  progress: '任务进度',
  timeProgress: '时间进度',
  asOf: '截至 2025年12月31日',
  planned: '计划日期',
  actual: '实际日期',
  verdict: { onTime: '按期达成', late: '延期达成', missed: '已逾期未达成', upcoming: '未到期' },
};

const progress = [
  { date: '2021-06-30', progress: 0.1 },
  { date: '2022-06-30', progress: 0.3 },
  { date: '2023-06-30', progress: 0.5 },
];
const timeLine = [
  { date: '2021-01-01', timeProgress: 0 },
  { date: '2024-12-31', timeProgress: 1 },
];
const milestones: ProgressMilestone[] = [
  { name: '甲', planned: '2022-01-31', actual: '2022-07-15', verdict: 'late' },
  { name: '乙', planned: '2023-12-31', actual: null, verdict: 'missed' },
  { name: '丙', planned: '2024-06-30', actual: null, verdict: 'upcoming' },
];

type Series = {
  id: string;
  name: string;
  type: string;
  data: number[][];
  lineStyle?: { type?: string };
  markLine?: { data: Array<{ xAxis: number }> };
};

describe('progressAt / timeProgressAt', () => {
  it('steps reported progress and interpolates time progress', () => {
    expect(progressAt(progress, '2021-01-01')).toBe(0);
    expect(progressAt(progress, '2022-07-15')).toBe(0.3);
    expect(timeProgressAt(timeLine, '2020-01-01')).toBe(0);
    expect(timeProgressAt(timeLine, '2030-01-01')).toBe(1);
    expect(timeProgressAt(timeLine, '2023-01-01')).toBeCloseTo(0.5, 2);
    expect(timeProgressAt([], '2023-01-01')).toBe(0);
  });
});

describe('buildTaskProgressOption', () => {
  const o = buildTaskProgressOption(
    progress,
    timeLine,
    milestones,
    '2023-06-30',
    PALETTES.dark,
    'zh',
    labels,
  );
  const series = o.series as Series[];

  it('plots progress solid and time progress dashed on a 0–100% axis', () => {
    const p = series.find((s) => s.id === 'progress');
    const tl = series.find((s) => s.id === 'time');
    expect(p?.data).toEqual(progress.map((x) => [parseIsoDate(x.date), x.progress]));
    expect(tl?.lineStyle?.type).toBe('dashed');
    expect(tl?.data.at(-1)).toEqual([parseIsoDate('2024-12-31'), 1]);
    expect(o.yAxis).toMatchObject({ min: 0, max: 1 });
  });

  it('places achieved milestones on the progress line and open ones on the time line, one series per verdict', () => {
    const ms = series.filter((s) => s.id.startsWith('ms-'));
    expect(ms.map((s) => s.name)).toEqual(['延期达成', '已逾期未达成', '未到期']);
    expect(ms[0]?.data).toEqual([[parseIsoDate('2022-07-15'), 0.3]]);
    expect(ms[1]?.data[0]?.[0]).toBe(parseIsoDate('2023-12-31'));
    expect(ms[1]?.data[0]?.[1]).toBeCloseTo(timeProgressAt(timeLine, '2023-12-31'), 6);
  });

  it('marks the as-of date and spans from the first to the last date', () => {
    const line = series.find((s) => s.markLine)?.markLine;
    expect(line?.data[0]?.xAxis).toBeGreaterThanOrEqual(parseIsoDate('2023-06-30'));
    const x = o.xAxis as { min: number; max: number };
    expect(x.min).toBe(parseIsoDate('2021-01-01'));
    expect(x.max).toBeGreaterThanOrEqual(parseIsoDate('2024-12-31'));
  });

  it('escapes milestone names in the tooltip and states the verdict', () => {
    const evil: ProgressMilestone[] = [
      { name: '<img src=x onerror=alert(1)>', planned: '2022-01-31', actual: null, verdict: 'missed' },
    ];
    const t = buildTaskProgressOption(progress, timeLine, evil, '2023-06-30', PALETTES.light, 'zh', labels)
      .tooltip as { formatter: (p: unknown) => string };
    const html = t.formatter({ seriesId: 'ms-missed', dataIndex: 0 });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
    expect(html).toContain('已逾期未达成');
    expect(html).toContain('2022年1月31日');
    expect(t.formatter({ seriesId: 'progress', dataIndex: 1 })).toContain('30%');
  });

  it('works with no progress yet and no milestones', () => {
    const empty = buildTaskProgressOption([], timeLine, [], '2021-01-01', PALETTES.dark, 'en', labels);
    expect((empty.series as Series[]).map((s) => s.id)).toEqual(['progress', 'time']);
  });
});
