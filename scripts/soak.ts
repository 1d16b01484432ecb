// Soak run for the big screen, which runs unattended for weeks, so a leak or a drifting rotation shows only
// here: in Chromium, 1,000 refresh cycles and 500 rotations, with the JS heap
// after a forced GC at cycle 100 and 1,000 and the rotation schedule measured. Bounded: it stops by itself
// within a few minutes and only talks to servers it starts on 127.0.0.1.
//
// Usage: npm run soak [-- --dist .tmp/dist-x] [--cycles 1000] [--rotations 500] [--rotate-ms 200] [--record]
//   --dist     reuse a build (default: build the work tree into .tmp/dist-soak first)
//   --record   write the figures with today's date into docs/performance.md (the soak section only)
//
// A real wall refreshes on config.refreshIntervalSeconds (≥ 5 s) through TanStack Query's refetchInterval;
// 1,000 cycles at 5 s would take 83 minutes, so the run drives the same refetch through a hook the big
// screen exposes only with ?soak=1 (window.__zerobaySoak.refetch → queryClient.refetchQueries). Each cycle
// is the real path: HTTP fetch, schema validation, metrics, re-render of the screen.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { startMockHttpServer } from '../mock/http-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser-bench';
import { copyBuildForApi } from './lib/deploy-copy';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    cycles: { type: 'string', default: '1000' },
    rotations: { type: 'string', default: '500' },
    'rotate-ms': { type: 'string', default: '200' },
    record: { type: 'boolean', default: false },
  },
});
const CYCLES = Number(values.cycles);
const ROTATIONS = Number(values.rotations);
const ROTATE_MS = Number(values['rotate-ms']);
const HEAP_LIMIT_MB = 5;
/** A hard stop, whatever happens. */
const DEADLINE_MS = 15 * 60_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function build(): string {
  const out = '.tmp/dist-soak';
  console.log(`building into ${out} …`);
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  return out;
}

/** The build, pointed at a mock HTTP API it starts, served by vite preview; stop() ends both. */
async function serveBuild() {
  const dist = values.dist ?? build();
  const mock = await startMockHttpServer({ port: await freePort() });
  // The build as a deployer would point it at an API: config.json only. A long refresh interval, so every
  // refresh in the run is one the soak drove and counted.
  const site = '.tmp/dist-soak-http';
  copyBuildForApi(dist, site, {
    api: { baseUrl: mock.url, headers: {}, timeoutMs: 10_000 },
    refreshIntervalSeconds: 86_400,
  });
  const port = await freePort();
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const stop = async () => {
    await server.close();
    await mock.close();
  };
  return { appUrl: `http://127.0.0.1:${port}`, stop };
}

