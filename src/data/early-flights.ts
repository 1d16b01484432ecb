/*
 * The report date's requests public/boot.js started as soon as config.json arrived (their addresses worked
 * out by the parse worker: src/data/early-requests.ts). The app's fetch layer takes each one, once, when it
 * makes the same request (load-resource.ts): one request per resource, the answer read, checked and reported
 * by the app's own code exactly as if the app had asked.
 */

interface EarlyFlight {
  response: Promise<Response>;
  controller: AbortController;
}

declare global {
  interface Window {
    /** Set by public/boot.js: its requests by key, `closed` once the app has asked for what it needs. */
    __zerobayEarly?: { closed: boolean; started: number; flights: Record<string, EarlyFlight | undefined> };
  }
}

const early = () => (typeof window === 'undefined' ? undefined : window.__zerobayEarly);

/**
 * The fetch that takes the request boot.js started with this key (once), or undefined when there is none.
 * The caller's abort (its time limit, a cancelled query) stops it. One that failed without an answer (a
 * refused or reset connection) is asked again by the app, whose own outcome is then the one reported; an
 * answer, an error status included, is the app's answer.
 */
export function earlyFetch(key: string): typeof fetch | undefined {
  const flights = early();
  const flight = flights?.flights[key];
  if (!flights || !flight) return undefined;
  delete flights.flights[key];
  return (input, init) => {
    const signal = init?.signal;
    if (signal?.aborted) flight.controller.abort(signal.reason);
    else signal?.addEventListener('abort', () => flight.controller.abort(signal.reason), { once: true });
    return flight.response.catch(() => fetch(input, init));
  };
}

/**
 * The app has started its own requests: a reply that comes later starts nothing, and an early request the
 * app did not take (another date, a config the app read differently) is stopped rather than left to load.
 */
export function closeEarlyRequests(): void {
  const flights = early();
  if (!flights) return;
  flights.closed = true;
  for (const flight of Object.values(flights.flights)) flight?.controller.abort();
  flights.flights = {};
}
