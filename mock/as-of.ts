import {
  isoDateSchema,
  type IndicatorInput,
  type ManualStatus,
  type Milestone,
  type ProgressPoint,
  type ProjectInput,
  type TaskInput,
  type WorkItemInput,
} from '../src/domain/schemas';

/** The last date the mock has data for: answers without an as-of date describe this day. */
export const MOCK_LATEST = '2025-12-31';

export type AsOfResult = { ok: true; asOf: string; requested: string | null } | { ok: false; error: string };

/**
 * Reads the `asOf` query value. Absent or empty means "latest" (the app sends `asOf=` for latest);
 * a date after the data ends is clamped, so the answer never pretends to know the future.
 */
export function resolveAsOf(raw: string | null): AsOfResult {
  if (raw === null || raw === '') return { ok: true, asOf: MOCK_LATEST, requested: null };
  if (!isoDateSchema.safeParse(raw).success) {
    return {
      ok: false,
      error: `invalid query parameter asOf=${JSON.stringify(raw)}: expected a real date as YYYY-MM-DD`,
    };
  }
  return { ok: true, asOf: raw > MOCK_LATEST ? MOCK_LATEST : raw, requested: raw };
}

/** The fields tasks and work items share that depend on time. */
interface Tracked {
  completedOn?: string | null;
  progress?: ProgressPoint[];
  milestones?: Milestone[];
  manualStatus?: ManualStatus | null;
}

// ISO dates compare correctly as strings, which keeps these filters free of time-zone pitfalls.
function trackedAsOf<T extends Tracked>(row: T, asOf: string): T {
  const out: T = { ...row };
  if (row.progress) out.progress = row.progress.filter((p) => p.date <= asOf);
  if (row.milestones) {
    out.milestones = row.milestones.map((m) =>
      m.actual !== null && m.actual > asOf ? { ...m, actual: null } : m,
    );
  }
  if (row.completedOn && row.completedOn > asOf) out.completedOn = null;
  if (row.manualStatus && row.manualStatus.setAt > asOf) out.manualStatus = null;
  return out;
}

export const taskAsOf = (task: TaskInput, asOf: string): TaskInput => trackedAsOf(task, asOf);

export const workItemAsOf = (item: WorkItemInput, asOf: string): WorkItemInput => trackedAsOf(item, asOf);

/** Targets are plans, known from the start; only observations depend on the date. */
export function indicatorAsOf(indicator: IndicatorInput, asOf: string): IndicatorInput {
  if (!indicator.observations) return { ...indicator };
  return { ...indicator, observations: indicator.observations.filter((o) => o.date <= asOf) };
}

export function projectAsOf(project: ProjectInput, asOf: string): ProjectInput {
  if (!project.statusHistory) return { ...project };
  return { ...project, statusHistory: project.statusHistory.filter((s) => s.date <= asOf) };
}
