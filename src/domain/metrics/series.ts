import type { IsoDate, Task } from '../schemas';
import { addMonths, endOfMonth } from './dates';
import { timeProgress } from './time-progress';
import { assessTrack, progressPointsAt, type Trackable } from './track-status';

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

/** Mean task progress and mean time progress at each date; 0 for an empty list. */
export function overallProgressSeries(
  tasks: readonly Task[],
  dates: readonly IsoDate[],
): OverallProgressSample[] {
  return dates.map((date) => {
    if (tasks.length === 0) return { date, progress: 0, timeProgress: 0 };
    let progress = 0;
    let tp = 0;
    for (const task of tasks) {
      const a = assessTrack(task, date);
      progress += a.progress;
      tp += a.timeProgress;
    }
    return { date, progress: progress / tasks.length, timeProgress: tp / tasks.length };
  });
}
