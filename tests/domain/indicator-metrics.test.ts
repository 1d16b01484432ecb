import { describe, expect, it } from 'vitest';
import {
  actualAt,
  assessIndicator,
  attainmentRatio,
  expectedAt,
  targetInForce,
  expandTargets,
} from '../../src/domain/metrics';
import {
  calendarYear,
  make2021Indicator,
  makeIndicator,
  makeTargetIndicator,
  Y2021,
  valuesAt,
} from './builders';

// Targets run over 2021 unless stated; at 2021-06-30 time progress is 181 / 365 = 0.49589.
const AS_OF = '2021-06-30';

describe('attainmentRatio (完成率)', () => {
  it('higher is better: actual ÷ target, uncapped', () => {
    expect(attainmentRatio(23, 40, 'higher')).toBe(0.575); // 23 / 40
    expect(attainmentRatio(1980, 2100, 'higher')).toBeCloseTo(0.94286, 5); // 1980 / 2100, no baseline subtracted
    expect(attainmentRatio(48, 40, 'higher')).toBe(1.2); // 48 / 40
  });

  it('higher is better with a zero target: met at any non-negative value', () => {
    expect(attainmentRatio(0, 0, 'higher')).toBe(1);
    expect(attainmentRatio(3, 0, 'higher')).toBe(1);
    expect(attainmentRatio(-1, 0, 'higher')).toBe(0);
  });

  it('lower is better: target ÷ actual, met at or below the target', () => {
    expect(attainmentRatio(4, 3, 'lower')).toBe(0.75); // 3 days target, 4 days actual: 3 / 4
    expect(attainmentRatio(3, 3, 'lower')).toBe(1);
    expect(attainmentRatio(2, 3, 'lower')).toBe(1); // below the target: met
    expect(attainmentRatio(0, 3, 'lower')).toBe(1);
  });

  it('lower is better with a zero target uses the baseline, never NaN or Infinity', () => {
    expect(attainmentRatio(4, 0, 'lower', 10)).toBe(0.6); // (10 − 4) / (10 − 0): 60% of the cut made
    expect(attainmentRatio(4, 0, 'lower')).toBe(0); // no baseline: nothing to measure against
    expect(attainmentRatio(0, 0, 'lower')).toBe(1);
    expect(Number.isFinite(attainmentRatio(5, -2, 'higher'))).toBe(true);
  });
});

describe('targetInForce', () => {
  const t2021 = { period: Y2021, value: 40 };
  const t2022 = { period: { start: '2022-01-01', end: '2022-12-31' }, value: 45 };
  const t5y = { period: { start: '2021-01-01', end: '2025-12-31' }, value: 220 };
  const ind = makeIndicator({ id: 'i', kind: 'increment', targets: [t5y, t2022, t2021] });

  it('takes the containing target that ends soonest', () => {
    expect(targetInForce(ind, '2021-06-30')?.value).toBe(40);
    expect(targetInForce(ind, '2022-06-30')?.value).toBe(45);
  });

  it('else the latest ended, else the earliest upcoming', () => {
    const only = makeIndicator({ id: 'i', kind: 'increment', targets: [t2022, t2021] });
    expect(targetInForce(only, '2023-03-01')?.value).toBe(45);
    expect(targetInForce(only, '2020-06-30')?.value).toBe(40);
    expect(targetInForce(makeIndicator({ id: 'i', kind: 'increment' }), AS_OF)).toBeNull();
  });
});

