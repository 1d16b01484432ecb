import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTrack, overallProgressSeries } from '../../src/domain/metrics';
import type { IsoDate, Task } from '../../src/domain/schemas';
import { makeTask } from './builders';
import { propertyRuns } from '../support/property-runs';

// The sweep in overallProgressSeries must give exactly what assessing every task at every date gives.
const naive = (tasks: readonly Task[], dates: readonly IsoDate[]) =>
  dates.map((date) => {
    if (tasks.length === 0) return { date, progress: 0, timeProgress: 0 };
    let progress = 0;
    let tp = 0;
    for (const task of tasks) {
      const a = assessTrack(task, date);
      progress += a.progress;
      tp += a.timeProgress;
    }
    return { date, progress: progress / tasks.length, timeProgress: tp / tasks.length };
  });

const day = fc
  .integer({ min: 0, max: 5 * 365 })
  .map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const task = fc
  .record({
    span: fc.tuple(day, day),
    completedOn: fc.option(day),
    progress: fc.array(fc.record({ date: day, percent: fc.integer({ min: 0, max: 100 }) }), {
      maxLength: 12,
    }),
  })
  .map(({ span: [a, b], completedOn, progress }) => ({
    start: a < b ? a : b,
    due: a < b ? b : a,
    completedOn,
    progress,
  }));

describe('overallProgressSeries', () => {
  it('equals assessTrack at every date, for any reports (unsorted, same-day ties) and any dates', () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 8 }), fc.array(day, { maxLength: 10 }), (raw, dates) => {
        const tasks = raw.map((t, i) => makeTask({ id: `t${i}`, ...t }));
        expect(overallProgressSeries(tasks, dates)).toEqual(naive(tasks, dates));
      }),
      { numRuns: propertyRuns(300), seed: 6 },
    );
  });
});
