import { isMilestoneAchieved, progressPointsAt, type AssessedIndicator } from '../../domain/metrics';
import type { IsoDate, Milestone, ProgressPoint } from '../../domain/schemas';

export type MilestoneVerdict = 'onTime' | 'late' | 'missed' | 'upcoming';

/** Judged at asOf: an achievement dated after asOf is not known yet, exactly as the status rules see it. */
export function milestoneVerdict(m: Milestone, asOf: IsoDate): MilestoneVerdict {
  if (isMilestoneAchieved(m, asOf)) return m.actual !== null && m.actual <= m.planned ? 'onTime' : 'late';
  return m.planned < asOf ? 'missed' : 'upcoming';
}

export interface MilestoneRow {
  milestone: Milestone;
  /** null while not achieved at asOf. */
  actual: IsoDate | null;
  verdict: MilestoneVerdict;
}

export function milestoneRows(milestones: readonly Milestone[], asOf: IsoDate): MilestoneRow[] {
  return [...milestones]
    .sort((x, y) => (x.planned < y.planned ? -1 : x.planned > y.planned ? 1 : 0))
    .map((m) => ({
      milestone: m,
      actual: isMilestoneAchieved(m, asOf) ? m.actual : null,
      verdict: milestoneVerdict(m, asOf),
    }));
}

/**
 * Progress reports known at asOf, newest first. With `withNoteOnly`, the reports carrying a note, plus
 * the latest one so the current figure is never hidden.
 */
export function progressNotes(
  points: readonly ProgressPoint[],
  asOf: IsoDate,
  withNoteOnly: boolean,
): ProgressPoint[] {
  const known = progressPointsAt(points, asOf);
  const latest = known[known.length - 1];
  const kept = withNoteOnly
    ? known.filter((p) => (p.note ?? p.noteEn ?? '').trim() !== '' || p === latest)
    : known;
  return kept.reverse();
}

/** Indicators that name this task, in the data's order. */
export function linkedIndicators(
  indicators: readonly AssessedIndicator[],
  taskId: string,
): AssessedIndicator[] {
  return indicators.filter((x) => x.indicator.taskId === taskId);
}
