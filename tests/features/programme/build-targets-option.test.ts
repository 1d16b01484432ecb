import { describe, expect, it } from 'vitest';
import {
  ATTAINMENT_CAP,
  buildTargetsOption,
  valueWithUnit,
  type TargetsLabels,
} from '../../../src/features/programme/build-targets-option';
import { pickProgramme, targetRows, type TargetRow } from '../../../src/features/programme/select-programme';
import { PALETTES } from '../../../src/lib/palette';
import {
  mockAssessment as fixtureAssessment,
  mockPlanData as fixtureData,
} from '../../support/mock-assessment';

const programme = pickProgramme(fixtureData('2021-12-31').plan)!;
const rows = targetRows(programme, fixtureAssessment('2021-12-31'));
const labels: TargetsLabels = {
  attainment: '完成率',
  target: '目标',
  actual: '实际',
  status: '状态',
  item: '事项',
  expected: '序时',
  noData: '无数据',
  statusWord: (s) => (s === 'done' ? '已达成' : s === 'onTrack' ? '正常' : String(s)),
};
type Built = {
  yAxis: { data: string[]; axisLabel: { fontSize: number } };
  xAxis: { max: number };
  series: Array<{
    data: Array<{ value: number; itemStyle: { color: string } }>;
    label: { formatter: (p: { dataIndex: number }) => string };
  }>;
  tooltip: { formatter: (p: unknown) => string };
};
const build = (r: TargetRow[] = rows, rem = 16) =>
  buildTargetsOption({ rows: r, palette: PALETTES.light, lang: 'zh', labels, rem }) as unknown as Built;

describe('buildTargetsOption', () => {
  it('has one bar per indicator, valued at its attainment and coloured by its light', () => {
    const o = build();
    expect(o.yAxis.data).toEqual(rows.map((r) => r.ind.indicator.name));
    const bars = o.series[0]!.data;
    rows.forEach((r, i) => {
      expect(bars[i]!.value).toBeCloseTo(Math.min(ATTAINMENT_CAP, r.ind.a.attainment ?? 0), 9);
      expect(bars[i]!.itemStyle.color).toBe(PALETTES.light.status[r.ind.a.status!]);
    });
  });

  it('labels each bar with the uncapped percentage and the status in words', () => {
    const o = build();
    const ipo = rows.findIndex((r) => r.ind.indicator.id === 'IND-IPO');
    expect(o.series[0]!.label.formatter({ dataIndex: ipo })).toBe('117% ✓ 已达成');
  });

  it('caps a runaway bar but not its label', () => {
    const big = rows.map((r, i) =>
      i === 0 ? { ...r, ind: { ...r.ind, a: { ...r.ind.a, attainment: 3 } } } : r,
    );
    const o = build(big);
    expect(o.series[0]!.data[0]!.value).toBe(ATTAINMENT_CAP);
    expect(o.xAxis.max).toBe(1.5);
    expect(o.series[0]!.label.formatter({ dataIndex: 0 })).toContain('300%');
  });

  it('writes target and actual with units and escapes the names in the tooltip', () => {
    const hnte = rows.findIndex((r) => r.ind.indicator.id === 'IND-HNTE');
    const html = build().tooltip.formatter({ dataIndex: hnte });
    expect(html).toContain('2100家（2021年）');
    expect(html).toContain('2136家（2021年12月31日）');
    const evil = rows.map((r, i) =>
      i === hnte ? { ...r, ind: { ...r.ind, indicator: { ...r.ind.indicator, name: '<b onclick=x>' } } } : r,
    );
    const escaped = build(evil).tooltip.formatter({ dataIndex: hnte });
    expect(escaped).toContain('&lt;b onclick=x&gt;');
    expect(escaped).not.toContain('<b onclick');
  });

  it('scales text with the root font size', () => {
    expect(build(rows, 32).yAxis.axisLabel.fontSize).toBe(2 * build(rows, 16).yAxis.axisLabel.fontSize);
  });
});

describe('valueWithUnit', () => {
  it('uses 万 in Chinese and separators in English', () => {
    expect(valueWithUnit(450000, { unit: '㎡' }, 'zh')).toBe('45万㎡');
    expect(valueWithUnit(2136, { unit: '家', unitEn: 'firms' }, 'en')).toBe('2,136 firms');
    expect(valueWithUnit(45, { unit: '万㎡', unitEn: '10k m²' }, 'en')).toBe('450,000 m²');
    expect(valueWithUnit(null, { unit: '家' }, 'zh')).toBe('—');
  });
});
