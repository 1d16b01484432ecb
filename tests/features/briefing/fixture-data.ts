import { fixtures } from '../../../mock/fixtures';
import { indicatorAsOf, projectAsOf, taskAsOf, workItemAsOf } from '../../../mock/as-of';
import { assessPlan, type PlanData } from '../../../src/domain/metrics';
import { planSchema, rowSchemas } from '../../../src/domain/schemas';

/** The mock data as the API serves it at a date, parsed as the app parses it. */
export function dataAt(asOf: string): PlanData {
  return {
    plan: planSchema.parse(fixtures.plan),
    units: fixtures.units.map((u) => rowSchemas.units.parse(u)),
    tasks: fixtures.tasks.map((t) => rowSchemas.tasks.parse(taskAsOf(t, asOf))),
    indicators: fixtures.indicators.map((i) => rowSchemas.indicators.parse(indicatorAsOf(i, asOf))),
    workItems: fixtures.workItems.map((w) => rowSchemas.workItems.parse(workItemAsOf(w, asOf))),
    projects: fixtures.projects.map((p) => rowSchemas.projects.parse(projectAsOf(p, asOf))),
  };
}

export const assessedAt = (asOf: string) => {
  const data = dataAt(asOf);
  return { data, assessment: assessPlan(data, asOf) };
};
