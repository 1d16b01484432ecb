import { z } from 'zod';
import { fixtures } from '../../../mock/fixtures';
import { assessPlan, DEFAULT_THRESHOLDS, type PlanAssessment, type PlanData } from '../../../src/domain/metrics';
import { planSchema, rowSchemas } from '../../../src/domain/schemas';

/** The mock's fixtures as the app holds them after validation (defaults applied). */
export const planData: PlanData = {
  plan: planSchema.parse(fixtures.plan),
  units: z.array(rowSchemas.units).parse(fixtures.units),
  tasks: z.array(rowSchemas.tasks).parse(fixtures.tasks),
  indicators: z.array(rowSchemas.indicators).parse(fixtures.indicators),
  workItems: z.array(rowSchemas.workItems).parse(fixtures.workItems),
  projects: z.array(rowSchemas.projects).parse(fixtures.projects),
};

export const assessAt = (asOf: string): PlanAssessment => assessPlan(planData, asOf, DEFAULT_THRESHOLDS);

export const indicatorById = (id: string) => {
  const found = planData.indicators.find((x) => x.id === id);
  if (!found) throw new Error(`no fixture indicator ${id}`);
  return found;
};
