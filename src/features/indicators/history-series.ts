import { baselineAt, observationsAt, type IndicatorAssessment } from '../../domain/metrics';
import type { DatedValue, Indicator, IsoDate, Target } from '../../domain/schemas';

export interface TargetPath {
  target: Target;
  /** Planned path from the period's starting level to the target; empty for a milestone (a yes/no at the end). */
  path: DatedValue[];
  /** The target at the period's end, drawn as a marker. */
  end: DatedValue;
}

export interface HistorySeries {
  actuals: DatedValue[];
  /**
   * The actuals cut where a year-to-date count restarts (each target period of an increment indicator),
   * so the line never draws a fall from December's total to March's first figure; one piece otherwise.
   */
  segments: DatedValue[][];
  targets: TargetPath[];
  /** Dotted run-rate extension from the latest actual to the end of the target in force. */
  projection: [DatedValue, DatedValue] | null;
  /** The x-axis span. */
  from: IsoDate;
  to: IsoDate;
}

/**
 * The planned path of one target: from the level the period starts at (as the metrics read it at `at`),
 * through the given trajectory, to the target at the period's end; linear where no trajectory is given.
 */
export function targetPath(ind: Indicator, target: Target, at: IsoDate): TargetPath {
  const end = { date: target.period.end, value: target.value };
  if (ind.kind === 'milestone') return { target, path: [], end };
  const start = { date: target.period.start, value: baselineAt(ind, target, at) };
  const inside = (target.trajectory ?? [])
    .filter((p) => p.date > target.period.start && p.date < target.period.end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((p) => ({ date: p.date, value: p.value }));
  return { target, path: [start, ...inside, end], end };
}

/**
 * Everything the history chart draws, as known at `at`: observations up to that date, the targets
 * whose period has begun, and the period-end projection of the target in force while it runs.
 */
export function historySeries(ind: Indicator, a: IndicatorAssessment, at: IsoDate): HistorySeries {
  const actuals = observationsAt(ind, at).map((o) => ({ date: o.date, value: o.value }));
  const begun = ind.targets
    .filter((t) => t.period.start <= at)
    .sort((x, y) => (x.period.start < y.period.start ? -1 : x.period.start > y.period.start ? 1 : 0));
  // A target not yet begun is still the one in force before the first period; show it rather than nothing.
  const shown = begun.length > 0 ? begun : a.target ? [a.target] : [];
  const targets = shown.map((t) => targetPath(ind, t, at));

  const last = actuals[actuals.length - 1];
  const projection: [DatedValue, DatedValue] | null =
    a.projection !== null && a.target && !a.periodEnded && last && a.actualDate
      ? [
          { date: a.actualDate, value: a.actual ?? last.value },
          { date: a.target.period.end, value: a.projection },
        ]
      : null;

  const dates = [
    ...actuals.map((x) => x.date),
    ...targets.flatMap((t) => [t.target.period.start, t.target.period.end]),
    at,
  ].sort();
  return {
    actuals,
    segments: segmentActuals(ind, actuals),
    targets,
    projection,
    from: dates[0] ?? at,
    to: dates[dates.length - 1] ?? at,
  };
}

/** Splits year-to-date actuals at each target period start; other kinds run as one line. */
export function segmentActuals(ind: Indicator, actuals: readonly DatedValue[]): DatedValue[][] {
  if (actuals.length === 0) return [];
  if (ind.kind !== 'increment') return [[...actuals]];
  const starts = [...new Set(ind.targets.map((t) => t.period.start))].sort();
  const periodOf = (d: IsoDate) => starts.filter((s) => s <= d).at(-1) ?? '';
  const out: DatedValue[][] = [];
  let key: string | null = null;
  for (const p of actuals) {
    const k = periodOf(p.date);
    if (k !== key || out.length === 0) {
      out.push([]);
      key = k;
    }
    out[out.length - 1]!.push(p);
  }
  return out;
}
