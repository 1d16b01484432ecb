import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPlan, latestDataDate, snapshotAt } from '../../src/domain/metrics';
import { isoDaysBetween } from '../support/arbitrary-dates';
import { planData as full } from '../support/fixture-plan';
import { mockPlanData } from '../support/mock-assessment';
import { propertyRuns } from '../support/property-runs';

// 200 cut dates in CI (about 7 s: each assesses the whole plan twice), 20 locally.
const RUNS = propertyRuns(200);

const isoDate = isoDaysBetween('2019-06-01', '2026-06-30');

describe('snapshotAt', () => {
  it('cut on the client, a full-history answer assesses as the API cut at that date does', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        const cut = snapshotAt(full, d);
        expect(cut).toEqual(mockPlanData(d));
        expect(assessPlan(cut, d)).toEqual(assessPlan(mockPlanData(d), d));
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('holds at the edges: month and year ends the fixture reports on', () => {
    for (const d of ['2020-12-31', '2021-06-30', '2021-12-31', '2023-12-31', '2025-09-30', '2025-12-31']) {
      expect(assessPlan(snapshotAt(full, d), d)).toEqual(assessPlan(mockPlanData(d), d));
    }
  });

  it('leaves a row with nothing later untouched (same object), so memos keyed on rows hold', () => {
    const latest = latestDataDate(full)!;
    const cut = snapshotAt(full, latest);
    expect(cut.tasks.every((t, i) => t === full.tasks[i])).toBe(true);
    expect(cut.indicators.every((x, i) => x === full.indicators[i])).toBe(true);
  });

  it('cuts every dated fact: nothing after the date survives', () => {
    const d = '2022-03-31';
    const cut = snapshotAt(full, d);
    const after = latestDataDate(cut);
    expect(after !== null && after <= d).toBe(true);
    expect(cut.tasks.some((t) => t.manualStatus && t.manualStatus.setAt > d)).toBe(false);
  });
});

describe('latestDataDate', () => {
  it('is the latest dated fact in the rows, null when none', () => {
    expect(latestDataDate({ tasks: [], indicators: [] })).toBeNull();
    expect(latestDataDate(full)).toBe('2025-12-31');
  });
});
