import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProvided, parseConfig } from '../../src/data/config';
import { planDataQueries, resourceQueryKey } from '../../src/data/queries';
import { isUndated } from '../../src/data/undated';
import { testConfig } from '../support/test-config';

describe('a resource the source does not provide', () => {
  it('is declared with false or { "provided": false }; others stay provided', () => {
    const c = testConfig({ resources: { workItems: false, projects: { provided: false } } }, 'config.json');
    expect(isProvided(c, 'workItems')).toBe(false);
    expect(isProvided(c, 'projects')).toBe(false);
    expect(isProvided(c, 'tasks')).toBe(true);
    expect(isProvided(testConfig({}, 'config.json'), 'projects')).toBe(true);
  });

  it('is never requested: its query is disabled', () => {
    const c = testConfig({ resources: { workItems: false } }, 'config.json');
    const enabled = planDataQueries(c, null).map((q) => (q as { enabled?: unknown }).enabled);
    expect(enabled).toEqual([undefined, true, true, true, false, true]);
  });

  it('cannot be the plan', () => {
    expect(() => testConfig({ resources: { plan: false } }, 'config.json')).toThrow(
      /resources\.plan: the plan cannot be left out/,
    );
  });
});

describe('a source whose requests name no date', () => {
  const example = (name: string) =>
    parseConfig(JSON.parse(readFileSync(`examples/${name}.config.json`, 'utf8')) as unknown, name);

  it('shares one cache entry across dates (no second round trip for the compare date)', () => {
    const c = testConfig({ resources: { tasks: { url: 'https://x.example/list' } } }, 'config.json');
    expect(isUndated(c, 'tasks')).toBe(true);
    expect(resourceQueryKey('tasks', c, '2021-06-30')).toEqual(resourceQueryKey('tasks', c, '2023-12-31'));
    expect(resourceQueryKey('tasks', c, '2021-06-30')).toEqual(resourceQueryKey('tasks', c, null));
  });

  it('keeps one entry per date when the date is in the URL, query or body (the canonical API too)', () => {
    const canonical = testConfig({}, 'config.json');
    expect(isUndated(canonical, 'tasks')).toBe(false);
    const q = testConfig(
      { resources: { tasks: { url: 'https://x.example/list', query: { d: '{asOf}' } } } },
      'c',
    );
    expect(isUndated(q, 'tasks')).toBe(false);
    expect(isUndated(example('ledger'), 'tasks')).toBe(false);
  });
});
