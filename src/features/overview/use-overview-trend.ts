import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { monthEnds, overallProgressSeries, type PlanAssessment } from '../../domain/metrics';
import type { Plan } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { buildProgressTrendOption } from '../../lib/charts/build-progress-trend-option';

/** The overall completion and time-progress lines, month end by month end from the plan's start. */
export function useOverviewTrend(assessment: PlanAssessment, plan: Plan, palette: Palette, lang: Lang) {
  const { t } = useTranslation();
  const rem = useRem();
  return useMemo(() => {
    const dates = monthEnds(plan.period.start, assessment.asOf);
    return buildProgressTrendOption(
      overallProgressSeries(
        assessment.tasks.map((x) => x.task),
        dates,
      ),
      palette,
      lang,
      { completion: t('overview.completion'), timeProgress: t('overview.timeProgress') },
      { rem },
    );
  }, [plan.period.start, assessment, palette, lang, t, rem]);
}

/**
 * The earlier date's requests and render wait until the trend has drawn its first frame, so the first
 * screen gets the machine to itself; at most 3 s, so a chart that cannot load, or on a phone has not been
 * scrolled to yet, does not hold them back.
 */
export function useTrendPainted(complete: boolean): [boolean, () => void] {
  const [trendPainted, setTrendPainted] = useState(false);
  useEffect(() => {
    if (!complete || trendPainted) return;
    const id = setTimeout(() => setTrendPainted(true), 3000);
    return () => clearTimeout(id);
  }, [complete, trendPainted]);
  return [trendPainted, () => setTrendPainted(true)];
}
