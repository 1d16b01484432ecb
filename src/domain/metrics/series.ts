import type { IsoDate, Task } from '../schemas';
import { addMonths, endOfMonth } from './dates';
import { timeProgress } from './time-progress';
import { progressPointsAt, type Trackable } from './track-status';

export interface ProgressSample {
  date: IsoDate;
  progress: number;
}

export interface TimeProgressSample {
  date: IsoDate;
  timeProgress: number;
}

export interface OverallProgressSample {
  date: IsoDate;
  progress: number;
  timeProgress: number;
}

/**
 * Reported progress as fractions, points ≤ asOf, one per date (the last listed wins). A task marked
 * complete without a 100% report still ends at 1 on its completion date, as its status says.
 */
export function progressSeries(task: Trackable, asOf: IsoDate): ProgressSample[] {
  const byDate = new Map<IsoDate, number>();
  for (const p of progressPointsAt(task.progress, asOf)) byDate.set(p.date, Math.min(1, p.percent / 100));
  const { completedOn } = task;
  if (completedOn !== null && completedOn <= asOf) {
    const reachedFull = [...byDate].some(([d, v]) => d <= completedOn && v >= 1);
    if (!reachedFull) byDate.set(completedOn, 1);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, progress]) => ({ date, progress }));
}

export function timeProgressSeries(
  start: IsoDate,
  due: IsoDate,
  dates: readonly IsoDate[],
): TimeProgressSample[] {
  return dates.map((date) => ({ date, timeProgress: timeProgress(start, due, date) }));
}

/** Month ends e with from ≤ e ≤ to, oldest first. */
export function monthEnds(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  // Step from the 1st of each month: adding months to a month end would drift (01-31 → 02-28 → 03-28).
  let first = `${from.slice(0, 7)}-01`;
  for (;;) {
    const end = endOfMonth(first);
    if (end > to) break;
    if (end >= from) out.push(end);
    first = addMonths(first, 1);
  }
  return out;
}

/**
 * Mean task progress and mean time progress at each date; 0 for an empty list. The same figures as
 * `assessTrack(task, date)` at every date, but each task's reports are sorted once and swept along the
 * dates in order: O(tasks × (reports + dates)) rather than O(tasks × dates × reports), which matters
 * at 1,500 tasks × 60 months × 60 reports (the plan at 100×, a size a district may reach).
 */
export function overallProgressSeries(
  tasks: readonly Task[],
  dates: readonly IsoDate[],
): OverallProgressSample[] {
  if (tasks.length === 0) return dates.map((date) => ({ date, progress: 0, timeProgress: 0 }));
  const order = dates
    .map((_, i) => i)
    .sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
  const progress = new Array<number>(dates.length).fill(0);
  const tp = new Array<number>(dates.length).fill(0);
  for (const task of tasks) {
    // Every report, in date order, ties in listed order: the last one ≤ a date is assessTrack's `latest`.
    const points = progressPointsAt(task.progress, '9999-12-31');
    let j = -1;
    for (const i of order) {
      const date = dates[i]!;
      while (j + 1 < points.length && points[j + 1]!.date <= date) j += 1;
      const completedByDate = task.completedOn !== null && task.completedOn <= date;
      progress[i]! += completedByDate ? 1 : Math.min(1, (points[j]?.percent ?? 0) / 100);
      tp[i]! += timeProgress(task.start, task.due, date);
    }
  }
  return dates.map((date, i) => ({
    date,
    progress: progress[i]! / tasks.length,
    timeProgress: tp[i]! / tasks.length,
  }));
}
