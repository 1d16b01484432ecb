import { describe, expect, it } from 'vitest';
import { applyScenario, MOCK_API_URL } from '../../mock/node';
import { indicatorQueries, planQueries, taskQueries, unitQueries } from '../../src/data/queries';
import { failureOf } from '../support/api-failure';
import { mockApiConfig, noRetryClient, serveMockApi } from '../support/mock-server';

const config = mockApiConfig(1000);
const client = noRetryClient;
serveMockApi();

describe('the data layer against the mock', () => {
  it('loads every resource at an as-of date, all rows valid', async () => {
    const qc = client();
    const plan = await qc.fetchQuery(planQueries.detail(config, '2021-06-30'));
    expect(plan.meta.asOf).toBe('2021-06-30');
    expect(plan.data.aspects).toHaveLength(4);
    const tasks = await qc.fetchQuery({ ...taskQueries.list(config, '2021-06-30'), retry: false });
    expect(tasks.data).toHaveLength(15);
    expect(tasks.report).toMatchObject({ resource: 'tasks', received: 15, kept: 15, dropped: 0 });
    expect(tasks.data.every((t) => t.progress.every((p) => p.date <= '2021-06-30'))).toBe(true);
  });

  it('without a date, answers the latest state and says which date it is', async () => {
    const plan = await client().fetchQuery(planQueries.detail(config, null));
    expect(plan.meta.asOf).toBe('2025-12-31');
  });
});

describe('every fault scenario gives a specific, named failure', () => {
  it('serverError: HTTP 500, naming the resource and URL', async () => {
    applyScenario('serverError', { resource: 'tasks' });
    const e = await failureOf(client().fetchQuery(taskQueries.list(config, null)));
    expect(e).toMatchObject({ kind: 'http', resource: 'tasks', status: 500, url: `${MOCK_API_URL}/tasks` });
  });

  it('hang: times out after the configured time', async () => {
    applyScenario('hang', { resource: 'units' });
    const e = await failureOf(client().fetchQuery(unitQueries.list(config, null)));
    expect(e).toMatchObject({ kind: 'timeout', resource: 'units' });
    expect(e.reason).toBe('no answer within 1 s');
  });

  it('slow: late but correct', async () => {
    applyScenario('slow', { resource: 'units', delayMs: 300 });
    const r = await client().fetchQuery(unitQueries.list(config, null));
    expect(r.report.dropped).toBe(0);
    expect(r.data.length).toBeGreaterThan(10);
  });

  it('malformedJson: not valid JSON', async () => {
    applyScenario('malformedJson', { resource: 'indicators' });
    const e = await failureOf(client().fetchQuery(indicatorQueries.list(config, null)));
    expect(e).toMatchObject({ kind: 'parse', resource: 'indicators' });
    expect(e.reason).toMatch(/not valid JSON/);
  });

  it('htmlErrorPage: an HTML page where JSON was expected', async () => {
    applyScenario('htmlErrorPage', { resource: 'tasks' });
    const e = await failureOf(client().fetchQuery(taskQueries.list(config, null)));
    expect(e.kind).toBe('http');
    expect(e.status).toBe(502);
  });

  it('wrongShape: valid JSON of the wrong shape fails the resource as a whole', async () => {
    applyScenario('wrongShape', { resource: 'tasks' });
    const e = await failureOf(client().fetchQuery(taskQueries.list(config, null)));
    expect(e).toMatchObject({ kind: 'shape', resource: 'tasks' });
    applyScenario('wrongShape', { resource: 'plan' });
    expect((await failureOf(client().fetchQuery(planQueries.detail(config, null)))).kind).toBe('shape');
  });

  it('partialRows: bad rows dropped and reported with row id, field path, expected and got; good rows kept', async () => {
    applyScenario('partialRows', { resource: 'tasks' });
    const r = await client().fetchQuery(taskQueries.list(config, null));
    expect(r.report.received).toBe(15);
    expect(r.report.dropped).toBeGreaterThanOrEqual(2);
    expect(r.data).toHaveLength(15 - r.report.dropped);
    for (const issue of r.report.issues) {
      expect(issue.rowId).toMatch(/^T\d\d$/);
      expect(issue.path).not.toBe('');
      expect(issue.expected).not.toBe('');
      expect(issue.got).not.toBe('');
    }
  });

  it('empty: an empty list is valid data; an empty plan is a named failure', async () => {
    applyScenario('empty');
    const tasks = await client().fetchQuery(taskQueries.list(config, null));
    expect(tasks.data).toEqual([]);
    const e = await failureOf(client().fetchQuery(planQueries.detail(config, null)));
    expect(e).toMatchObject({ kind: 'empty', resource: 'plan' });
  });

  it('a failed refresh keeps the last good data', async () => {
    const qc = client();
    const opts = taskQueries.list(config, '2021-06-30');
    await qc.fetchQuery(opts);
    applyScenario('serverError', { resource: 'tasks' });
    await qc.refetchQueries({ queryKey: opts.queryKey });
    const state = qc.getQueryState(opts.queryKey);
    expect(state?.status).toBe('error');
    expect(qc.getQueryData(opts.queryKey)?.data).toHaveLength(15);
    expect(state?.dataUpdatedAt).toBeGreaterThan(0);
  });
});
