// npm run bench:health — /data-health on a 150,000-row answer whose rows all fail but one (mock scenario
// invalidRows): the longest main-thread block from navigation until the report (or the refusal) is on
// screen and for SETTLE_MS after (a kept-cache write, a re-render), measured with the Long Tasks API, and
// the peak memory of the page's renderer process (its workers included), read from /proc while it runs.
// Goal: under 200 ms. A benchmark, not a test: it prints a table and, with `-- --record`, writes it into
// docs/performance.md between <!-- BLOCK:begin --> and <!-- BLOCK:end --> (`--block`, default health).
//
// Usage: npm run bench:health [-- --runs 3] [--dist DIR] [--settle-ms 10000] [--record]
//          [--rows 1000000 --max-response-mb 400 --block health-million] [--app-port N --mock-port N]
//
// How: builds the app into .tmp/bench-health (or takes --dist), copies it with a config.json that points
// at the mock API over HTTP, serves it with `vite preview` and drives Debian's Chromium, a cold context
// per run. The mock server runs in this process with the scenario invalidRows on tasks.
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
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
    block: { type: 'string', default: 'health' },
    rows: { type: 'string', default: String(INVALID_ROWS) },
    'max-response-mb': { type: 'string' },
    // Ports of this benchmark only (bench-load 4870-4899 / 9480-9499, bench-scale 4971 / 9571).
    'app-port': { type: 'string', default: '4981' },
    'mock-port': { type: 'string', default: '9581' },
  },
  strict: true,
});
const RUNS = Number(values.runs);
const SETTLE_MS = Number(values['settle-ms']);
const TIMEOUT_MS = Number(values['timeout-s']) * 1000;
const GOAL_MS = 200;
const ROWS = Number(values.rows);
const MAX_RESPONSE_MB = values['max-response-mb'] ? Number(values['max-response-mb']) : null;
const APP_PORT = Number(values['app-port']);
const MOCK_PORT = Number(values['mock-port']);
const DIST = values.dist ?? '.tmp/bench-health';
const HTTP_DIST = `${DIST.replace(/\/+$/, '')}-http`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Run {
  outcome: string;
  shownMs: number;
  longestBlock: number;
  longTasks: number;
  blockedTotal: number;
  domNodes: number;
  heapMB: number;
  peakRendererMB: number;
}

const run = promisify(execFile);

/** The largest resident set of any process under `root` (the renderer holds the page and its workers), MB. */
async function largestChild(root: number): Promise<number> {
  const { stdout } = await run('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
  const rows = stdout
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const under = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (under.has(ppid) && !under.has(pid)) {
        under.add(pid);
        grew = true;
      }
  }
  return (
    Math.max(0, ...rows.filter(([pid]) => pid !== root && under.has(pid)).map(([, , rss]) => rss)) / 1024
  );
}

/** Samples largestChild every 200 ms until stopped; resolves to the peak. */
function watchMemory(root: number): { stop: () => Promise<number> } {
  let peak = 0;
  let on = true;
  const loop = (async () => {
    while (on) {
      peak = Math.max(peak, await largestChild(root).catch(() => 0));
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return {
    stop: async () => {
      on = false;
      await loop;
      return peak;
    },
  };
}

async function once(browser: Browser, url: string, browserPid: number): Promise<Run> {
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
  const memory = watchMemory(browserPid);
  const started = Date.now();
  await page.goto(url);
  // Either the report of every row, or the answer refused with a message on the tasks card.
  const report = page.getByTestId('health-rows-tasks').filter({ hasText: String(ROWS - 1) });
  const refused = page.getByTestId('health-error-tasks');
  await report.or(refused).first().waitFor({ timeout: TIMEOUT_MS });
  const outcome = (await refused.isVisible())
    ? `refused: ${(await refused.innerText()).replace(/\s+/g, ' ').slice(0, 160)}`
    : 'report shown';
  if (outcome === 'report shown') await page.getByTestId('issues-table').waitFor();
  const shownMs = Date.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const out = await page.evaluate(() => ({
    longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
    domNodes: document.getElementsByTagName('*').length,
    heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  }));
  const peakRendererMB = await memory.stop();
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return {
    outcome,
    shownMs,
    longestBlock: Math.max(0, ...out.longTasks),
    longTasks: out.longTasks.length,
    blockedTotal: out.longTasks.reduce((a, b) => a + b, 0),
    domNodes: out.domNodes,
    heapMB: out.heap / 2 ** 20,
    peakRendererMB,
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
    api: MAX_RESPONSE_MB ? { maxResponseMB: MAX_RESPONSE_MB } : {},
  });
  const mock = await startMockHttpServer({ port: MOCK_PORT });
  mock.setScenario({ name: 'invalidRows', resource: 'tasks', rows: ROWS });
  const server = serve(HTTP_DIST, APP_PORT);
  const base = `http://127.0.0.1:${APP_PORT}`;
  try {
    await waitFor(`${base}/`);
    const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const browser = await chromium.connect(browserServer.wsEndpoint());
    const runs: Run[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        runs.push(await once(browser, `${base}/data-health?resource=tasks`, browserServer.process().pid!));
        const r = runs.at(-1)!;
        console.log(
          `run ${i + 1}/${RUNS}: ${r.outcome}; longest block ${fmt(r.longestBlock)} ms, shown after ${fmt(r.shownMs)} ms, ${fmt(r.domNodes)} elements, renderer peak ${fmt(r.peakRendererMB)} MB`,
        );
      }
    } finally {
      await browser.close();
      await browserServer.close();
    }
    const worst = Math.max(...runs.map((r) => r.longestBlock));
    const flags = [
      values.dist ? `--dist ${values.dist}` : '',
      ROWS !== INVALID_ROWS ? `--rows ${ROWS}` : '',
      MAX_RESPONSE_MB ? `--max-response-mb ${MAX_RESPONSE_MB}` : '',
    ].filter(Boolean);
    const outcomes = [...new Set(runs.map((r) => r.outcome))];
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()} (load ${load.toFixed(1)} at start), \`npm run bench:health${flags.length ? ` -- ${flags.join(' ')}` : ''}\`, ${RUNS} cold runs, ${fmt(ROWS)} task rows of which ${fmt(ROWS - 1)} invalid${MAX_RESPONSE_MB ? `, api.maxResponseMB ${MAX_RESPONSE_MB}` : ''}, watched ${SETTLE_MS / 1000} s after the page showed: ${outcomes.join('; ')}`,
      '',
      '| run | longest main-thread block | long tasks (sum) | shown after | elements in the page | JS heap (page) | renderer peak (page and workers) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...runs.map(
        (r, i) =>
          `| ${i + 1} | ${fmt(r.longestBlock)} ms | ${r.longTasks} (${fmt(r.blockedTotal)} ms) | ${fmt(r.shownMs)} ms | ${fmt(r.domNodes)} | ${fmt(r.heapMB)} MB | ${fmt(r.peakRendererMB)} MB |`,
      ),
      '',
      `Worst longest block: **${fmt(worst)} ms** (goal under ${GOAL_MS} ms: ${worst < GOAL_MS ? 'met' : 'NOT met'}).`,
    ];
    console.log(`\n${lines.join('\n')}`);
    if (values.record) recordBlock(values.block, lines);
  } finally {
    server.kill();
    await mock.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
