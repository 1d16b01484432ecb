import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { copyBuildForApi } from './deploy-copy';

/*
 * What the browser benchmarks share: a build pointed at the mock API over HTTP as a deployer would point it,
 * the machine in one line, and the figures written between markers in docs/performance.md.
 */

/** Builds into `dist` unless `built`, then copies it to `httpDist` with config.json pointed at the mock API. */
export function prepareHttpBuild(opts: {
  dist: string;
  httpDist: string;
  mockPort: number;
  timeoutMs: number;
  built: boolean;
  /** More `api` settings for the copy (e.g. `maxResponseMB`). */
  api?: Record<string, unknown>;
  /** The copy's refresh interval (default 300 s). */
  refreshIntervalSeconds?: number;
}): void {
  if (!opts.built)
    execSync(`node node_modules/vite/bin/vite.js build --outDir ${opts.dist}`, { stdio: 'ignore' });
  const api = {
    baseUrl: `http://127.0.0.1:${opts.mockPort}/api/v1`,
    headers: {},
    timeoutMs: opts.timeoutMs,
    ...opts.api,
  };
  // The default refresh, not a test interval that would refetch a large answer during the measurement.
  copyBuildForApi(opts.dist, opts.httpDist, {
    api,
    refreshIntervalSeconds: opts.refreshIntervalSeconds ?? 300,
  });
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Replaces the block between `<!-- name:begin -->` and `<!-- name:end -->` in docs/performance.md. */
export function recordBlock(name: string, lines: string[]): void {
  const file = 'docs/performance.md';
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  if (!text.includes(begin)) throw new Error(`${file} has no ${begin} marker`);
  writeFileSync(
    file,
    text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), () => [begin, ...lines, end].join('\n')),
  );
  console.log(`recorded in ${file}`);
}
