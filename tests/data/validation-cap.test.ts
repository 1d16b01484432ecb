import { describe, expect, it } from 'vitest';
import { http } from 'msw';
import { snapshotMeta } from '../../mock/handlers/shared';
import { invalidRows } from '../../mock/scenarios';
import { validateList } from '../../src/data/validate';
import { ISSUES_PER_FIELD, MAX_LISTED_ISSUES } from '../../src/data/validation-report';
import { selectFieldCounts } from '../../src/features/data-health/select-issues';

async function invalidAnswer(rows: number): Promise<unknown> {
  const [handler] = invalidRows({ rows, baseUrl: 'http://mock.test/api/v1' });
  const request = new Request('http://mock.test/api/v1/tasks');
  const result = await (handler as ReturnType<typeof http.get>).run({ request, requestId: 'x' });
  return (await result!.response!.json()) as unknown;
}

describe('a validation report stays bounded however many rows fail', () => {
  it('lists the first hundred failures of a field and counts the rest', async () => {
    const json = await invalidAnswer(20_000);
    const { report, data } = validateList('tasks', '/api/v1/tasks', json, 0);
    expect(data).toHaveLength(1);
    expect(report).toMatchObject({ received: 20_000, kept: 1, dropped: 19_999, issueCount: 19_999 });
    expect(report.issues).toHaveLength(ISSUES_PER_FIELD);
    expect(report.issues[0]).toMatchObject({ index: 1, path: 'due', got: '"2021-13-45"' });
    expect(report.fieldCounts).toEqual([{ field: 'due', count: 19_999 }]);
    expect(selectFieldCounts([{ resource: 'tasks', result: { report } }], null)).toEqual([
      { resource: 'tasks', field: 'due', count: 19_999, listed: ISSUES_PER_FIELD },
    ]);
  });

  it('folds array positions into one field, and never lists more than the overall cap', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({
      id: `T${i}`,
      progress: [
        { date: `bad-${i}`, percent: 1 },
        { date: `bad-${i}`, percent: 2 },
      ],
    }));
    const { report } = validateList('tasks', '/t', { meta: snapshotMeta('2021-06-30'), data: rows }, 0);
    expect(report.issues.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES);
    const progress = report.fieldCounts.find((f) => f.field === 'progress[].date');
    expect(progress?.count).toBeGreaterThanOrEqual(10_000);
    expect(report.issues.filter((i) => i.path.endsWith('].date'))).toHaveLength(ISSUES_PER_FIELD);
  });
});
