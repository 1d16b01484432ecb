// npm run bench:scale — the sizes the app must stay usable at: the overview at 100× the plan (1,500 tasks,
// 2,000 indicators with 60 monthly points each) against the real plan, and the task ledger at 10,000 tasks (first rows, scrolling).
// A benchmark, not a test: it prints a table and, with `-- --record`, writes it into docs/performance.md
// between <!-- scale:begin --> and <!-- scale:end -->.
//
// Usage: npm run bench:scale [-- --runs 5] [--tasks 10000] [--factor 100] [--scroll-ms 4000] [--scroll-speed PX_PER_S] [--dist DIR]
//        [--only overview|ledger] [--record]
//
// How: builds the app into .tmp/bench-scale, copies it with a config.json that points at the mock API over
// HTTP (as bench-load's HTTP case: no service worker, the data crosses a real socket), serves it with
// `vite preview`, and drives Debian's Chromium. The mock server runs in this process; its scenario is
// switched between runs (`scale` with the factor, or none for the real plan), so the page is the same
// build throughout. Cold browser context for every run; real plan and 100× interleaved.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { startMockHttpServer } from '../mock/http-server';
import { machine, prepareHttpBuild, recordBlock } from './lib/bench-record';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve, waitFor } from './lib/browser-bench';
import { median } from './lib/median';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
    factor: { type: 'string', default: '100' },
    tasks: { type: 'string', default: '10000' },
    'scroll-ms': { type: 'string', default: '4000' },
    'scroll-speed': { type: 'string', default: '0' },
    dist: { type: 'string' },
    only: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
  strict: true,
});
const RUNS = Number(values.runs);
const FACTOR = Number(values.factor);
const LEDGER_TASKS = Number(values.tasks);
const SCROLL_MS = Number(values['scroll-ms']);
// px/s; 0 (default) covers the full height in SCROLL_MS. 3,000 px/s is a brisk wheel or trackpad scroll.
const SCROLL_SPEED = Number(values['scroll-speed']);
const BUDGET = 3.0;
// Ports of this benchmark only (bench-load uses 4870-4899 / 9480-9499).
const APP_PORT = 4971;
const MOCK_PORT = 9571;
const DIST = values.dist ?? '.tmp/bench-scale';
const HTTP_DIST = `${DIST}-http`;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * A page in a cold 1920×1080 context, its errors collected; `__name` is what tsx's keepNames wraps
 * functions passed to evaluate in.
 */
async function coldPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

interface OverviewRun {
  charts: number;
  numbers: number;
  /** The last API answer fully received (Resource Timing responseEnd). */
  data: number;
  /** The task count the overview shows, to be sure which data was timed. */
  count: string;
}