/** The wall in a page that records its errors and each screen change, and a heap reading after forced GC. */
async function openWall(browser: Browser, appUrl: string) {
  const page = await browser.newPage({
    viewport: { width: 1920, height: 1080 },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heapMb = async () => {
    // Twice: the first pass can leave objects that only the second finds unreachable (weak refs, finalisers).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  };

  // Record each screen change in the page itself, on the clock the rotation schedules by.
  // A string, not a function: tsx keeps function names with a helper that does not exist in the page.
  await page.addInitScript(`
    window.__changes = [];
    (function watch() {
      var stage = document.querySelector('[data-testid="bs-stage"]');
      if (!stage) return void setTimeout(watch, 50);
      new MutationObserver(function () { window.__changes.push(Date.now()); })
        .observe(stage, { attributes: true, attributeFilter: ['data-screen-index'] });
    })();
  `);
  await page.goto(`${appUrl}/big-screen?soak=1&rotate=${ROTATE_MS / 1000}&idle=1`);
  await page.waitForSelector('[data-testid^="bs-screen-"]');
  await page.waitForFunction(() => Boolean((window as unknown as { __zerobaySoak?: unknown }).__zerobaySoak));
  return { page, errors, heapMb };
}

/** The refresh cycles, with the heap before, at cycle 100 and at the end. */
async function runCycles(page: Page, heapMb: () => Promise<number>) {
  const refetch = () =>
    page.evaluate(() =>
      (window as unknown as { __zerobaySoak: { refetch: () => Promise<void> } }).__zerobaySoak.refetch(),
    );
  let heapAt100 = NaN;
  const heapStart = await heapMb();
  const cycleStart = Date.now();
  for (let i = 1; i <= CYCLES; i++) {
    await refetch();
    if (i === Math.min(100, CYCLES)) heapAt100 = await heapMb();
    if (i % 100 === 0) process.stdout.write(`  cycle ${i}/${CYCLES}\n`);
  }
  const heapAtEnd = await heapMb();
  return { heapStart, heapAt100, heapAtEnd, cycleSeconds: (Date.now() - cycleStart) / 1000 };
}

/** The rotation schedule as the page kept it: intervals, lateness and drift. */
async function rotationFigures(page: Page) {
  // Let the rotation reach its count if the refreshes finished first.
  await page.waitForFunction(
    (n) => (window as unknown as { __changes: number[] }).__changes.length >= n + 1,
    ROTATIONS,
    { timeout: ROTATIONS * ROTATE_MS * 3 + 10_000, polling: 500 },
  );
  const changes = (await page.evaluate(() => (window as unknown as { __changes: number[] }).__changes)).slice(
    0,
    ROTATIONS + 1,
  );
  const t0 = changes[0]!;
  // Lateness of change k against a perfect schedule from the first change: drift shows as growth.
  const lateness = changes.map((t, k) => t - (t0 + k * ROTATE_MS));
  const intervals = changes.slice(1).map((t, k) => t - changes[k]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  // Drift is lateness that grows with k: the least-squares slope × the number of changes. A single late
  // timer (the main thread busy re-creating charts) is not drift; a schedule that slips a little on every
  // change is.
  const n = lateness.length;
  const kMean = (n - 1) / 2;
  const lMean = lateness.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  lateness.forEach((l, k) => {
    num += (k - kMean) * (l - lMean);
    den += (k - kMean) ** 2;
  });
  return {
    rotations: changes.length - 1,
    meanInterval: intervals.reduce((a, b) => a + b, 0) / intervals.length,
    p95: sorted[Math.floor(sorted.length * 0.95)]!,
    lastLate: lateness[lateness.length - 1]!,
    maxLate: Math.max(...lateness),
    drift: den === 0 ? 0 : (num / den) * (n - 1),
  };
}

type Figures = Awaited<ReturnType<typeof runCycles>> &
  Awaited<ReturnType<typeof rotationFigures>> & { date: string; chromium: string; minutes: number };

/** The table rows of a run, and whether it passed. */
function verdict(fig: Figures, errors: string[], screens: number) {
  const growth = fig.heapAtEnd - fig.heapAt100;
  const heapOk = growth < HEAP_LIMIT_MB;
  const driftOk =
    Math.abs(fig.drift) < ROTATE_MS && Math.abs(fig.meanInterval - ROTATE_MS) < ROTATE_MS * 0.01;
  const ok = heapOk && driftOk && errors.length === 0 && screens === 1;
  const lines = [
    `| when | ${fig.date}, Chromium ${fig.chromium}, 1920×1080, HTTP mock API on 127.0.0.1 |`,
    `| refresh cycles | ${CYCLES} in ${fig.cycleSeconds.toFixed(0)} s (${((fig.cycleSeconds * 1000) / CYCLES).toFixed(0)} ms each: 6 requests, validation, metrics, render) |`,
    `| JS heap after forced GC | start ${fig.heapStart.toFixed(1)} MB · cycle 100 ${fig.heapAt100.toFixed(1)} MB · cycle ${CYCLES} ${fig.heapAtEnd.toFixed(1)} MB |`,
    `| heap growth 100 → ${CYCLES} | ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB (limit < ${HEAP_LIMIT_MB} MB) ${heapOk ? 'pass' : 'FAIL'} |`,
    `| rotations | ${fig.rotations} at ${ROTATE_MS} ms (charts disposed and re-created on every change) |`,
    `| rotation interval | mean ${fig.meanInterval.toFixed(2)} ms · p95 ${fig.p95} ms |`,
    `| drift | ${fig.drift >= 0 ? '+' : ''}${fig.drift.toFixed(0)} ms over ${fig.rotations} changes (trend of lateness; limit < one interval) ${driftOk ? 'pass' : 'FAIL'} · last change ${fig.lastLate} ms off schedule, worst ${fig.maxLate} ms |`,
    `| page errors | ${errors.length} |`,
    `| run time | ${fig.minutes.toFixed(1)} min |`,
  ];
  return { lines, ok };
}

async function main() {
  const started = Date.now();
  const timer = setTimeout(() => {
    console.error(`soak: gave up after ${DEADLINE_MS / 60_000} minutes`);
    process.exit(2);
  }, DEADLINE_MS);
  timer.unref();

  const served = await serveBuild();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { page, errors, heapMb } = await openWall(browser, served.appUrl);
    const cycles = await runCycles(page, heapMb);
    const rotation = await rotationFigures(page);
    const screens = await page.evaluate(
      () => document.querySelectorAll('[data-testid^="bs-screen-"]').length,
    );
    const { lines, ok } = verdict(
      {
        ...cycles,
        ...rotation,
        date: new Date().toISOString().slice(0, 10),
        chromium: browser.version(),
        minutes: (Date.now() - started) / 60_000,
      },
      errors,
      screens,
    );
    console.log(['', '| big-screen soak | |', '| --- | --- |', ...lines].join('\n'));
    if (errors.length) console.log(errors.slice(0, 5).join('\n'));
    if (values.record) record(lines, ok);
    console.log(ok ? '\nsoak: pass' : '\nsoak: FAIL');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    await served.stop();
  }
}

/** Replaces only the figures between the soak markers; other sections of the file are left alone. */
function record(lines: string[], ok: boolean) {
  const file = 'docs/performance.md';
  const begin = '<!-- soak:begin -->';
  const end = '<!-- soak:end -->';
  const block = [
    begin,
    '| big-screen soak | |',
    '| --- | --- |',
    ...lines,
    `| result | ${ok ? 'pass' : 'FAIL'} |`,
    end,
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const next = text.includes(begin)
    ? text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block)
    : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`recorded in ${file}`);
}

await main();
