import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessPlan,
  behindCount,
  countStatuses,
  diffAssessments,
  gapPointsShown,
  isBehindStatus,
  rankChanges,
  snapshotAt,
  type AssessedTask,
  type PlanAssessment,
  type PlanData,
} from '../../src/domain/metrics';
import { STATUS_CODES } from '../../src/domain/codes';
import {
  buildStatusMatrix,
  headlineCounts,
  rankingPages,
  rankingRows,
  selectAttention,
} from '../../src/features/big-screen/select-screen-data';
import { buildSummary, TASK_WORD } from '../../src/features/briefing/build-summary';
import { selectBehind } from '../../src/features/overview/select-behind';
import { selectTaskChanges } from '../../src/features/overview/select-changes';
import {
  buildTaskRows,
  filterTasks,
  NO_FILTERS,
  statusChipCounts,
} from '../../src/features/tasks/filter-tasks';
import { buildUnitRows } from '../../src/features/units/select-units';
import { isoDaysBetween } from '../support/arbitrary-dates';
import { planData as full } from '../support/fixture-plan';
import { propertyRuns } from '../support/property-runs';

/**
 * One story in every view: for any report date and compare date over the fixture's history, the facts each
 * view's selectors hand to its components (a task's progress, status and gap; the status counts; the unit
 * ranks and their moves) are the same facts. The data is cut on the client from one full-history answer, as
 * the app does for a source that ignores `?asOf`.
 */

// Each case assesses the plan twice and runs every view's selectors: 1,000 pairs in CI, 100 locally.
const RUNS = propertyRuns(1000);

