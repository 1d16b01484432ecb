import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HTTP_APP_URL } from './support';

/*
 * The bundle budgets, checked on every CI run: sizes, not times, so the check cannot flake.
 * - Before the headline numbers paint: the page's module scripts and their static imports (Vite's
 *   manifest), ≤ 150 KB gzip.
 * - All of the overview: every script the browser actually fetched until all its charts painted, on the
 *   build a deployer serves (HTTP API, no mock), ≤ 300 KB gzip (docs/performance.md, "Bundle").
 */
const FIRST_PAINT_KB = 150;
const OVERVIEW_KB = 300;
const dist = process.env.E2E_DIST ?? 'dist';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

test('the JavaScript before the headline numbers paint stays under 150 KB gzip', () => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  // The page's module scripts as the build wrote them into index.html (the entry's chunk need not be
  // marked as the entry in the manifest: with a top-level await the bundler names it for its group).
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]* src="\/([^"]+)"/g)].map((m) => m[1]!);
  const entries = Object.keys(manifest).filter((k) => scripts.includes(manifest[k]!.file));
  expect(entries.length).toBe(scripts.length);
  expect(entries.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  const walk = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]?.imports ?? []) walk(i);
  };
  entries.forEach(walk);
  const total = [...seen].reduce(
    (n, k) => n + gzipSync(readFileSync(join(dist, manifest[k]!.file))).length,
    0,
  );
  console.log(`before first paint: ${kb(total)} KB gzip in ${seen.size} files (budget ${FIRST_PAINT_KB})`);
  expect(kb(total)).toBeLessThanOrEqual(FIRST_PAINT_KB);
});

test('all JavaScript of the overview, ECharts included, stays under 300 KB gzip', async ({ page }) => {
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === HTTP_APP_URL && url.pathname.endsWith('.js') && !scripts.has(url.pathname))
      scripts.set(url.pathname, res.body());
  });
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('[data-testid="chart"]').length;
    return charts > 0 && performance.getEntriesByName('zerobay:chart-painted').length >= charts;
  });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(
    [...scripts].map(async ([path, body]) => [path, gzipSync(await body).length] as const),
  );
  const total = sizes.reduce((n, [, s]) => n + s, 0);
  console.log(`overview: ${kb(total)} KB gzip in ${sizes.length} files (budget ${OVERVIEW_KB})`);
  for (const [path, s] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${kb(s)} KB ${path}`);
  // The mock never reaches a deployer's site.
  expect(sizes.some(([path]) => /\/browser-[\w-]+\.js$/.test(path))).toBe(false);
  expect(kb(total)).toBeLessThanOrEqual(OVERVIEW_KB);
});
