import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigErrorScreen } from './app/config-error-screen';
import { configUrlFromLocation, loadConfig, type AppConfig } from './data/config';
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

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  let config: AppConfig;
  try {
    config = await loadConfig(configUrlFromLocation(window.location.search, window.location.href, `${import.meta.env.BASE_URL}config.json`), {
      VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL,
      VITE_MOCK: import.meta.env.VITE_MOCK,
    });
  } catch (e) {
    root.render(<ConfigErrorScreen error={e} />);
    return;
  }
  if (config.mock.enabled) await startMock(config);
  // A transition, so React renders the first screen in slices rather than one long task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  );
}

void boot();
