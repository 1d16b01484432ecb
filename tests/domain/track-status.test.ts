import { describe, expect, it } from 'vitest';
import { assessTrack, DEFAULT_THRESHOLDS } from '../../src/domain/metrics';
import { makeTask, percentsAt } from './builders';

// Unless stated, tasks run 2021-01-01..2021-12-31 and are assessed at 2021-06-30:
// time progress = 181 / 365 = 0.49589.
const AS_OF = '2021-06-30';

describe('assessTrack: the five statuses', () => {
  it('on track when progress is at or ahead of time progress', () => {
    const a = assessTrack(makeTask({ id: 't', progress: [{ date: '2021-06-30', percent: 50 }] }), AS_OF);
    expect(a.status).toBe('onTrack');
    expect(a.progress).toBe(0.5); // 50 / 100
    expect(a.timeProgress).toBeCloseTo(0.49589, 5); // 181 / 365
    expect(a.gap).toBeCloseTo(0.00411, 5); // 0.5 − 0.49589
    expect(a.started).toBe(true);
    expect(a.done).toBe(false);
  });

  it('watch when progress trails by up to 10 points', () => {
    const a = assessTrack(makeTask({ id: 't', progress: [{ date: '2021-06-30', percent: 45 }] }), AS_OF);
    expect(a.gap).toBeCloseTo(-0.04589, 5); // 0.45 − 0.49589
    expect(a.status).toBe('watch');
  });

  it('lagging when progress trails by more than 10 points', () => {
    const a = assessTrack(makeTask({ id: 't', progress: [{ date: '2021-06-30', percent: 35 }] }), AS_OF);
    expect(a.gap).toBeCloseTo(-0.14589, 5); // 0.35 − 0.49589
    expect(a.status).toBe('lagging');
  });

  it('exactly 10 points behind is watch, not lagging, despite floating point', () => {
    // 10-day period, day 8: time progress 8 / 10 = 0.8; 0.7 − 0.8 is −0.10000000000000009 in floats.
    const short = { start: '2021-01-01', due: '2021-01-10' };
    const exact = makeTask({ id: 't', ...short, progress: [{ date: '2021-01-08', percent: 70 }] });
    expect(assessTrack(exact, '2021-01-08').status).toBe('watch');
    const past = makeTask({ id: 't', ...short, progress: [{ date: '2021-01-08', percent: 69 }] });
    expect(assessTrack(past, '2021-01-08').status).toBe('lagging'); // 0.69 − 0.8 = −0.11
  });

  it('overdue when the due date has passed and the task is not done', () => {
    const task = makeTask({ id: 't', due: '2021-06-30', progress: [{ date: '2021-06-20', percent: 90 }] });
    // On the due day it is still in time: 0.9 − 1 = −0.1 → watch, not overdue.
    expect(assessTrack(task, '2021-06-30').status).toBe('watch');
    const a = assessTrack(task, '2021-07-01');
    expect(a.status).toBe('overdue');
    expect(a.timeProgress).toBe(1);
    expect(a.progress).toBe(0.9);
  });

  it('done at 100% with the date of the first 100% point', () => {
    const task = makeTask({
      id: 't',
      progress: percentsAt(['2021-03-31', 60], ['2021-05-15', 100], ['2021-06-15', 100]),
    });
    const a = assessTrack(task, AS_OF);
    expect(a.status).toBe('done');
    expect(a.done).toBe(true);
    expect(a.progress).toBe(1);
    expect(a.completedOn).toBe('2021-05-15');
  });
});

