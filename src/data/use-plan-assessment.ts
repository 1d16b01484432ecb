import { useDeferredValue, useMemo } from 'react';
import { assessPlan, type PlanAssessment } from '../domain/metrics';
import { sharedMemo } from '../lib/shared-memo';
import { useConfig } from './config-context';
import type { AsOfParam } from './queries';
import { usePlanData, type PlanDataState } from './use-plan-data';

export interface PlanAssessmentState extends PlanDataState {
  assessment: PlanAssessment | null;
}

/**
 * Shared by every hook of the same data: the overview's comparison holds the report date's assessment while
 * the earlier date waits (useComparison asks for "latest" meanwhile), and would otherwise compute it again
 * in the commit that brings the data.
 */
const assess = sharedMemo(assessPlan);

/** The data at one date and the domain metrics computed from it, memoised per data change. */
export function usePlanAssessment(asOf: AsOfParam): PlanAssessmentState {
  const { thresholds } = useConfig();
  const state = usePlanData(asOf);
  const snapshot = useMemo(() => ({ data: state.data, asOf: state.asOf }), [state.data, state.asOf]);
  // New data over data already on screen renders in the background: React works on a view's whole tree in
  // small slices between frames and user input, instead of one long task (a wall screen's clock keeps
  // ticking, a click answers). Data over nothing (a cold start, a date not loaded before) renders at once,
  // in the commit that learns of it: there is no screen to keep answering, and on a cold start the slices,
  // the extra commit and frame before them cost more than they give (the headline painted later).
  const deferred = useDeferredValue(snapshot);
  const { data, asOf: resolved } = deferred.data === null ? snapshot : deferred;
  const assessment = useMemo(
    () => (data && resolved ? assess(data, resolved, thresholds) : null),
    [data, resolved, thresholds],
  );
  return { ...state, data, assessment };
}
