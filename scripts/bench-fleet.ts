// npm run bench:fleet: N screens (HTTP clients, default 1,000) polling the six resources at the app's
// cadence and with its headers (interval ± 10 % jitter, If-None-Match / If-Modified-Since, gzip) through
// the shipped nginx server block, for a bounded time, twice: with `proxy_cache` in front of the mock API,
// and as shipped (no cache). Reports the requests that reach the API per interval, the p95 answer time,
// and the bytes per screen per hour. Loopback only. `-- --record` writes the table into docs/performance.md.
//   npm run bench:fleet -- --screens=1000 --interval=30 --minutes=3
import { execSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startMockHttpServer } from '../mock/http-server';
import { nextPollDelay } from '../src/data/polling';
import { nginxAvailable, startNginx } from './lib/nginx';

const { values } = parseArgs({
  options: {
    screens: { type: 'string', default: '1000' },
    interval: { type: 'string', default: '30' },
    minutes: { type: 'string', default: '3' },
    record: { type: 'boolean', default: false },
  },
});
const SCREENS = Math.min(5000, Math.max(1, Number(values.screens)));
const INTERVAL_MS = Math.max(5, Number(values.interval)) * 1000;
const DURATION_MS = Math.min(15, Math.max(0.5, Number(values.minutes))) * 60_000;
const JITTER = 0.1;
const MOCK_PORT = 9587;
const NGINX_PORT = 4887;
const PATHS = ['plan', 'units', 'tasks', 'indicators', 'work-items', 'projects'].map((p) => `/api/v1/${p}`);

interface Run {
  label: string;
  originRequests: number;
  requests: number;
  notModified: number;
  failures: number;
  /** Bytes of each screen's first answer per resource (a cold start), and of every later one. */
  firstBytes: number;
  bytes: number;
  p95: number;
  p50: number;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};

/** One GET as a screen makes it; resolves with the status, the bytes on the wire (headers and body) and validators. */
function get(agent: Agent, path: string, validators: Record<string, string>) {
  return new Promise<{ status: number; bytes: number; etag?: string; lastModified?: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: NGINX_PORT,
          path,
          agent,
          headers: { Accept: 'application/json', 'Accept-Encoding': 'gzip', ...validators },
          timeout: 15_000,
        },
        (res) => {
          let bytes = res.rawHeaders.reduce((n, h) => n + h.length + 2, 0);
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              bytes,
              etag: res.headers.etag,
              lastModified: res.headers['last-modified'],
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end();
    },
  );
}

