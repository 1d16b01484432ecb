/*
 * When a screen asks again. Hundreds of screens started by one power switch would otherwise poll on the
 * same second for ever: each wait is drawn within ±jitter of the refresh interval. After a failed refresh
 * the next try comes sooner, doubling from FIRST_RETRY_MS up to the interval, so a short outage heals in
 * seconds and a long one costs the API no more than normal polling.
 */

export const FIRST_RETRY_MS = 5_000;

export interface PollPlan {
  intervalMs: number;
  /** 0.1 = each wait within ±10 % of its nominal length. */
  jitter: number;
  /** Refreshes that failed in a row since the last success. */
  failures: number;
  /** A number in [0, 1): Math.random in the app, fixed in tests. */
  draw: number;
}

/** The wait before the next refresh, in ms. Pure. */
export function nextPollDelay({ intervalMs, jitter, failures, draw }: PollPlan): number {
  const nominal = failures > 0 ? Math.min(intervalMs, FIRST_RETRY_MS * 2 ** (failures - 1)) : intervalMs;
  const spread = nominal * (1 + jitter * (2 * draw - 1));
  return Math.round(failures > 0 ? Math.min(intervalMs, spread) : spread);
}

/** What the interval reads of a TanStack Query `Query`. */
export interface PolledQuery {
  state: { dataUpdatedAt: number; errorUpdateCount: number };
}

interface Cycle {
  intervalMs: number;
  jitter: number;
  dataUpdatedAt: number;
  errorsAtSuccess: number;
  errorUpdateCount: number;
  delay: number;
}

/**
 * TanStack Query's `refetchInterval` for a refresh interval: jittered, backing off after failures.
 * One draw per refresh cycle (until the query's next success or failure), kept per query across the
 * option objects each render builds: the observer re-reads the interval on every render and restarts
 * its timer when the value changes, so a fresh draw each time would put the next refresh off for as
 * long as the screen keeps rendering.
 */
export function createPollInterval(random: () => number) {
  const cycles = new WeakMap<PolledQuery, Cycle>();
  return (intervalMs: number, jitter: number) =>
    (query: PolledQuery): number => {
      const { dataUpdatedAt, errorUpdateCount } = query.state;
      const last = cycles.get(query);
      if (
        last &&
        last.intervalMs === intervalMs &&
        last.jitter === jitter &&
        last.dataUpdatedAt === dataUpdatedAt &&
        last.errorUpdateCount === errorUpdateCount
      )
        return last.delay;
      const errorsAtSuccess =
        !last || last.dataUpdatedAt !== dataUpdatedAt ? errorUpdateCount : last.errorsAtSuccess;
      const failures = errorUpdateCount - errorsAtSuccess;
      const delay = nextPollDelay({ intervalMs, jitter, failures, draw: random() });
      cycles.set(query, { intervalMs, jitter, dataUpdatedAt, errorsAtSuccess, errorUpdateCount, delay });
      return delay;
    };
}

export const pollInterval = createPollInterval(Math.random);

/**
 * Whether refreshes go on while the tab is hidden: a wall screen in kiosk mode (`?kiosk=1`) keeps its data
 * current whatever the browser thinks of its visibility; a phone or an office tab in the background stops,
 * and takes up its interval again when it is shown.
 */
export function pollsWhenHidden(search: string = globalThis.location?.search ?? ''): boolean {
  const kiosk = new URLSearchParams(search).get('kiosk');
  return kiosk === '1' || kiosk === 'true';
}
