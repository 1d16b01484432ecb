import type { AppConfig } from './config';
import { earlyRequests } from './early-requests';

/*
 * The report date's requests, started as soon as config.json has been read, before the bulk of the app's
 * code is evaluated (src/app/config-first.ts), rather than once React and the app have started (0.45 to
 * 1.3 s later on a busy machine). The app's fetch layer takes each one, once, when it makes the same request
 * (load-resource.ts): one request per resource, the answer read, checked and reported by the app's own code
 * exactly as if the app had asked.
 */

interface EarlyFlight {
  response: Promise<Response>;
  controller: AbortController;
}

const flights = new Map<string, EarlyFlight>();
let closed = false;

/** Sends the report date's requests (none for the demo: its mock starts with the app). */
export function startEarlyRequests(config: AppConfig, search: string): void {
  if (closed) return;
  const requests = earlyRequests(config, search, Date.now());
  for (const r of requests) {
    const controller = new AbortController();
    const response = fetch(r.url, { ...r.init, signal: controller.signal });
    // Marked as handled: what the app's own request gives is what is reported when this one failed.
    response.catch(() => {});
    flights.set(r.key, { response, controller });
  }
  // Read by the e2e suite (early-start.spec.ts), as the next one.
  performance.mark('zerobay:early-requests', { detail: requests.length });
}

/**
 * The fetch that takes the early request with this key (once), or undefined when there is none. The
 * caller's abort (its time limit, a cancelled query) stops it. One that failed without an answer (a refused
 * or reset connection) is asked again by the app, whose own outcome is then the one reported; an answer,
 * an error status included, is the app's answer.
 */
export function earlyFetch(key: string): typeof fetch | undefined {
  const flight = flights.get(key);
  if (!flight) return undefined;
  flights.delete(key);
  return (input, init) => {
    const signal = init?.signal;
    if (signal?.aborted) flight.controller.abort(signal.reason);
    else signal?.addEventListener('abort', () => flight.controller.abort(signal.reason), { once: true });
    return flight.response.catch(() => fetch(input, init));
  };
}

/**
 * The app has started its own requests: a config read later starts nothing, and an early request the app
 * did not take (another date) is stopped rather than left to load.
 */
export function closeEarlyRequests(): void {
  if (closed) return;
  closed = true;
  performance.mark('zerobay:early-untaken', { detail: flights.size });
  for (const flight of flights.values()) flight.controller.abort();
  flights.clear();
}

/** Forgets every early request and opens the door again (tests). */
export function resetEarlyRequests(): void {
  for (const flight of flights.values()) flight.controller.abort();
  flights.clear();
  closed = false;
}
