import {
  endOfMonth,
  monthEnds,
  overallProgressSeries,
  type AssessedIndicator,
  type AssessedTask,
  type IndicatorRollup,
  type OverallProgressSample,
  type PlanAssessment,
  type TaskRollup,
} from '../../domain/metrics';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import type { IsoDate } from '../../domain/schemas';

/** The route's :code, upper-cased so /functions/c works; null when absent; 'unknown' when it names nothing. */
export function parseFunctionParam(raw: string | undefined): FunctionCode | null | 'unknown' {
  if (!raw) return null;
  const up = raw.toUpperCase();
  return (FUNCTION_CODES as readonly string[]).includes(up) ? (up as FunctionCode) : 'unknown';
}

export interface FunctionRollups {
  /** Null where the tasks did not arrive: the view says so instead of showing zeros. */
  tasks: TaskRollup | null;
  indicators: IndicatorRollup | null;
}

/** Tasks serving the function, in ledger order (a task serving two functions appears under both). */
export const tasksOf = (a: PlanAssessment, code: FunctionCode): AssessedTask[] =>
  a.tasks.filter((x) => x.task.functions.includes(code)).sort((x, y) => x.task.order - y.task.order);

/** The function's task and indicator rollups, each null where that resource did not arrive. */
export const rollupsOf = (a: PlanAssessment, code: FunctionCode): FunctionRollups => ({
  tasks: a.byFunction?.find((r) => r.key === code) ?? null,
  indicators: a.indicatorsByFunction?.find((r) => r.key === code) ?? null,
});

export const indicatorsOf = (a: PlanAssessment, code: FunctionCode): AssessedIndicator[] =>
  a.indicators.filter((x) => x.indicator.functions.includes(code));

/** Month ends from the plan's start to asOf, plus asOf itself when mid-month, so the line ends where the ring stands. */
export function trendDates(planStart: IsoDate, asOf: IsoDate): IsoDate[] {
  if (asOf < planStart) return [asOf];
  const dates = monthEnds(planStart, asOf);
  if (endOfMonth(asOf) !== asOf) dates.push(asOf);
  return dates;
}

/** Mean task progress against mean time progress over the function's tasks, monthly. */
export function functionTrend(
  tasks: readonly AssessedTask[],
  planStart: IsoDate,
  asOf: IsoDate,
): OverallProgressSample[] {
  return overallProgressSeries(
    tasks.map((x) => x.task),
    trendDates(planStart, asOf),
  );
}
