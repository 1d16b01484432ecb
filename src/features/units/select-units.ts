import {
  countStatuses,
  rankChanges,
  type AssessedTask,
  type PlanAssessment,
  type StatusCounts,
} from '../../domain/metrics';
import { unitKindSchema, type Unit, type UnitKind } from '../../domain/schemas';

/** How a unit's rank moved since the compare date; 'pending' while that date's data is loading. */
export type RankMove =
  | { kind: 'pending' }
  | { kind: 'new' }
  | { kind: 'same' }
  | { kind: 'up'; by: number; from: number }
  | { kind: 'down'; by: number; from: number };

export interface UnitRow {
  unitId: string;
  unit: Unit | undefined;
  rank: number;
  /** meanProgress − meanTimeProgress. */
  score: number;
  count: number;
  meanProgress: number;
  meanTimeProgress: number;
  behind: number;
  counts: StatusCounts;
  /** The tasks it leads, in plan order. */
  tasks: AssessedTask[];
  move: RankMove;
}

const byOrder = (a: AssessedTask, b: AssessedTask) => a.task.order - b.task.order;

function moveOf(previousRank: number | null, delta: number | null): RankMove {
  if (previousRank === null || delta === null) return { kind: 'new' };
  if (delta > 0) return { kind: 'up', by: delta, from: previousRank };
  if (delta < 0) return { kind: 'down', by: -delta, from: previousRank };
  return { kind: 'same' };
}

/** One row per lead unit in ranking order; `before` is the assessment at the compare date (null while loading). */
export function buildUnitRows(
  assessment: PlanAssessment,
  units: readonly Unit[],
  before: PlanAssessment | null,
): UnitRow[] {
  // No rows from tasks that never arrived (the page says why); no moves against a date without tasks.
  if (assessment.ranking === null || assessment.byLeadUnit === null) return [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const rollups = new Map(assessment.byLeadUnit.map((r) => [r.key, r]));
  const changes = before?.ranking
    ? new Map(rankChanges(assessment.ranking, before.ranking).map((c) => [c.unitId, c]))
    : null;
  return assessment.ranking.map((r) => {
    const rollup = rollups.get(r.unitId);
    const change = changes?.get(r.unitId);
    return {
      unitId: r.unitId,
      unit: unitById.get(r.unitId),
      rank: r.rank,
      score: r.score,
      count: r.tasks,
      meanProgress: r.meanProgress,
      meanTimeProgress: rollup?.meanTimeProgress ?? r.meanProgress - r.score,
      behind: r.behind,
      counts: rollup?.counts ?? countStatuses([]),
      tasks: assessment.tasks.filter((x) => x.task.leadUnitId === r.unitId).sort(byOrder),
      move: change ? moveOf(change.previousRank, change.delta) : { kind: 'pending' },
    };
  });
}

/** A unit the data does not describe has no kind, so it shows only when no kind is chosen. */
export function filterByKind(rows: readonly UnitRow[], kind: UnitKind | null): UnitRow[] {
  return kind === null ? [...rows] : rows.filter((r) => r.unit?.kind === kind);
}

/** Every task the unit has a hand in: those it leads and those where it is only a co-unit (协办). */
export function tasksOfUnit(
  assessment: PlanAssessment,
  unitId: string,
): { lead: AssessedTask[]; co: AssessedTask[] } {
  return {
    lead: assessment.tasks.filter((x) => x.task.leadUnitId === unitId).sort(byOrder),
    co: assessment.tasks
      .filter((x) => x.task.leadUnitId !== unitId && x.task.coUnitIds.includes(unitId))
      .sort(byOrder),
  };
}

/**
 * "▲2", "▼1", "—", "新" (or "New"): short enough for a ranking board read from across the room. With
 * `rankWord` ("名次" / "Rank") an arrow says what it measures, so it is never read as a gap to time.
 */
export function moveText(move: RankMove, newWord: string, rankWord = ''): string {
  const lead = rankWord === '' ? '' : `${rankWord} `;
  switch (move.kind) {
    case 'up':
      return `${lead}▲${move.by}`;
    case 'down':
      return `${lead}▼${move.by}`;
    case 'same':
      return '—';
    case 'new':
      return newWord;
    case 'pending':
      return '…';
  }
}

/** The unit kinds in the data, in schema order, each with how many of its units lead a task. */
export function kindCounts(
  units: readonly Unit[],
  rows: readonly UnitRow[],
): Array<{ kind: UnitKind; leads: number }> {
  const present = new Set(units.map((u) => u.kind));
  return unitKindSchema.options
    .filter((k) => present.has(k))
    .map((kind) => ({ kind, leads: rows.filter((r) => r.unit?.kind === kind).length }));
}

/** Units that moved, for the "since the last meeting" summary: biggest moves first. */
export function movers(rows: readonly UnitRow[]): { up: UnitRow[]; down: UnitRow[]; fresh: UnitRow[] } {
  const by = (r: UnitRow) => (r.move.kind === 'up' || r.move.kind === 'down' ? r.move.by : 0);
  return {
    up: rows.filter((r) => r.move.kind === 'up').sort((a, b) => by(b) - by(a) || a.rank - b.rank),
    down: rows.filter((r) => r.move.kind === 'down').sort((a, b) => by(b) - by(a) || a.rank - b.rank),
    fresh: rows.filter((r) => r.move.kind === 'new'),
  };
}
