// First: a reload's kept headline is painted before the rest of the app's code runs.
import './app/paint-first';
// Second: config.json read and the report date's requests sent before the rest of the app is evaluated.
import { configStart, takeFirstConfig } from './app/config-first';
import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { configRetryDelayMs, interruptibleWait } from './app/boot-retry';
import { prefetchPlanData } from './app/early-start';
import { createQueryClient } from './app/providers';
import { startShellWorkerWhenSettled } from './app/start-shell-worker';
import { keepAnswers, readKeptAnswers } from './app/query-persistence';
import { buildEnv } from './data/build-env';
import type { AppConfig } from './data/config';
import { loadConfig } from './data/load-config';
import { warmParseWorker } from './data/parse-runner';
import { sourceKey } from './data/source-key';
import { atMost } from './lib/at-most';
import { i18n, loadLanguage } from './lib/i18n';
import { preloadOverviewCharts } from './features/overview/overview-page';
import './app/styles.css';
import './app/print.css';
import './app/kept-headline.css';

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

/** How long the first render waits for the kept answers to be read and checked. */
const KEPT_WAIT_MS = 1000;

/**
 * How long a cold start's first render waits for the report date's answers. Rendered with them, the view
 * is rendered and laid out once instead of twice (first a loading state, then the figures); the page
 * shows its loading shell meanwhile, and a slow source gets the app's own loading state after this.
 */
const ANSWERS_WAIT_MS = 700;

/** The mapping playground is the one view that does not show the report date's answers. */
const isPlayground = (pathname: string) => pathname.startsWith(`${import.meta.env.BASE_URL}playground`);

/** The overview is the site's root page (and what an unknown path shows). */
const isOverview = (pathname: string) =>
  `${pathname}/`.startsWith(import.meta.env.BASE_URL) && pathname.length <= import.meta.env.BASE_URL.length;

/**
 * config.json until it can be read: a failure (an error status, a reset, a hang, an invalid file) is shown
 * with what the screen waits for and tried again with backoff, so a screen that booted before its web
 * server comes up by itself. A `?config=` link that is refused outright is shown and not retried.
 */
async function loadConfigPatiently(root: Root): Promise<AppConfig> {
  if ('error' in configStart) {
    const { BootWaitScreen } = await import('./app/boot-wait-screen');
    root.render(<BootWaitScreen error={configStart.error} attempts={1} retryAt={null} />);
    return new Promise<never>(() => {});
  }
  const { url } = configStart;
  // The first attempt is the one made before the app's code was evaluated (src/app/config-first.ts).
  let first = takeFirstConfig();
  for (let failed = 0; ;) {
    try {
      return await (first ?? loadConfig(url, buildEnv(), fetch, { origin: window.location.origin }));
    } catch (e) {
      failed += 1;
      first = null;
      // Loaded only when needed: a screen that boots normally never downloads it.
      const { BootWaitScreen } = await import('./app/boot-wait-screen');
      const delay = configRetryDelayMs(failed);
      const wait = interruptibleWait(delay);
      root.render(
        <BootWaitScreen error={e} attempts={failed} retryAt={Date.now() + delay} onRetryNow={wait.now} />,
      );
      await wait.done;
    }
  }
}

async function boot() {
  // The worker that checks config.json and the answers: the one public/boot.js started, or one started
  // now, while config.json is on its way.
  warmParseWorker();
  // The last good answers (read from IndexedDB by public/boot.js) checked by the worker meanwhile.
  readKeptAnswers();
  const root = createRoot(document.getElementById('root')!);
  const config = await loadConfigPatiently(root);
  if (config.mock.enabled) await startMock(config);
  const queryClient = createQueryClient();
  const kept = keepAnswers(queryClient, sourceKey(config));
  const answers = prefetchPlanData(queryClient, config, window.location.search);
  if (isOverview(window.location.pathname)) preloadOverviewCharts();
  // A reload paints the kept figures in its first render (the requests above revalidate them): wait for
  // them, but never long (a slow or stuck storage), and not at all when nothing is kept.
  if (kept) await atMost(kept.restored, KEPT_WAIT_MS);
  const hasAnswers = () =>
    queryClient
      .getQueryCache()
      .getAll()
      .some((q) => q.state.data !== undefined);
  // Nothing kept (a first visit): the views that show the report date's answers wait for them, briefly.
  if (!hasAnswers() && !isPlayground(window.location.pathname)) await atMost(answers, ANSWERS_WAIT_MS);
  // An English screen's first render is in English (the dictionary is its own chunk, requested at start).
  await loadLanguage(i18n.language);
  const render = () =>
    root.render(
      <StrictMode>
        <App config={config} queryClient={queryClient} kept={kept} />
      </StrictMode>,
    );
  // With answers in hand (kept or just arrived) the first screen renders at once: in slices, the answers
  // arriving meanwhile would restart it. Without, it renders in a transition, in slices rather than one
  // long task.
  if (hasAnswers()) render();
  else startTransition(render);
  startShellWorkerWhenSettled(config, answers);
}

void boot();
