import { useMemo } from 'react';
import { useComparison } from '../../data/use-comparison';
import { droppedRows } from '../../data/health-summary';
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

  const dropped = useMemo(() => {
    const rows = droppedRows(state.resources);
    const of = (r: 'tasks' | 'indicators') => rows.find((d) => d.resource === r);
    return { tasks: of('tasks'), indicators: of('indicators') };
  }, [state.resources]);
  const droppedKey = `${dropped.tasks?.dropped ?? 0}/${dropped.tasks?.received ?? 0},${dropped.indicators?.dropped ?? 0}/${dropped.indicators?.received ?? 0}`;
  const summary = useMemo<SummaryParagraph[]>(
    () => (assessment && data ? buildSummary({ assessment, data, before, diff, lang, dropped }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `dropped` is a new object each render; its key says when it changed
    [assessment, data, before, diff, lang, droppedKey],
  );

  return { lang, asOfParam, compareParam, state, assessment, data, comparison, unitName, summary };
}

export type Briefing = ReturnType<typeof useBriefing>;
