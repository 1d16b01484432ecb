import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minifySync, parseSync, Visitor } from 'rolldown/utils';

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

// Test files that mock modules (vi.mock); they need a module cache of their own.
const MOCKED = 'tests/**/*.mocked.test.{ts,tsx}';

const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
const ECHARTS_ON_DEMAND =
  /[\\/](component[\\/](axisPointer|marker|tooltip|dataZoom|graphic|title|legend)|chart[\\/](bar|pie|gauge|scatter|custom)|animation[\\/]customGraphicTransition|layout[\\/]barGrid|label[\\/]labelGuideHelper)/;

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

/**
 * public/boot.js is copied as written, comments and all; the build serves it minified (it is on every page's
 * first-paint path). Before the shell worker lists it, so its precache revision is the served file's.
 */
const minifyBootScript = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'zerobay-minify-boot',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    writeBundle: () => {
      const file = join(outDir, 'boot.js');
      const { code, errors } = minifySync('boot.js', readFileSync(file, 'utf8'));
      if (errors.length) throw new Error(`boot.js: ${errors.map((e) => e.message).join('; ')}`);
      writeFileSync(file, code);
    },
  };
};

/**
 * ECharts' core registers two built-ins this app never uses, and no option can reach them: its own dark theme
 * (src/lib/echarts.ts makes every chart with no theme, colours come from src/lib/palette.ts) and the
 * `showLoading()` spinner (a chart that waits shows the app's own state). Left out of the build they are 1.4 KB
 * gzip fewer in every view with a chart. Should a chart ever call `showLoading()`, it throws saying so.
 */
const ECHARTS_UNUSED: Record<string, string> = {
  '../theme/dark.js': 'export default {};',
  '../loading/default.js':
    "export default function loading() { throw new Error('ECharts showLoading() is left out of this build (vite.config.ts)'); }",
};
/**
 * Its two built-in locales (Chinese, English) are mostly words for what this app never shows: the toolbox,
 * the legend's select-all buttons, the aria description (no chart turns `aria` on). Only their `time` part is
 * reachable (month and weekday names for a time axis without a formatter), so only that part is kept, read
 * from ECharts' own file: 1 KB gzip fewer in every view with a chart.
 */
const ECHARTS_LOCALES = ['../i18n/langEN.js', '../i18n/langZH.js'];
const localeTimeOnly = (file: string): string => {
  const time = /^ {2}time: \{[\s\S]*?^ {2}\}/m.exec(readFileSync(file, 'utf8'));
  if (!time) throw new Error(`${file}: no time part found (vite.config.ts, localeTimeOnly)`);
  return `export default {\n${time[0]}\n};`;
};
const echartsUnusedBuiltins = (): Plugin => ({
  name: 'zerobay-echarts-unused-builtins',
  enforce: 'pre',
  resolveId: (source, importer) => {
    if (!importer) return null;
    if (source in ECHARTS_UNUSED && /echarts[\\/]lib[\\/]core[\\/]echarts\.js$/.test(importer))
      return `\0zerobay-echarts-unused:${source}`;
    if (ECHARTS_LOCALES.includes(source) && /echarts[\\/]lib[\\/]core[\\/]locale\.js$/.test(importer))
      return `\0zerobay-echarts-locale:${join(dirname(importer), source)}`;
    return null;
  },
  load: (id) => {
    if (id.startsWith('\0zerobay-echarts-unused:')) return ECHARTS_UNUSED[id.slice(24)];
    if (id.startsWith('\0zerobay-echarts-locale:')) return localeTimeOnly(id.slice(24));
    return null;
  },
});

/**
 * The oldest browser is Chromium 92 (README.md). The build's target is Chromium 98 only because the compiler
 * lowers class fields for anything older (a V8 bug before 98 with *static* fields that redefine a read-only
 * property), and TanStack Query's private fields lowered to WeakMaps cost 1.3 KB gzip on the first screen.
 * Private fields and methods run natively since Chromium 84, so what the target lets through is safe on 92
 * except static blocks (Chromium 94) and static public fields (that bug): the build fails if a script has one.
 * The demo's mock worker is exempt: it needs Chromium 98 anyway.
 */
const OLDEST_BROWSER_TARGET = 'chrome98';
const syntaxForOldestBrowser = (): Plugin => ({
  name: 'zerobay-syntax-for-chromium-92',
  apply: 'build',
  generateBundle: (_options, bundle) => {
    const found: string[] = [];
    for (const [file, out] of Object.entries(bundle)) {
      if (!file.endsWith('.js') || /(^|\/)browser-[\w-]+\.js$/.test(file)) continue;
      const code = out.type === 'chunk' ? out.code : String(out.source);
      const { program } = parseSync(file, code, { sourceType: 'module' });
      new Visitor({
        StaticBlock: () => found.push(`${file}: a static block`),
        PropertyDefinition: (p) => {
          if (p.static && p.key.type !== 'PrivateIdentifier') found.push(`${file}: a static class field`);
        },
      }).visit(program);
    }
    if (found.length) throw new Error(`syntax Chromium 92 cannot run:\n${found.join('\n')}`);
  },
});