async function fleet(label: string, cached: boolean): Promise<Run> {
  let originRequests = 0;
  const mock = await startMockHttpServer({
    port: MOCK_PORT,
    onRequest: (_m, path) => {
      if (path.startsWith('/api/')) originRequests += 1;
    },
  });
  const cacheSeconds = Math.round(INTERVAL_MS / 1000);
  const nginx = await startNginx({
    port: NGINX_PORT,
    root: 'dist',
    upstream: mock.origin,
    httpExtra: cached
      ? 'proxy_cache_path {tmp}/cache keys_zone=zerobay_api:10m max_size=200m inactive=1h;'
      : '',
    // What docs/deploy.md ("Many screens") recommends; the mock marks its answers no-cache (for browsers),
    // which the shared cache overrides for a bounded time.
    apiExtra: cached
      ? [
          'proxy_cache zerobay_api;',
          'proxy_ignore_headers Cache-Control Expires;',
          `proxy_cache_valid 200 ${cacheSeconds}s;`,
          'proxy_cache_lock on;',
          'proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;',
          'proxy_cache_background_update on;',
          'proxy_cache_revalidate on;',
        ].join('\n')
      : '',
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let requests = 0;
  let notModified = 0;
  let failures = 0;
  let bytes = 0;
  let firstBytes = 0;
  const end = Date.now() + DURATION_MS;
  const timers = new Set<NodeJS.Timeout>();

  const screen = (path: string, start: number) => {
    const validators: Record<string, string> = {};
    let failuresInRow = 0;
    let first = true;
    const tick = async () => {
      if (Date.now() >= end) return;
      const t0 = performance.now();
      try {
        const r = await get(agent, path, validators);
        latencies.push(performance.now() - t0);
        requests += 1;
        if (first) firstBytes += r.bytes;
        else bytes += r.bytes;
        first = false;
        if (r.status === 304) notModified += 1;
        if (r.status === 200 || r.status === 304) {
          failuresInRow = 0;
          if (r.etag) validators['If-None-Match'] = r.etag;
          if (r.lastModified) validators['If-Modified-Since'] = r.lastModified;
        } else throw new Error(String(r.status));
      } catch {
        failures += 1;
        failuresInRow += 1;
      }
      const delay = nextPollDelay({
        intervalMs: INTERVAL_MS,
        jitter: JITTER,
        failures: failuresInRow,
        draw: Math.random(),
      });
      const t = setTimeout(() => {
        timers.delete(t);
        void tick();
      }, delay);
      timers.add(t);
    };
    const t = setTimeout(() => {
      timers.delete(t);
      void tick();
    }, start);
    timers.add(t);
  };
  // Screens are switched on over the first interval (a district's screens do not boot on one second);
  // each polls its six resources, each on its own jittered cycle, as the app's queries do.
  for (let s = 0; s < SCREENS; s++) {
    const start = Math.random() * INTERVAL_MS;
    for (const path of PATHS) screen(path, start);
  }
  await new Promise((r) => setTimeout(r, DURATION_MS + 1000));
  for (const t of timers) clearTimeout(t);
  agent.destroy();
  await nginx.stop();
  await mock.close();
  return {
    label,
    originRequests,
    requests,
    notModified,
    failures,
    firstBytes,
    bytes,
    p95: percentile(latencies, 0.95),
    p50: percentile(latencies, 0.5),
  };
}

function table(runs: Run[]): string {
  const intervals = DURATION_MS / INTERVAL_MS;
  // Later answers come over the run less the start-up spread (half an interval on average).
  const hour = 3_600_000 / (DURATION_MS - INTERVAL_MS / 2);
  const rows = runs.map(
    (r) =>
      `| ${r.label} | ${r.requests.toLocaleString('en-US')} | ${((100 * r.notModified) / Math.max(1, r.requests)).toFixed(1)} % | ${r.failures} | ${(r.originRequests / intervals).toFixed(1)} (${(r.originRequests / intervals / PATHS.length).toFixed(2)} per resource) | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${((r.bytes * hour) / SCREENS / 1024).toFixed(0)} KB | ${(r.firstBytes / SCREENS / 1024).toFixed(0)} KB |`,
  );
  return [
    '| nginx | requests from screens | 304 | failed | reaching the API per interval | p50 | p95 | bytes per screen per hour (after the first load) | first load per screen |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

async function main() {
  if (!nginxAvailable()) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const runs = [await fleet('shipped + proxy_cache', true), await fleet('as shipped (no cache)', false)];
  const result = table(runs);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${execSync('/usr/sbin/nginx -v 2>&1').toString().trim()}`;
  const header = `\`npm run bench:fleet -- --screens=${SCREENS} --interval=${INTERVAL_MS / 1000} --minutes=${DURATION_MS / 60_000}\`, ${new Date().toISOString().slice(0, 10)}, ${machine}:`;
  console.log(`${header}\n\n${result}`);
  if (values.record) {
    const doc = readFileSync('docs/performance.md', 'utf8');
    const start = '<!-- bench:fleet -->';
    const stop = '<!-- /bench:fleet -->';
    const block = `${start}\n${header}\n\n${result}\n${stop}`;
    writeFileSync(
      'docs/performance.md',
      doc.includes(start)
        ? doc.replace(new RegExp(`${start}[\\s\\S]*?${stop}`), block)
        : `${doc.trimEnd()}\n\n${block}\n`,
    );
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
