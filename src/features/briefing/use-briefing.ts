import { useMemo } from 'react';
import { useComparison } from '../../data/use-comparison';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import { shortNameIn } from '../../lib/names';
import { useAsOfParam, useCompareParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import { buildSummary, type SummaryParagraph } from './build-summary';

/** Everything the meeting pack and its slides show: one assessment, the comparison, the written summary. */
export function useBriefing() {
  const lang = useLang();
  const [asOfParam] = useAsOfParam();
  const [compareParam] = useCompareParam();
  const state = usePlanAssessment(asOfParam);
  const { assessment, data } = state;
  const comparison = useComparison(assessment, compareParam);
  const { before, diff } = comparison;

  const units = data?.units;
  const unitName = useMemo(() => {
    const byId = new Map((units ?? []).map((u) => [u.id, u]));
    return (id: string) => shortNameIn(byId.get(id), lang, id);
  }, [units, lang]);

  const summary = useMemo<SummaryParagraph[]>(
    () => (assessment && data ? buildSummary({ assessment, data, before, diff, lang }) : []),
    [assessment, data, before, diff, lang],
  );

  return { lang, asOfParam, compareParam, state, assessment, data, comparison, unitName, summary };
}

export type Briefing = ReturnType<typeof useBriefing>;
