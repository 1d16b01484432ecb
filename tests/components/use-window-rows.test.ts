import { describe, expect, it } from 'vitest';
import { windowRange } from '../../src/components/use-window-rows';

const base = { count: 10_000, rowHeight: 72, scrollTop: 0, viewportHeight: 720, overscan: 8 };

describe('windowRange', () => {
  it('at the top: the rows in view plus overscan below, nothing above', () => {
    const r = windowRange(base);
    expect(r).toEqual({ start: 0, end: 10 + 1 + 8, padTop: 0, padBottom: (10_000 - 19) * 72 });
  });

  it('in the middle: overscan on both sides, pads for the rest', () => {
    const r = windowRange({ ...base, scrollTop: 72 * 5000 + 30 });
    expect(r.start).toBe(5000 - 8);
    expect(r.end).toBe(5000 + 11 + 8);
    expect(r.padTop).toBe(r.start * 72);
    expect(r.padBottom).toBe((10_000 - r.end) * 72);
  });

  it('at the bottom: the last row is rendered and no space is left below', () => {
    const r = windowRange({ ...base, scrollTop: 72 * 10_000 - 720 });
    expect(r.end).toBe(10_000);
    expect(r.padBottom).toBe(0);
    expect(r.start).toBe(10_000 - 10 - 8);
  });

  it('past the end or above the top (overscroll, a list that shrank) stays within [0, count]', () => {
    const past = windowRange({ ...base, count: 50, scrollTop: 1e9 });
    expect(past.start).toBeGreaterThanOrEqual(0);
    expect(past.end).toBe(50);
    expect(past.start).toBeLessThan(50);
    expect(windowRange({ ...base, scrollTop: -500 })).toEqual(windowRange(base));
  });

  it('pads plus rendered rows always make the full height', () => {
    for (const scrollTop of [0, 1, 71, 72, 12_345, 400_000, 719_280, 720_000]) {
      for (const viewportHeight of [0, 100, 720, 5000]) {
        const r = windowRange({ ...base, scrollTop, viewportHeight });
        expect(r.padTop + (r.end - r.start) * 72 + r.padBottom).toBe(10_000 * 72);
        expect(r.start).toBeLessThanOrEqual(r.end);
      }
    }
  });

  it('renders everything for a list shorter than the window, nothing for an empty one', () => {
    expect(windowRange({ ...base, count: 5 })).toEqual({ start: 0, end: 5, padTop: 0, padBottom: 0 });
    expect(windowRange({ ...base, count: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('falls back to every row when the row height is unknown', () => {
    expect(windowRange({ ...base, rowHeight: 0 })).toEqual({ start: 0, end: 10_000, padTop: 0, padBottom: 0 });
  });
});
