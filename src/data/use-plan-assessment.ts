import { useMemo } from 'react';
import { assessPlan, type PlanAssessment } from '../domain/metrics';
import { useConfig } from './config-context';
import type { AsOfParam } from './queries';
import { usePlanData, type PlanDataState } from './use-plan-data';

export interface PlanAssessmentState extends PlanDataState {
  assessment: PlanAssessment | null;
}

/** The data at one date and the domain metrics computed from it, memoised per data change. */
export function usePlanAssessment(asOf: AsOfParam): PlanAssessmentState {
  const { thresholds } = useConfig();
  const state = usePlanData(asOf);
  const { data, asOf: resolved } = state;
  const assessment = useMemo(
    () => (data && resolved ? assessPlan(data, resolved, thresholds) : null),
    [data, resolved, thresholds],
  );
  return { ...state, assessment };
}
