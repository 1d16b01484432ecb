// @vitest-environment jsdom
import { onlineManager } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  offerUpdate,
  reloadTakingUpdate,
  takeUpdate,
  useUpdateAtRotation,
} from '../../src/stores/update-store';

/** A waiting worker and a page whose controller changes when it is told to skip waiting. */
function setup() {
  const listeners: Array<() => void> = [];
  const container = {
    addEventListener: (type: string, fn: () => void) => type === 'controllerchange' && listeners.push(fn),
  };
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  const reload = vi.fn();
  Object.defineProperty(window, 'location', {
    value: { reload, href: 'http://wall.example/big-screen?kiosk=1' },
    configurable: true,
  });
  const worker = {
    state: 'installed',
    postMessage: vi.fn(() => listeners.forEach((fn) => fn())),
  } as unknown as ServiceWorker;
  return { worker, reload };
}

let original: Location;
beforeEach(() => {
  original = window.location;
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  onlineManager.setOnline(true);
  Object.defineProperty(window, 'location', { value: original, configurable: true });
  vi.restoreAllMocks();
});

describe('a new version waits for a safe moment', () => {
  it('is not taken while nothing waits: the daily reload is a plain reload', async () => {
    vi.resetModules();
    const store = await import('../../src/stores/update-store');
    const { reload } = setup();
    expect(store.takeUpdate()).toBe(false);
    store.reloadTakingUpdate();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is taken by telling the waiting worker to skip waiting, and reloading once it controls the page', () => {
    const { worker, reload } = setup();
    offerUpdate(worker);
    expect(reload).not.toHaveBeenCalled();
    expect(takeUpdate()).toBe(true);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('the daily reload goes into the waiting version', () => {
    const { worker } = setup();
    offerUpdate(worker);
    reloadTakingUpdate();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('on the wall: not on the screen shown first, at the next screen change', () => {
    const { worker } = setup();
    offerUpdate(worker);
    const { rerender } = renderHook(({ index }) => useUpdateAtRotation(index), {
      initialProps: { index: 0 },
    });
    rerender({ index: 0 });
    expect(worker.postMessage).not.toHaveBeenCalled();
    vi.useFakeTimers();
    rerender({ index: 1 });
    // Once the new screen has loaded, not while it loads.
    expect(worker.postMessage).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1500);
    expect(worker.postMessage).toHaveBeenCalledTimes(1);
  });

  it('on the wall: a version that finishes installing just after a screen change waits for the next change', async () => {
    vi.resetModules();
    const store = await import('../../src/stores/update-store');
    const { worker, reload } = setup();
    const { rerender } = renderHook(({ index }) => store.useUpdateAtRotation(index), {
      initialProps: { index: 0 },
    });
    vi.useFakeTimers();
    rerender({ index: 1 });
    // Installed while the new screen settles: that screen is shown to its end.
    vi.advanceTimersByTime(500);
    store.offerUpdate(worker);
    vi.advanceTimersByTime(20_000);
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    rerender({ index: 2 });
    vi.advanceTimersByTime(1500);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks nothing of the network while the old worker is swapped out, and resumes if the switch never comes', () => {
    const { worker } = setup();
    vi.useFakeTimers();
    // No controller change: the switch stalls.
    (worker as unknown as { postMessage: () => void }).postMessage = vi.fn();
    offerUpdate(worker);
    expect(takeUpdate()).toBe(true);
    expect(onlineManager.isOnline()).toBe(false);
    vi.advanceTimersByTime(15_000);
    expect(onlineManager.isOnline()).toBe(true);
  });

  it('on the wall: the reload comes back on the screen the rotation went to', () => {
    const { worker, reload } = setup();
    const replaceState = vi.spyOn(window.history, 'replaceState').mockImplementation(() => {});
    Object.defineProperty(window, 'location', {
      value: { reload, href: 'http://wall.example/big-screen?kiosk=1&rotate=30&screen=2' },
      configurable: true,
    });
    offerUpdate(worker);
    const { rerender } = renderHook(({ index }) => useUpdateAtRotation(index), {
      initialProps: { index: 1 },
    });
    vi.useFakeTimers();
    rerender({ index: 2 });
    vi.advanceTimersByTime(1500);
    expect(reload).toHaveBeenCalledTimes(1);
    const url = String(replaceState.mock.calls[0]?.[2]);
    expect(url).toBe('/big-screen?kiosk=1&rotate=30&screen=3');
    expect(replaceState.mock.invocationCallOrder[0]!).toBeLessThan(reload.mock.invocationCallOrder[0]!);
  });
});
