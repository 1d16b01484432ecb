import type { DatedValue, Direction, Indicator, IsoDate, Observation, StatusCode, Target } from '../schemas';
import { daysBetween } from './dates';
import { DEFAULT_THRESHOLDS, RATIO_EPSILON, type StatusThresholds } from './thresholds';
import { timeProgress } from './time-progress';

export interface IndicatorAssessment {
  /** The target in force: whose period contains asOf; else the latest ended; else the earliest upcoming. */
  target: Target | null;
  /** 时间进度 of the target's period. */
  timeProgress: number;
  /** 实际值, per kind; null when no observation applies. */
  actual: number | null;
  actualDate: IsoDate | null;
  /** Starting level of the period (stock/cumulative/percentage); 0 for increment and milestone. */
  baseline: number;
  /** Expected by now, from the trajectory or linear from the baseline. */
  expected: number | null;
  /** 完成率, see attainmentRatio. */
  attainment: number | null;
  expectedAttainment: number | null;
  /** Period-end value at the current run rate. */
  projection: number | null;
  projectedAttainment: number | null;
  /** null = no data. */
  status: StatusCode | null;
  periodEnded: boolean;
}

/** Below this share of the period a run rate is mostly noise (one week of January × 52). */
const MIN_TIME_PROGRESS_FOR_PROJECTION = 0.05;

/**
 * Several targets may hold at once (a 2021 target inside a 2021–2025 one): the one ending soonest is
 * what the current year is judged by.
 */
export function targetInForce(ind: Indicator, asOf: IsoDate): Target | null {
  const current = ind.targets.filter((t) => t.period.start <= asOf && asOf <= t.period.end);
  if (current.length > 0) {
    return current.reduce((best, t) =>
      t.period.end < best.period.end ||
      (t.period.end === best.period.end && t.period.start > best.period.start)
        ? t
        : best,
    );
  }
  const ended = ind.targets.filter((t) => t.period.end < asOf);
  if (ended.length > 0) return ended.reduce((best, t) => (t.period.end > best.period.end ? t : best));
  const upcoming = ind.targets.filter((t) => t.period.start > asOf);
  if (upcoming.length > 0)
    return upcoming.reduce((best, t) => (t.period.start < best.period.start ? t : best));
  return null;
}

/** Observations known at asOf, oldest first; of two on one day the later-listed (a correction) comes last. */
export function observationsAt(ind: Indicator, asOf: IsoDate): Observation[] {
  return ind.observations
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => o.date <= asOf)
    .sort((a, b) => (a.o.date < b.o.date ? -1 : a.o.date > b.o.date ? 1 : a.i - b.i))
    .map(({ o }) => o);
}

export function actualAt(
  ind: Indicator,
  target: Target,
  asOf: IsoDate,
): { value: number; date: IsoDate } | null {
  const known = observationsAt(ind, asOf);
  let last: Observation | undefined;
  if (ind.kind === 'increment') {
    // Year-to-date amounts restart each period, so a figure from after the period's end belongs to the next one.
    const inPeriod = known.filter((o) => o.date >= target.period.start && o.date <= target.period.end);
    last = inPeriod[inPeriod.length - 1];
  } else {
    last = known[known.length - 1];
  }
  return last ? { value: last.value, date: last.date } : null;
}

/** The level the period starts from. Only observations known at asOf count, so a past view never uses later data. */
export function baselineAt(ind: Indicator, target: Target, asOf: IsoDate): number {
  if (ind.kind === 'increment' || ind.kind === 'milestone') return 0;
  const known = observationsAt(ind, asOf);
  const before = known.filter((o) => o.date <= target.period.start);
  const atStart = before[before.length - 1];
  if (atStart) return atStart.value;
  const first = known.find((o) => o.date <= target.period.end);
  return first ? first.value : 0;
}

/**
 * Positions are "days elapsed by the end of that date", the same reading as 时间进度, so a trajectory
 * holding only (end, target) gives exactly the linear path.
 */
function interpolateTrajectory(
  target: Target,
  trajectory: readonly DatedValue[],
  asOf: IsoDate,
  baseline: number,
): number {
  const { start, end } = target.period;
  const pos = (d: IsoDate) => daysBetween(start, d) + 1;
  const points = trajectory
    .filter((p) => p.date >= start && p.date <= end)
    .map((p) => ({ x: pos(p.date), y: p.value }))
    .sort((a, b) => a.x - b.x);
  points.unshift({ x: 0, y: baseline });
  const endX = pos(end);
  const last = points[points.length - 1];
  // A trajectory that stops short of the period end still has the target to reach at the end.
  if (last && last.x < endX) points.push({ x: endX, y: target.value });

  const x = Math.min(endX, Math.max(0, pos(asOf)));
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || x > b.x) continue;
    if (b.x === a.x) return b.y;
    return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  }
  return points[points.length - 1]?.y ?? baseline;
}

