import {
  endOfMonth,
  monthEnds,
  overallProgressSeries,
  type AssessedIndicator,
  type AssessedTask,
  type OverallProgressSample,
  type PlanAssessment,
} from '../../domain/metrics';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import type { IsoDate } from '../../domain/schemas';

/** The route's :code, upper-cased so /functions/c works; null when absent; 'unknown' when it names nothing. */
export function parseFunctionParam(raw: string | undefined): FunctionCode | null | 'unknown' {
  if (!raw) return null;
  const up = raw.toUpperCase();
  return (FUNCTION_CODES as readonly string[]).includes(up) ? (up as FunctionCode) : 'unknown';
}

/** Tasks serving the function, in ledger order (a task serving two functions appears under both). */
export const tasksOf = (a: PlanAssessment, code: FunctionCode): AssessedTask[] =>
  a.tasks.filter((x) => x.task.functions.includes(code)).sort((x, y) => x.task.order - y.task.order);

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
