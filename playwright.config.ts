import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/browser-bench';

// Debian's Chromium, never a downloaded browser: nothing but the package registries is reachable here.
const executablePath = CHROMIUM_PATH;
const chromiumArgs = CHROMIUM_ARGS;

// Ports and the build folder can be moved (E2E_DEMO_PORT, E2E_HTTP_PORT, E2E_MOCK_PORT, E2E_DIST) so that
// several suites can run side by side on one machine.
const demoPort = Number(process.env.E2E_DEMO_PORT ?? 4173);
const httpPort = Number(process.env.E2E_HTTP_PORT ?? 4174);
const mockPort = Number(process.env.E2E_MOCK_PORT ?? 8787);
const dist = process.env.E2E_DIST ?? 'dist';
const DEMO_URL = `http://127.0.0.1:${demoPort}`;
const HTTP_APP_URL = `http://127.0.0.1:${httpPort}`;
const MOCK_API_URL = `http://127.0.0.1:${mockPort}`;

// Specs that change what other specs see (the mock server's scenario, the fixed nginx ports), or that measure
// the page's main thread and so must not share the machine with another browser.
const SHARED_STATE = [
  /big-screen\.spec/,
  /faults-http\.spec/,
  /http-source\.spec/,
  /kept-data\.spec/,
  /missing-never-zero\.spec/,
  /redaction\.spec/,
  /nginx\.spec/,
  /offline\.spec/,
  /update\.spec/,
  /playground-freeze\.spec/,
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two browsers at a time for the specs that share nothing, one for those that switch the mock server's
  // scenario or own the nginx ports (npm run test:e2e runs the two projects one after the other).
  workers: 2,
  projects: [
    { name: 'independent', testIgnore: SHARED_STATE },
    { name: 'shared-state', testMatch: SHARED_STATE, workers: 1 },
  ],
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
  webServer: [
    {
      // The production demo build: the service worker serves the mock, no backend at all.
      command: `node node_modules/vite/bin/vite.js preview --outDir ${dist} --port ${demoPort} --strictPort`,
      url: DEMO_URL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same build, configured (config.json only) for a real network API.
      command: `node node_modules/vite/bin/vite.js preview --outDir .tmp/${dist.replace(/\W+/g, '-')}-http --port ${httpPort} --strictPort`,
      url: HTTP_APP_URL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs mock/http-server.ts --port ${mockPort}`,
      url: `${MOCK_API_URL}/__mock/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
