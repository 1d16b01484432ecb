import { describe, expect, it } from 'vitest';
import {
  buildUnitRows,
  filterByKind,
  kindCounts,
  movers,
  moveText,
  tasksOfUnit,
  type RankMove,
} from '../../../src/features/units/select-units';
import {
  mockAssessment as fixtureAssessment,
  mockPlanData as fixtureData,
} from '../../support/mock-assessment';

const latest = fixtureAssessment('2025-12-31');
const mid2021 = fixtureAssessment('2021-06-30');
const units = fixtureData('2025-12-31').units;

describe('buildUnitRows', () => {
  it('follows the ranking and carries each lead unit its own tasks and rollup', () => {
    const rows = buildUnitRows(latest, units, null);
    expect(rows.map((r) => r.unitId)).toEqual(latest.ranking!.map((r) => r.unitId));
    const minhang = rows.find((r) => r.unitId === 'minhang')!;
    const rollup = latest.byLeadUnit!.find((r) => r.key === 'minhang')!;
    expect(minhang.count).toBe(6);
    expect(minhang.tasks.map((x) => x.task.id)).toEqual(['T06', 'T07', 'T08', 'T11', 'T12', 'T15']);
    expect(minhang.meanTimeProgress).toBeCloseTo(rollup.meanTimeProgress, 12);
    expect(minhang.score).toBeCloseTo(rollup.meanProgress - rollup.meanTimeProgress, 12);
    expect(minhang.counts).toEqual(rollup.counts);
    expect(minhang.unit?.shortName).toBe('闵行区');
  });

  it('marks every move as pending until the compare date has loaded', () => {
    expect(buildUnitRows(latest, units, null).every((r) => r.move.kind === 'pending')).toBe(true);
  });

  it('gives the change in rank since the compare date', () => {
    const rows = buildUnitRows(latest, units, mid2021);
    const moves = Object.fromEntries(rows.map((r) => [r.unitId, moveText(r.move, '新')]));
    // From the fixtures: 2021-06-30 → 2025-12-31.
    expect(moves).toEqual({
      'sjtu-park': '—',
      'zb-committee': '▲2',
      'mh-drc': '▲1',
      minhang: '▲2',
      sjtu: '▼3',
      'mh-stc': '▼3',
      zizhu: '—',
    });
    const sjtu = rows.find((r) => r.unitId === 'sjtu')!;
    expect(sjtu.move).toEqual({ kind: 'down', by: 3, from: 2 });
  });

  it('calls a unit new when it was not ranked at the compare date', () => {
    const before = { ...mid2021, ranking: mid2021.ranking!.filter((r) => r.unitId !== 'zizhu') };
    const rows = buildUnitRows(latest, units, before);
    expect(rows.find((r) => r.unitId === 'zizhu')!.move).toEqual({ kind: 'new' });
  });

  it('keeps a lead unit the unit list does not know, without a kind', () => {
    const rows = buildUnitRows(
      latest,
      units.filter((u) => u.id !== 'zizhu'),
      null,
    );
    const zizhu = rows.find((r) => r.unitId === 'zizhu')!;
    expect(zizhu.unit).toBeUndefined();
    expect(filterByKind(rows, 'company').map((r) => r.unitId)).toEqual(['sjtu-park']);
    expect(filterByKind(rows, null)).toHaveLength(7);
  });
});

describe('filters and lists', () => {
  const rows = buildUnitRows(latest, units, mid2021);

  it('filters by unit kind, keeping rank order', () => {
    expect(filterByKind(rows, 'university').map((r) => r.unitId)).toEqual(['sjtu']);
    expect(filterByKind(rows, 'district').map((r) => r.unitId)).toEqual(['mh-drc', 'minhang', 'mh-stc']);
    expect(filterByKind(rows, 'municipal')).toEqual([]);
  });

  it('counts lead units per kind present in the unit list', () => {
    expect(kindCounts(units, rows)).toEqual([
      { kind: 'municipal', leads: 0 },
      { kind: 'district', leads: 3 },
      { kind: 'university', leads: 1 },
      { kind: 'company', leads: 2 },
      { kind: 'committee', leads: 1 },
      { kind: 'platform', leads: 0 },
    ]);
  });

  it('lists the tasks a unit leads and those it only supports (协办)', () => {
    const ecnu = tasksOfUnit(latest, 'ecnu');
    expect(ecnu.lead).toEqual([]);
    expect(ecnu.co.map((x) => x.task.id)).toEqual(['T02', 'T11', 'T13']);
    const sjtu = tasksOfUnit(latest, 'sjtu');
    expect(sjtu.lead.map((x) => x.task.id)).toEqual(['T01', 'T02', 'T03']);
    expect(sjtu.co.map((x) => x.task.id)).toEqual(['T07', 'T09', 'T11', 'T13']);
  });

  it('sorts movers biggest move first', () => {
    const m = movers(rows);
    expect(m.up.map((r) => r.unitId)).toEqual(['zb-committee', 'minhang', 'mh-drc']);
    expect(m.down.map((r) => r.unitId)).toEqual(['sjtu', 'mh-stc']);
    expect(m.fresh).toEqual([]);
  });

  it.each<[RankMove, string]>([
    [{ kind: 'up', by: 2, from: 4 }, '▲2'],
    [{ kind: 'down', by: 1, from: 1 }, '▼1'],
    [{ kind: 'same' }, '—'],
    [{ kind: 'new' }, '新'],
    [{ kind: 'pending' }, '…'],
  ])('writes %o as %s', (move, text) => {
    expect(moveText(move, '新')).toBe(text);
  });

  it('labels the arrow as a change of rank when given the word, so it is never read as a gap to time', () => {
    expect(moveText({ kind: 'up', by: 2, from: 4 }, '新', '名次')).toBe('名次 ▲2');
    expect(moveText({ kind: 'down', by: 1, from: 1 }, 'New', 'Rank')).toBe('Rank ▼1');
    expect(moveText({ kind: 'new' }, '新', '名次')).toBe('新');
  });
});
