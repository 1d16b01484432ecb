import type { TaskRollup } from './assess-plan';

export interface UnitRank {
  unitId: string;
  rank: number;
  /** meanProgress − meanTimeProgress: how far ahead of schedule the unit's tasks are on average. */
  score: number;
  tasks: number;
  behind: number;
  meanProgress: number;
}

export type UnitRankChange = UnitRank & { previousRank: number | null; delta: number | null };

/**
 * Scores are means of float fractions, so two units level on paper can differ in the 17th digit;
 * comparing at a millionth of a point keeps them tied.
 */
const key = (x: number): number => Math.round(x * 1e6);

function compare(a: UnitRank, b: UnitRank): number {
  return key(b.score) - key(a.score) || a.behind - b.behind || key(b.meanProgress) - key(a.meanProgress);
}

/** Competition ranking ("1, 2, 2, 4"): units level on score and both tie-breakers share a rank. */
export function rankUnits(byLeadUnit: readonly TaskRollup[]): UnitRank[] {
  const rows: UnitRank[] = byLeadUnit.map((r) => ({
    unitId: r.key,
    rank: 0,
    score: r.meanProgress - r.meanTimeProgress,
    tasks: r.count,
    behind: r.behind,
    meanProgress: r.meanProgress,
  }));
  rows.sort((a, b) => compare(a, b) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && compare(prev, row) === 0 ? prev.rank : i + 1;
  });
  return rows;
}

/** delta > 0 means the unit moved up (rank 5 → 2 is +3); null for a unit not ranked before. */
export function rankChanges(now: readonly UnitRank[], before: readonly UnitRank[]): UnitRankChange[] {
  const previous = new Map(before.map((r) => [r.unitId, r.rank]));
  return now.map((r) => {
    const previousRank = previous.get(r.unitId) ?? null;
    return { ...r, previousRank, delta: previousRank === null ? null : previousRank - r.rank };
  });
}
