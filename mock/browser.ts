import { setupWorker, type SetupWorker } from 'msw/browser';
import type { ResourceName } from '../src/domain/schemas';
import { createHandlers } from './handlers';
import { DEFAULT_BASE_URL } from './handlers/shared';
import type { ScaleOptions } from './scale';
import { isScenarioName, scenarioHandlers, toResourceName, type ScenarioName } from './scenarios';

export interface MockControl {
  /** Replaces the active scenario (none stack); `null` goes back to normal answers. `scale`: options of scenario `scale`. */
  use(name: ScenarioName | null, resource?: ResourceName, scale?: ScaleOptions): void;
  reset(): void;
  readonly scenario: { name: ScenarioName; resource?: ResourceName; scale?: ScaleOptions } | null;
}

declare global {
  interface Window {
    /** Runtime switch for end-to-end tests and the playground; present only while the mock runs. */
    __zerobayMock?: MockControl;
  }
}

export interface StartMockWorkerOptions {
  scenario?: ScenarioName | null;
  resource?: ResourceName;
  baseUrl?: string;
  /** For scenario `scale`: `{ factor, tasks, indicators }` (mock/scale.ts). */
  scale?: ScaleOptions;
}

export async function startMockWorker(opts: StartMockWorkerOptions = {}): Promise<SetupWorker> {
  const baseUrl = opts.baseUrl ?? DEFAULT_BASE_URL;
  const worker = setupWorker(...createHandlers(undefined, { baseUrl }));
  let active: MockControl['scenario'] = null;

  // Names arrive from URL parameters and config files, so unknown ones are reported, not trusted.
  const applyScenario = (name: ScenarioName | null, resource?: ResourceName, scale?: ScaleOptions) => {
    worker.resetHandlers();
    active = null;
    if (name === null || name === undefined) return;
    if (!isScenarioName(name)) {
      console.warn(`[zerobay mock] unknown scenario ${JSON.stringify(name)}; answering normally`);
      return;
    }
    const target = resource === undefined ? undefined : toResourceName(resource);
    if (resource !== undefined && target === undefined) {
      console.warn(`[zerobay mock] unknown resource ${JSON.stringify(resource)}; applying ${name} to all`);
    }
    try {
      worker.use(
        ...scenarioHandlers(name, { ...(name === 'scale' ? scale : {}), resource: target, baseUrl }),
      );
    } catch (e) {
      console.warn(
        `[zerobay mock] scenario ${name}: ${e instanceof Error ? e.message : String(e)}; answering normally`,
      );
      return;
    }
    active = {
      name,
      ...(target ? { resource: target } : {}),
      ...(name === 'scale' && scale ? { scale } : {}),
    };
  };

  applyScenario(opts.scenario ?? null, opts.resource, opts.scale);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });

  window.__zerobayMock = {
    use: applyScenario,
    reset: () => applyScenario(null),
    get scenario() {
      return active;
    },
  };
  return worker;
}
