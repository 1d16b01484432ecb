// @vitest-environment jsdom
import { focusManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollInterval, FIRST_RETRY_MS, nextPollDelay, pollsWhenHidden } from '../../src/data/polling';
import { taskQueries } from '../../src/data/queries';
import { testConfig } from '../support/test-config';

const MINUTE = 60_000;

describe('nextPollDelay', () => {
  it('spreads the interval by ±jitter: the draw 0 gives -10 %, 0.5 the interval, just under 1 gives +10 %', () => {
    const at = (draw: number) => nextPollDelay({ intervalMs: 5 * MINUTE, jitter: 0.1, failures: 0, draw });
    expect(at(0)).toBe(270_000);
    expect(at(0.5)).toBe(300_000);
    expect(at(0.999_999)).toBe(330_000);
    expect(nextPollDelay({ intervalMs: 5 * MINUTE, jitter: 0, failures: 0, draw: 0.9 })).toBe(300_000);
  });

  it('after failures: 5 s, 10 s, 20 s … doubling, never beyond the interval', () => {
    const after = (failures: number) => nextPollDelay({ intervalMs: MINUTE, jitter: 0, failures, draw: 0.5 });
    expect([1, 2, 3, 4, 5, 10].map(after)).toEqual([5_000, 10_000, 20_000, 40_000, MINUTE, MINUTE]);
    // Jittered too, but a backed-off wait never exceeds the interval.
    expect(nextPollDelay({ intervalMs: MINUTE, jitter: 0.1, failures: 9, draw: 0.99 })).toBe(MINUTE);
    expect(nextPollDelay({ intervalMs: MINUTE, jitter: 0.1, failures: 1, draw: 0 })).toBe(
      FIRST_RETRY_MS * 0.9,
    );
  });
});

describe('pollsWhenHidden', () => {
  it('only a kiosk keeps polling in a hidden tab', () => {
    expect(pollsWhenHidden('?kiosk=1&rotate=30')).toBe(true);
    expect(pollsWhenHidden('?kiosk=true')).toBe(true);
    expect(pollsWhenHidden('')).toBe(false);
    expect(pollsWhenHidden('?kiosk=0')).toBe(false);
  });
});

describe('the app’s queries', () => {
  it('use the jittered interval of config.json (refreshJitter, ±10 % by default)', () => {
    const config = testConfig({ refreshIntervalSeconds: 60 }, 'test');
    expect(config.refreshJitter).toBe(0.1);
    const options = taskQueries.list(config, null);
    expect(typeof options.refetchInterval).toBe('function');
    expect(testConfig({ refreshJitter: 0.25 }, 'test').refreshJitter).toBe(0.25);
    expect(() => testConfig({ refreshJitter: 2 }, 'test')).toThrow(/refreshJitter/);
  });
});

describe('polling on a fake clock', () => {
  let client: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    client = new QueryClient();
  });
  afterEach(() => {
    client.clear();
    focusManager.setFocused(undefined);
    vi.useRealTimers();
  });

  /** Runs an observer with the polling options; `outcome(n)` says whether the n-th fetch (from 0) fails. */
  function poll(opts: { draws: number[]; outcome?: (n: number) => boolean; background?: boolean }) {
    const start = Date.now();
    const times: number[] = [];
    let draw = 0;
    const interval = createPollInterval(() => opts.draws[draw++ % opts.draws.length]!);
    const observer = new QueryObserver(client, {
      queryKey: ['polled'],
      queryFn: async () => {
        times.push(Date.now() - start);
        if (opts.outcome?.(times.length - 1)) throw new Error('down');
        return times.length;
      },
      refetchInterval: interval(MINUTE, 0.1),
      refetchIntervalInBackground: opts.background ?? false,
      retry: false,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    return { times, unsubscribe, observer };
  }

  it('each refresh waits the interval with its own draw of the jitter', async () => {
    // The first draw is for the wait before the first answer (the observer's first fetch is immediate).
    const { times, unsubscribe } = poll({ draws: [0.5, 0, 1 - 1e-9, 0.5] });
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    unsubscribe();
    expect(times).toEqual([0, 54_000, 120_000, 180_000, 240_000]);
  });

  it('failures back off from 5 s, doubling up to the interval; a success returns to the interval', async () => {
    // Fetches 1 to 6 fail (the first load succeeds), then the API is back.
    const { times, unsubscribe } = poll({ draws: [0.5], outcome: (n) => n >= 1 && n <= 6 });
    await vi.advanceTimersByTimeAsync(6 * MINUTE);
    unsubscribe();
    const waits = times.slice(1).map((t, i) => t - times[i]!);
    expect(waits.slice(0, 8)).toEqual([MINUTE, 5_000, 10_000, 20_000, 40_000, MINUTE, MINUTE, MINUTE]);
  });

  it('re-reading the interval (every render does) does not move the next refresh', async () => {
    const { times, unsubscribe, observer } = poll({ draws: [0.2, 0.9, 0.4, 0.7] });
    for (let s = 0; s < 120; s++) {
      observer.setOptions({ ...observer.options });
      await vi.advanceTimersByTimeAsync(1000);
    }
    unsubscribe();
    expect(times.length).toBeGreaterThanOrEqual(2);
    // The draw after the first answer (0.9), unmoved by 60 re-reads in between.
    expect(times[1]).toBe(Math.round(MINUTE * (1 + 0.1 * (2 * 0.9 - 1))));
  });

  it('a hidden tab stops polling; in kiosk mode it goes on', async () => {
    focusManager.setFocused(false);
    const hidden = poll({ draws: [0.5] });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    hidden.unsubscribe();
    expect(hidden.times).toEqual([0]);
    client.clear();
    const kiosk = poll({ draws: [0.5], background: true });
    await vi.advanceTimersByTimeAsync(5 * MINUTE + 1);
    kiosk.unsubscribe();
    expect(kiosk.times.length).toBe(6);
  });
});
