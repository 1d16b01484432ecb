import type { AppConfig, EnvOverrides } from './config';
import { ApiError, redactUrl } from './errors';
import { parseOffMainThread } from './parse-runner';

/*
 * Loading config.json without its schema on the main thread: the text is checked in the parse worker
 * (src/data/parse.worker.ts), beside the answers' validation, so the first screen's scripts carry no zod.
 */

/**
 * The config to load: `?config=` in the page URL, or `fallback` (the deployed config.json).
 * Only a config on this site (same origin, http or https) is accepted: otherwise anyone could send a
 * link that shows the district's dashboard with figures from a server of their choosing. A config
 * URL from elsewhere is refused with an error, never silently replaced by the default.
 */
export function configUrlFromLocation(search: string, pageUrl: string, fallback: string): string {
  const raw = new URLSearchParams(search).get('config');
  if (raw === null || raw.trim() === '') return fallback;
  const refuse = (reason: string) =>
    new ApiError({
      kind: 'config',
      resource: 'config',
      url: redactUrl(raw),
      reason: `?config= refused: ${reason}`,
    });
  let target: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    target = new URL(raw.trim(), page);
  } catch {
    throw refuse('not a URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw refuse('only http(s) URLs');
  if (target.origin !== page.origin)
    throw refuse(`a config must come from this site (${page.origin}), not ${target.origin}`);
  if (target.username || target.password) throw refuse('no credentials in the URL');
  return `${target.pathname}${target.search}`;
}

export async function loadConfig(
  url: string,
  env: EnvOverrides,
  fetchImpl: typeof fetch = fetch,
): Promise<AppConfig> {
  const shownUrl = redactUrl(url);
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store' });
  } catch (e) {
    throw new ApiError({
      kind: 'config',
      resource: 'config',
      url: shownUrl,
      reason: `could not load: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  // No config.json: the defaults (the in-browser mock), still with the build's environment applied.
  if (response.status === 404) return parseOffMainThread<AppConfig>({ kind: 'config', url, text: null, env });
  if (!response.ok) {
    throw new ApiError({
      kind: 'config',
      resource: 'config',
      url: shownUrl,
      status: response.status,
      reason: `could not load (HTTP ${response.status})`,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw new ApiError({
      kind: 'config',
      resource: 'config',
      url: shownUrl,
      reason: `could not load: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  return parseOffMainThread<AppConfig>({ kind: 'config', url, text, env });
}
