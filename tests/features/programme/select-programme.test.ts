import { describe, expect, it } from 'vitest';
import {
  areaOrdinal,
  evaluationDate,
  filterItems,
  groupByArea,
  pickProgramme,
  programmeItems,
  summarise,
  targetRows,
  timeliness,
} from '../../../src/features/programme/select-programme';
import {
  mockAssessment as fixtureAssessment,
  mockPlanData as fixtureData,
} from '../../support/mock-assessment';

const plan = fixtureData('2025-12-31').plan;
const programme = pickProgramme(plan)!;
const latest = fixtureAssessment('2025-12-31');
const yearEnd = fixtureAssessment('2021-12-31');

describe('the programme and its evaluation date', () => {
  it('picks the 2021 programme with its five areas', () => {
    expect(programme.year).toBe(2021);
    expect(programme.areas.map((a) => a.name)).toEqual([
      '建立领导协调工作机制',
      '完善区域发展规划研究',
      '优化政策保障机制',
      '探索创新激励机制',
      '加快推进重点项目建设',
    ]);
    expect(pickProgramme({ ...plan, programmes: [] })).toBeNull();
    expect(pickProgramme(plan, 2030)?.id).toBe('2021');
  });

  it('reads targets at the year end, or earlier when the as-of date is earlier', () => {
    expect(evaluationDate('2025-12-31', programme)).toBe('2021-12-31');
    expect(evaluationDate('2021-12-31', programme)).toBe('2021-12-31');
    expect(evaluationDate('2021-06-30', programme)).toBe('2021-06-30');
  });

  it('numbers areas as the seed does', () => {
    expect(areaOrdinal(5, 'zh')).toBe('五、');
    expect(areaOrdinal(5, 'en')).toBe('5. ');
    expect(areaOrdinal(12, 'zh')).toBe('12、');
  });
});

describe('programmeItems', () => {
  const items = programmeItems(programme, latest, yearEnd);

  it('lists all 21 items in area then item order, numbered', () => {
    expect(items).toHaveLength(21);
    expect(items.map((x) => x.no).slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect(items.at(-1)!.no).toBe('5.9');
  });

  it('judges indicator items by the year-end targets, not by later years', () => {
    const giant = items.find((x) => x.item.id === 'W5-1')!;
    // At 2025-12-31 the 2025 target (48) was missed with 44 (the year is closed on its last day); the
    // 2021 target of 40 was met with 43.
    expect(latest.workItems.find((w) => w.item.id === 'W5-1')!.status).toBe('missed');
    expect(giant.status).toBe('done');
    expect(giant.atYearEnd).toBe(true);
    expect(giant.indicators[0]!.a.target!.value).toBe(40);
    expect(giant.indicators[0]!.a.actual).toBe(43);
  });

  it('keeps milestone items at the as-of date', () => {
    const company = items.find((x) => x.item.id === 'W1-3')!;
    expect(company.status).toBe('done');
    expect(company.atYearEnd).toBe(false);
    expect(yearEnd.workItems.find((w) => w.item.id === 'W1-3')!.status).toBe('lagging');
  });

  it('falls back to the current lights while the year-end data loads', () => {
    const loading = programmeItems(programme, latest, null);
    expect(loading.find((x) => x.item.id === 'W5-1')!.status).toBe('missed');
    expect(loading.every((x) => !x.atYearEnd)).toBe(true);
  });
});

describe('timeliness and summary', () => {
  const items = programmeItems(programme, latest, yearEnd);

  it('tells on-time from late completions', () => {
    const byId = (id: string) => items.find((x) => x.item.id === id)!;
    expect(timeliness(byId('W1-1'), latest.asOf)).toEqual({ kind: 'late', date: '2021-07-16', days: 16 });
    expect(timeliness(byId('W1-2'), latest.asOf)).toEqual({ kind: 'onTime', date: '2021-08-27' });
    expect(timeliness(byId('W5-1'), latest.asOf)).toEqual({ kind: 'none' });
    const mid = programmeItems(programme, fixtureAssessment('2021-06-30'), null);
    expect(
      timeliness(
        mid.find((x) => x.item.id === 'W1-3')!,
        '2021-06-30',
      ),
    ).toEqual({ kind: 'open' });
  });

  it('counts the programme at the latest date', () => {
    const s = summarise(items, latest.asOf);
    expect(s.items).toBe(21);
    expect(s.done).toBe(20);
    // 5.4 (due 2021-12-31, judged by a 2021–2023 target still running then) was 正常推进 in 2025: 未完成.
    expect(s.counts.onTrack).toBe(0);
    expect(s.counts.missed).toBe(1);
    expect(s.onTime + s.late).toBe(16);
    expect(s.late).toBe(7);
    // The done ones without a completion date were met by their indicators: the three parts add up.
    expect(s.onTime + s.late + s.doneOther).toBe(s.done);
    expect(s.behind).toBe(1);
  });

  it('counts the programme at the end of 2021', () => {
    const s = summarise(programmeItems(programme, yearEnd, yearEnd), '2021-12-31');
    expect(s.behind).toBe(6); // 5.4 closes on its date, 2021-12-31, short of its indicators
    expect(s.counts.lagging).toBe(5);
  });
});

describe('filters and grouping', () => {
  const items = programmeItems(programme, yearEnd, yearEnd);

  it('filters by area and by status', () => {
    expect(filterItems(items, '2021-3', []).map((x) => x.item.id)).toEqual(['W3-1', 'W3-2']);
    expect(filterItems(items, null, ['lagging']).map((x) => x.item.id)).toEqual([
      'W1-3',
      'W3-1',
      'W4-2',
      'W5-6',
      'W5-8',
    ]);
    expect(filterItems(items, '2021-2', ['lagging'])).toEqual([]);
    expect(filterItems(items, null, [])).toHaveLength(21);
  });

  it('groups by area, counting every item but listing only those shown', () => {
    const shown = filterItems(items, null, ['lagging']);
    const groups = groupByArea(programme, items, shown);
    expect(groups.map((g) => g.area.id)).toEqual(['2021-1', '2021-2', '2021-3', '2021-4', '2021-5']);
    expect(groups[0]!.counts).toEqual({
      notStarted: 0,
      done: 3,
      onTrack: 0,
      watch: 0,
      lagging: 1,
      overdue: 0,
      missed: 0,
    });
    expect(groups[0]!.items.map((x) => x.item.id)).toEqual(['W1-3']);
    expect(groups[1]!.items).toEqual([]);
  });
});

describe('targetRows', () => {
  it('lists every indicator of the programme against its year-end target', () => {
    const rows = targetRows(programme, yearEnd);
    expect(rows.map((r) => r.ind.indicator.id)).toEqual([
      'IND-VC-FUND',
      'IND-GIANT',
      'IND-IPO',
      'IND-HNTE',
      'IND-JCL-BUILT',
      'IND-JCL-INUSE',
      'IND-SSC',
      'IND-MAQIAO',
    ]);
    const hnte = rows.find((r) => r.ind.indicator.id === 'IND-HNTE')!;
    expect(hnte.ind.a.target!.value).toBe(2100);
    expect(hnte.ind.a.actual).toBe(2136);
    expect(hnte.ind.a.status).toBe('done');
    expect(hnte.item.no).toBe('5.3');
  });
});
