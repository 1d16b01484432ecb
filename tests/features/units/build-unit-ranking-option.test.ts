import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../src/lib/palette';
import {
  buildUnitRankingOption,
  scoreAxisRange,
  scoreBand,
  type RankingLabels,
} from '../../../src/features/units/build-unit-ranking-option';
import { buildUnitRows } from '../../../src/features/units/select-units';
import {
  mockAssessment as fixtureAssessment,
  mockPlanData as fixtureData,
} from '../../support/mock-assessment';

const latest = fixtureAssessment('2025-12-31');
const units = fixtureData('2025-12-31').units;
const rows = buildUnitRows(latest, units, fixtureAssessment('2021-06-30'));
const palette = PALETTES.dark;
const labels: RankingLabels = {
  bands: { ahead: '领先', slightly: '略落后', behind: '落后' },
  axis: '差距',
  newWord: '新',
  tooltip: {
    rank: '排名',
    tasks: '任务',
    completion: '完成',
    time: '时间',
    gap: '差距',
    behind: '滞后',
    change: '变化',
  },
  moveWords: (m) => m.kind,
};

type Bar = {
  name: string;
  data: Array<'-' | { value: number; itemStyle: { opacity: number; borderWidth: number } }>;
};
const build = (over: Partial<Parameters<typeof buildUnitRankingOption>[0]> = {}) =>
  buildUnitRankingOption({ rows, palette, lang: 'zh', labels, lagGap: 0.1, ...over }) as unknown as {
    series: Bar[];
    yAxis: {
      data: string[];
      inverse: boolean;
      axisLabel: { formatter: (id: string) => string; fontSize: number };
    };
    xAxis: { min: number; max: number };
    legend: { data: string[] };
    tooltip: { formatter: (p: unknown) => string };
  };

describe('scoreBand', () => {
  it('reads a unit average like a task light: ahead, within the lag gap, beyond it', () => {
    expect(scoreBand(0.09, 0.1)).toBe('ahead');
    expect(scoreBand(0, 0.1)).toBe('ahead');
    expect(scoreBand(-0.1, 0.1)).toBe('slightly');
    expect(scoreBand(-0.12, 0.1)).toBe('behind');
  });
});

describe('scoreAxisRange', () => {
  it('keeps zero in view with room for labels, on multiples of 5', () => {
    expect(scoreAxisRange([0.09, -0.12])).toEqual({ min: -20, max: 15 });
    expect(scoreAxisRange([0.02, 0.05])).toEqual({ min: 0, max: 10 });
    expect(scoreAxisRange([])).toEqual({ min: 0, max: 5 });
  });
});

describe('buildUnitRankingOption', () => {
  it('lists the units in rank order, best at the top', () => {
    const o = build();
    expect(o.yAxis.data).toEqual(latest.ranking!.map((r) => r.unitId));
    expect(o.yAxis.inverse).toBe(true);
  });

  it('puts each unit in exactly one band series, valued in points', () => {
    const o = build();
    expect(o.series.map((s) => s.name)).toEqual(['领先', '略落后', '落后']);
    expect(o.legend.data).toEqual(['领先', '略落后', '落后']);
    rows.forEach((r, i) => {
      const hits = o.series.filter((s) => s.data[i] !== '-');
      expect(hits).toHaveLength(1);
      const item = hits[0]!.data[i] as { value: number };
      expect(item.value).toBeCloseTo(Math.round(r.score * 1000) / 10, 6);
    });
    // zizhu trails by 12 points: beyond the lag gap.
    const zizhu = rows.findIndex((r) => r.unitId === 'zizhu');
    expect(o.series[2]!.data[zizhu]).not.toBe('-');
  });

  it('labels each category with rank, short name and move', () => {
    const o = build();
    expect(o.yAxis.axisLabel.formatter('zb-committee')).toBe('{rank|2} {name|区域发展委员会} {up|▲2}');
    expect(o.yAxis.axisLabel.formatter('sjtu')).toBe('{rank|5} {name|上海交大} {down|▼3}');
    expect(o.yAxis.axisLabel.formatter('sjtu-park')).toBe('{rank|1} {name|交大科技园} {same|—}');
    expect(build({ lang: 'en' }).yAxis.axisLabel.formatter('sjtu')).toContain('{name|SJTU}');
  });

  it('dims the others and outlines the selected unit', () => {
    const o = build({ selectedId: 'minhang' });
    const i = rows.findIndex((r) => r.unitId === 'minhang');
    const items = o.series.flatMap((s) => s.data.map((d, j) => ({ d, j }))).filter(({ d }) => d !== '-');
    for (const { d, j } of items) {
      const style = (d as { itemStyle: { opacity: number; borderWidth: number } }).itemStyle;
      expect(style.opacity).toBe(j === i ? 1 : 0.4);
      expect(style.borderWidth > 0).toBe(j === i);
    }
    expect(o.yAxis.axisLabel.formatter('minhang')).toContain('{sel|闵行区}');
  });

  it('scales text with the root font size', () => {
    expect(build({ rem: 32 }).yAxis.axisLabel.fontSize).toBe(2 * build({ rem: 16 }).yAxis.axisLabel.fontSize);
  });

  it('escapes names in the tooltip', () => {
    const evil = units.map((u) =>
      u.id === 'zizhu' ? { ...u, shortName: '<img src=x onerror=alert(1)>' } : u,
    );
    const o = buildUnitRankingOption({
      rows: buildUnitRows(latest, evil, null),
      palette,
      lang: 'zh',
      labels,
      lagGap: 0.1,
    }) as unknown as {
      tooltip: { formatter: (p: unknown) => string };
    };
    const html = o.tooltip.formatter({ name: 'zizhu' });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
    expect(html).toContain('−12');
  });

  it('strips rich-text markup from names in axis labels', () => {
    const odd = units.map((u) => (u.id === 'zizhu' ? { ...u, shortName: 'a{b|c}' } : u));
    const o = buildUnitRankingOption({
      rows: buildUnitRows(latest, odd, null),
      palette,
      lang: 'zh',
      labels,
      lagGap: 0.1,
    }) as unknown as {
      yAxis: { axisLabel: { formatter: (id: string) => string } };
    };
    expect(o.yAxis.axisLabel.formatter('zizhu')).toBe('{rank|7} {name|abc} {same|…}');
  });
});
