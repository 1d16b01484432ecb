import type { DatedValue, Direction, Indicator, IsoDate, Observation, StatusCode, Target } from '../schemas';
import { daysBetween, knownAt } from './dates';
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
  /** The date the projection runs to (the end of the period in force); null with no projection. */
  projectionDate: IsoDate | null;
  /** null = no data, or no target to judge by (see noTarget). */
  status: StatusCode | null;
  /** A figure exists but no target: the views show the figure and "无目标", never "无数据". */
  noTarget: boolean;
  /**
   * The period is closed: the as-of date is its last day or later. 时间进度 counts the as-of day through
   * its end, so on the last day the whole period has elapsed and the year's result is final.
   */
  periodEnded: boolean;
}

/** Below this share of the period a run rate is mostly noise (one week of January × 52). */
const MIN_TIME_PROGRESS_FOR_PROJECTION = 0.05;

/**
 * The targets as one-period targets: an annual target (`recurrence: 'annual'`) over 2021–2025 becomes one
 * target per calendar year (clipped to the period), listed after the explicit ones so a target written
 * for a single year wins over the recurring one for that year.
 */
export function expandTargets(targets: readonly Target[]): Target[] {
  const explicit = targets.filter((t) => t.recurrence === undefined);
  const yearly = targets
    .filter((t) => t.recurrence === 'annual')
    .flatMap((t) => {
      const first = Number(t.period.start.slice(0, 4));
      const last = Number(t.period.end.slice(0, 4));
      const slices: Target[] = [];
      for (let y = first; y <= last; y++) {
        const start = `${y}-01-01` < t.period.start ? t.period.start : `${y}-01-01`;
        const end = `${y}-12-31` > t.period.end ? t.period.end : `${y}-12-31`;
        slices.push({
          period: { start, end },
          label: String(y),
          value: t.value,
          ...(t.trajectory
            ? { trajectory: t.trajectory.filter((p) => p.date >= start && p.date <= end) }
            : {}),
          ...(t.note !== undefined ? { note: t.note } : {}),
        });
      }
      return slices;
    });
  return [...explicit, ...yearly];
}

/**
 * Several targets may hold at once (a 2021 target inside a 2021–2025 one): the one ending soonest is
 * what the current year is judged by.
 */
export function targetInForce(ind: Indicator, asOf: IsoDate): Target | null {
  const targets = expandTargets(ind.targets);
  const current = targets.filter((t) => t.period.start <= asOf && asOf <= t.period.end);
  if (current.length > 0) {
    return current.reduce((best, t) =>
      t.period.end < best.period.end ||
      (t.period.end === best.period.end && t.period.start > best.period.start)
        ? t
        : best,
    );
  }
  const ended = targets.filter((t) => t.period.end < asOf);
  if (ended.length > 0) return ended.reduce((best, t) => (t.period.end > best.period.end ? t : best));
  const upcoming = targets.filter((t) => t.period.start > asOf);
  if (upcoming.length > 0)
    return upcoming.reduce((best, t) => (t.period.start < best.period.start ? t : best));
  return null;
}

/** Observations known at asOf, oldest first; of two on one day the later-listed (a correction) comes last. */
export function observationsAt(ind: Indicator, asOf: IsoDate): Observation[] {
  return knownAt(ind.observations, asOf);
}

export function actualAt(
  ind: Indicator,
  target: Target,
  asOf: IsoDate,
): { value: number; date: IsoDate } | null {
  const known = observationsAt(ind, asOf);
  if (ind.kind === 'increment') return flowInPeriod(known, target);
  const last = known[known.length - 1];
  return last ? { value: last.value, date: last.date } : null;
}

/**
 * A flow is year-to-date and restarts each 1 January, so the amount added within a period is, per
 * calendar year, the year's last figure inside the period, less the year's last figure before the period
 * began (when the period starts mid-year), summed over the years. A figure after the period's end
 * belongs to the next period. For a one-year period this is simply the last figure of that year.
 */
function flowInPeriod(
  known: readonly Observation[],
  target: Target,
): { value: number; date: IsoDate } | null {
  const { start, end } = target.period;
  const lastInYear = new Map<string, Observation>();
  for (const o of known) if (o.date >= start && o.date <= end) lastInYear.set(o.date.slice(0, 4), o);
  if (lastInYear.size === 0) return null;
  const startYear = start.slice(0, 4);
  const before = known.filter((o) => o.date < start && o.date.slice(0, 4) === startYear).at(-1);
  let value = 0;
  let date = start;
  for (const [year, o] of lastInYear) {
    value += o.value - (year === startYear && before ? before.value : 0);
    if (o.date > date) date = o.date;
  }
  return { value, date };
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
  if (ind.kind === 'milestone') return asOf >= target.period.end ? target.value : 0;
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
  // A closed period cannot catch up: its result is final, not "watch" on the last day.
  if (periodEnded) return 'missed';
  const gap = attainment - expectedAttainment;
  if (gap >= -RATIO_EPSILON) return 'onTrack';
  if (gap >= -t.lagGap - RATIO_EPSILON) return 'watch';
  return 'lagging';
}

/**
 * The value at the end of the period in force, at the current run rate; only while that period runs
 * (a closed period has its result). A flow extrapolates what was added; a stock or cumulative level its
 * change from the baseline; a ratio the same, kept within 0–100%.
 */
function projectionFor(ind: Indicator, actual: number, baseline: number, tp: number): number | null {
  if (ind.kind === 'milestone' || tp < MIN_TIME_PROGRESS_FOR_PROJECTION) return null;
  if (ind.kind === 'increment') return actual / tp;
  const level = baseline + (actual - baseline) / tp;
  return ind.kind === 'percentage' ? Math.min(100, Math.max(0, level)) : level;
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
      projectionDate: null,
      status: null,
      noTarget: last !== null,
      periodEnded: false,
    };
  }

  const { direction } = ind;
  const tp = timeProgress(target.period.start, target.period.end, asOf);
  const periodEnded = asOf >= target.period.end;
  const obs = actualAt(ind, target, asOf);
  const baseline = baselineAt(ind, target, asOf);
  const expected = expectedAt(ind, target, asOf, baseline);
  const attainment = obs ? attainmentRatio(obs.value, target.value, direction, baseline) : null;
  const expectedAttainment = attainmentRatio(expected, target.value, direction, baseline);

  const projection = obs && !periodEnded ? projectionFor(ind, obs.value, baseline, tp) : null;

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
    projectionDate: projection === null ? null : target.period.end,
    status: attainment === null ? null : statusFor(attainment, expectedAttainment, periodEnded, t),
    noTarget: false,
    periodEnded,
  };
}
