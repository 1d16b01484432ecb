import { setupServer } from 'msw/node';
import type { ResourceName } from '../src/domain/schemas';
import { createHandlers } from './handlers';
import { scenarioHandlers, type ScenarioName, type SlowOptions } from './scenarios';
import type { ScaleScenarioOptions } from './scale';

/**
 * The URL Node tests should fetch, e.g. `${MOCK_API_URL}/tasks?asOf=2021-06-30`. Node has no page
 * origin to resolve relative paths against, so the handlers here match `/api/v1/...` on ANY origin
 * (`*` wildcard): tests under jsdom (origin http://localhost:3000) work as well.
 */
export const MOCK_API_URL = 'http://localhost/api/v1';

/** The handler base used by `server`; pass it to scenarioHandlers when calling server.use yourself. */
export const NODE_HANDLER_BASE_URL = '*/api/v1';

export const server = setupServer(...createHandlers(undefined, { baseUrl: NODE_HANDLER_BASE_URL }));

/** Puts a scenario in front of the normal handlers until `server.resetHandlers()`. */
export function applyScenario(
  name: ScenarioName,
  opts: { resource?: ResourceName; delayMs?: number } & Omit<ScaleScenarioOptions, 'baseUrl'> = {},
): void {
  const scenarioOpts: SlowOptions & ScaleScenarioOptions = { ...opts, baseUrl: NODE_HANDLER_BASE_URL };
  server.use(...scenarioHandlers(name, scenarioOpts));
}
