import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigErrorScreen } from './app/config-error-screen';
import { configFetch, prefetchPlanData } from './app/early-start';
import { createQueryClient } from './app/providers';
import type { AppConfig } from './data/config';
import { configUrlFromLocation, loadConfig } from './data/load-config';
import { warmParseWorker } from './data/parse-runner';
import { preloadOverviewCharts } from './features/overview/overview-page';
import './app/styles.css';

async function startMock(config: AppConfig) {
  // The mock is loaded only when the runtime config asks for it, so a deployer's bundle never runs it.
  const params = new URLSearchParams(window.location.search);
  const { startMockWorker } = await import('../mock/browser');
  // `?mockScenario=scale&mockScale=100` (or `&mockTasks=10000&mockIndicators=2000`): the plan at scale.
  const num = (key: string) => (params.get(key) ? Number(params.get(key)) : undefined);
  await startMockWorker({
    scenario: (params.get('mockScenario') ?? config.mock.scenario ?? null) as never,
    resource: (params.get('mockResource') ?? undefined) as never,
    scale: { factor: num('mockScale'), tasks: num('mockTasks'), indicators: num('mockIndicators') },
  });
}

/** The overview is the site's root page (and what an unknown path shows). */
const isOverview = (pathname: string) =>
  `${pathname}/`.startsWith(import.meta.env.BASE_URL) && pathname.length <= import.meta.env.BASE_URL.length;

async function boot() {
  // The worker that checks config.json and the answers: the one public/boot.js started, or one started
  // now, while config.json is on its way.
  warmParseWorker();
  const root = createRoot(document.getElementById('root')!);
  let config: AppConfig;
  try {
    const url = configUrlFromLocation(
      window.location.search,
      window.location.href,
      `${import.meta.env.BASE_URL}config.json`,
    );
    const env = {
      VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL,
      VITE_MOCK: import.meta.env.VITE_MOCK,
    };
    config = await loadConfig(url, env, configFetch(url, window.location.href));
  } catch (e) {
    root.render(<ConfigErrorScreen error={e} />);
    return;
  }
  if (config.mock.enabled) await startMock(config);
  const queryClient = createQueryClient();
  prefetchPlanData(queryClient, config, window.location.search);
  if (isOverview(window.location.pathname)) preloadOverviewCharts();
  // A transition, so React renders the first screen in slices rather than one long task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App config={config} queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}

void boot();
