import { describe, expect, it } from 'vitest';
import { historyAt, statusAt } from '../../../src/features/projects/project-status';
import {
  areaText,
  buildProjectRows,
  filterProjects,
  shortLabel,
  statusCounts,
} from '../../../src/features/projects/select-projects';
import { fixtureProjects, fixtureUnits } from './fixture-projects';

const full = fixtureProjects(null);
const units = fixtureUnits();
const byId = (id: string) => full.find((p) => p.id === id)!;

describe('statusAt', () => {
  it('reads the stage at a date from the whole history, ignoring later entries', () => {
    const p02 = byId('P02');
    expect(statusAt(p02, '2021-01-01')?.status).toBe('planned');
    expect(statusAt(p02, '2022-05-01')?.status).toBe('suspended');
    expect(statusAt(p02, '2022-06-15')?.status).toBe('underConstruction');
    expect(statusAt(p02, '2020-12-31')).toBeNull();
    expect(historyAt(p02, '2022-05-01').map((e) => e.date)).toEqual([
      '2021-01-01',
      '2021-03-15',
      '2022-04-01',
    ]);
  });

  it('lets the later-listed of two same-day entries win', () => {
    const p = {
      ...byId('P07'),
      statusHistory: [
        { date: '2022-01-01', status: 'operating' as const },
        { date: '2022-01-01', status: 'suspended' as const, note: '更正' },
      ],
    };
    expect(statusAt(p, '2022-01-01')?.status).toBe('suspended');
  });
});

describe('buildProjectRows', () => {
  const latest = buildProjectRows(full, units, '2025-12-31');

  it('gives each project its stage, when that stage began, the latest note and its lead unit', () => {
    const p02 = latest.find((r) => r.project.id === 'P02')!;
    expect(p02.status).toBe('underConstruction');
    // Work resumed on 2022-06-15; the 2025-12-15 entry is a checkpoint in the same stage.
    expect(p02.since).toBe('2022-06-15');
    expect(p02.note).toBe('准备竣工验收');
    expect(p02.lead?.shortName).toBe('闵开发');
    expect(latest.find((r) => r.project.id === 'P09')!.located).toBe(false);
  });

  it('counts the stages at the latest date and at mid-2021', () => {
    expect(statusCounts(latest)).toEqual({
      planned: 0,
      underConstruction: 2,
      operating: 13,
      completed: 0,
      suspended: 0,
    });
    const mid = buildProjectRows(fixtureProjects('2021-06-30'), units, '2021-06-30');
    expect(statusCounts(mid)).toEqual({
      planned: 5,
      underConstruction: 4,
      operating: 6,
      completed: 0,
      suspended: 0,
    });
  });

  it('filters by stage, kind and function (any within a group, all across groups)', () => {
    expect(
      filterProjects(latest, { statuses: ['underConstruction'], kinds: [], fns: [] }).map(
        (r) => r.project.id,
      ),
    ).toEqual(['P02', 'P06']);
    expect(filterProjects(latest, { statuses: [], kinds: ['park'], fns: [] })).toHaveLength(4);
    expect(filterProjects(latest, { statuses: [], kinds: [], fns: ['C'] }).map((r) => r.project.id)).toEqual([
      'P07',
      'P08',
      'P09',
    ]);
    expect(
      filterProjects(latest, { statuses: ['operating'], kinds: ['platform', 'market'], fns: ['O'] }).map(
        (r) => r.project.id,
      ),
    ).toEqual(['P04', 'P10', 'P11']);
    expect(filterProjects(latest, { statuses: ['suspended'], kinds: [], fns: [] })).toEqual([]);
  });

  it('leaves a project with no entry yet out of any stage filter', () => {
    const early = buildProjectRows(full, units, '2020-06-30');
    expect(early.every((r) => r.status === null && r.since === null)).toBe(true);
    expect(filterProjects(early, { statuses: ['planned'], kinds: [], fns: [] })).toEqual([]);
  });
});

describe('shortLabel', () => {
  it('shortens well-known names and cuts long ones', () => {
    expect(shortLabel(byId('P12'), 'zh')).toBe('交大科技园');
    expect(shortLabel(byId('P05'), 'zh')).toBe('剑川路科创街区');
    expect(shortLabel(byId('P02'), 'zh')).toBe('闵开发长三角智能制造…');
    expect([...shortLabel(byId('P02'), 'zh')]).toHaveLength(11);
  });

  it('cuts English names at a word', () => {
    expect(shortLabel(byId('P07'), 'en')).toBe('Medical Robotics Institute');
    expect(shortLabel(byId('P02'), 'en')).toBe('Minhang EDZ YRD smart…');
    expect(shortLabel(byId('P14'), 'en')).toBe('ECUST Science Park');
    expect(shortLabel(byId('P06'), 'en')).toBe('Maqiao AI pilot zone');
    expect(shortLabel({ name: '中文名' }, 'en')).toBe('中文名');
  });
});

describe('areaText', () => {
  it('keeps 万 in Chinese and spells square metres out in English', () => {
    expect(areaText({ value: 45, unit: '万㎡' }, 'zh')).toBe('45万㎡');
    expect(areaText({ value: 45, unit: '万㎡' }, 'en')).toBe('450,000 m²');
    expect(areaText({ value: 4.9, unit: 'km²' }, 'en')).toBe('4.9 km²');
    expect(areaText(undefined, 'zh')).toBe('—');
  });
});
