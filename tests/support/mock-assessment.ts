import * as z from 'zod/mini';
import { indicatorAsOf, projectAsOf, taskAsOf, workItemAsOf } from '../../mock/as-of';
import { fixtures } from '../../mock/fixtures';
import { assessPlan, type PlanAssessment, type PlanData } from '../../src/domain/metrics';
import { planSchema, rowSchemas } from '../../src/domain/schemas';

type RawPlanData = { [K in keyof PlanData]: unknown };

/** Raw rows (fixtures, a scaled mock) as the app holds them after validation, defaults applied. */
export function parsePlanData(raw: RawPlanData): PlanData {
  return {
    plan: planSchema.parse(raw.plan),
    units: z.array(rowSchemas.units).parse(raw.units),
    tasks: z.array(rowSchemas.tasks).parse(raw.tasks),
    indicators: z.array(rowSchemas.indicators).parse(raw.indicators),
    workItems: z.array(rowSchemas.workItems).parse(raw.workItems),
    projects: z.array(rowSchemas.projects).parse(raw.projects),
  };
}

/** The mock's data as the API answers it at a date, parsed with the canonical schemas. */
export function mockPlanData(asOf: string): PlanData {
  return {
    plan: planSchema.parse(fixtures.plan),
    units: fixtures.units.map((u) => rowSchemas.units.parse(u)),
    tasks: fixtures.tasks.map((t) => rowSchemas.tasks.parse(taskAsOf(t, asOf))),
    indicators: fixtures.indicators.map((i) => rowSchemas.indicators.parse(indicatorAsOf(i, asOf))),
    workItems: fixtures.workItems.map((w) => rowSchemas.workItems.parse(workItemAsOf(w, asOf))),
    projects: fixtures.projects.map((p) => rowSchemas.projects.parse(projectAsOf(p, asOf))),
  };
}

export const mockAssessment = (asOf: string): PlanAssessment => assessPlan(mockPlanData(asOf), asOf);

/** The mock's data at a date and its assessment, for tests that need both. */
export function mockAssessedAt(asOf: string): { data: PlanData; assessment: PlanAssessment } {
  const data = mockPlanData(asOf);
  return { data, assessment: assessPlan(data, asOf) };
}
