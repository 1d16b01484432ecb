import { describe, expect, it } from 'vitest';
import { applyScenario, MOCK_API_URL } from '../../mock/node';
import { XSS_PAYLOADS } from '../../mock/xss';
import { validateList, validatePlan } from '../../src/data/validate';
import { serveMockApi } from '../support/mock-server';

serveMockApi();

describe('the xss scenario', () => {
  it('keeps every row valid while every text field carries a payload', async () => {
    applyScenario('xss');
    const plan = validatePlan('/plan', await (await fetch(`${MOCK_API_URL}/plan`)).json(), 0);
    expect(XSS_PAYLOADS.some((p) => plan.data.name.startsWith(p))).toBe(true);
    for (const [resource, path] of [
      ['tasks', 'tasks'],
      ['indicators', 'indicators'],
      ['units', 'units'],
      ['workItems', 'work-items'],
      ['projects', 'projects'],
    ] as const) {
      const r = validateList(resource, path, await (await fetch(`${MOCK_API_URL}/${path}`)).json(), 0);
      expect(r.report.issues, resource).toEqual([]);
      expect(r.data.length).toBeGreaterThan(0);
    }
  });
});
