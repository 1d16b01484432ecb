import { describe, expect, it } from 'vitest';
import {
  countStatuses,
  rankChanges,
  rankUnits,
  type TaskRollup,
  type UnitRank,
} from '../../src/domain/metrics';

function rollup(key: string, meanProgress: number, meanTimeProgress: number, behind = 0): TaskRollup {
  return { key, count: 2, counts: countStatuses([]), meanProgress, meanTimeProgress, behind };
}

describe('rankUnits', () => {
  it('ranks by progress − time progress with shared ranks "1, 2, 2, 4"', () => {
    const ranks = rankUnits([
      rollup('D', 0.4, 0.5), // −0.1
      rollup('C', 0.5, 0.5, 1), // 0, 1 behind
      rollup('A', 0.6, 0.5), // +0.1
      rollup('B', 0.5, 0.5, 1), // 0, 1 behind: level with C in every respect
    ]);
    expect(ranks.map((r) => [r.unitId, r.rank])).toEqual([
      ['A', 1],
      ['B', 2], // B before C only by id; the rank is shared
      ['C', 2],
      ['D', 4],
    ]);
    expect(ranks[0]).toMatchObject({ tasks: 2, behind: 0, meanProgress: 0.6 });
    expect(ranks[0]?.score).toBeCloseTo(0.1, 9); // 0.6 − 0.5
  });

  it('breaks score ties by fewer units behind, then higher progress', () => {
    const ranks = rankUnits([
      rollup('B', 0.5, 0.5, 1), // score 0, 1 behind, progress 0.5
      rollup('F', 0.7, 0.7, 1), // score 0, 1 behind, progress 0.7
      rollup('E', 0.5, 0.5, 0), // score 0, 0 behind
    ]);
    expect(ranks.map((r) => [r.unitId, r.rank])).toEqual([
      ['E', 1],
      ['F', 2],
      ['B', 3],
    ]);
  });

  it('treats scores equal up to floating-point noise as equal', () => {
    // 0.7 − 0.6 = 0.09999999999999998, 0.7 − (0.1 + 0.2) × 2 = 0.09999999999999987
    const ranks = rankUnits([rollup('G', 0.7, 0.6), rollup('H', 0.7, (0.1 + 0.2) * 2)]);
    expect(ranks.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('returns nothing for no units', () => {
    expect(rankUnits([])).toEqual([]);
  });
});

describe('rankChanges', () => {
  const row = (unitId: string, rank: number): UnitRank => ({
    unitId,
    rank,
    score: 0,
    tasks: 1,
    behind: 0,
    meanProgress: 0,
  });

  it('reports the previous rank and a positive delta for moving up', () => {
    const changes = rankChanges(
      [row('A', 1), row('B', 2), row('D', 3)],
      [row('B', 1), row('C', 2), row('A', 3)],
    );
    expect(changes.map((c) => [c.unitId, c.previousRank, c.delta])).toEqual([
      ['A', 3, 2], // 3 → 1: up two
      ['B', 1, -1], // 1 → 2: down one
      ['D', null, null], // not ranked before
    ]);
  });
});
