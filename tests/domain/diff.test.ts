import { describe, expect, it } from 'vitest';
import { assessPlan, diffAssessments, statusSeverity, type PlanData } from '../../src/domain/metrics';
import type { StatusCode } from '../../src/domain/schemas';
import { make2021Indicator, makePlan, makeTask, percentsAt } from './builders';

// Last joint meeting 2021-03-31 (time progress 90/365 = 0.24658), this one 2021-06-30 (181/365 = 0.49589).
const BEFORE = '2021-03-31';
const AFTER = '2021-06-30';

const tasks = [
  // before 0.2 − 0.24658 = −0.047 watch; after done → newly done, improved
  makeTask({
    id: 'd1',
    progress: percentsAt(['2021-03-31', 20], ['2021-06-15', 100]),
  }),
  // before 0.25 − 0.24658 = +0.003 on track; after 0.35 − 0.49589 = −0.146 lagging → newly behind, worsened
  makeTask({
    id: 'd2',
    progress: percentsAt(['2021-03-31', 25], ['2021-06-30', 35]),
  }),
  // before 0.1 − 0.24658 = −0.147 lagging; after 0.6 − 0.49589 = +0.104 on track → improved; m1 achieved
  makeTask({
    id: 'd3',
    progress: percentsAt(['2021-03-31', 10], ['2021-06-30', 60]),
    milestones: [
      { id: 'm1', name: 'm1', planned: '2021-05-31', actual: '2021-05-20' },
      { id: 'm0', name: 'm0', planned: '2021-03-01', actual: '2021-02-20' }, // before the last meeting
    ],
  }),
  // due 05-31: before 0.5 − 90/151 = −0.096 watch; after overdue → newly behind, worsened
  makeTask({ id: 'd4', due: '2021-05-31', progress: [{ date: '2021-03-31', percent: 50 }] }),
];

const indicators = [
  // before 9/40 = 0.225 vs 0.24658 → watch; after 23/40 = 0.575 vs 0.49589 → on track: improved
  make2021Indicator({ id: 'x1', kind: 'increment' }, 40, [
    ['2021-03-31', 9],
    ['2021-06-30', 23],
  ]),
  // before no data; after done → newly done, but not "improved" (nothing to compare)
  make2021Indicator({ id: 'x2', kind: 'milestone' }, 1, [['2021-05-10', 1]]),
];

const base: PlanData = { plan: makePlan(['a1']), units: [], tasks, indicators, workItems: [], projects: [] };
// d5 appears after the last meeting; d6 was dropped since.
const d5 = makeTask({ id: 'd5', progress: [{ date: '2021-06-30', percent: 50 }] });
const d6 = makeTask({ id: 'd6', due: '2021-02-28' });

const before = assessPlan({ ...base, tasks: [...tasks, d6] }, BEFORE);
const after = assessPlan({ ...base, tasks: [...tasks, d5] }, AFTER);
const diff = diffAssessments(before, after);

describe('statusSeverity', () => {
  it('orders done < onTrack < watch < lagging < overdue', () => {
    const order: StatusCode[] = ['done', 'onTrack', 'watch', 'lagging', 'overdue'];
    expect(order.map(statusSeverity)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('diffAssessments', () => {
  it('spans the two as-of dates', () => {
    expect([diff.from, diff.to]).toEqual([BEFORE, AFTER]);
  });

  it('reports each task of the later snapshot', () => {
    expect(diff.tasks.map((c) => [c.taskId, c.before, c.after])).toEqual([
      ['d1', 'watch', 'done'],
      ['d2', 'onTrack', 'lagging'],
      ['d3', 'lagging', 'onTrack'],
      ['d4', 'watch', 'overdue'],
      ['d5', null, 'onTrack'],
    ]);
  });

  it('gives progress before, after and the change', () => {
    const d1 = diff.tasks[0];
    expect(d1).toMatchObject({ progressBefore: 0.2, progressAfter: 1 });
    expect(d1?.progressDelta).toBeCloseTo(0.8, 9); // 1 − 0.2
    expect(diff.tasks[1]?.progressDelta).toBeCloseTo(0.1, 9); // 0.35 − 0.25
    expect(diff.tasks[4]).toMatchObject({ progressBefore: null, progressDelta: null, progressAfter: 0.5 });
  });

  it('lists milestones achieved in (before, after] only', () => {
    expect(diff.tasks[2]?.milestonesAchieved.map((m) => m.id)).toEqual(['m1']);
  });

  it('reports indicators with actual and attainment on both dates', () => {
    expect(diff.indicators).toEqual([
      {
        indicatorId: 'x1',
        before: 'watch',
        after: 'onTrack',
        actualBefore: 9,
        actualAfter: 23,
        attainmentBefore: 0.225, // 9 / 40
        attainmentAfter: 0.575, // 23 / 40
      },
      {
        indicatorId: 'x2',
        before: null,
        after: 'done',
        actualBefore: null,
        actualAfter: 1,
        attainmentBefore: null,
        attainmentAfter: 1,
      },
    ]);
  });

  it('summarises tasks and indicators together', () => {
    expect(diff.summary).toEqual({
      newlyDone: 2, // d1, x2
      newlyBehind: 2, // d2 (lagging), d4 (overdue)
      improved: 3, // d1 watch→done, d3 lagging→onTrack, x1 watch→onTrack
      worsened: 2, // d2 onTrack→lagging, d4 watch→overdue
      milestonesAchieved: 1, // m1
    });
  });

  it('is empty between a snapshot and itself', () => {
    const same = diffAssessments(after, after);
    expect(same.summary).toEqual({
      newlyDone: 0,
      newlyBehind: 0,
      improved: 0,
      worsened: 0,
      milestonesAchieved: 0,
    });
  });
});
