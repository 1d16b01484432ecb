import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateList, validatePlan } from '../../src/data/validate';
import type { ListResourceName } from '../../src/domain/schemas';

const doc = readFileSync(new URL('../../docs/data-contract.md', import.meta.url), 'utf8');
const examples = [...doc.matchAll(/`GET \/api\/v1\/([a-z-]+)\?asOf=[\d-]+`\s+```json\n([\s\S]*?)```/g)].map(
  (m) => ({
    path: m[1]!,
    json: JSON.parse(m[2]!) as unknown,
  }),
);

const resourceOf: Record<string, ListResourceName> = {
  units: 'units',
  tasks: 'tasks',
  indicators: 'indicators',
  'work-items': 'workItems',
  projects: 'projects',
};

describe('docs/data-contract.md examples', () => {
  it('has an example for every resource', () => {
    expect(examples.map((e) => e.path).sort()).toEqual([
      'indicators',
      'plan',
      'projects',
      'tasks',
      'units',
      'work-items',
    ]);
  });
  it.each(examples)('$path validates with no dropped rows', ({ path, json }) => {
    if (path === 'plan') {
      expect(() => validatePlan('/plan', json, 0)).not.toThrow();
    } else {
      const r = validateList(resourceOf[path]!, `/${path}`, json, 0);
      expect(r.report.issues).toEqual([]);
      expect(r.report.kept).toBeGreaterThan(0);
    }
  });
});
