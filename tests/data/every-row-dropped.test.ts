import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/data/errors';
import { validateList } from '../../src/data/validate';
import { refuseIfEveryRowDropped } from '../../src/data/validation-report';

const meta = { asOf: '2025-12-31', source: 'test', generatedAt: '2025-12-31T18:00:00+08:00' };
const unit = (id: string) => ({ id, name: `单位${id}`, shortName: id, kind: 'district' });

describe('refuseIfEveryRowDropped', () => {
  it('passes a list with at least one good row, and an empty list', () => {
    const some = validateList('units', '/units', { meta, data: [unit('U1'), { id: 'U2' }] }, 0);
    expect(refuseIfEveryRowDropped(some, '/units').data).toHaveLength(1);
    const none = validateList('units', '/units', { meta, data: [] }, 0);
    expect(refuseIfEveryRowDropped(none, '/units').data).toEqual([]);
  });

  it('refuses a list whose every row failed, naming the count and the first failure', () => {
    // As after a field rename at the source: `name` became `title` in every row.
    const renamed = [unit('U1'), unit('U2')].map(({ name, ...rest }) => ({ ...rest, title: name }));
    const result = validateList('units', '/api/units', { meta, data: renamed }, 0);
    expect(result.report.dropped).toBe(2);
    let error: unknown;
    try {
      refuseIfEveryRowDropped(result, '/api/units');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(String((error as Error).message)).toMatch(
      /units: every row failed validation \(2 of 2\); first: row U1: name expected string, got missing/,
    );
  });
});
