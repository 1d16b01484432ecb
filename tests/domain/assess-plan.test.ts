import { describe, expect, it } from 'vitest';
import { assessPlan, countStatuses, type PlanData } from '../../src/domain/metrics';
import { makeIndicator, makePlan, makeTask, makeWorkItem, Y2021, valuesAt } from './builders';

// At 2021-06-30 a 2021 task has time progress 181/365 = 0.49589.
const AS_OF = '2021-06-30';
const at = (percent: number) => [{ date: AS_OF, percent }];

const data: PlanData = {
  plan: makePlan(['a1', 'a2', 'a3']), // a3 has no tasks
  units: [
    { id: 'u3', name: 'u3', shortName: 'u3', kind: 'district' },
    { id: 'u1', name: 'u1', shortName: 'u1', kind: 'municipal' },
    { id: 'u2', name: 'u2', shortName: 'u2', kind: 'university' },
    { id: 'u9', name: 'u9', shortName: 'u9', kind: 'company' }, // leads nothing
  ],
  tasks: [
    // 0.6 − 0.49589 = +0.104 → on track
    makeTask({
      id: 't1',
      aspectId: 'a1',
      functions: ['C', 'T'],
      leadUnitId: 'u1',
      coUnitIds: ['u2'],
      progress: at(60),
    }),
    // 0.3 − 0.49589 = −0.196 → lagging
    makeTask({ id: 't2', aspectId: 'a1', functions: ['T'], leadUnitId: 'u2', progress: at(30) }),
    // completed → done, progress 1
    makeTask({ id: 't3', aspectId: 'a2', functions: ['O'], leadUnitId: 'u1', completedOn: '2021-05-01' }),
    // due 03-31, 80% → overdue, time progress 1
    makeTask({
      id: 't4',
      aspectId: 'a2',
      functions: ['C'],
      leadUnitId: 'u3',
      due: '2021-03-31',
      progress: at(80),
    }),
  ],
  indicators: [
    // 23 / 40 = 0.575 → on track
    makeIndicator({
      id: 'i1',
      kind: 'increment',
      functions: ['C'],
      targets: [{ period: Y2021, value: 40 }],
      observations: [{ date: AS_OF, value: 23 }],
    }),
    // 1700 / 2100 = 0.80952 vs expected 0.92798 → lagging
    makeIndicator({
      id: 'i2',
      kind: 'stock',
      functions: ['C', 'T'],
      targets: [{ period: Y2021, value: 2100 }],
      observations: [
        { date: '2020-12-31', value: 1800 },
        { date: AS_OF, value: 1700 },
      ],
    }),
    // no observation → no data
    makeIndicator({ id: 'i3', kind: 'milestone', functions: ['O'], targets: [{ period: Y2021, value: 1 }] }),
    // 12 / 10 = 1.2 → done; names its work item itself
    makeIndicator({
      id: 'i4',
      kind: 'increment',
      functions: ['T'],
      workItemId: 'w4',
      targets: [{ period: Y2021, value: 10 }],
      observations: [{ date: AS_OF, value: 12 }],
    }),
  ],
  workItems: [
    makeWorkItem({ id: 'w1', kind: 'milestone', progress: at(50) }),
    makeWorkItem({ id: 'w2', kind: 'indicator', indicatorIds: ['i1', 'i2'] }),
    makeWorkItem({ id: 'w3', kind: 'indicator', indicatorIds: ['i3'] }),
    makeWorkItem({ id: 'w4', kind: 'indicator', indicatorIds: ['i1'] }),
  ],
  projects: [],
};

describe('countStatuses', () => {
  it('counts every status, zero included', () => {
    expect(countStatuses(['done', 'done', 'watch'])).toEqual({
      notStarted: 0,
      missed: 0,
      done: 2,
      onTrack: 0,
      watch: 1,
      lagging: 0,
      overdue: 0,
    });
  });
});

