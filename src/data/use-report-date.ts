import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PlanData } from '../domain/metrics';
import { sharedMemo } from '../lib/shared-memo';
import type { AsOfParam } from './queries';
import { datedAnswers, resolveReportDate, type ReportDate } from './report-date';

/** Shared by every hook of the same answers (the header's and the view's): each reads all their rows. */
const reportDateOf = sharedMemo(
  (requested: AsOfParam, tasks: unknown, indicators: unknown, workItems: unknown, projects: unknown) =>
    resolveReportDate(
      requested,
      datedAnswers([{}, {}, { data: tasks }, { data: indicators }, { data: workItems }, { data: projects }]),
    ),
);

/** The report date once the plan's data is shown (null before, so nothing is assessed at a passing date). */
export function useReportDate(
  requested: AsOfParam,
  raw: PlanData | null,
  results: readonly UseQueryResult<unknown>[],
): ReportDate | null {
  const [, , tasks, indicators, workItems, projects] = results.map((r) => r.data);
  const shown = raw !== null;
  return useMemo(
    () => (shown ? reportDateOf(requested, tasks, indicators, workItems, projects) : null),
    [requested, shown, tasks, indicators, workItems, projects],
  );
}
