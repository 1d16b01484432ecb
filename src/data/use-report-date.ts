import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PlanData } from '../domain/metrics';
import type { AsOfParam } from './queries';
import { datedAnswers, resolveReportDate, type ReportDate } from './report-date';

/** The report date once the plan's data is shown (null before, so nothing is assessed at a passing date). */
export function useReportDate(
  requested: AsOfParam,
  raw: PlanData | null,
  results: readonly UseQueryResult<unknown>[],
): ReportDate | null {
  const [, , tasks, indicators, workItems, projects] = results.map((r) => r.data);
  const shown = raw !== null;
  return useMemo(
    () =>
      shown
        ? resolveReportDate(
            requested,
            datedAnswers([
              {},
              {},
              { data: tasks },
              { data: indicators },
              { data: workItems },
              { data: projects },
            ]),
          )
        : null,
    [requested, shown, tasks, indicators, workItems, projects],
  );
}
