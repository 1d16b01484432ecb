import { describe, expect, it } from 'vitest';
import {
  monthEnds,
  overallProgressSeries,
  progressSeries,
  timeProgressSeries,
} from '../../src/domain/metrics';
import { makeTask, percentsAt } from './builders';

describe('monthEnds', () => {
  it('lists the month ends within the range', () => {
    expect(monthEnds('2021-01-15', '2021-04-30')).toEqual([
      '2021-01-31',
      '2021-02-28',
      '2021-03-31',
      '2021-04-30',
    ]);
    expect(monthEnds('2021-01-31', '2021-03-30')).toEqual(['2021-01-31', '2021-02-28']);
    expect(monthEnds('2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
    expect(monthEnds('2021-11-30', '2022-01-31')).toEqual(['2021-11-30', '2021-12-31', '2022-01-31']);
    expect(monthEnds('2021-01-01', '2021-01-30')).toEqual([]);
  });
});

describe('progressSeries', () => {
  it('gives reported progress as fractions up to asOf', () => {
    const task = makeTask({
      id: 't',
      progress: percentsAt(['2021-09-30', 80], ['2021-03-31', 20], ['2021-06-30', 50]),
    });
    expect(progressSeries(task, '2021-06-30')).toEqual([
      { date: '2021-03-31', progress: 0.2 },
      { date: '2021-06-30', progress: 0.5 },
    ]);
  });

  it('ends at 1 on the completion date when no 100% was reported', () => {
    const task = makeTask({
      id: 't',
      completedOn: '2021-05-20',
      progress: percentsAt(['2021-03-31', 20], ['2021-04-30', 80]),
    });
    expect(progressSeries(task, '2021-06-30').at(-1)).toEqual({ date: '2021-05-20', progress: 1 });
    expect(progressSeries(task, '2021-05-19')).toHaveLength(2);
  });
});

describe('timeProgressSeries', () => {
  it('samples time progress at the given dates', () => {
    const s = timeProgressSeries('2021-01-01', '2021-12-31', ['2020-12-31', '2021-06-30', '2022-01-01']);
    expect(s.map((x) => x.date)).toEqual(['2020-12-31', '2021-06-30', '2022-01-01']);
    expect(s[0]?.timeProgress).toBe(0);
    expect(s[1]?.timeProgress).toBeCloseTo(0.49589, 5); // 181 / 365
    expect(s[2]?.timeProgress).toBe(1);
  });
});

describe('overallProgressSeries', () => {
  it('averages progress and time progress over tasks at each date', () => {
    const tasks = [
      makeTask({
        id: 'a',
        progress: percentsAt(['2021-03-31', 20], ['2021-06-30', 50]),
      }),
      makeTask({ id: 'b', start: '2021-07-01', due: '2021-12-31' }), // not started: 0 and 0
    ];
    const s = overallProgressSeries(tasks, ['2021-03-31', '2021-06-30']);
    expect(s[0]?.progress).toBeCloseTo(0.1, 9); // (0.2 + 0) / 2
    expect(s[0]?.timeProgress).toBeCloseTo(0.12329, 5); // (90/365 + 0) / 2
    expect(s[1]?.progress).toBeCloseTo(0.25, 9); // (0.5 + 0) / 2
    expect(s[1]?.timeProgress).toBeCloseTo(0.24795, 5); // (181/365 + 0) / 2
  });

  it('is 0 for no tasks', () => {
    expect(overallProgressSeries([], ['2021-06-30'])).toEqual([
      { date: '2021-06-30', progress: 0, timeProgress: 0 },
    ]);
  });
});
