// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, useNearViewport } from '../../src/components/use-near-viewport';

type Callback = (entries: Array<{ isIntersecting: boolean }>) => void;
let observers: Array<{ callback: Callback; margin: string | undefined; disconnected: boolean }> = [];

class FakeIntersectionObserver {
  private readonly record: (typeof observers)[number];
  constructor(callback: Callback, options?: { rootMargin?: string }) {
    this.record = { callback, margin: options?.rootMargin, disconnected: false };
    observers.push(this.record);
  }
  observe() {}
  disconnect() {
    this.record.disconnected = true;
  }
}

function Probe({ enabled = true }: { enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, enabled);
  return (
    <div ref={ref} data-testid="probe">
      {near ? 'near' : 'far'}
    </div>
  );
}

beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useNearViewport', () => {
  it('is far until the element comes within a screen of view, then stays near', () => {
    render(<Probe />);
    expect(screen.getByTestId('probe')).toHaveTextContent('far');
    expect(observers[0]?.margin).toBe(NEAR_MARGIN);
    act(() => observers[0]!.callback([{ isIntersecting: false }]));
    expect(screen.getByTestId('probe')).toHaveTextContent('far');
    act(() => observers[0]!.callback([{ isIntersecting: true }]));
    expect(screen.getByTestId('probe')).toHaveTextContent('near');
    // Once near, it stops watching: scrolling away never tears a chart down.
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('is near when the page is printed', () => {
    render(<Probe />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByTestId('probe')).toHaveTextContent('near');
  });

  it('is near at once when not enabled, or where there is no IntersectionObserver', () => {
    render(<Probe enabled={false} />);
    expect(screen.getByTestId('probe')).toHaveTextContent('near');
    expect(observers).toHaveLength(0);
    cleanup();
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByTestId('probe')).toHaveTextContent('near');
  });
});
