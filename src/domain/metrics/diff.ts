import type { IsoDate, Milestone, StatusCode } from '../schemas';
import { BEHIND_STATUSES, type PlanAssessment } from './assess-plan';

export interface TaskChange {
  taskId: string;
  before: StatusCode | null;
  after: StatusCode;
  progressBefore: number | null;
  progressAfter: number;
  progressDelta: number | null;
  /** Actual date in (before.asOf, after.asOf]. */
  milestonesAchieved: Milestone[];
}

export interface IndicatorChange {
  indicatorId: string;
  before: StatusCode | null;
  after: StatusCode | null;
  actualBefore: number | null;
  actualAfter: number | null;
  attainmentBefore: number | null;
  attainmentAfter: number | null;
}

export interface SnapshotDiff {
  from: IsoDate;
  to: IsoDate;
  tasks: TaskChange[];
  indicators: IndicatorChange[];
  summary: {
    newlyDone: number;
    /** Became lagging or overdue. */
    newlyBehind: number;
    improved: number;
    worsened: number;
    milestonesAchieved: number;
  };
}

/** Not started sits with on track (nothing is expected yet); a missed target is as bad as overdue. */
const SEVERITY: Record<StatusCode, number> = {
  done: 0,
  notStarted: 1,
  onTrack: 1,
  watch: 2,
  lagging: 3,
  overdue: 4,
  missed: 4,
};

export function statusSeverity(s: StatusCode): number {
  return SEVERITY[s];
}

const isBehind = (s: StatusCode | null): boolean => s !== null && BEHIND_STATUSES.includes(s);

/**
 * "Since the last joint meeting" (联席会议). Rows follow the later snapshot: an item dropped since has
 * nothing to report on, and one added since has before = null.
 */
export function diffAssessments(before: PlanAssessment, after: PlanAssessment): SnapshotDiff {
  const from = before.asOf;
  const to = after.asOf;
  const tasksBefore = new Map(before.tasks.map((x) => [x.task.id, x]));
  const indicatorsBefore = new Map(before.indicators.map((x) => [x.indicator.id, x]));

  const tasks: TaskChange[] = after.tasks.map(({ task, a }) => {
    const prev = tasksBefore.get(task.id);
    const progressBefore = prev ? prev.a.progress : null;
    return {
      taskId: task.id,
      before: prev ? prev.a.status : null,
      after: a.status,
      progressBefore,
      progressAfter: a.progress,
      progressDelta: progressBefore === null ? null : a.progress - progressBefore,
      milestonesAchieved: task.milestones.filter(
        (m) => m.actual !== null && m.actual > from && m.actual <= to,
      ),
    };
  });

  const indicators: IndicatorChange[] = after.indicators.map(({ indicator, a }) => {
    const prev = indicatorsBefore.get(indicator.id);
    return {
      indicatorId: indicator.id,
      before: prev ? prev.a.status : null,
      after: a.status,
      actualBefore: prev ? prev.a.actual : null,
      actualAfter: a.actual,
      attainmentBefore: prev ? prev.a.attainment : null,
      attainmentAfter: a.attainment,
    };
  });

  const summary = { newlyDone: 0, newlyBehind: 0, improved: 0, worsened: 0, milestonesAchieved: 0 };
  for (const { before: b, after: a } of [...tasks, ...indicators]) {
    if (a === 'done' && b !== 'done') summary.newlyDone += 1;
    if (isBehind(a) && !isBehind(b)) summary.newlyBehind += 1;
    // Without a light on both dates there is nothing to compare.
    if (a !== null && b !== null) {
      const change = statusSeverity(a) - statusSeverity(b);
      if (change < 0) summary.improved += 1;
      else if (change > 0) summary.worsened += 1;
    }
  }
  summary.milestonesAchieved = tasks.reduce((n, x) => n + x.milestonesAchieved.length, 0);

  return { from, to, tasks, indicators, summary };
}