/** Navigation → every overview chart's first frame with the headline numbers on screen (as bench-load). */
async function overviewOnce(browser: Browser, url: string, expectedCount: number): Promise<OverviewRun> {
  const { context, page, errors } = await coldPage(browser);
  await page.addInitScript((n) => {
    // When the headline numbers first show the expected count of tasks, for the table.
    const w = window as unknown as { __numbersAt?: number };
    new MutationObserver((_, mo) => {
      if (document.querySelector('[data-testid="task-count"]')?.textContent === String(n)) {
        w.__numbersAt = performance.now();
        mo.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, expectedCount);
  await page.goto(url);
  // The overview renders as soon as the plan arrives, lists filling in as their answers come, and every
  // chart marks a paint after each change of data: so the run ends only when the expected count is on
  // screen, all six answers are in, every chart has painted, and nothing has painted for half a second;
  // the figure is the time of the last paint.
  const handle = await page.waitForFunction(
    (n) => {
      const charts = document.querySelectorAll('[data-testid="chart"]').length;
      const marks = performance.getEntriesByName('zerobay:chart-painted');
      const numbers = document.querySelector('[data-testid="task-count"]');
      const api = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/v1/')) as PerformanceResourceTiming[];
      if (
        !numbers ||
        numbers.textContent !== String(n) ||
        charts === 0 ||
        marks.length < charts ||
        api.length < 6
      )
        return false;
      const last = Math.max(...marks.map((m) => m.startTime));
      const data = Math.max(...api.map((e) => e.responseEnd));
      if (performance.now() - Math.max(last, data) < 500) return false;
      const w = window as unknown as { __numbersAt?: number };
      // Complete: every chart painted and the final count shown (a chart whose data did not change paints once).
      return {
        charts: Math.max(last, w.__numbersAt ?? 0),
        numbers: w.__numbersAt ?? last,
        data,
        count: numbers.textContent,
      };
    },
    expectedCount,
    { timeout: 120_000, polling: 'raf' },
  );
  const value = (await handle.jsonValue()) as OverviewRun;
  await context.close();
  if (value.count !== String(expectedCount))
    throw new Error(`expected ${expectedCount} tasks on the overview, saw ${value.count}`);
  if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
  return value;
}

interface LedgerRun {
  idleP95: number;
  firstRows: number;
  rowsInDom: number;
  frames: number;
  p50: number;
  p95: number;
  worst: number;
  longFrames: number;
  longTasks: number;
  scrolled: number;
  lastShown: boolean;
}

/** /tasks at LEDGER_TASKS: time to the count and first rows, then a scripted scroll over the full height. */
async function ledgerOnce(browser: Browser, url: string, expectedCount: number): Promise<LedgerRun> {
  const { context, page, errors } = await coldPage(browser);
  await page.goto(url);
  const first = await page.waitForFunction(
    (n) => {
      const count = document.querySelector('[data-testid="task-count"]')?.textContent;
      const row = document.querySelector('[data-testid="task-table"] tbody [data-testid^="task-link-"]');
      return count === String(n) && row ? performance.now() : false;
    },
    expectedCount,
    { timeout: 180_000, polling: 'raf' },
  );
  const firstRows = (await first.jsonValue()) as number;
  // Let the one-off work after the data arrives settle (the query cache is persisted 2 s later).
  await page.waitForTimeout(3500);
  // Control: frames while nothing moves, to tell the machine's own jank from the ledger's.
  const idle = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const d: number[] = [];
        let last = 0;
        let t0 = 0;
        const f = (now: number) => {
          if (!t0) t0 = now;
          else d.push(now - last);
          last = now;
          if (now - t0 < 1500) requestAnimationFrame(f);
          else resolve(d);
        };
        requestAnimationFrame(f);
      }),
  );
  const result = await page.evaluate(
    async ([ms, speed]) => {
      const box = document.querySelector<HTMLElement>('[data-testid="task-table"] .table-scroll');
      if (!box) throw new Error('no .table-scroll');
      const longTasks: number[] = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
      try {
        obs.observe({ type: 'longtask', buffered: false });
      } catch {
        /* no Long Tasks API */
      }
      const max = box.scrollHeight - box.clientHeight;
      const deltas: number[] = [];
      await new Promise<void>((resolve) => {
        let start = 0;
        let last = 0;
        const step = (now: number) => {
          if (!start) start = last = now;
          else deltas.push(now - last);
          last = now;
          const t = Math.min(1, (now - start) / ms);
          box.scrollTop = speed > 0 ? Math.min(max, ((now - start) / 1000) * speed) : t * max;
          if (t < 1) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      await new Promise((r) => setTimeout(r, 300));
      obs.disconnect();
      const ids = [...box.querySelectorAll('[data-testid^="task-link-"]')].map((e) =>
        e.getAttribute('data-testid'),
      );
      return {
        deltas,
        longTasks,
        scrolled: box.scrollTop,
        max,
        rowsInDom: box.querySelectorAll('tbody tr').length,
        lastId: ids.at(-1) ?? null,
      };
    },
    [SCROLL_MS, SCROLL_SPEED] as const,
  );
  const lastRowId = await page.evaluate(() => {
    const links = document.querySelectorAll('[data-testid="task-table"] tbody [data-testid^="task-link-"]');
    return links[links.length - 1]?.getAttribute('data-testid') ?? null;
  });
  await context.close();
  if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
  const d = result.deltas;
  return {
    idleP95: quantile(idle, 0.95),
    firstRows,
    rowsInDom: result.rowsInDom,
    frames: d.length,
    p50: quantile(d, 0.5),
    p95: quantile(d, 0.95),
    worst: Math.max(...d),
    longFrames: d.filter((x) => x > 50).length,
    longTasks: result.longTasks.length,
    scrolled: result.max > 0 ? result.scrolled / result.max : 0,
    lastShown: SCROLL_SPEED > 0 || (lastRowId !== null && result.lastId === lastRowId),
  };
}

async function main() {
  const started = Date.now();
  const load = [os.loadavg()[0]!];
  prepareHttpBuild({
    dist: DIST,
    httpDist: HTTP_DIST,
    mockPort: MOCK_PORT,
    timeoutMs: 60_000,
    built: Boolean(values.dist),
  });
  const mock = await startMockHttpServer({ port: MOCK_PORT });
  const server = serve(HTTP_DIST, APP_PORT);
  const base = `http://127.0.0.1:${APP_PORT}`;
  try {
    await waitFor(`${base}/`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const real: OverviewRun[] = [];
    const scaled: OverviewRun[] = [];
    // One warm-up of each (JIT, disk cache of the server), not counted.
    if (values.only !== 'ledger') {
      mock.setScenario(null);
      await overviewOnce(browser, `${base}/`, 15);
      mock.setScenario({ name: 'scale', scale: FACTOR });
      await overviewOnce(browser, `${base}/`, FACTOR * 15);
    }
    for (let i = 0; i < (values.only === 'ledger' ? 0 : RUNS); i++) {
      mock.setScenario(null);
      real.push(await overviewOnce(browser, `${base}/`, 15));
      mock.setScenario({ name: 'scale', scale: FACTOR });
      scaled.push(await overviewOnce(browser, `${base}/`, FACTOR * 15));
      process.stdout.write(
        `overview run ${i + 1}/${RUNS}: real ${fmt(real.at(-1)!.charts)} ms, ${FACTOR}× ${fmt(scaled.at(-1)!.charts)} ms\n`,
      );
    }
    load.push(os.loadavg()[0]!);

    mock.setScenario({ name: 'scale', scale: 1, tasks: LEDGER_TASKS });
    const ledger: LedgerRun[] = [];
    for (let i = 0; i < (values.only === 'overview' ? 0 : Math.max(3, Math.ceil(RUNS / 2))); i++) {
      ledger.push(await ledgerOnce(browser, `${base}/tasks`, LEDGER_TASKS));
      const l = ledger.at(-1)!;
      process.stdout.write(
        `ledger run ${i + 1}: first rows ${fmt(l.firstRows)} ms, p95 frame ${l.p95.toFixed(1)} ms, long frames ${l.longFrames}/${l.frames}\n`,
      );
    }
    const chromiumVersion = browser.version();
    await browser.close();
    load.push(os.loadavg()[0]!);

    if (values.only) {
      console.log(
        values.only === 'overview'
          ? `medians: real ${fmt(median(real.map((x) => x.charts)))} ms, ${FACTOR}× ${fmt(median(scaled.map((x) => x.charts)))} ms`
          : JSON.stringify(ledger),
      );
      return;
    }
    const r = median(real.map((x) => x.charts));
    const s = median(scaled.map((x) => x.charts));
    const rn = median(real.map((x) => x.numbers));
    const sn = median(scaled.map((x) => x.numbers));
    const rd = median(real.map((x) => x.data));
    const sd = median(scaled.map((x) => x.data));
    const ratio = s / r;
    const lm = <K extends keyof LedgerRun>(k: K) => median(ledger.map((l) => l[k] as number));
    const allLast = ledger.every((l) => l.lastShown && (SCROLL_SPEED > 0 || l.scrolled > 0.999));
    const date = new Date().toISOString().slice(0, 10);
    const lines = [
      `| scale benchmark | |`,
      `| --- | --- |`,
      `| when | ${date}, Chromium ${chromiumVersion}, 1920×1080, built app over the HTTP mock API on 127.0.0.1 |`,
      `| machine | ${machine()}; load average ${load.map((x) => x.toFixed(1)).join(' → ')} |`,
      `| overview, real plan (15 tasks, 12 indicators) | ${fmt(r)} ms to all charts painted with the final count shown (median of ${RUNS}; all six API answers received ${fmt(rd)} ms, headline numbers ${fmt(rn)} ms) |`,
      `| overview, ${FACTOR}× (${FACTOR * 15} tasks, ${FACTOR * 20} indicators × 60 months) | ${fmt(s)} ms (median of ${RUNS}; all six API answers received ${fmt(sd)} ms, headline numbers ${fmt(sn)} ms) |`,
      `| ratio ${FACTOR}× / real | **${ratio.toFixed(2)}** (budget ${BUDGET.toFixed(1)}) ${ratio <= BUDGET ? 'pass' : 'FAIL'} |`,
      `| ledger /tasks at ${fmt(LEDGER_TASKS)} tasks: first rows | ${fmt(lm('firstRows'))} ms from navigation (median of ${ledger.length}) |`,
      `| ledger rows in the DOM | ${lm('rowsInDom')} \`tr\` for ${fmt(LEDGER_TASKS)} rows |`,
      `| ledger scroll, ${SCROLL_SPEED > 0 ? `${SCROLL_SPEED.toLocaleString('en')} px/s for` : 'full height in'} ${(SCROLL_MS / 1000).toFixed(0)} s | frame p50 ${lm('p50').toFixed(1)} ms · p95 ${lm('p95').toFixed(1)} ms · worst ${lm('worst').toFixed(0)} ms · frames > 50 ms: ${lm('longFrames')} of ${lm('frames')} · long tasks ${lm('longTasks')} (medians); last task shown ${allLast ? 'yes' : 'NO'} |`,
      `| control: frames with nothing moving | p95 ${lm('idleP95').toFixed(1)} ms (the machine itself) |`,
    ];
    console.log(['', ...lines].join('\n'));
    console.log(`\nrun time ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    if (values.record && values.only) throw new Error('--record needs the whole benchmark, not --only');
    if (values.record) recordBlock('scale', lines);
    process.exitCode = ratio <= BUDGET && allLast ? 0 : 1;
  } finally {
    server.kill();
    await mock.close();
  }
}

await main();