describe('assessPlan: tasks', () => {
  const p = assessPlan(data, AS_OF);

  it('assesses every task', () => {
    expect(p.asOf).toBe(AS_OF);
    expect(p.tasks.map((x) => x.a.status)).toEqual(['onTrack', 'lagging', 'done', 'overdue']);
  });

  it('rolls everything up under "all"', () => {
    expect(p.overall!.key).toBe('all');
    expect(p.overall!.count).toBe(4);
    expect(p.overall!.counts).toEqual({
      notStarted: 0,
      done: 1,
      onTrack: 1,
      watch: 0,
      lagging: 1,
      overdue: 1,
      missed: 0,
    });
    expect(p.overall!.meanProgress).toBeCloseTo(0.675, 6); // (0.6 + 0.3 + 1 + 0.8) / 4
    expect(p.overall!.meanTimeProgress).toBeCloseTo(0.62192, 5); // (3 × 181/365 + 1) / 4
    expect(p.overall!.behind).toBe(2); // t2 lagging + t4 overdue
  });

  it('lists every aspect in plan order, even one without tasks', () => {
    expect(p.byAspect!.map((r) => [r.key, r.count, r.behind])).toEqual([
      ['a1', 2, 1],
      ['a2', 2, 1],
      ['a3', 0, 0],
    ]);
    expect(p.byAspect![0]?.meanProgress).toBeCloseTo(0.45, 6); // (0.6 + 0.3) / 2
    expect(p.byAspect![1]?.meanProgress).toBeCloseTo(0.9, 6); // (1 + 0.8) / 2
    expect(p.byAspect![2]?.meanProgress).toBe(0);
  });

  it('counts a task serving two functions in both', () => {
    // C: t1, t4; T: t1, t2; O: t3 → 5 memberships for 4 tasks
    expect(p.byFunction!.map((r) => [r.key, r.count])).toEqual([
      ['C', 2],
      ['T', 2],
      ['O', 1],
    ]);
    expect(p.byFunction![1]?.counts.lagging).toBe(1);
  });

  it('rolls up by lead unit only, in the units list order', () => {
    expect(p.byLeadUnit!.map((r) => [r.key, r.count])).toEqual([
      ['u3', 1],
      ['u1', 2],
      ['u2', 1], // u2 co-leads t1 but is counted only for t2, which it leads
    ]);
  });

  it('ranks the lead units', () => {
    // u1: (0.6 + 1)/2 − 181/365 = 0.8 − 0.49589 = +0.30411; u2: 0.3 − 0.49589 = −0.19589; u3: 0.8 − 1 = −0.2
    expect(p.ranking!.map((r) => [r.unitId, r.rank])).toEqual([
      ['u1', 1],
      ['u2', 2],
      ['u3', 3],
    ]);
    expect(p.ranking![0]?.score).toBeCloseTo(0.30411, 5);
  });
});

describe('assessPlan: indicators and work items', () => {
  const p = assessPlan(data, AS_OF);

  it('rolls indicators up with no-data kept apart', () => {
    expect(p.indicatorsOverall!).toMatchObject({ key: 'all', count: 4, noData: 1, met: 1, atRisk: 1 });
    expect(p.indicatorsOverall!.counts).toEqual({
      notStarted: 0,
      done: 1,
      onTrack: 1,
      watch: 0,
      lagging: 1,
      overdue: 0,
      missed: 0,
    });
    // (0.575 + 0.80952 + min(1.2, 1)) / 3
    expect(p.indicatorsOverall!.meanAttainment).toBeCloseTo(0.79484, 5);
  });

  it('rolls indicators up by function', () => {
    const [c, t, o] = p.indicatorsByFunction!;
    expect(c).toMatchObject({ key: 'C', count: 2, atRisk: 1, met: 0 });
    expect(c?.meanAttainment).toBeCloseTo(0.69226, 5); // (0.575 + 0.80952) / 2
    expect(t).toMatchObject({ key: 'T', count: 2, atRisk: 1, met: 1 });
    expect(t?.meanAttainment).toBeCloseTo(0.90476, 5); // (0.80952 + 1) / 2
    expect(o).toMatchObject({ key: 'O', count: 1, noData: 1, meanAttainment: null });
  });

  it('tracks milestone work items like tasks', () => {
    const w1 = p.workItems[0];
    expect(w1?.status).toBe('onTrack'); // 0.5 − 0.49589
    expect(w1?.progress).toBe(0.5);
    expect(w1?.a?.timeProgress).toBeCloseTo(0.49589, 5);
  });

  it('judges indicator work items by their worst indicator', () => {
    const [, w2, w3, w4] = p.workItems;
    expect(w2?.status).toBe('lagging'); // onTrack and lagging → lagging
    expect(w2?.progress).toBeCloseTo(0.69226, 5); // (0.575 + 0.80952) / 2
    expect(w2?.a).toBeNull();
    expect(w3).toMatchObject({ status: null, progress: null }); // its only indicator has no data
    // w4 names i1; i4 names w4: both count. onTrack and done → onTrack; (0.575 + min(1.2, 1)) / 2
    expect(w4?.indicators.map((x) => x.indicator.id)).toEqual(['i1', 'i4']);
    expect(w4?.status).toBe('onTrack');
    expect(w4?.progress).toBeCloseTo(0.7875, 6);
  });
});

