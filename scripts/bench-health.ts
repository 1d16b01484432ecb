// npm run bench:health — /data-health on a 150,000-row answer whose rows all fail but one (mock scenario
// invalidRows): the longest main-thread block from navigation until the report is on screen and for
// SETTLE_MS after (a kept-cache write, a re-render), measured with the Long Tasks API. Goal: under 200 ms.
// A benchmark, not a test: it prints a table and, with `-- --record`, writes it into docs/performance.md
// between <!-- health:begin --> and <!-- health:end -->.
//
// Usage: npm run bench:health [-- --runs 3] [--dist DIR] [--settle-ms 10000] [--record]
//
// How: builds the app into .tmp/bench-health (or takes --dist), copies it with a config.json that points
// at the mock API over HTTP, serves it with `vite preview` and drives Debian's Chromium, a cold context
// per run. The mock server runs in this process with the scenario invalidRows on tasks.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { startMockHttpServer } from '../mock/http-server';
import { INVALID_ROWS } from '../mock/scenarios';
import { machine, prepareHttpBuild, recordBlock } from './lib/bench-record';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve, waitFor } from './lib/browser-bench';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
    dist: { type: 'string' },
    'settle-ms': { type: 'string', default: '10000' },
    'timeout-s': { type: 'string', default: '240' },
    record: { type: 'boolean', default: false },
  },
  strict: true,
});
const RUNS = Number(values.runs);
const SETTLE_MS = Number(values['settle-ms']);
const TIMEOUT_MS = Number(values['timeout-s']) * 1000;
const GOAL_MS = 200;
// Ports of this benchmark only (bench-load 4870-4899 / 9480-9499, bench-scale 4971 / 9571).
const APP_PORT = 4981;
const MOCK_PORT = 9581;
const DIST = values.dist ?? '.tmp/bench-health';
const HTTP_DIST = `${DIST.replace(/\/+$/, '')}-http`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Run {
  shownMs: number;
  longestBlock: number;
  longTasks: number;
  blockedTotal: number;
  domNodes: number;
  heapMB: number;
}

async function once(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript({
    content: `window.__longTasks = [];
      try {
        new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration)))
          .observe({ type: 'longtask', buffered: true });
      } catch {}`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  await page.goto(url);
  await page
    .getByTestId('health-rows-tasks')
    .filter({ hasText: String(INVALID_ROWS - 1) })
    .waitFor({ timeout: TIMEOUT_MS });
  await page.getByTestId('issues-table').waitFor();
  const shownMs = Date.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const out = await page.evaluate(() => ({
    longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
    domNodes: document.getElementsByTagName('*').length,
    heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  }));
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return {
    shownMs,
    longestBlock: Math.max(0, ...out.longTasks),
    longTasks: out.longTasks.length,
    blockedTotal: out.longTasks.reduce((a, b) => a + b, 0),
    domNodes: out.domNodes,
    heapMB: out.heap / 2 ** 20,
  };
}

async function main() {
  const load = os.loadavg()[0]!;
  prepareHttpBuild({
    dist: DIST,
    httpDist: HTTP_DIST,
    mockPort: MOCK_PORT,
    timeoutMs: 120_000,
    built: Boolean(values.dist),
  });
  const mock = await startMockHttpServer({ port: MOCK_PORT });
  mock.setScenario({ name: 'invalidRows', resource: 'tasks' });
  const server = serve(HTTP_DIST, APP_PORT);
  const base = `http://127.0.0.1:${APP_PORT}`;
  try {
    await waitFor(`${base}/`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const runs: Run[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        runs.push(await once(browser, `${base}/data-health?resource=tasks`));
        const r = runs.at(-1)!;
        console.log(
          `run ${i + 1}/${RUNS}: longest block ${fmt(r.longestBlock)} ms, shown after ${fmt(r.shownMs)} ms, ${fmt(r.domNodes)} elements`,
        );
      }
    } finally {
      await browser.close();
    }
    const worst = Math.max(...runs.map((r) => r.longestBlock));
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()} (load ${load.toFixed(1)} at start), \`npm run bench:health${values.dist ? ` -- --dist ${values.dist}` : ''}\`, ${RUNS} cold runs, ${fmt(INVALID_ROWS)} task rows of which ${fmt(INVALID_ROWS - 1)} invalid, watched ${SETTLE_MS / 1000} s after the report showed:`,
      '',
      '| run | longest main-thread block | long tasks (sum) | report on screen after | elements in the page | JS heap |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...runs.map(
        (r, i) =>
          `| ${i + 1} | ${fmt(r.longestBlock)} ms | ${r.longTasks} (${fmt(r.blockedTotal)} ms) | ${fmt(r.shownMs)} ms | ${fmt(r.domNodes)} | ${fmt(r.heapMB)} MB |`,
      ),
      '',
      `Worst longest block: **${fmt(worst)} ms** (goal under ${GOAL_MS} ms: ${worst < GOAL_MS ? 'met' : 'NOT met'}).`,
    ];
    console.log(`\n${lines.join('\n')}`);
    if (values.record) recordBlock('health', lines);
  } finally {
    server.kill();
    await mock.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
