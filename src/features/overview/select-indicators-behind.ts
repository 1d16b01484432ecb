import { needsAttention, type AssessedIndicator } from '../../domain/metrics';

/** Indicators that trail their expected-by-now most (missed first), for "which targets will we miss". */
export function selectIndicatorsBehind(list: AssessedIndicator[], limit: number): AssessedIndicator[] {
  const shortfall = (x: AssessedIndicator) => (x.a.attainment ?? 0) - (x.a.expectedAttainment ?? 0);
  const rank = { missed: 0, overdue: 0, lagging: 1, watch: 2 } as const;
  return list
    .filter((x) => needsAttention(x.a.status))
    .sort(
      (a, b) =>
        rank[a.a.status as keyof typeof rank] - rank[b.a.status as keyof typeof rank] ||
        shortfall(a) - shortfall(b),
    )
    .slice(0, limit);
}
