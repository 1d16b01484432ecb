import { buildEnv } from '../data/build-env';
import type { AppConfig } from '../data/config';
import { startEarlyRequests } from '../data/early-flights';
import { configUrlFromLocation, loadConfig } from '../data/load-config';
import { warmParseWorker } from '../data/parse-runner';
import { atMost } from '../lib/at-most';
import { configFetch } from './config-fetch';

/*
 * Evaluated before the bulk of the app (src/main.tsx imports it right after paint-first): config.json is
 * read (the answer public/boot.js asked for, checked in the parse worker it started) and the report date's
 * six requests are sent at once (src/data/early-flights.ts), and only then are React and the app evaluated,
 * one long task (about 190 ms on a quiet machine) that the answers now travel beside instead of after. The
 * app's first attempt at config.json is this one (src/main.tsx), so it is read once.
 */

/** However long config.json takes, the app's code runs by then (and the requests start when it comes). */
const MAX_WAIT_MS = 1500;

/** The config's address (or why a `?config=` link is refused, which the app shows) and the first attempt at it. */
type ConfigStart = { url: string; config: Promise<AppConfig> | null } | { error: unknown };

function start(): ConfigStart {
  let url: string;
  try {
    url = configUrlFromLocation(
      window.location.search,
      window.location.href,
      `${import.meta.env.BASE_URL}config.json`,
    );
  } catch (error) {
    return { error };
  }
  warmParseWorker();
  const config = loadConfig(url, buildEnv(), configFetch(url, window.location.href), {
    origin: window.location.origin,
  });
  // Marked as handled: the app reports a failure when it takes this attempt.
  config.catch(() => {});
  return { url, config };
}

export const configStart = start();

/** The first attempt at config.json, taken once (a retry asks again). */
export function takeFirstConfig(): Promise<AppConfig> | null {
  if ('error' in configStart) return null;
  const { config } = configStart;
  configStart.config = null;
  return config;
}

const first = 'config' in configStart ? configStart.config : null;
if (first) {
  const sent = first.then((config) => startEarlyRequests(config, window.location.search)).catch(() => {});
  await atMost(sent, MAX_WAIT_MS);
}