export function expectedAt(ind: Indicator, target: Target, asOf: IsoDate, baseline: number): number {
  if (ind.kind === 'milestone') return asOf > target.period.end ? target.value : 0;
  if (target.trajectory && target.trajectory.length > 0) {
    return interpolateTrajectory(target, target.trajectory, asOf, baseline);
  }
  const tp = timeProgress(target.period.start, target.period.end, asOf);
  return baseline + (target.value - baseline) * tp;
}

/**
 * 完成率. Higher is better: value ÷ target, uncapped (120% is worth showing). Lower is better: met (1)
 * at or below the target, else target ÷ value; a "lower" ratio has no meaningful over-attainment and
 * target ÷ value would explode as value nears 0. Where the plain ratio says nothing (a lower-is-better
 * target of 0, e.g. zero incidents) the baseline, when given, measures the share of the cut achieved.
 * Never NaN or Infinity.
 */
export function attainmentRatio(
  value: number,
  target: number,
  direction: Direction,
  baseline?: number,
): number {
  let r: number;
  if (direction === 'lower') {
    if (value <= 0 || value <= target) r = 1;
    else if (target > 0) r = target / value;
    else if (baseline !== undefined && baseline > value) r = (baseline - value) / (baseline - target);
    else r = 0;
  } else if (target > 0) {
    r = value / target;
  } else if (target === 0) {
    r = value >= 0 ? 1 : 0;
  } else {
    // A negative target (a loss to hold above −5): met at or above it, else mirrored.
    r = value >= target ? 1 : target / value;
  }
  return Number.isFinite(r) ? r : 0;
}

function statusFor(
  attainment: number,
  expectedAttainment: number,
  periodEnded: boolean,
  t: StatusThresholds,
): StatusCode {
  if (attainment >= 1 - RATIO_EPSILON) return 'done';
  if (periodEnded) return 'overdue';
  const gap = attainment - expectedAttainment;
  if (gap >= -RATIO_EPSILON) return 'onTrack';
  if (gap >= -t.lagGap - RATIO_EPSILON) return 'watch';
  return 'lagging';
}

export function assessIndicator(
  ind: Indicator,
  asOf: IsoDate,
  t: StatusThresholds = DEFAULT_THRESHOLDS,
): IndicatorAssessment {
  const target = targetInForce(ind, asOf);
  if (!target) {
    // No target to judge by, but the latest figure is still worth showing.
    const last = observationsAt(ind, asOf).at(-1) ?? null;
    return {
      target: null,
      timeProgress: 0,
      actual: last?.value ?? null,
      actualDate: last?.date ?? null,
      baseline: 0,
      expected: null,
      attainment: null,
      expectedAttainment: null,
      projection: null,
      projectedAttainment: null,
      status: null,
      periodEnded: false,
    };
  }

  const { direction } = ind;
  const tp = timeProgress(target.period.start, target.period.end, asOf);
  const periodEnded = asOf > target.period.end;
  const obs = actualAt(ind, target, asOf);
  const baseline = baselineAt(ind, target, asOf);
  const expected = expectedAt(ind, target, asOf, baseline);
  const attainment = obs ? attainmentRatio(obs.value, target.value, direction, baseline) : null;
  const expectedAttainment = attainmentRatio(expected, target.value, direction, baseline);

  let projection: number | null = null;
  if (obs && ind.kind !== 'milestone' && tp >= MIN_TIME_PROGRESS_FOR_PROJECTION) {
    projection = ind.kind === 'increment' ? obs.value / tp : baseline + (obs.value - baseline) / tp;
  }

  return {
    target,
    timeProgress: tp,
    actual: obs?.value ?? null,
    actualDate: obs?.date ?? null,
    baseline,
    expected,
    attainment,
    expectedAttainment,
    projection,
    projectedAttainment:
      projection === null ? null : attainmentRatio(projection, target.value, direction, baseline),
    status: attainment === null ? null : statusFor(attainment, expectedAttainment, periodEnded, t),
    periodEnded,
  };
}
