import type { RequestHandler } from 'msw';
import { fixtures, type Fixtures } from '../fixtures';
import { foreignHandlers } from '../foreign';
import { indicatorsHandler } from './indicators';
import { planHandler } from './plan';
import { projectsHandler } from './projects';
import type { HandlerOptions } from './shared';
import { tasksHandler } from './tasks';
import { unitsHandler } from './units';
import { workItemsHandler } from './work-items';

export { DEFAULT_BASE_URL, MOCK_SOURCE, resourceUrl, snapshotMeta, type HandlerOptions } from './shared';
export { indicatorsHandler, planHandler, projectsHandler, tasksHandler, unitsHandler, workItemsHandler };

/**
 * The normal (fault-free) handlers for all six resources, plus the same data in three foreign shapes
 * under `/foreign/...` (mock/foreign); `overrides` swaps in other fixture data.
 */
export function createHandlers(
  overrides: Partial<Fixtures> = {},
  opts: HandlerOptions = {},
): RequestHandler[] {
  const data: Fixtures = { ...fixtures, ...overrides };
  return [
    planHandler(data.plan, opts),
    unitsHandler(data.units, opts),
    tasksHandler(data.tasks, opts),
    indicatorsHandler(data.indicators, opts),
    workItemsHandler(data.workItems, opts),
    projectsHandler(data.projects, opts),
    ...foreignHandlers(data, opts.baseUrl),
  ];
}