describe('assessIndicator: increment (新增科技小巨人企业, target 40)', () => {
  const ind = makeIndicator({
    id: 'giants',
    kind: 'increment',
    targets: [{ period: Y2021, value: 40 }],
    observations: [
      { date: '2020-12-31', value: 38 }, // last year's total: not this year's
      { date: '2021-03-31', value: 9 },
      { date: '2021-06-30', value: 23 },
      { date: '2021-09-30', value: 31 }, // the future at 06-30
    ],
  });

  it('reads the year-to-date figure and projects the year-end', () => {
    const a = assessIndicator(ind, AS_OF);
    expect(a.actual).toBe(23);
    expect(a.actualDate).toBe('2021-06-30');
    expect(a.baseline).toBe(0);
    expect(a.attainment).toBe(0.575); // 23 / 40
    expect(a.expected).toBeCloseTo(19.83562, 4); // 40 × 181/365
    expect(a.expectedAttainment).toBeCloseTo(0.49589, 5); // 19.836 / 40
    expect(a.projection).toBeCloseTo(46.38122, 4); // 23 / (181/365)
    expect(a.projectedAttainment).toBeCloseTo(1.15953, 5); // 46.381 / 40
    expect(a.status).toBe('onTrack'); // 0.575 − 0.496 = +0.079
    expect(a.periodEnded).toBe(false);
  });

  it('projects by run rate: 23 at half time → 46', () => {
    // 2021-07-01..2021-12-31 has 184 days; 2021-09-30 is day 92 → 92 / 184 = 0.5.
    const half = makeTargetIndicator(
      { id: 'h', kind: 'increment' },
      { start: '2021-07-01', end: '2021-12-31' },
      40,
      [['2021-09-30', 23]],
    );
    const a = assessIndicator(half, '2021-09-30');
    expect(a.timeProgress).toBe(0.5);
    expect(a.projection).toBe(46); // 23 / 0.5
  });

  it('does not project from the first few days of a period', () => {
    const early = makeIndicator({ ...ind, observations: [{ date: '2021-01-10', value: 2 }] });
    const a = assessIndicator(early, '2021-01-10'); // 10 / 365 = 0.027 < 0.05
    expect(a.actual).toBe(2);
    expect(a.projection).toBeNull();
    expect(a.projectedAttainment).toBeNull();
  });

  it('has no actual and no status before the first figure of the period', () => {
    const a = assessIndicator(ind, '2021-01-15');
    expect(a.actual).toBeNull();
    expect(a.attainment).toBeNull();
    expect(a.status).toBeNull();
    expect(a.expected).toBeCloseTo(1.64384, 4); // 40 × 15/365 (01-15 is day 15): the expectation exists regardless
  });

  it("is missed (未达成) once the period has ended short of the target, ignoring next year's figures", () => {
    const missed = makeIndicator({
      ...ind,
      observations: [
        { date: '2021-12-31', value: 36 },
        { date: '2022-01-10', value: 3 }, // 2022 year-to-date
      ],
    });
    const a = assessIndicator(missed, '2022-01-15');
    expect(a.target?.value).toBe(40); // the only target: the latest ended
    expect(a.actual).toBe(36);
    expect(a.attainment).toBe(0.9); // 36 / 40
    expect(a.periodEnded).toBe(true);
    expect(a.timeProgress).toBe(1);
    expect(a.status).toBe('missed');
    expect(a.projection).toBeNull(); // a closed period has its result, not a projection
  });

  it('is done once the target is reached, even early', () => {
    const met = makeIndicator({ ...ind, observations: [{ date: '2021-10-31', value: 41 }] });
    expect(assessIndicator(met, '2021-11-01').status).toBe('done'); // 41 / 40 = 1.025
  });

  it('watch and lagging follow lagGap on attainment − expected attainment', () => {
    const at = (value: number) =>
      assessIndicator(makeIndicator({ ...ind, observations: [{ date: '2021-06-30', value }] }), AS_OF).status;
    expect(at(17)).toBe('watch'); // 17/40 = 0.425; 0.425 − 0.49589 = −0.071
    expect(at(15)).toBe('lagging'); // 15/40 = 0.375; 0.375 − 0.49589 = −0.121
  });
});

describe('assessIndicator: stock (高新技术企业, target 2100)', () => {
  const make = (observations: { date: string; value: number }[]) =>
    makeIndicator({ id: 'hnte', kind: 'stock', targets: [{ period: Y2021, value: 2100 }], observations });

  it('starts from the level at the period start and does not subtract it from attainment', () => {
    const a = assessIndicator(make(valuesAt(['2020-12-31', 1800], ['2021-06-30', 1980])), AS_OF);
    expect(a.baseline).toBe(1800);
    expect(a.attainment).toBeCloseTo(0.94286, 5); // 1980 / 2100
    expect(a.expected).toBeCloseTo(1948.76712, 3); // 1800 + (2100 − 1800) × 181/365
    expect(a.expectedAttainment).toBeCloseTo(0.92798, 5); // 1948.767 / 2100
    expect(a.projection).toBeCloseTo(2162.98343, 3); // 1800 + (1980 − 1800) / (181/365)
    expect(a.status).toBe('onTrack'); // 0.94286 − 0.92798 = +0.015
  });

  it('lags when the level falls', () => {
    const a = assessIndicator(make(valuesAt(['2020-12-31', 1800], ['2021-06-30', 1700])), AS_OF);
    expect(a.attainment).toBeCloseTo(0.80952, 5); // 1700 / 2100
    expect(a.status).toBe('lagging'); // 0.80952 − 0.92798 = −0.118
  });

  it('may take its actual from before the period', () => {
    const a = assessIndicator(make([{ date: '2020-12-31', value: 1800 }]), AS_OF);
    expect(a.actual).toBe(1800);
    expect(a.actualDate).toBe('2020-12-31');
    expect(a.attainment).toBeCloseTo(0.85714, 5); // 1800 / 2100
    expect(a.status).toBe('watch'); // 0.85714 − 0.92798 = −0.071
  });

  it('takes the first figure in the period as baseline when none precedes it', () => {
    const ind = make(valuesAt(['2021-02-28', 1850], ['2021-06-30', 1980]));
    expect(assessIndicator(ind, AS_OF).baseline).toBe(1850);
  });

  it('has baseline 0 and no status with no observations at all', () => {
    const a = assessIndicator(make([]), AS_OF);
    expect(a).toMatchObject({ actual: null, baseline: 0, attainment: null, projection: null, status: null });
  });
});

