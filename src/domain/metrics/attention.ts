import { needsAttention, type AssessedTask } from './assess-plan';
import { statusSeverity } from './diff';

/**
 * The tasks an attention list shows (behind, or on watch), the most severe status first, then the widest
 * gap between progress and time, then plan order: the overview's list and the wall's read alike.
 */
export function tasksNeedingAttention(tasks: readonly AssessedTask[]): AssessedTask[] {
  return tasks
    .filter((t) => needsAttention(t.a.status))
    .sort(
      (x, y) =>
        statusSeverity(y.a.status) - statusSeverity(x.a.status) ||
        x.a.gap - y.a.gap ||
        x.task.order - y.task.order,
    );
}