describe('assessPlan: failed resources', () => {
  it('counts an answer of no rows as zero rows (the source said so)', () => {
    const p = assessPlan({ ...data, units: [], tasks: [], indicators: [], workItems: [] }, AS_OF);
    expect(p.overall!).toMatchObject({ count: 0, meanProgress: 0, meanTimeProgress: 0, behind: 0 });
    expect(p.byAspect!).toHaveLength(3);
    expect(p.byFunction!).toHaveLength(3);
    expect(p.byLeadUnit!).toEqual([]);
    expect(p.ranking!).toEqual([]);
    expect(p.indicatorsOverall!).toMatchObject({ count: 0, noData: 0, meanAttainment: null });
  });

  it('ranks lead units missing from the units list after the known ones', () => {
    const p = assessPlan({ ...data, units: [] }, AS_OF);
    expect(p.byLeadUnit!.map((r) => r.key)).toEqual(['u1', 'u2', 'u3']);
  });
});

describe('assessPlan: missing is never zero', () => {
  it('gives null rollups, never zeros, when the tasks never arrived', () => {
    const p = assessPlan({ ...data, tasks: [], availability: { tasks: 'missing' } }, AS_OF);
    expect(p.availability.tasks).toBe('missing');
    expect(p.overall).toBeNull();
    expect(p.byAspect).toBeNull();
    expect(p.byFunction).toBeNull();
    expect(p.byLeadUnit).toBeNull();
    expect(p.ranking).toBeNull();
    // The indicators did arrive: their figures stand.
    expect(p.indicatorsOverall).not.toBeNull();
    expect(p.indicatorsByFunction).toHaveLength(3);
  });

  it('gives null indicator rollups when the indicators never arrived', () => {
    const p = assessPlan({ ...data, indicators: [], availability: { indicators: 'missing' } }, AS_OF);
    expect(p.indicatorsOverall).toBeNull();
    expect(p.indicatorsByFunction).toBeNull();
    expect(p.overall?.count).toBe(4);
  });

  it('counts rows kept from an earlier answer (stale), and says they are stale', () => {
    const p = assessPlan({ ...data, availability: { tasks: 'stale' } }, AS_OF);
    expect(p.availability.tasks).toBe('stale');
    expect(p.overall?.count).toBe(4);
  });

  it('has no aspects rollup when the plan is missing, though tasks are counted', () => {
    const p = assessPlan({ ...data, availability: { plan: 'missing' } }, AS_OF);
    expect(p.byAspect).toBeNull();
    expect(p.overall?.count).toBe(4);
  });

  it('treats a resource the source does not provide as absent, not as zero rows', () => {
    const p = assessPlan({ ...data, indicators: [], availability: { indicators: 'notProvided' } }, AS_OF);
    expect(p.indicatorsOverall).toBeNull();
  });
});

describe('assessPlan: an indicator work item past its due date', () => {
  const ind = makeIndicator({
    id: 'built',
    kind: 'cumulative',
    targets: [{ period: { start: '2021-01-01', end: '2023-12-31' }, value: 45 }],
    observations: valuesAt(['2021-01-01', 10], ['2021-12-31', 26]),
  });
  const item = makeWorkItem({ id: 'w', kind: 'indicator', indicatorIds: ['built'], due: '2021-12-31' });
  const at = (asOf: string) =>
    assessPlan({ ...data, indicators: [ind], workItems: [item] }, asOf).workItems[0]!.status;

  it('is missed once its own date is reached without its indicators met', () => {
    // The indicator's 2021–2023 target still runs (on track), but the item was due at the end of 2021.
    expect(at('2021-12-31')).toBe('missed');
    expect(at('2025-12-31')).toBe('missed');
  });

  it('is judged by its indicators before then', () => {
    expect(at('2021-12-30')).not.toBe('missed');
  });
});
