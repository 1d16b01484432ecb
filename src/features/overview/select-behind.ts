import { tasksNeedingAttention, type AssessedTask } from '../../domain/metrics';

/** Tasks that trail most: overdue and lagging first, then by how far progress trails time. */
export function selectBehind(tasks: AssessedTask[], limit: number): AssessedTask[] {
  return tasksNeedingAttention(tasks).slice(0, limit);
}
