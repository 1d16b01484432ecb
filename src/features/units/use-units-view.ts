import { useMemo } from 'react';
import { useComparison } from '../../data/use-comparison';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import { unitKindSchema, type UnitKind } from '../../domain/schemas';
import { shortNameIn } from '../../lib/names';
import { useCompareParam, useSearchParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import { buildUnitRows, filterByKind, kindCounts } from './select-units';

/**
 * What the units page shows, from the assessment and the URL: the ranked rows (with each one's move since
 * the compare date), the kind filter, and the chosen unit (ignored when it is not a unit of the plan).
 */
export function useUnitsView(assessment: PlanAssessment, data: PlanData, complete: boolean) {
  const lang = useLang();
  const [compareParam] = useCompareParam();
  const comparison = useComparison(complete ? assessment : null, compareParam);
  const [kindRaw, setKind] = useSearchParam('kind');
  const [unitParam, setUnit] = useSearchParam('unit');

  const kindParsed = unitKindSchema.safeParse(kindRaw);
  const kind: UnitKind | null = kindParsed.success ? kindParsed.data : null;
  const rows = useMemo(
    () => buildUnitRows(assessment, data.units, comparison.before),
    [assessment, data.units, comparison.before],
  );
  const shown = useMemo(() => filterByKind(rows, kind), [rows, kind]);
  const kinds = useMemo(() => kindCounts(data.units, rows), [data.units, rows]);
  const unitById = useMemo(() => new Map(data.units.map((u) => [u.id, u])), [data.units]);
  const selectedId =
    unitParam && (unitById.has(unitParam) || rows.some((r) => r.unitId === unitParam)) ? unitParam : null;
  const unitName = (id: string) => shortNameIn(unitById.get(id), lang, id);

  return { comparison, kind, setKind, rows, shown, kinds, unitById, selectedId, setUnit, unitName };
}

export type UnitsView = ReturnType<typeof useUnitsView>;