describe('assessIndicator: cumulative and percentage', () => {
  it('cumulative (科创载体在用面积, target 15 万㎡)', () => {
    const ind = make2021Indicator({ id: 'space', kind: 'cumulative', unit: '万㎡' }, 15, [
      ['2020-12-31', 9],
      ['2021-06-30', 11.5],
    ]);
    const a = assessIndicator(ind, AS_OF);
    expect(a.attainment).toBeCloseTo(0.76667, 5); // 11.5 / 15
    expect(a.expected).toBeCloseTo(11.97534, 4); // 9 + 6 × 181/365
    expect(a.expectedAttainment).toBeCloseTo(0.79836, 5); // 11.975 / 15
    expect(a.status).toBe('watch'); // 0.76667 − 0.79836 = −0.032
  });

  it('percentage (target 10%)', () => {
    const ind = make2021Indicator({ id: 'rate', kind: 'percentage', unit: '%' }, 10, [
      ['2020-12-31', 8],
      ['2021-06-30', 9],
    ]);
    const a = assessIndicator(ind, AS_OF);
    expect(a.attainment).toBe(0.9); // 9 / 10
    expect(a.expected).toBeCloseTo(8.99178, 4); // 8 + 2 × 181/365
    expect(a.status).toBe('onTrack'); // 0.9 − 0.89918 = +0.0008
    expect(a.projection).toBeCloseTo(10.01657, 4); // 8 + (9 − 8) / (181/365)
  });
});

describe('assessIndicator: milestone (南部科创公共服务中心 正式运营)', () => {
  const make = (observations: { date: string; value: number }[]) =>
    makeIndicator({
      id: 'centre',
      kind: 'milestone',
      unit: '',
      targets: [{ period: Y2021, value: 1 }],
      observations,
    });

  it('is on track while the period runs and nothing is expected yet', () => {
    const a = assessIndicator(make([{ date: '2021-01-01', value: 0 }]), AS_OF);
    expect(a).toMatchObject({
      actual: 0,
      attainment: 0,
      expected: 0,
      expectedAttainment: 0,
      projection: null,
    });
    expect(a.status).toBe('onTrack');
  });

  it('is done once achieved and missed once the period ends without it', () => {
    expect(assessIndicator(make([{ date: '2021-10-20', value: 1 }]), '2021-11-01').status).toBe('done');
    const late = assessIndicator(make([{ date: '2021-01-01', value: 0 }]), '2022-01-05');
    expect(late.expected).toBe(1);
    expect(late.status).toBe('missed');
  });

  it('has no status without an observation', () => {
    expect(assessIndicator(make([]), AS_OF).status).toBeNull();
  });
});

describe('assessIndicator: zero target and lower is better', () => {
  it('a zero target is met by any non-negative actual', () => {
    const ind = make2021Indicator({ id: 'z', kind: 'increment' }, 0, [['2021-03-31', 0]]);
    const a = assessIndicator(ind, AS_OF);
    expect(a.attainment).toBe(1);
    expect(a.status).toBe('done');
  });

  it('lower is better (审批时限, 5 days → 3 days)', () => {
    const make = (value: number) =>
      makeIndicator({
        id: 'days',
        kind: 'stock',
        unit: '天',
        direction: 'lower',
        targets: [{ period: Y2021, value: 3 }],
        observations: [
          { date: '2020-12-31', value: 5 },
          { date: '2021-06-30', value },
        ],
      });
    const a = assessIndicator(make(4), AS_OF);
    expect(a.attainment).toBe(0.75); // 3 / 4
    expect(a.expected).toBeCloseTo(4.00822, 4); // 5 + (3 − 5) × 181/365
    expect(a.expectedAttainment).toBeCloseTo(0.74846, 5); // 3 / 4.00822
    expect(a.status).toBe('onTrack'); // 0.75 − 0.74846 = +0.0015
    const b = assessIndicator(make(2), AS_OF);
    expect(b.attainment).toBe(1); // 2 days is under the 3-day target: met
    expect(b.status).toBe('done');
  });
});