describe('assessTrack: edges', () => {
  it('a task not yet started is 未开始 with progress 0, not on track', () => {
    const a = assessTrack(makeTask({ id: 't', start: '2021-09-01', due: '2021-12-31' }), AS_OF);
    expect(a).toMatchObject({
      status: 'notStarted',
      progress: 0,
      timeProgress: 0,
      gap: 0,
      started: false,
      latest: null,
    });
  });

  it('a task completed early is done from its completion date, with progress 1', () => {
    const task = makeTask({
      id: 't',
      completedOn: '2021-05-20',
      progress: [{ date: '2021-04-30', percent: 80 }],
    });
    const a = assessTrack(task, AS_OF);
    expect(a).toMatchObject({ status: 'done', done: true, progress: 1, completedOn: '2021-05-20' });
    expect(a.latest?.percent).toBe(80); // the last report is still shown with its note
    // The day before it was completed: 0.8 vs 121/365 = 0.33151 → on track, not done yet.
    const before = assessTrack(task, '2021-05-01');
    expect(before).toMatchObject({ status: 'onTrack', done: false, progress: 0.8, completedOn: null });
  });

  it('a task completed after its due date is done, not overdue', () => {
    const task = makeTask({ id: 't', due: '2021-06-30', completedOn: '2021-07-10' });
    expect(assessTrack(task, '2021-07-05').status).toBe('overdue');
    expect(assessTrack(task, '2021-07-15').status).toBe('done');
  });

  it('ignores progress points dated after asOf', () => {
    const task = makeTask({
      id: 't',
      progress: [
        { date: '2021-09-30', percent: 100 },
        { date: '2021-06-30', percent: 50, note: 'half' },
      ],
    });
    const a = assessTrack(task, AS_OF);
    expect(a.progress).toBe(0.5);
    expect(a.latest).toEqual({ date: '2021-06-30', percent: 50, note: 'half' });
    expect(a.done).toBe(false);
  });

  it('of two points on one day takes the later-listed one', () => {
    const task = makeTask({
      id: 't',
      progress: percentsAt(['2021-06-30', 40], ['2021-06-30', 55]),
    });
    expect(assessTrack(task, AS_OF).progress).toBe(0.55);
  });
});

describe('assessTrack: milestones', () => {
  const onPace = [{ date: '2021-06-30', percent: 60 }]; // gap +0.104: only milestones can turn it watch
  /** An on-pace task with milestones written as [id, planned, actual] rows (each named by its id). */
  const onPaceWith = (...rows: Array<[id: string, planned: string, actual: string | null]>) =>
    makeTask({
      id: 't',
      progress: onPace,
      milestones: rows.map(([id, planned, actual]) => ({ id, name: id, planned, actual })),
    });

  it('a milestone due within watchWindowDays turns an on-track task to watch', () => {
    const task = onPaceWith(['m', '2021-07-30', null]); // 30 days ahead
    const a = assessTrack(task, AS_OF);
    expect(a.status).toBe('watch');
    expect(a.nextMilestone?.id).toBe('m');
  });

  it('a milestone 31 days ahead does not', () => {
    const task = onPaceWith(['late', '2021-10-31', null], ['next', '2021-07-31', null]);
    const a = assessTrack(task, AS_OF);
    expect(a.status).toBe('onTrack');
    expect(a.nextMilestone?.id).toBe('next'); // the earliest open one
  });

  it('the window follows the configured watchWindowDays', () => {
    const task = onPaceWith(['m', '2021-07-30', null]);
    expect(assessTrack(task, AS_OF, { ...DEFAULT_THRESHOLDS, watchWindowDays: 29 }).status).toBe('onTrack');
  });

  it('a milestone achieved already is neither next nor a reason to watch', () => {
    const task = onPaceWith(['m', '2021-07-15', '2021-06-20']);
    const a = assessTrack(task, AS_OF);
    expect(a.status).toBe('onTrack');
    expect(a.nextMilestone).toBeNull();
  });

  it('an achievement dated after asOf is not yet known', () => {
    const task = onPaceWith(['m', '2021-07-15', '2021-07-05']);
    const a = assessTrack(task, AS_OF);
    expect(a.nextMilestone?.id).toBe('m');
    expect(a.status).toBe('watch');
  });

  it('a missed milestone turns an on-track task to watch', () => {
    const task = onPaceWith(
      ['missed', '2021-06-15', '2021-07-10'], // achieved only later
      ['met', '2021-03-31', '2021-03-30'],
    );
    const a = assessTrack(task, AS_OF);
    expect(a.status).toBe('watch');
    expect(a.missedMilestones.map((m) => m.id)).toEqual(['missed']);
  });

  it('lagging outranks a milestone in the window', () => {
    const task = makeTask({
      id: 't',
      progress: [{ date: '2021-06-30', percent: 20 }],
      milestones: [{ id: 'm', name: 'm', planned: '2021-07-10', actual: null }],
    });
    expect(assessTrack(task, AS_OF).status).toBe('lagging'); // 0.2 − 0.49589 = −0.296
  });
});

