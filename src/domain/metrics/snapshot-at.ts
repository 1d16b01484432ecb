import type { Indicator, IsoDate, ManualStatus, Milestone, ProgressPoint, Project } from '../schemas';
import type { PlanData } from './assess-plan';

/** The fields tasks and work items share that change over time. */
interface Tracked {
  completedOn: IsoDate | null;
  progress: ProgressPoint[];
  milestones: Milestone[];
  manualStatus: ManualStatus | null;
}

// ISO dates compare correctly as strings. A row with nothing after the date is returned as it is, so a
// source that honours ?asOf (nothing to cut) keeps its objects and every memo keyed on them.
function trackedAt<T extends Tracked>(row: T, date: IsoDate): T {
  const laterPoint = row.progress.some((p) => p.date > date);
  const laterActual = row.milestones.some((m) => m.actual !== null && m.actual > date);
  const laterDone = row.completedOn !== null && row.completedOn > date;
  const laterManual = row.manualStatus !== null && row.manualStatus.setAt > date;
  if (!laterPoint && !laterActual && !laterDone && !laterManual) return row;
  return {
    ...row,
    progress: laterPoint ? row.progress.filter((p) => p.date <= date) : row.progress,
    milestones: laterActual
      ? row.milestones.map((m) => (m.actual !== null && m.actual > date ? { ...m, actual: null } : m))
      : row.milestones,
    completedOn: laterDone ? null : row.completedOn,
    manualStatus: laterManual ? null : row.manualStatus,
  };
}

/** Targets are plans, known from the start; only observations depend on the date. */
function indicatorAt(indicator: Indicator, date: IsoDate): Indicator {
  if (!indicator.observations.some((o) => o.date > date)) return indicator;
  return { ...indicator, observations: indicator.observations.filter((o) => o.date <= date) };
}

function projectAt(project: Project, date: IsoDate): Project {
  if (!project.statusHistory.some((s) => s.date > date)) return project;
  return { ...project, statusHistory: project.statusHistory.filter((s) => s.date <= date) };
}

/**
 * What was known at `date`: every dated fact after it (progress points, observations, milestone actuals,
 * completion dates, manual statuses set later, project status changes) is left out. A source that returns
 * its whole history in every answer is then right at any report date, and an earlier date for "since the
 * last meeting" is computed from the same answer. The plan and the units do not change over time.
 */
export function snapshotAt(data: PlanData, date: IsoDate): PlanData {
  return {
    ...data,
    plan: data.plan,
    units: data.units,
    tasks: data.tasks.map((t) => trackedAt(t, date)),
    indicators: data.indicators.map((i) => indicatorAt(i, date)),
    workItems: data.workItems.map((w) => trackedAt(w, date)),
    projects: data.projects.map((p) => projectAt(p, date)),
  };
}

/** The latest date of any time-varying fact in the rows, or null when they carry none. */
export function latestDataDate(rows: {
  tasks?: readonly Tracked[];
  workItems?: readonly Tracked[];
  indicators?: readonly Indicator[];
  projects?: readonly Project[];
}): IsoDate | null {
  let latest: IsoDate | null = null;
  const see = (d: IsoDate | null | undefined) => {
    if (d && (latest === null || d > latest)) latest = d;
  };
  for (const row of [...(rows.tasks ?? []), ...(rows.workItems ?? [])]) {
    for (const p of row.progress) see(p.date);
    for (const m of row.milestones) see(m.actual);
    see(row.completedOn);
  }
  for (const i of rows.indicators ?? []) for (const o of i.observations) see(o.date);
  for (const p of rows.projects ?? []) for (const s of p.statusHistory) see(s.date);
  return latest;
}
