import { readdirSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nginxAvailable, NGINX_PATH, startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { copyBuildForApi } from '../../scripts/lib/deploy-copy';
import { contentSecurityPolicy } from '../../vite.config';
import { collectPageErrors, expectedAssessment, expectOverviewNumbers, MOCK_API_URL } from './support';

// The shipped deployment (deploy/nginx.conf and its headers snippet, unchanged) on Debian's nginx:
// the built site behind it, /api/ proxied to the mock HTTP server. One instance serves the build set up
// for the same-origin API, a second the demo build (mock in its service worker).
const PORT = Number(process.env.E2E_NGINX_PORT ?? 4176);
const DEMO_PORT = Number(process.env.E2E_NGINX_DEMO_PORT ?? 4177);
const DIST = process.env.E2E_DIST ?? 'dist';
const API_ROOT = `.tmp/${DIST.replace(/\W+/g, '-')}-nginx`;

if (!nginxAvailable() && process.env.CI) {
  throw new Error(
    `${NGINX_PATH} is missing: .ci/run installs nginx-light, the deployment must be tested in CI`,
  );
}
test.skip(
  !nginxAvailable(),
  `${NGINX_PATH} not installed (apt-get install nginx-light): the nginx deployment is not tested here`,
);

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy(''),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

let api: RunningNginx;
let demo: RunningNginx;

test.beforeAll(async () => {
  copyBuildForApi(DIST, API_ROOT, { api: { baseUrl: '/api/v1', headers: {} }, refreshIntervalSeconds: 5 });
  api = await startNginx({ port: PORT, root: API_ROOT, upstream: MOCK_API_URL });
  demo = await startNginx({ port: DEMO_PORT, root: DIST, upstream: MOCK_API_URL });
});

test.afterAll(async () => {
  await api?.stop();
  await demo?.stop();
  rmSync(API_ROOT, { recursive: true, force: true });
});

const hashedAsset = () => {
  const file = readdirSync(`${DIST}/assets`).find((f) => /^(index|app)-[\w-]{8}\.js$/.test(f));
  expect(file, 'the build has a hashed entry script').toBeTruthy();
  return `/assets/${file}`;
};

interface Kind {
  path: string;
  status: number;
  type: RegExp;
  cache: string | null;
}

const KINDS = (): Kind[] => [
  { path: '/', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/index.html', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/config.json', status: 200, type: /^application\/json/, cache: 'no-cache' },
  { path: '/tasks/T01', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/big-screen?kiosk=1', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: hashedAsset(), status: 200, type: /^application\/javascript/, cache: IMMUTABLE },
  { path: '/assets/index-00000000.js', status: 404, type: /^text\/html/, cache: null },
  { path: '/boot.js', status: 200, type: /^application\/javascript/, cache: 'no-cache' },
  { path: '/mockServiceWorker.js', status: 200, type: /^application\/javascript/, cache: 'no-cache' },
  { path: '/favicon.svg', status: 200, type: /^image\/svg\+xml/, cache: 'no-cache' },
  // The shell's service worker: revalidated, so a new deployment is found at the next check.
  { path: '/sw.js', status: 200, type: /^application\/javascript/, cache: 'no-cache' },
  // Debian's mime.types has no .webmanifest: the server block gives it its type.
  { path: '/manifest.webmanifest', status: 200, type: /^application\/manifest\+json/, cache: 'no-cache' },
  { path: '/icons/icon-192.png', status: 200, type: /^image\/png/, cache: 'no-cache' },
  // Through the proxy: the mock's own Cache-Control passes unchanged.
  { path: '/api/v1/plan', status: 200, type: /^application\/json/, cache: 'no-cache' },
];

test('every kind of answer carries the security headers and its caching', async () => {
  const index = await (await fetch(`${api.url}/index.html`)).text();
  for (const kind of KINDS()) {
    const res = await fetch(`${api.url}${kind.path}`, { headers: { 'accept-encoding': 'gzip' } });
    const headers = Object.fromEntries(res.headers);
    const what = `${kind.path} (${res.status})`;
    expect(res.status, what).toBe(kind.status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name], `${what} ${name}`).toBe(value);
    expect(headers['content-type'], what).toMatch(kind.type);
    expect(headers['cache-control'] ?? null, what).toBe(kind.cache);
    expect(headers['server'], `${what}: no version`).toBe('nginx');
    const body = await res.text();
    if (kind.type.source.includes('html') && kind.status === 200)
      expect(body, `${what} is the app`).toBe(index);
  }
});

test('a missing file under assets/ is a real 404, never the app page; a missing route is the app', async () => {
  const missing = await fetch(`${api.url}/assets/chart-gone1234.js`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).not.toContain('boot.js');
  const route = await fetch(`${api.url}/tasks/T01/anything?x=1`);
  expect(route.status).toBe(200);
  expect(await route.text()).toContain('<div id="root">');
});

test('text is compressed: HTML, scripts, JSON from the API', async () => {
  for (const path of ['/', hashedAsset(), '/api/v1/tasks']) {
    const res = await fetch(`${api.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding'), path).toBe('gzip');
    expect(res.headers.get('vary'), path).toContain('Accept-Encoding');
  }
});

test('the API proxy: same answer as the API itself, path kept, errors passed through with the headers', async () => {
  const direct = (await (await fetch(`${MOCK_API_URL}/api/v1/tasks`)).json()) as unknown;
  const proxied = await fetch(`${api.url}/api/v1/tasks`);
  expect(proxied.status).toBe(200);
  expect(await proxied.json()).toEqual(direct);
  const missing = await fetch(`${api.url}/api/v1/no-such-resource`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['content-security-policy']);
});

test('validators pass the proxy both ways: an unchanged answer is a 304 with no body', async () => {
  const first = await fetch(`${api.url}/api/v1/plan`, { headers: { 'accept-encoding': 'gzip' } });
  const etag = first.headers.get('etag');
  // Compressed on the way, so nginx weakens the tag; the API compares weakly.
  expect(etag).toMatch(/^(W\/)?"[\w-]+"$/);
  expect(first.headers.get('last-modified')).toBeTruthy();
  const again = await fetch(`${api.url}/api/v1/plan`, {
    headers: { 'accept-encoding': 'gzip', 'if-none-match': etag! },
  });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  expect(again.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['content-security-policy']);
});

/** Records CSP violations in the page (and in its workers, through the console). */
async function watchCsp(page: Page): Promise<string[]> {
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return errors;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('the app runs under the policy through the proxy: numbers from /api/, zero violations', async ({
  page,
}) => {
  const errors = await watchCsp(page);
  const apiCalls: string[] = [];
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('request', (r) => {
    if (r.url().includes('/api/')) apiCalls.push(r.url());
  });

  const response = await page.goto(`${api.url}/`);
  expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
  await expectOverviewNumbers(page, await expectedAssessment(null));
  await expect(page.getByTestId('chart').first()).toHaveAttribute('data-painted', 'true');
  // boot.js started the parse worker from the page's hint, and the policy let it run.
  expect(
    workers.some((u) => /\/assets\/parse\.worker-[\w-]+\.js$/.test(u)),
    workers.join(', '),
  ).toBe(true);
  expect(apiCalls.length).toBeGreaterThan(0);
  // The next refresh (5 s, ±10 %) asks with the validators and gets 304s; the numbers stay.
  await page.waitForResponse((r) => r.url().includes('/api/v1/') && r.status() === 304, { timeout: 15_000 });
  await expectOverviewNumbers(page, await expectedAssessment(null));
  for (const u of apiCalls) expect(u.startsWith(`${api.url}/api/v1/`), u).toBe(true);

  // A deep link opened directly (a bookmark, a wall screen's start page).
  await page.goto(`${api.url}/tasks/T01`);
  await expect(page.getByTestId('task-progress')).toBeVisible();
  await page.goto(`${api.url}/big-screen?kiosk=1`);
  await expect(page.getByTestId('bs-stage')).toBeVisible();
  // The shell's worker and its manifest, under the policy (worker-src, manifest-src).
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL),
    )
    .toBe(`${api.url}/sw.js`);
  expect(
    await page.evaluate(
      async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).ok,
    ),
  ).toBe(true);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the demo build runs under the policy: the mock service worker, boot.js, zero violations', async ({
  page,
}) => {
  const errors = await watchCsp(page);
  await page.goto(`${demo.url}/`);
  await expectOverviewNumbers(page, await expectedAssessment(null));
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${demo.url}/mockServiceWorker.js`,
  );
  await page.goto(`${demo.url}/tasks/T01`);
  await expect(page.getByTestId('task-progress')).toBeVisible();
  // The demo never registers the shell's worker: one worker holds the scope, and it is the mock's.
  await page.waitForTimeout(1000);
  expect(
    await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map(
        (r) => (r.active ?? r.waiting ?? r.installing)?.scriptURL,
      ),
    ),
  ).toEqual([`${demo.url}/mockServiceWorker.js`]);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(demo.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
});
