import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A copy of a build pointed at a real API, as a deployer points one: only config.json changes (the mock off,
 * the API and the refresh interval set), so what is tested is the build that ships.
 */
export function copyBuildForApi(
  dist: string,
  dest: string,
  settings: { api: Record<string, unknown>; refreshIntervalSeconds: number },
): void {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`no build in ${dist}: build first`);
  rmSync(dest, { recursive: true, force: true });
  cpSync(dist, dest, { recursive: true });
  const config = JSON.parse(readFileSync(`${dest}/config.json`, 'utf8')) as Record<string, unknown>;
  const next = { ...config, mock: { enabled: false, scenario: null }, ...settings };
  writeFileSync(`${dest}/config.json`, `${JSON.stringify(next, null, 2)}\n`);
}
