// npm run bench:cpu — the CPU a cold load costs, beside its time: every process's busy time (from /proc)
// while a fresh profile opens the overview over the HTTP API until the trend's first frame, and while it
// opens the empty Vite React page of bench:load until its first paint, alternated. On a two-core machine a
// cold load keeps both cores busy from navigation to the trend, so the work done, not its order, is what
// the load time follows: this shows where that work is (Chromium's renderer and browser processes, the
// static server, the mock API). Linux only. BENCH_RUNS (default 6); BENCH_APP=<an HTTP build prepared by
// scripts/prepare-e2e.ts against BENCH_MOCK_PORT> measures that build instead of this source's.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startMockHttpServer } from '../mock/http-server';
import {
  buildEmptyPage,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  NEW_PAGE_SETTLE_MS,
  serve,
  waitFor,
} from './lib/browser-bench';
import { prepareHttpBuild } from './lib/bench-record';
import { median } from './lib/median';

const RUNS = Number(process.env.BENCH_RUNS ?? 6);
const APP_PORT = 4883;
const EMPTY_PORT = 4884;
const MOCK_PORT = Number(process.env.BENCH_MOCK_PORT ?? 9487);
/** USER_HZ: /proc counts CPU time in hundredths of a second. */
const TICK_MS = 10;

/** Busy time of the whole machine so far (user, nice, system, irq, softirq, steal). */
function machineBusy(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!) * TICK_MS;
}

/** What a process is, for the table: Chromium's process type, or which server. */
function kind(cmd: string): string {
  const type = /--type=([\w-]+)/.exec(cmd)?.[1];
  if (type === 'utility') return `utility (${/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? '?'})`;
  if (type) return type;
  if (cmd.includes('chromium')) return 'browser';
  if (cmd.includes('vite.js preview')) return 'vite preview';
  if (cmd.includes('bench-cpu')) return 'mock API and driver';
  return 'other';
}

/** Busy time so far of every process, summed by kind. */
function byProcess(): Map<string, number> {
  const m = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      const k = kind(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
      m.set(k, (m.get(k) ?? 0) + cpu);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return m;
}

async function main() {
  let app = process.env.BENCH_APP;
  buildEmptyPage();
  if (!app) {
    prepareHttpBuild({
      dist: '.tmp/bench-cpu',
      httpDist: '.tmp/-tmp-bench-cpu-http',
      mockPort: MOCK_PORT,
      timeoutMs: 4000,
      built: false,
      // As the browser suite's copy (scripts/prepare-e2e.ts), which these figures have always used.
      refreshIntervalSeconds: 5,
    });
    app = '.tmp/-tmp-bench-cpu-http';
  }
  const mock = await startMockHttpServer({ port: MOCK_PORT });
  const servers = [serve(app, APP_PORT), serve('.tmp/bench-empty', EMPTY_PORT)];
  try {
    await Promise.all([APP_PORT, EMPTY_PORT].map((p) => waitFor(`http://127.0.0.1:${p}/`)));
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const pages = {
      app: { url: `http://127.0.0.1:${APP_PORT}/`, mark: 'zerobay:chart-painted' },
      empty: { url: `http://127.0.0.1:${EMPTY_PORT}/`, mark: 'zerobay:empty-painted' },
    };
    const result = {
      app: { busy: [] as number[], wall: [] as number[], procs: new Map<string, number>() },
      empty: { busy: [] as number[], wall: [] as number[], procs: new Map<string, number>() },
    };
    for (let i = 0; i < RUNS; i++) {
      for (const name of ['app', 'empty'] as const) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
        const page = await context.newPage();
        await page.waitForTimeout(NEW_PAGE_SETTLE_MS);
        const before = byProcess();
        const busy = machineBusy();
        const start = Date.now();
        await page.goto(pages[name].url);
        await page.waitForFunction(
          (mark) => performance.getEntriesByName(mark).length > 0,
          pages[name].mark,
          {
            timeout: 30_000,
            polling: 20,
          },
        );
        const r = result[name];
        r.wall.push(Date.now() - start);
        r.busy.push(machineBusy() - busy);
        for (const [k, v] of byProcess()) r.procs.set(k, (r.procs.get(k) ?? 0) + v - (before.get(k) ?? 0));
        await context.close();
      }
    }
    await browser.close();
    for (const name of ['app', 'empty'] as const) {
      const r = result[name];
      console.log(
        `${name}: machine busy ${median(r.busy)} ms (runs ${r.busy.join(' ')}), wall ${median(r.wall)} ms (runs ${r.wall.join(' ')})`,
      );
      const rows = [...r.procs].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
      for (const [k, v] of rows) console.log(`  ${k.padEnd(40)} ${Math.round(v / RUNS)} ms per load`);
    }
  } finally {
    servers.forEach((s) => s.kill());
    await mock.close();
  }
}

await main();
