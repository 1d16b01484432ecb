import { useMemo } from 'react';
import {
  defaultCompareDate,
  diffAssessments,
  type PlanAssessment,
  type SnapshotDiff,
} from '../domain/metrics';
import { useConfig } from './config-context';
import { usePlanAssessment, type PlanAssessmentState } from './use-plan-assessment';

export interface ComparisonState {
  /** The earlier date: the one in the URL, or the month end `compareMonths` calendar months before the report date. */
  compareAsOf: string | null;
  before: PlanAssessment | null;
  diff: SnapshotDiff | null;
  /** Either date's tasks never arrived: there is no diff, and "no changes" must not be said. */
  tasksMissing: boolean;
  state: PlanAssessmentState;
}

/**
 * "Since the last joint meeting": the same metrics at an earlier date, and what changed. Pass `current`
 * once the report date's data is complete: the earlier date's six requests then wait their turn instead of
 * sharing the browser's six connections with the data the first screen paints. `ready` holds them back
 * further (the overview waits for its chart's first frame), while the date is already known and shown.
 */
export function useComparison(
  current: PlanAssessment | null,
  compareParam: string | null,
  ready = true,
): ComparisonState {
  const { compareMonths } = useConfig();
  const compareAsOf = current ? (compareParam ?? defaultCompareDate(current.asOf, compareMonths)) : null;
  // Until the date is known and wanted there is nothing to compare; the query for "latest" is harmless and shared.
  const state = usePlanAssessment(ready ? compareAsOf : null);
  const before = compareAsOf && ready ? state.assessment : null;
  const tasksMissing = Boolean(before?.overall === null || current?.overall === null);
  const diff = useMemo(
    () => (before && current && !tasksMissing ? diffAssessments(before, current) : null),
    [before, current, tasksMissing],
  );
  return { compareAsOf, before, diff, tasksMissing, state };
}
