import { needsAttention, statusSeverity, type AssessedTask } from '../../domain/metrics';

/** Tasks that trail most: overdue and lagging first, then by how far progress trails time. */
export function selectBehind(tasks: AssessedTask[], limit: number): AssessedTask[] {
  return tasks
    .filter((t) => needsAttention(t.a.status))
    .sort(
      (x, y) =>
        statusSeverity(y.a.status) - statusSeverity(x.a.status) ||
        x.a.gap - y.a.gap ||
        x.task.order - y.task.order,
    )
    .slice(0, limit);
}
