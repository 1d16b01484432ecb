import { statusSeverity, type SnapshotDiff, type TaskChange } from '../../domain/metrics';

/** The task changes worth a line at the joint meeting: status moved, or progress moved most. */
export function selectTaskChanges(diff: SnapshotDiff, limit: number): TaskChange[] {
  const moved = (c: TaskChange) => c.before !== null && c.before !== c.after;
  return [...diff.tasks]
    .filter((c) => moved(c) || (c.progressDelta ?? 0) > 0)
    .sort(
      (a, b) =>
        Number(moved(b)) - Number(moved(a)) ||
        statusSeverity(b.after) - statusSeverity(a.after) ||
        (b.progressDelta ?? 0) - (a.progressDelta ?? 0),
    )
    .slice(0, limit);
}
