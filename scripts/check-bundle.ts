// Measures the JavaScript the first screen needs, from Vite's manifest, against the budgets of issue 6:
// what must load before the headline numbers paint (the entry and its static imports), and all the JS of
// the overview (plus ECharts, loaded on demand by the chart). The mock and other views are excluded: a
// deployer's site never loads the mock, and other views load when visited.
// Usage: npm run build && npm run check:bundle [-- --dist dist] ; exits 1 when a budget is exceeded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const BUDGET_FIRST_PAINT_KB = 150;
const BUDGET_OVERVIEW_KB = 300;

const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? process.argv[distArg + 1]! : 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;

const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]?.imports ?? []) walk(i);
  };
  keys.forEach(walk);
  return seen;
}
const size = (keys: Set<string>) => [...keys].reduce((n, k) => n + (manifest[k]?.file.endsWith('.js') ? gz(manifest[k]!.file) : 0), 0);

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entry) throw new Error('no entry in the manifest');
const firstPaint = closure([entry]);
const echartsKey = Object.keys(manifest).find((k) => k.endsWith('src/lib/echarts.ts'));
const overview = closure([entry, ...(echartsKey ? [echartsKey] : [])]);

const kb = (n: number) => Math.round(n / 102.4) / 10;
const rows = [
  ['before the headline numbers paint', kb(size(firstPaint)), BUDGET_FIRST_PAINT_KB],
  ['all of the overview (with ECharts)', kb(size(overview)), BUDGET_OVERVIEW_KB],
] as const;
let failed = false;
for (const [what, got, budget] of rows) {
  const ok = got <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${what}: ${got} KB gzip (budget ${budget} KB)`);
}
for (const k of [...overview].sort()) console.log(`     ${manifest[k]!.file} ${kb(gz(manifest[k]!.file))} KB`);
process.exit(failed ? 1 : 0);
