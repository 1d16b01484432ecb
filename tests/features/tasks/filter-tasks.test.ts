import { describe, expect, it } from 'vitest';
import { assessPlan } from '../../../src/domain/metrics';
import { unitSchema } from '../../../src/domain/schemas';
import {
  buildTaskRows,
  filterTasks,
  hasFilters,
  latestWithNote,
  leadUnitOptions,
  matchesText,
  NO_FILTERS,
  parseFunction,
  parseStatuses,
  shortAspectName,
  sortTaskRows,
  statusChipCounts,
  type TaskFilters,
} from '../../../src/features/tasks/filter-tasks';
import { makePlan, makeTask } from '../../domain/builders';
import { mockAssessedAt } from '../../support/mock-assessment';

const mockAssessment = (asOf = '2025-12-31') => mockAssessedAt(asOf);

const ids = (rows: { task: { id: string } }[]) => rows.map((r) => r.task.id);
const f = (over: Partial<TaskFilters>): TaskFilters => ({ ...NO_FILTERS, ...over });

function mockRows(asOf = '2025-12-31') {
  const { data, assessment } = mockAssessment(asOf);
  return buildTaskRows(assessment.tasks, data.plan.aspects, data.units, assessment.asOf);
}

describe('buildTaskRows', () => {
  it('orders by aspect order, then task order, whatever order the data comes in', () => {
    const plan = makePlan(['A2', 'A1']); // A2 has order 1 here
    const tasks = [
      makeTask({ id: 'x', aspectId: 'A1', order: 1 }),
      makeTask({ id: 'y', aspectId: 'A2', order: 2 }),
      makeTask({ id: 'z', aspectId: 'A2', order: 1 }),
      makeTask({ id: 'w', aspectId: 'nope', order: 0 }),
    ];
    const a = assessPlan(
      { plan, units: [], tasks, indicators: [], workItems: [], projects: [] },
      '2021-06-30',
    );
    const rows = buildTaskRows(a.tasks, plan.aspects, [], '2021-06-30');
    expect(ids(rows)).toEqual(['z', 'y', 'x', 'w']);
    expect(rows[3]?.aspect).toBeNull();
    expect(rows[0]?.lead).toBeNull();
  });

  it('resolves the lead and co-units, dropping unknown co-unit ids', () => {
    const plan = makePlan(['A1']);
    const units = [unitSchema.parse({ id: 'u1', name: '单位一', shortName: '一', kind: 'other' })];
    const tasks = [makeTask({ id: 't', aspectId: 'A1', leadUnitId: 'u1', coUnitIds: ['u1', 'ghost'] })];
    const a = assessPlan({ plan, units, tasks, indicators: [], workItems: [], projects: [] }, '2021-06-30');
    const [row] = buildTaskRows(a.tasks, plan.aspects, units, '2021-06-30');
    expect(row?.lead?.shortName).toBe('一');
    expect(row?.coUnits.map((u) => u.id)).toEqual(['u1']);
  });

  it('gives the 15 mock tasks in plan order', () => {
    // T01 … T15.
    const planOrder = Array.from({ length: 15 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`);
    expect(ids(mockRows())).toEqual(planOrder);
  });
});

describe('latestWithNote', () => {
  it('takes the latest report carrying a note at the date, not a later one', () => {
    const points = [
      { date: '2021-01-31', percent: 1, note: '开始' },
      { date: '2021-02-28', percent: 2 },
      { date: '2021-03-31', percent: 3, note: '  ' },
      { date: '2021-04-30', percent: 4, note: '以后' },
    ];
    expect(latestWithNote(points, '2021-03-31')?.note).toBe('开始');
    expect(latestWithNote(points, '2021-04-30')?.note).toBe('以后');
    expect(latestWithNote(points, '2020-12-31')).toBeNull();
  });
});

describe('filterTasks on the mock at 2025-12-31', () => {
  const rows = mockRows();

  it('filters by the status shown: lagging is T12 only (T09 carries a manual "watch")', () => {
    expect(ids(filterTasks(rows, f({ statuses: ['lagging'] })))).toEqual(['T12']);
    expect(ids(filterTasks(rows, f({ statuses: ['lagging', 'overdue'] })))).toEqual(['T10', 'T12']);
    expect(ids(filterTasks(rows, f({ statuses: ['watch'] })))).toEqual(['T01', 'T09', 'T14']);
  });

  it('filters by aspect, function and lead unit, combined with AND', () => {
    expect(ids(filterTasks(rows, f({ aspect: 'A3' })))).toEqual(['T11', 'T12']);
    expect(ids(filterTasks(rows, f({ fn: 'C' })))).toEqual(['T01', 'T02', 'T13']);
    expect(ids(filterTasks(rows, f({ unit: 'sjtu' })))).toEqual(['T01', 'T02', 'T03']);
    expect(ids(filterTasks(rows, f({ unit: 'sjtu', fn: 'O' })))).toEqual(['T02', 'T03']);
    expect(filterTasks(rows, f({ aspect: 'A3', fn: 'C' }))).toEqual([]);
  });

  it('searches names in both languages, unit names and notes, every term required', () => {
    expect(ids(filterTasks(rows, f({ q: '居住' })))).toEqual(['T12']);
    expect(ids(filterTasks(rows, f({ q: 'ALUMNI' })))).toEqual(['T03']);
    expect(ids(filterTasks(rows, f({ q: '紫竹' }))).includes('T10')).toBe(true);
    expect(ids(filterTasks(rows, f({ q: '上海交大 校友' })))).toEqual(['T03']);
    expect(filterTasks(rows, f({ q: '不存在的词' }))).toEqual([]);
    expect(filterTasks(rows, f({ q: '   ' }))).toHaveLength(15);
  });

  it('counts each status chip under the other filters, ignoring the status filter itself', () => {
    const all = statusChipCounts(rows, f({ statuses: ['lagging'] }));
    expect(all).toEqual({ notStarted: 0, done: 4, onTrack: 6, watch: 3, lagging: 1, overdue: 1, missed: 0 });
    expect(statusChipCounts(rows, f({ aspect: 'A2' }))).toEqual({
      notStarted: 0,
      missed: 0,
      done: 2,
      onTrack: 2,
      watch: 1,
      lagging: 0,
      overdue: 1,
    });
  });

  it('lists each lead unit once, in plan order', () => {
    expect(leadUnitOptions(rows).map((u) => u.id)).toEqual([
      'sjtu',
      'sjtu-park',
      'mh-stc',
      'minhang',
      'zizhu',
      'zb-committee',
      'mh-drc',
    ]);
  });
});

describe('filterTasks at 2021-06-30', () => {
  it('sees T06 as the one lagging task before the first joint meeting', () => {
    expect(ids(filterTasks(mockRows('2021-06-30'), f({ statuses: ['lagging'] })))).toEqual(['T06']);
  });
});

describe('matchesText', () => {
  it('is case-insensitive', () => {
    const [row] = mockRows();
    expect(row && matchesText(row, 'sjtu')).toBe(true);
    expect(row && matchesText(row, 'SjTu CENTRED')).toBe(true);
  });
});

describe('URL parsing', () => {
  it('keeps only known functions and statuses', () => {
    expect(parseFunction('T')).toBe('T');
    expect(parseFunction('X')).toBeNull();
    expect(parseFunction(null)).toBeNull();
    expect(parseStatuses('lagging,bogus,overdue')).toEqual(['lagging', 'overdue']);
    expect(parseStatuses(null)).toEqual([]);
  });

  it('knows when any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(f({ q: ' ' }))).toBe(false);
    expect(hasFilters(f({ fn: 'C' }))).toBe(true);
    expect(hasFilters(f({ statuses: ['done'] }))).toBe(true);
  });
});

describe('sortTaskRows', () => {
  const rows = mockRows();

  it('sorts by progress both ways, and keeps plan order without a known key', () => {
    const asc = sortTaskRows(rows, 'progress').map((r) => r.a.progress);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(sortTaskRows(rows, 'progress')[0]?.task.id).toBe('T09');
    expect(sortTaskRows(rows, '-progress').at(-1)?.task.id).toBe('T09');
    expect(ids(sortTaskRows(rows, null))).toEqual(ids(rows));
    expect(ids(sortTaskRows(rows, 'bogus'))).toEqual(ids(rows));
  });

  it('puts the worst status first and milestones without a date last', () => {
    expect(sortTaskRows(rows, 'status')[0]?.task.id).toBe('T10');
    expect(sortTaskRows(rows, 'status').at(-1)?.a.status).toBe('done');
    const next = sortTaskRows(rows, 'next');
    expect(next[0]?.task.id).toBe('T14');
    expect(next.at(-1)?.a.nextMilestone).toBeNull();
  });

  it('sorts by gap with the furthest behind first', () => {
    expect(sortTaskRows(rows, 'gap')[0]?.task.id).toBe('T12');
  });
});

describe('shortAspectName', () => {
  it('keeps the part before the first comma or colon', () => {
    expect(shortAspectName('依托高校院所，发挥创新引领与辐射带动作用')).toBe('依托高校院所');
    expect(shortAspectName('Build on universities and institutes: lead innovation')).toBe(
      'Build on universities and institutes',
    );
    expect(shortAspectName('无逗号')).toBe('无逗号');
  });
});