const isoDate = isoDaysBetween('2020-06-01', '2026-03-31');
/** Month ends weigh more: meetings are held on them, and the fixture reports on them. */
const monthEnd = fc
  .record({ y: fc.integer({ min: 2020, max: 2025 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
const date = fc.oneof(isoDate, monthEnd);

const pct = (f: number) => Math.round(f * 100);

interface TaskFact {
  status: string;
  progress: number;
  gap: number;
}
const fact = (x: { a: { status: string; progress: number; gap: number } }): TaskFact => ({
  status: x.a.status,
  progress: pct(x.a.progress),
  gap: pct(x.a.gap),
});
const factsById = (xs: readonly { task: { id: string }; a: AssessedTask['a'] }[]) =>
  Object.fromEntries(xs.map((x) => [x.task.id, fact(x)]));

function at(d: string): { data: PlanData; a: PlanAssessment } {
  const data = snapshotAt(full, d);
  return { data, a: assessPlan(data, d) };
}

function checkDates(asOf: string, compare: string): void {
  const { data, a } = at(asOf);
  const { a: b } = at(compare);
  const diff = diffAssessments(b, a);
  const canonical = factsById(a.tasks);
  const ids = Object.keys(canonical).sort();

  // Per task, every view that shows the task shows the same progress, status and gap.
  const ledger = filterTasks(buildTaskRows(a.tasks, data.plan.aspects, data.units, a.asOf), NO_FILTERS);
  expect(factsById(ledger)).toEqual(canonical);
  const units = buildUnitRows(a, data.units, b);
  expect(factsById(units.flatMap((r) => r.tasks))).toEqual(canonical);
  const matrix = buildStatusMatrix(data.plan, a.tasks).flatMap((r) => r.cells);
  for (const c of matrix) {
    expect({ status: c.status, progress: pct(c.progress) }).toEqual({
      status: canonical[c.taskId]!.status,
      progress: canonical[c.taskId]!.progress,
    });
  }
  expect(matrix.map((c) => c.taskId).sort()).toEqual(ids);

  // The lists of tasks that need attention: the same tasks in the same order on the overview and the wall.
  const overviewBehind = selectBehind(a.tasks, Infinity);
  const wallAttention = selectAttention(a.tasks);
  expect(overviewBehind.map((x) => x.task.id)).toEqual(wallAttention.map((x) => x.task.id));
  for (const x of wallAttention) expect(fact(x)).toEqual(canonical[x.task.id]);

  // The status counts.
  const overall = a.overall!;
  const counts = overall.counts;
  expect(countStatuses(ledger.map((r) => r.a.status))).toEqual(counts);
  expect(statusChipCounts(ledger, NO_FILTERS)).toEqual(counts);
  const fromUnits = countStatuses([]);
  for (const r of units) for (const s of STATUS_CODES) fromUnits[s] += r.counts[s];
  expect(fromUnits).toEqual(counts);
  const tiles = headlineCounts(a).tasks!;
  expect(tiles.total).toBe(ledger.length);
  expect(tiles.onTrack + tiles.watch + tiles.behind + tiles.done + tiles.other).toBe(tiles.total);
  expect([tiles.onTrack, tiles.watch, tiles.behind, tiles.done]).toEqual([
    counts.onTrack,
    counts.watch,
    behindCount(counts),
    counts.done,
  ]);

  // The overall gap: the overview's figure is the one the briefing writes in words.
  const shownGap = gapPointsShown(overall.meanProgress, overall.meanTimeProgress);
  const gapWords =
    shownGap === 0
      ? '与时间进度持平'
      : shownGap > 0
        ? `领先时间进度${shownGap}个百分点`
        : `落后时间进度${-shownGap}个百分点`;

  // The briefing writes the same counts, and each behind task with the same progress.
  const summary = Object.fromEntries(
    buildSummary({ assessment: a, data, before: b, diff, lang: 'zh' }).map((p) => [p.key, p.text]),
  );
  expect(summary.tasks).toContain(`${ledger.length}项任务`);
  expect(summary.tasks).toContain(gapWords);
  const words = TASK_WORD.zh;
  for (const s of STATUS_CODES) {
    if (counts[s] > 0) expect(summary.tasks).toContain(`${counts[s]}项${words[s]}`);
    else expect(summary.tasks).not.toMatch(new RegExp(`[、中]${words[s]}`));
  }
  const behind = ledger.filter((r) => isBehindStatus(r.a.status));
  expect(behind.length).toBe(behindCount(counts));
  if (behind.length === 0) expect(summary.behind).toContain('没有滞后或逾期的任务');
  else expect(summary.behind).toContain(`滞后或逾期的任务${behind.length}项`);
  for (const r of behind) {
    expect(summary.behind).toContain(`任务${r.task.order}“`);
    expect(summary.behind).toContain(`${words[r.a.status]}`);
    expect(summary.behind).toContain(
      `进度${canonical[r.task.id]!.progress}%，时间进度${pct(r.a.timeProgress)}%`,
    );
  }
  if (counts.watch > 0) expect(summary.behind).toContain(`另有${counts.watch}项需关注`);

  // The unit ranks: the units page and the wall list the same units, in the same order, with the same ranks.
  const wall = rankingPages(
    rankingRows(a.ranking!, (id) => id),
    7,
  ).flat();
  expect(wall.map((r) => [r.unitId, r.rank, pct(r.score)])).toEqual(
    units.map((r) => [r.unitId, r.rank, pct(r.score)]),
  );
  // Every lead unit is ranked, and its rank is one more than the number of units strictly ahead of it.
  const leads = new Set(data.tasks.map((t) => t.leadUnitId));
  expect(new Set(units.map((r) => r.unitId))).toEqual(leads);
  for (const r of units) expect(r.rank).toBe(1 + units.filter((o) => o.score > r.score).length);

  // Since the compare date: the units' moves and the task changes agree with the two assessments.
  const moves = new Map(rankChanges(a.ranking!, b.ranking ?? []).map((c) => [c.unitId, c]));
  for (const r of units) {
    const c = moves.get(r.unitId)!;
    const was = b.ranking?.find((x) => x.unitId === r.unitId)?.rank ?? null;
    expect(c.previousRank).toBe(was);
    if (r.move.kind === 'up' || r.move.kind === 'down') {
      expect(r.move.from).toBe(was);
      expect(r.move.kind === 'up' ? was! - r.rank : r.rank - was!).toBe(r.move.by);
    } else if (r.move.kind === 'same') expect(was).toBe(r.rank);
    else expect(r.move.kind).toBe('new');
  }
  const beforeFacts = factsById(b.tasks);
  for (const c of diff.tasks) {
    expect(c.after).toBe(canonical[c.taskId]!.status);
    expect(c.before).toBe(beforeFacts[c.taskId]?.status ?? null);
  }
  const statusMoves = selectTaskChanges(diff, Infinity).filter(
    (c) => c.before !== null && c.before !== c.after,
  );
  if (summary.changes !== undefined) {
    if (statusMoves.length === 0) expect(summary.changes).toContain('任务状态无变化');
    for (const c of statusMoves) {
      const order = data.tasks.find((t) => t.id === c.taskId)!.order;
      expect(summary.changes).toContain(`任务${order}“`);
    }
  }
}

describe('one story in every view', () => {
  it('the overview, ledger, units, wall and briefing agree on every task, count and rank at any two dates', () => {
    fc.assert(
      fc.property(date, date, (asOf, compare) => checkDates(asOf, compare)),
      { numRuns: RUNS, seed: 2024 },
    );
  });

  it('holds at the meeting dates the demo and the docs use', () => {
    for (const [asOf, compare] of [
      ['2025-12-31', '2025-09-30'],
      ['2024-06-30', '2024-03-31'],
      ['2023-06-30', '2023-03-31'],
      ['2021-06-30', '2021-03-31'],
      ['2021-12-31', '2020-12-31'],
    ] as const)
      checkDates(asOf, compare);
  });
});