describe('trajectory', () => {
  const ind = makeIndicator({
    id: 'giants',
    kind: 'increment',
    targets: [
      {
        period: Y2021,
        value: 40,
        trajectory: valuesAt(['2021-06-30', 16], ['2021-12-31', 40]),
      },
    ],
  });
  const target = ind.targets[0]!;

  it('interpolates linearly from (start, baseline) through the points', () => {
    expect(expectedAt(ind, target, '2021-06-30', 0)).toBe(16); // on the point
    expect(expectedAt(ind, target, '2021-03-31', 0)).toBeCloseTo(7.9558, 4); // 16 × 90/181
    expect(expectedAt(ind, target, '2021-09-30', 0)).toBe(28); // 16 + 24 × (273 − 181)/(365 − 181) = 16 + 12
    expect(expectedAt(ind, target, '2021-12-31', 0)).toBe(40);
    expect(expectedAt(ind, target, '2020-12-01', 0)).toBe(0); // before the period: the baseline
  });

  it('ends at the target when the trajectory stops short', () => {
    const short = { ...target, trajectory: [{ date: '2021-06-30', value: 16 }] };
    expect(expectedAt(ind, short, '2021-09-30', 0)).toBe(28); // implicit (2021-12-31, 40)
  });

  it('starts from the baseline for a stock', () => {
    const stock = makeIndicator({ id: 's', kind: 'stock' });
    const t = { period: Y2021, value: 2100, trajectory: [{ date: '2021-06-30', value: 1900 }] };
    expect(expectedAt(stock, t, '2021-03-31', 1800)).toBeCloseTo(1849.72376, 3); // 1800 + 100 × 90/181
  });

  it('drives the status instead of the linear path', () => {
    const at = (value: number) =>
      assessIndicator({ ...ind, observations: [{ date: '2021-06-30', value }] }, AS_OF).status;
    // expected attainment 16 / 40 = 0.4
    expect(at(16)).toBe('onTrack'); // 0.4 − 0.4 = 0
    expect(at(13)).toBe('watch'); // 0.325 − 0.4 = −0.075
    expect(at(10)).toBe('lagging'); // 0.25 − 0.4 = −0.15
  });
});

describe('actualAt and indicators without targets', () => {
  it('returns the latest observation with its date', () => {
    const ind = make2021Indicator({ id: 's', kind: 'stock' }, 10, [
      ['2021-05-31', 7],
      ['2021-02-28', 5],
    ]);
    expect(actualAt(ind, ind.targets[0]!, AS_OF)).toEqual({ value: 7, date: '2021-05-31' });
  });

  it('shows the latest figure but no status when there is no target', () => {
    const ind = makeIndicator({ id: 'n', kind: 'stock', observations: [{ date: '2021-05-31', value: 7 }] });
    const a = assessIndicator(ind, AS_OF);
    expect(a).toMatchObject({ target: null, actual: 7, attainment: null, expected: null, status: null });
  });
});

