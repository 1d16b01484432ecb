import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPlan } from '../../src/domain/metrics';
import { ApiError } from '../../src/data/errors';
import { validateList, validatePlan } from '../../src/data/validate';
import type { ListResourceName } from '../../src/domain/schemas';
import { mockPlanData } from '../support/mock-assessment';
import { propertyRuns } from '../support/property-runs';

// Arbitrary JSON at the data boundary: the result is always data (with a report) or a named ApiError.
const SEED = 20211231;
const RUNS = propertyRuns(10_000);
const meta = { asOf: '2021-06-30', source: 'prop', generatedAt: '2021-06-30T18:00:00+08:00' };

/** Arbitrary JSON, plus rows that look almost right (real fixture rows with fields replaced by junk). */
function rowsLike(resource: ListResourceName) {
  const real = mockPlanData('2025-12-31')[resource] as unknown as Record<string, unknown>[];
  const mutated = fc
    .tuple(
      fc.constantFrom(...real),
      fc.dictionary(fc.constantFrom(...Object.keys(real[0]!)), fc.jsonValue(), { maxKeys: 3 }),
    )
    .map(([row, junk]) => ({ ...row, ...junk }));
  return fc.array(fc.oneof(mutated, fc.jsonValue()), { maxLength: 8 });
}

function outcome(run: () => unknown): 'ok' | 'named-error' {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof ApiError && e.reason.length > 0) return 'named-error';
    throw e;
  }
}

describe('validation never throws past the boundary', () => {
  it.each(['units', 'tasks', 'indicators', 'workItems', 'projects'] as const)(
    '%s: any JSON gives rows + report or an ApiError',
    (resource) => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue(),
            rowsLike(resource).map((data) => ({ meta, data })),
          ),
          (json) => {
            const r = outcome(() => {
              const res = validateList(resource, `/${resource}`, json, 0);
              expect(res.report.kept + res.report.dropped).toBe(res.report.received);
              expect(res.data.length).toBe(res.report.kept);
            });
            expect(['ok', 'named-error']).toContain(r);
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    },
  );

  it('plan: any JSON gives a plan or an ApiError', () => {
    const plan = mockPlanData('2025-12-31').plan as unknown as Record<string, unknown>;
    const nearPlan = fc
      .dictionary(fc.constantFrom(...Object.keys(plan)), fc.jsonValue(), { maxKeys: 3 })
      .map((junk) => ({ meta, data: { ...plan, ...junk } }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearPlan), (json) => {
        expect(['ok', 'named-error']).toContain(outcome(() => validatePlan('/plan', json, 0)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('metrics never throw on whatever rows validation keeps', () => {
    const base = mockPlanData('2025-12-31');
    fc.assert(
      fc.property(
        rowsLike('tasks'),
        rowsLike('indicators'),
        fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (tasks, indicators, date) => {
          const t = validateList('tasks', '/t', { meta, data: tasks }, 0).data;
          const i = validateList('indicators', '/i', { meta, data: indicators }, 0).data;
          const a = assessPlan({ ...base, tasks: t, indicators: i }, date.toISOString().slice(0, 10));
          expect(a.overall!.count).toBe(t.length);
          for (const x of a.tasks)
            expect(Number.isFinite(x.a.progress) && Number.isFinite(x.a.timeProgress)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: propertyRuns(2_000) },
    );
  });
});
