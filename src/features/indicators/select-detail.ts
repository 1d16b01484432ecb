import {
  assessIndicator,
  observationsAt,
  type IndicatorAssessment,
  type StatusThresholds,
} from '../../domain/metrics';
import type { Indicator, IsoDate, Target } from '../../domain/schemas';

export interface TargetRow {
  target: Target;
  /** Judged at the period's end, or at `at` while it runs; null before the period begins. */
  a: IndicatorAssessment | null;
}

/**
 * One row per target, judged on its own: at the period's end once it is over (the year's final score),
 * at `at` while it runs. Where targets overlap, the metrics judge a date by the one ending soonest, so a
 * longer target gets no score of its own until the shorter ones have ended.
 */
export function targetRows(ind: Indicator, at: IsoDate, thresholds: StatusThresholds): TargetRow[] {
  return [...ind.targets]
    .sort((x, y) => (x.period.start < y.period.start ? -1 : x.period.start > y.period.start ? 1 : 0))
    .map((target) => {
      if (target.period.start > at) return { target, a: null };
      const when = target.period.end < at ? target.period.end : at;
      const a = assessIndicator(ind, when, thresholds);
      return { target, a: a.target === target ? a : null };
    });
}

export interface ObservationRow {
  date: IsoDate;
  value: number;
  note: string | null;
  noteEn: string | null;
  /** Position in the source list, to tell apart two figures of one day (the later is a correction). */
  index: number;
  /** The target that applied on that date, and attainment as it read then. */
  target: Target | null;
  attainment: number | null;
}

/** Observations known at `at`, oldest first, each with the attainment it meant on its own date. */
export function observationRows(ind: Indicator, at: IsoDate, thresholds: StatusThresholds): ObservationRow[] {
  return observationsAt(ind, at).map((o, index) => {
    const a = assessIndicator(ind, o.date, thresholds);
    return {
      date: o.date,
      value: o.value,
      note: o.note ?? null,
      noteEn: o.noteEn ?? null,
      index,
      target: a.target,
      attainment: a.attainment,
    };
  });
}
