import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy the built site is served with (docs/deploy.md gives the same for nginx).
 * No 'unsafe-eval'. Inline styles are allowed because React style props and ECharts tooltips set them.
 * connect-src lists where the data may come from: a deployer adds the API origin; the preview allows the
 * local mock API server used by the browser tests.
 */
export const contentSecurityPolicy = (connectSrc: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${connectSrc}`.trim(),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
const ECHARTS_ON_DEMAND =
  /[\\/](component[\\/](axisPointer|marker|tooltip|dataZoom|graphic|title)|chart[\\/](bar|pie|gauge|scatter|custom)|animation[\\/]customGraphicTransition|layout[\\/]barGrid|label[\\/]labelGuideHelper)/;

/**
 * The app's scripts are fetched at low priority, so on a slow link the stylesheet (and with it the loading
 * shell in index.html) gets the bandwidth first and paints at once; the scripts are deferred modules and
 * never blocked painting, they only shared the line.
 */
const scriptsAfterShell: Plugin = {
  name: 'zerobay-scripts-after-shell',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html
        .replace(
          /<script type="module" crossorigin src=/g,
          '<script type="module" crossorigin fetchpriority="low" src=',
        )
        .replace(
          /<link rel="modulepreload" crossorigin href=/g,
          '<link rel="modulepreload" crossorigin fetchpriority="low" href=',
        ),
  },
};

/**
 * The parse worker's file is named in the page (`<meta name="zerobay-parse-worker">`), so public/boot.js
 * can start it while the app's scripts download: its schemas are built by the time config.json needs
 * checking, instead of the worker starting only once the app runs. The dev server has no such file; the
 * app then starts the worker itself.
 */
const parseWorkerHint = (): Plugin => {
  let base = '/';
  return {
    name: 'zerobay-parse-worker-hint',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const file = Object.keys(ctx.bundle ?? {}).find((f) => /(^|\/)parse\.worker-[\w-]+\.js$/.test(f));
        // Before boot.js, which reads it as it runs.
        return file
          ? html.replace(
              /<script src="[^"]*boot\.js"><\/script>/,
              (boot) => `<meta name="zerobay-parse-worker" content="${base}${file}" />\n    ${boot}`,
            )
          : html;
      },
    },
  };
};

export default defineConfig({
  plugins: [react(), scriptsAfterShell, parseWorkerHint()],
  // The day the site was built: a device clock before it is wrong (src/data/clock.ts). The unit suite
  // sets its own clocks (2021, 2025) and gets the plan's first day, so only a clock before 2021 is "wrong".
  define: {
    __BUILD_DATE__: JSON.stringify(process.env.VITEST ? '2021-01-01' : new Date().toISOString().slice(0, 10)),
  },
  build: {
    target: 'es2020',
    sourcemap: false,
    // Read by tests/e2e/bundle-budget.spec.ts to measure what the first screen needs.
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically loads before the first paint anyway: one chunk
            // rather than the dozen small ones that sharing with lazy views would make (each compressed
            // alone, each with its own import glue). Lazy views import from it.
            { name: 'app', tags: ['$initial'] },
            // ECharts internals shared by several chart parts travel together: one request instead of
            // dozens of tiny ones, and better compression. What only tooltips, markers, bars, pies, gauges
            // or custom series need stays with them, so a line chart on a wall does not carry it.
            {
              name: 'echarts-shared',
              test: (id: string) => ECHARTS.test(id) && !ECHARTS_ON_DEMAND.test(id),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy('http://127.0.0.1:*'),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 15000,
  },
});
