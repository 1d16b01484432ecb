// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { allFresh, describeNode } from '../../src/data/kept-headline';
import type { ResourceState } from '../../src/data/use-plan-data';

describe('the kept headline', () => {
  it('keeps text, classes, test ids and segment widths; never markup, charts or attributes', () => {
    const row = document.createElement('div');
    row.className = 'kpi-row';
    row.innerHTML =
      '<section class="panel"><p class="kpi-figure"><span class="num big" data-testid="task-count" onclick="x()">15</span></p>' +
      '<span class="status-seg" style="flex-grow: 4"></span><canvas></canvas><svg></svg><b>&lt;img&gt;</b></section>';
    expect(describeNode(row)).toEqual({
      t: 'div',
      c: 'kpi-row',
      k: [
        {
          t: 'section',
          c: 'panel',
          k: [
            { t: 'p', c: 'kpi-figure', k: [{ t: 'span', c: 'num big', id: 'task-count', x: '15' }] },
            { t: 'span', c: 'status-seg', g: 4 },
          ],
        },
      ],
    });
  });

  it('keeps nothing from a tree too large to be a headline', () => {
    const row = document.createElement('div');
    for (let i = 0; i < 300; i++) row.appendChild(document.createElement('span'));
    expect(describeNode(row)).toBeNull();
  });

  it('keeps figures only when every answer is in, fresh and settled', () => {
    const r = (over: Partial<ResourceState>): ResourceState => ({
      resource: 'tasks',
      status: 'success',
      error: null,
      updatedAt: 1,
      lastErrorAt: 0,
      fetching: false,
      report: null,
      meta: null,
      ...over,
    });
    const state = (resources: ResourceState[]) => ({
      resources,
      pending: false,
      asOf: '2025-12-31' as never,
    });
    expect(allFresh(state([r({}), r({ status: 'notProvided' })]))).toBe(true);
    expect(allFresh(state([r({}), r({ fetching: true })]))).toBe(false);
    expect(allFresh(state([r({}), r({ error: new Error('down') })]))).toBe(false);
    expect(allFresh(state([r({}), r({ status: 'pending' })]))).toBe(false);
    expect(allFresh({ ...state([r({})]), asOf: null })).toBe(false);
  });
});
