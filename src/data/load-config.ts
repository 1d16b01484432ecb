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

/** How long config.json may take before the attempt counts as failed and is tried again. */
export const CONFIG_TIMEOUT_MS = 10_000;

export interface LoadConfigOptions {
  /** The page's origin: a config whose answer came from elsewhere (a redirect) is refused. */
  origin?: string;
  timeoutMs?: number;
}

/**
 * One attempt at config.json. Every failure is an error (the boot screen retries it): a missing file
 * (404) is no longer "the defaults", because the defaults used to be the built-in demo data and a
 * deployment must never show demo figures because its config went missing.
 */
export async function loadConfig(
  url: string,
  env: EnvOverrides,
  fetchImpl: typeof fetch = fetch,
  { origin, timeoutMs = CONFIG_TIMEOUT_MS }: LoadConfigOptions = {},
): Promise<AppConfig> {
  const fail = (reason: string, status?: number) =>
    new ApiError({ kind: 'config', resource: 'config', url: redactUrl(url), status, reason });
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The early request (public/boot.js) cannot be aborted from here, so the time limit is a race.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(fail(`no answer within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
  });
  try {
    let response: Response;
    try {
      response = await Promise.race([fetchImpl(url, { cache: 'no-store', signal: abort.signal }), timeout]);
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw fail(`could not load: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (origin && response.url && new URL(response.url).origin !== origin)
      throw fail(
        `redirected to another site (${new URL(response.url).origin}); a config must come from ${origin}`,
      );
    if (!response.ok) throw fail(`could not load (HTTP ${response.status})`, response.status);
    let text: string;
    try {
      text = await Promise.race([response.text(), timeout]);
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw fail(`could not load: ${e instanceof Error ? e.message : String(e)}`);
    }
    return await parseOffMainThread<AppConfig>({ kind: 'config', url, text, env });
  } finally {
    clearTimeout(timer);
  }
}
