import { fixtures } from '../../mock/fixtures';
import { assessPlan, DEFAULT_THRESHOLDS, type PlanAssessment, type PlanData } from '../../src/domain/metrics';
import { parsePlanData } from './mock-assessment';

/**
 * The mock's fixtures whole (every row, every observation, not cut at a date) as the app holds them after
 * validation, defaults applied. For the data the API answers at a date, see mockPlanData.
 */
export const planData: PlanData = parsePlanData(fixtures);

export const assessAt = (asOf: string): PlanAssessment => assessPlan(planData, asOf, DEFAULT_THRESHOLDS);

export const indicatorById = (id: string) => {
  const found = planData.indicators.find((x) => x.id === id);
  if (!found) throw new Error(`no fixture indicator ${id}`);
  return found;
};