describe('annual targets that recur (每年目标)', () => {
  // 56 new firms in 2023 against "40 a year, 2021–2025".
  const giant = makeIndicator({
    id: 'g',
    kind: 'increment',
    targets: [{ period: { start: '2021-01-01', end: '2025-12-31' }, value: 40, recurrence: 'annual' }],
    observations: valuesAt(['2022-12-31', 38], ['2023-06-30', 20], ['2023-12-31', 56]),
  });

  it('judges each year on its own against the yearly value', () => {
    const a = assessIndicator(giant, '2023-12-31');
    expect(a.target?.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(a.target?.value).toBe(40);
    expect(a.actual).toBe(56);
    expect(a.attainment).toBeCloseTo(1.4, 9); // 56 / 40
    expect(a.status).toBe('done');
  });

  it('mid-year, projects only to the end of that year, and says so', () => {
    const a = assessIndicator(giant, '2023-06-30');
    expect(a.actual).toBe(20);
    expect(a.projectionDate).toBe('2023-12-31');
    expect(a.projection).toBeCloseTo(20 / (181 / 365), 6); // 40.3, not a five-year figure
  });

  it('a target written for one year wins over the recurring one for that year', () => {
    const both = makeIndicator({
      ...giant,
      targets: [...giant.targets, { period: { start: '2023-01-01', end: '2023-12-31' }, value: 60 }],
    });
    expect(targetInForce(both, '2023-06-30')?.value).toBe(60);
    expect(targetInForce(both, '2024-06-30')?.value).toBe(40);
  });

  it('expandTargets clips the first and last year to the period', () => {
    const slices = expandTargets([
      { period: { start: '2021-07-01', end: '2023-03-31' }, value: 5, recurrence: 'annual' },
    ]);
    expect(slices.map((t) => t.period)).toEqual([
      { start: '2021-07-01', end: '2021-12-31' },
      { start: '2022-01-01', end: '2022-12-31' },
      { start: '2023-01-01', end: '2023-03-31' },
    ]);
  });
});

describe('a flow against a multi-year target counts within its years', () => {
  // Year-to-date figures that restart each January; the target is the five-year total.
  const flow = makeIndicator({
    id: 'f',
    kind: 'increment',
    targets: [{ period: { start: '2021-01-01', end: '2025-12-31' }, value: 500 }],
    observations: valuesAt(['2021-12-31', 90], ['2022-12-31', 110], ['2023-06-30', 50]),
  });

  it('sums each year’s last figure', () => {
    const a = assessIndicator(flow, '2023-06-30');
    expect(a.actual).toBe(250); // 90 + 110 + 50
    expect(a.actualDate).toBe('2023-06-30');
    expect(a.attainment).toBeCloseTo(0.5, 9);
  });

  it('projects to the period end, dated, not to a year end', () => {
    const a = assessIndicator(flow, '2023-06-30');
    const tp = (365 + 365 + 181) / 1826;
    expect(a.projection).toBeCloseTo(250 / tp, 6); // ≈ 501, not one year's figure blown up
    expect(a.projectionDate).toBe('2025-12-31');
  });

  it('a period starting mid-year subtracts what the year had added before it', () => {
    const mid = makeIndicator({
      ...flow,
      targets: [{ period: { start: '2021-07-01', end: '2022-06-30' }, value: 100 }],
      observations: valuesAt(['2021-06-30', 40], ['2021-12-31', 90], ['2022-03-31', 30]),
    });
    expect(assessIndicator(mid, '2022-03-31').actual).toBe(80); // (90 − 40) + 30
  });
});

describe('a closed period (its last day reached)', () => {
  // 44 of 48 with the year's last figure on 31 December.
  const ind = makeTargetIndicator({ id: 'c', kind: 'increment' }, calendarYear(2025), 48, [
    ['2025-12-31', 44],
  ]);

  it('reads missed on its last day, not watch', () => {
    const a = assessIndicator(ind, '2025-12-31');
    expect(a.periodEnded).toBe(true);
    expect(a.status).toBe('missed');
    expect(a.projection).toBeNull();
    expect(a.projectionDate).toBeNull();
  });

  it('the day before, it is still running', () => {
    const a = assessIndicator(
      makeIndicator({ ...ind, observations: [{ date: '2025-12-30', value: 44 }] }),
      '2025-12-30',
    );
    expect(a.periodEnded).toBe(false);
    expect(a.status).toBe('watch'); // 91.7% vs 99.7% expected
  });
});

describe('ratio (percentage) projection', () => {
  it('stays within 0–100%', () => {
    const ind = make2021Indicator({ id: 'r', kind: 'percentage' }, 95, [
      ['2021-01-01', 60],
      ['2021-03-31', 90],
    ]);
    const a = assessIndicator(ind, '2021-03-31');
    expect(a.projection).toBe(100);
  });
});

describe('an actual without a target', () => {
  it('is flagged noTarget (shown as 无目标), not no data', () => {
    const ind = makeIndicator({
      id: 'n',
      kind: 'increment',
      observations: [{ date: '2023-12-31', value: 56 }],
    });
    expect(assessIndicator(ind, '2023-12-31')).toMatchObject({ actual: 56, status: null, noTarget: true });
    expect(assessIndicator(makeIndicator({ id: 'e', kind: 'stock' }), '2023-12-31').noTarget).toBe(false);
  });
});
