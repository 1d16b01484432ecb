import type { IsoDate, ManualStatus, Milestone, ProgressPoint, StatusCode } from '../schemas';
import { daysBetween } from './dates';
import { DEFAULT_THRESHOLDS, RATIO_EPSILON, type StatusThresholds } from './thresholds';
import { timeProgress } from './time-progress';

/** What tasks and milestone-type work items have in common. */
export interface Trackable {
  start: IsoDate;
  due: IsoDate;
  completedOn: IsoDate | null;
  progress: ProgressPoint[];
  milestones: Milestone[];
  manualStatus: ManualStatus | null;
  /** The source's own status column (推进中/滞后/已完成), when it has one. */
  reportedStatus?: StatusCode | null;
}

export interface TrackAssessment {
  /** What to show: the manual status when one applies, else computed. */
  status: StatusCode;
  /** What the rules give. */
  computed: StatusCode;
  /** The manual status in force (setAt ≤ asOf), shown as "set by hand" with its reason. */
  manual: ManualStatus | null;
  /** The source's own status (its status column), null when it gives none. */
  reported: StatusCode | null;
  /**
   * The source's status differs from the rules' (computed): the views then show both,
   * "填报：正常推进 · 按规则：滞后", so a leader sees why the dashboard and the ledger disagree.
   */
  reportedDiffers: boolean;
  /** 任务进度 as a fraction: latest progress ≤ asOf (0 when none yet); 1 once completed. */
  progress: number;
  /** 时间进度 of [start, due] at asOf. */
  timeProgress: number;
  /** progress − timeProgress. */
  gap: number;
  /** Latest point ≤ asOf. */
  latest: ProgressPoint | null;
  /**
   * 最新进展: the latest point ≤ asOf that carries a note, with its date. The newest point is often a bare
   * figure; "latest progress" is what the unit last wrote, shown with the date it wrote it.
   */
  latestNote: ProgressPoint | null;
  /** Earliest milestone not achieved by asOf and planned on or after asOf. */
  nextMilestone: Milestone | null;
  /** Planned before asOf and not achieved by asOf. */
  missedMilestones: Milestone[];
  started: boolean;
  done: boolean;
  /** completedOn if ≤ asOf, else the date of the first 100% point ≤ asOf, else null. */
  completedOn: IsoDate | null;
}

/**
 * The data may already hold the future (a later snapshot replayed at an earlier date), so only points
 * dated ≤ asOf count. Of several points on one day the last listed wins: it is the latest correction.
 */
export function progressPointsAt(points: readonly ProgressPoint[], asOf: IsoDate): ProgressPoint[] {
  return points
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.date <= asOf)
    .sort((a, b) => (a.p.date < b.p.date ? -1 : a.p.date > b.p.date ? 1 : a.i - b.i))
    .map(({ p }) => p);
}

export function latestNotedPoint(points: readonly ProgressPoint[], asOf: IsoDate): ProgressPoint | null {
  const noted = progressPointsAt(points, asOf).filter((p) => (p.note ?? p.noteEn ?? '').trim() !== '');
  return noted[noted.length - 1] ?? null;
}

export function isMilestoneAchieved(m: Milestone, asOf: IsoDate): boolean {
  return m.actual !== null && m.actual <= asOf;
}

/** A manual status counts only from the day it was set and only with a written reason. */
export function manualStatusInForce(manual: ManualStatus | null, asOf: IsoDate): ManualStatus | null {
  if (!manual) return null;
  if (manual.setAt > asOf) return null;
  if (manual.reason.trim() === '') return null;
  return manual;
}

export function assessTrack(
  item: Trackable,
  asOf: IsoDate,
  t: StatusThresholds = DEFAULT_THRESHOLDS,
): TrackAssessment {
  const known = progressPointsAt(item.progress, asOf);
  const latest = known[known.length - 1] ?? null;
  const completedByDate = item.completedOn !== null && item.completedOn <= asOf;
  const done = completedByDate || (latest !== null && latest.percent >= 100);

  const firstFull = known.find((p) => p.percent >= 100) ?? null;
  const completedOn = completedByDate ? item.completedOn : (firstFull?.date ?? null);

  const progress = completedByDate ? 1 : Math.min(1, (latest?.percent ?? 0) / 100);
  const tp = timeProgress(item.start, item.due, asOf);
  const gap = progress - tp;

  const open = item.milestones.filter((m) => !isMilestoneAchieved(m, asOf));
  const missedMilestones = open.filter((m) => m.planned < asOf);
  const nextMilestone = open
    .filter((m) => m.planned >= asOf)
    .reduce<Milestone | null>((best, m) => (best === null || m.planned < best.planned ? m : best), null);

  // Before its start nothing is expected of a task: "on track at 0%" would claim a judgement never made.
  // A progress report before the start means the work has in fact begun, so the rules apply.
  const notStarted = !done && asOf < item.start && (latest === null || latest.percent === 0);

  let computed: StatusCode;
  if (done) computed = 'done';
  else if (notStarted) computed = 'notStarted';
  else if (asOf > item.due) computed = 'overdue';
  else if (gap < -t.lagGap - RATIO_EPSILON) computed = 'lagging';
  else if (
    gap < -RATIO_EPSILON ||
    missedMilestones.length > 0 ||
    (nextMilestone !== null && daysBetween(asOf, nextMilestone.planned) <= t.watchWindowDays)
  )
    computed = 'watch';
  else computed = 'onTrack';

  const manual = manualStatusInForce(item.manualStatus, asOf);
  const reported = item.reportedStatus ?? null;

  return {
    status: manual?.status ?? computed,
    computed,
    manual,
    reported,
    reportedDiffers: reported !== null && reported !== computed,
    progress,
    timeProgress: tp,
    gap,
    latest,
    latestNote: [...known].reverse().find((p) => (p.note ?? p.noteEn ?? '').trim() !== '') ?? null,
    nextMilestone,
    missedMilestones,
    started: asOf >= item.start,
    done,
    completedOn,
  };
}