/**
 * The app shell's service worker (Workbox, generated at build): it precaches index.html, boot.js, the icons
 * and every script and stylesheet of the build, so a screen that restarts with no network still starts and
 * shows its kept data. It owns the shell only: the data answers are never touched (the app's own kept cache
 * in IndexedDB owns them), and config.json goes to the network first, its last good copy used only when the
 * network fails. A new worker waits until the app tells it to take over at a safe moment
 * (src/stores/update-store.ts). The demo build's mock runs in its own worker at the same scope, so a demo config
 * never registers this one (docs/architecture.md, "Offline and updates").
 */
const shellWorker = () =>
  VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: true,
    manifest: {
      name: '大零号湾建设监测 · Greater Zero Bay monitor',
      short_name: '零号湾监测',
      description: '大零号湾全球创新创业集聚区建设监测 · Greater Zero Bay construction plan monitor',
      lang: 'zh-CN',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#0B1A3A',
      theme_color: '#0B1A3A',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The shell: the page, its boot script, icons, every script and stylesheet (any route must start
      // offline, the wall's charts included). Not the mock (a demo never uses this worker), not
      // config.json (below), not the schemas or example data.
      globPatterns: ['index.html', 'boot.js', 'favicon.svg', 'icons/*.png', 'assets/**/*.{js,css}'],
      globIgnores: ['assets/browser-*.js'],
      dontCacheBustURLsMatching: /\/assets\//,
      // Deep links (/tasks/T01, /big-screen?kiosk=1) start from the kept index.html; files never do.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/api\//, /\.[a-z0-9]+$/i],
      runtimeCaching: [
        {
          // config.json (or a `?config=` file of this site): the network's answer whenever there is one; the
          // last good copy only when the network fails or hangs, so a screen booting offline still starts.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /config\.json$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'zerobay-config',
            networkTimeoutSeconds: 6,
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
      cleanupOutdatedCaches: true,
      // The first install takes the page that installed it: a wall loads once and runs for days, and a page
      // no worker controls would never hear of a new version (it would activate at once, beside the page).
      clientsClaim: true,
      skipWaiting: false,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });

export default defineConfig({
  // The shell worker is a build output only: the unit suite never needs it.
  plugins: [
    react(),
    scriptsAfterShell,
    parseWorkerHint(),
    syntaxForOldestBrowser(),
    echartsUnusedBuiltins(),
    ...(process.env.VITEST ? [] : [minifyBootScript(), shellWorker()]),
  ],
  // The day the site was built: a device clock before it is wrong (src/data/clock.ts). The unit suite
  // sets its own clocks (2021, 2025) and gets the plan's first day, so only a clock before 2021 is "wrong".
  define: {
    __BUILD_DATE__: JSON.stringify(process.env.VITEST ? '2021-01-01' : new Date().toISOString().slice(0, 10)),
  },
  build: {
    target: OLDEST_BROWSER_TARGET,
    // The stylesheets as before: the target above is about scripts only.
    cssTarget: 'es2020',
    sourcemap: false,
    // Read by tests/e2e/bundle-budget.spec.ts to measure what the first screen needs.
    manifest: true,
    chunkSizeWarningLimit: 900,
    // A font inlined as data: would be refused by the CSP (font-src 'self'): fonts always ship as files.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically loads before the first paint anyway: one chunk
            // rather than the dozen small ones that sharing with lazy views would make (each compressed
            // alone, each with its own import glue). Lazy views import from it.
            { name: 'app', tags: ['$initial'] },
            // ECharts internals shared by several chart parts travel together: one request instead of
            // dozens of tiny ones, and better compression. What only tooltips, markers, legends, bars, pies,
            // gauges or custom series need stays with them, so a line chart on a wall does not carry it (the
            // plain and the scrolling legend share code: it stays in the plain legend's chunk).
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
    setupFiles: ['tests/setup.ts'],
    testTimeout: 15000,
    pool: 'threads',
    projects: [
      // Threads that keep their module cache between files: zod, the schemas and the mock fixtures load once
      // per worker instead of once per file, which was two thirds of the suite's CPU time (docs/performance.md).
      // Every file still gets its own environment.
      {
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**', MOCKED],
        },
      },
      // A module mock cannot replace a module another file already loaded into a shared cache, so the files
      // that mock modules run isolated. Lint sends every vi.mock to a file with this name.
      { extends: true, test: { name: 'isolated', isolate: true, include: [MOCKED] } },
    ],
  },
});