describe('assessTrack: manual status', () => {
  const task = makeTask({
    id: 't',
    progress: [{ date: '2021-06-30', percent: 50 }],
    manualStatus: { status: 'watch', reason: '土地出让延期', setBy: '区科委', setAt: '2021-07-01' },
  });

  it('is not in force before the day it was set', () => {
    const a = assessTrack(task, AS_OF);
    expect(a.manual).toBeNull();
    expect(a.status).toBe('onTrack');
  });

  it('wins from the day it was set, keeping the computed status alongside', () => {
    const a = assessTrack(task, '2021-07-01'); // 0.5 − 182/365 = +0.0014 → computed on track
    expect(a.status).toBe('watch');
    expect(a.computed).toBe('onTrack');
    expect(a.manual?.reason).toBe('土地出让延期');
  });

  it('is ignored without a written reason', () => {
    // The schema already rejects this; the metric does not rely on it.
    const blank = { ...task, manualStatus: { status: 'done' as const, reason: '   ', setAt: '2021-01-01' } };
    const a = assessTrack(blank, AS_OF);
    expect(a.manual).toBeNull();
    expect(a.status).toBe('onTrack');
  });
});

describe('assessTrack: not started (未开始)', () => {
  const later = { id: 't', start: '2021-09-01', due: '2022-12-31' };

  it('is not started before its start even with a milestone in the watch window', () => {
    const task = makeTask({
      ...later,
      milestones: [{ id: 'm', name: 'm', planned: '2021-07-15', actual: null }],
    });
    expect(assessTrack(task, AS_OF).status).toBe('notStarted');
  });

  it('is judged by the rules from its start day', () => {
    const a = assessTrack(makeTask(later), '2021-09-01');
    expect(a.status).not.toBe('notStarted');
    expect(a.started).toBe(true);
  });

  it('a progress report before the start means the work has begun', () => {
    const task = makeTask({ ...later, progress: [{ date: '2021-06-01', percent: 5 }] });
    expect(assessTrack(task, AS_OF).status).toBe('onTrack');
  });

  it('done wins over not started (completed ahead of its start date)', () => {
    const task = makeTask({ ...later, completedOn: '2021-06-01' });
    expect(assessTrack(task, AS_OF).status).toBe('done');
  });
});

describe('assessTrack: reported status beside the rules', () => {
  // 35% at 2021-06-30 of 2021: 0.35 − 0.4959 = −0.146 → lagging by the rule.
  const behind = { id: 't', progress: [{ date: '2021-06-30', percent: 35 }] };

  it('keeps the source status and flags where it differs from the rule', () => {
    const a = assessTrack(makeTask({ ...behind, reportedStatus: 'onTrack' }), AS_OF);
    expect(a).toMatchObject({ status: 'lagging', computed: 'lagging', reported: 'onTrack' });
    expect(a.reportedDiffers).toBe(true);
  });

  it('does not flag agreement, nor a source without a status column', () => {
    expect(assessTrack(makeTask({ ...behind, reportedStatus: 'lagging' }), AS_OF).reportedDiffers).toBe(
      false,
    );
    const none = assessTrack(makeTask(behind), AS_OF);
    expect(none.reported).toBeNull();
    expect(none.reportedDiffers).toBe(false);
  });

  it('never lets the reported status replace the status shown', () => {
    const a = assessTrack(makeTask({ ...behind, reportedStatus: 'done' }), AS_OF);
    expect(a.status).toBe('lagging');
  });
});

describe('assessTrack: 最新进展 is the latest note', () => {
  it('skips newer points without a note and keeps the noted point with its date', () => {
    const task = makeTask({
      id: 't',
      progress: [
        { date: '2021-04-30', percent: 30, note: '完成方案初稿' },
        { date: '2021-05-31', percent: 35 },
        { date: '2021-06-30', percent: 40, note: '  ' },
      ],
    });
    const a = assessTrack(task, AS_OF);
    expect(a.latest?.date).toBe('2021-06-30');
    expect(a.latestNote).toMatchObject({ date: '2021-04-30', note: '完成方案初稿' });
  });

  it('ignores notes written after the as-of date', () => {
    const task = makeTask({ id: 't', progress: [{ date: '2021-07-31', percent: 60, note: '后来' }] });
    expect(assessTrack(task, AS_OF).latestNote).toBeNull();
  });
});
