// Small inline fixtures for the metric tests. They go through the real schemas so that every fixture is
// data the app could actually receive (defaults filled in, impossible values rejected).
import {
  indicatorSchema,
  planSchema,
  taskSchema,
  workItemSchema,
  type DatedValue,
  type Indicator,
  type IndicatorInput,
  type Plan,
  type ProgressPoint,
  type Task,
  type TaskInput,
  type WorkItem,
  type WorkItemInput,
} from '../../src/domain/schemas';

/** A calendar year as a target's period. */
export const calendarYear = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/** The 2021 calendar year; 2021-06-30 is day 181 of 365. */
export const Y2021 = calendarYear(2021);

export function makeTask(over: Partial<TaskInput> & { id: string }): Task {
  return taskSchema.parse({
    order: 1,
    aspectId: 'a1',
    name: `task ${over.id}`,
    functions: ['C'],
    leadUnitId: 'u1',
    start: Y2021.start,
    due: Y2021.end,
    ...over,
  });
}

export function makeIndicator(
  over: Partial<IndicatorInput> & { id: string; kind: IndicatorInput['kind'] },
): Indicator {
  return indicatorSchema.parse({
    name: `indicator ${over.id}`,
    unit: '家',
    functions: ['C'],
    ...over,
  });
}

export function makeWorkItem(
  over: Partial<WorkItemInput> & { id: string; kind: WorkItemInput['kind'] },
): WorkItem {
  return workItemSchema.parse({
    programmeId: 'p2021',
    areaId: 'area5',
    order: 1,
    name: `work item ${over.id}`,
    start: Y2021.start,
    due: Y2021.end,
    ...over,
  });
}

export function makePlan(aspectIds: string[]): Plan {
  return planSchema.parse({
    id: 'zerobay',
    name: '大零号湾全球创新创业集聚区建设方案',
    period: { start: '2019-01-01', end: '2025-12-31' },
    functions: [
      { code: 'C', name: '创新策源核心', description: '' },
      { code: 'T', name: '技术转化引领', description: '' },
      { code: 'O', name: '开放创新融合', description: '' },
    ],
    aspects: aspectIds.map((id, i) => ({ id, order: i + 1, name: `aspect ${id}` })),
    safeguards: [],
    programmes: [],
  });
}

/** An indicator with one target over `period`, and its observations as [date, value] pairs. */
export function makeTargetIndicator(
  over: Partial<IndicatorInput> & { id: string; kind: IndicatorInput['kind'] },
  period: { start: string; end: string },
  target: number,
  observations: Array<[date: string, value: number]>,
): Indicator {
  return makeIndicator({
    ...over,
    targets: [{ period, value: target }],
    observations: valuesAt(...observations),
  });
}

/** An indicator with one target, for 2021, and its observations as [date, value] pairs. */
export const make2021Indicator = (
  over: Partial<IndicatorInput> & { id: string; kind: IndicatorInput['kind'] },
  target: number,
  observations: Array<[date: string, value: number]>,
): Indicator => makeTargetIndicator(over, Y2021, target, observations);

/** Progress reports written as [date, percent] rows. */
export const percentsAt = (...rows: Array<[date: string, percent: number]>): ProgressPoint[] =>
  rows.map(([date, percent]) => ({ date, percent }));

/** Observations (or any dated values) written as [date, value] rows. */
export const valuesAt = (...rows: Array<[date: string, value: number]>): DatedValue[] =>
  rows.map(([date, value]) => ({ date, value }));
