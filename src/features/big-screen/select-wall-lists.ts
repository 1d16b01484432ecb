import { gapPointsShown, type AssessedIndicator } from '../../domain/metrics';

export interface BehindIndicator extends AssessedIndicator {
  /** Whole points of attainment below the attainment expected by now, as shown (always < 0). */
  points: number;
}

/**
 * The indicators furthest below the level expected by now, worst first: attainment against expected
 * attainment in the whole points a reader can check from the two percentages shown. Only indicators with
 * both figures are judged; the others are counted, so "none behind" is never said of data that is missing.
 */
export function selectFurthestBehind(
  list: readonly AssessedIndicator[],
  limit = 8,
): { rows: BehindIndicator[]; unjudged: number } {
  const judged = list.filter((x) => x.a.attainment !== null && x.a.expectedAttainment !== null);
  const rows = judged
    .map((x) => ({ ...x, points: gapPointsShown(x.a.attainment!, x.a.expectedAttainment!) }))
    .filter((x) => x.points < 0)
    .sort((x, y) => x.points - y.points || x.indicator.id.localeCompare(y.indicator.id))
    .slice(0, Math.max(0, limit));
  return { rows, unjudged: list.length - judged.length };
}
