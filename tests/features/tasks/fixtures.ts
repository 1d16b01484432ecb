// The mock's real data, parsed as the app would receive it, for tests that check the views' selections.
import { fixtures } from '../../../mock/fixtures';
import { assessPlan, type PlanAssessment, type PlanData } from '../../../src/domain/metrics';
import {
  indicatorSchema,
  planSchema,
  projectSchema,
  taskSchema,
  unitSchema,
  workItemSchema,
} from '../../../src/domain/schemas';
import { taskAsOf } from '../../../mock/as-of';

export function mockData(asOf = '2025-12-31'): PlanData {
  return {
    plan: planSchema.parse(fixtures.plan),
    units: fixtures.units.map((u) => unitSchema.parse(u)),
    tasks: fixtures.tasks.map((t) => taskSchema.parse(taskAsOf(t, asOf))),
    indicators: fixtures.indicators.map((i) => indicatorSchema.parse(i)),
    workItems: fixtures.workItems.map((w) => workItemSchema.parse(w)),
    projects: fixtures.projects.map((p) => projectSchema.parse(p)),
  };
}

export function mockAssessment(asOf = '2025-12-31'): { data: PlanData; assessment: PlanAssessment } {
  const data = mockData(asOf);
  return { data, assessment: assessPlan(data, asOf) };
}
