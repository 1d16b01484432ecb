import { describe, expect, it } from 'vitest';
import {
  indicatorAsOf,
  MOCK_LATEST,
  projectAsOf,
  resolveAsOf,
  taskAsOf,
  workItemAsOf,
} from '../../mock/as-of';
import { fixtures } from '../../mock/fixtures';

const byId = <T extends { id: string }>(rows: T[], id: string): T => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no fixture ${id}`);
  return row;
};

describe('resolveAsOf', () => {
  it('answers at the latest data date when no date is asked for', () => {
    expect(resolveAsOf(null)).toEqual({ ok: true, asOf: MOCK_LATEST, requested: null });
    expect(resolveAsOf('')).toEqual({ ok: true, asOf: MOCK_LATEST, requested: null });
  });

  it('clamps dates after the data end', () => {
    expect(resolveAsOf('2030-01-01')).toEqual({ ok: true, asOf: '2025-12-31', requested: '2030-01-01' });
    expect(resolveAsOf('2021-06-30')).toEqual({ ok: true, asOf: '2021-06-30', requested: '2021-06-30' });
  });

  it.each(['2021-02-30', '2021-6-30', 'yesterday', '2021-13-01'])(
    'rejects %s and names the parameter',
    (raw) => {
      const result = resolveAsOf(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(`asOf="${raw}"`);
    },
  );
});

describe('taskAsOf', () => {
  it('T06 at 2021-06-30: before the first joint meeting, 10 %, nothing achieved', () => {
    const t = taskAsOf(byId(fixtures.tasks, 'T06'), '2021-06-30');
    expect(t.progress?.at(-1)).toMatchObject({ date: '2021-06-30', percent: 10 });
    expect(t.progress).toHaveLength(6);
    expect(t.milestones?.map((m) => m.actual)).toEqual([null, null, null]);
    expect(t.completedOn).toBeNull();
  });

  it('T02 is done on its completion day and not the day before', () => {
    const row = byId(fixtures.tasks, 'T02');
    const before = taskAsOf(row, '2024-03-28');
    expect(before.completedOn).toBeNull();
    expect(before.progress?.at(-1)).toMatchObject({ date: '2024-02-29', percent: 96 });
    expect(before.milestones?.map((m) => m.actual)).toEqual(['2021-12-20', '2023-10-31', null]);
    const on = taskAsOf(row, '2024-03-29');
    expect(on.completedOn).toBe('2024-03-29');
    expect(on.progress?.at(-1)).toMatchObject({ date: '2024-03-29', percent: 100 });
  });

  it('T09’s manual status appears only from the day it was set', () => {
    const row = byId(fixtures.tasks, 'T09');
    expect(taskAsOf(row, '2025-11-17').manualStatus).toBeNull();
    expect(taskAsOf(row, '2025-11-18').manualStatus?.status).toBe('watch');
  });

  it('T15 has no progress before it starts', () => {
    expect(taskAsOf(byId(fixtures.tasks, 'T15'), '2021-06-30').progress).toEqual([]);
  });

  it('does not mutate the fixture', () => {
    const row = byId(fixtures.tasks, 'T01');
    const length = row.progress?.length;
    taskAsOf(row, '2021-01-31');
    expect(row.progress?.length).toBe(length);
    expect(row.milestones?.[0]?.actual).toBe('2021-07-26');
  });
});

describe('workItemAsOf', () => {
  it('W1-1 (joint meeting) is at 90 % and open on 2021-07-15, done on 2021-07-16', () => {
    const row = byId(fixtures.workItems, 'W1-1');
    const open = workItemAsOf(row, '2021-07-15');
    expect(open.completedOn).toBeNull();
    expect(open.progress?.at(-1)).toMatchObject({ date: '2021-06-30', percent: 90 });
    expect(open.milestones?.map((m) => m.actual)).toEqual(['2021-06-11', null]);
    expect(workItemAsOf(row, '2021-07-16').completedOn).toBe('2021-07-16');
  });
});

describe('indicatorAsOf', () => {
  it('keeps every target and only past observations; the 2022 lockdown gap shows', () => {
    const row = byId(fixtures.indicators, 'IND-HNTE');
    const ind = indicatorAsOf(row, '2022-06-30');
    expect(ind.targets).toEqual(row.targets);
    expect(ind.observations?.at(-1)).toEqual({ date: '2022-03-31', value: 2131 });
    expect(ind.observations).toHaveLength(15);
  });

  it('increment indicators restart in January', () => {
    const ind = indicatorAsOf(byId(fixtures.indicators, 'IND-IPO'), '2022-01-31');
    expect(ind.observations?.slice(-2)).toEqual([
      { date: '2021-12-31', value: 7 },
      { date: '2022-01-31', value: 0 },
    ]);
  });

  it('the service centre milestone flips on its opening day', () => {
    const row = byId(fixtures.indicators, 'IND-SSC');
    expect(indicatorAsOf(row, '2021-12-27').observations?.at(-1)?.value).toBe(0);
    expect(indicatorAsOf(row, '2021-12-28').observations?.at(-1)?.value).toBe(1);
  });
});

describe('projectAsOf', () => {
  it('the service centre is being fitted out in October 2021', () => {
    const p = projectAsOf(byId(fixtures.projects, 'P04'), '2021-10-01');
    expect(p.statusHistory?.map((s) => s.status)).toEqual(['planned', 'underConstruction']);
  });

  it('the Minhang EDZ base is suspended during the 2022 lockdown', () => {
    const p = projectAsOf(byId(fixtures.projects, 'P02'), '2022-05-31');
    expect(p.statusHistory?.at(-1)?.status).toBe('suspended');
  });
});
