import { describe, expect, it } from 'vitest';
import { nextWindow, windowRange } from '../../src/components/use-window-rows';

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
    expect(windowRange({ ...base, rowHeight: 0 })).toEqual({
      start: 0,
      end: 10_000,
      padTop: 0,
      padBottom: 0,
    });
  });
});

describe('nextWindow', () => {
  const input = (scrollTop: number) => ({ ...base, scrollTop, overscan: 10, guard: 2 });
  const rows = (n: number) => 72 * n;

  it('keeps the window while the view stays `guard` rows inside it, then moves it by a full overscan', () => {
    let win = nextWindow(null, input(rows(5000)));
    expect(win).toEqual(windowRange(input(rows(5000))));
    const first = win;
    let moves = 0;
    // Scroll down 100 rows, a few pixels at a time.
    for (let top = rows(5000); top <= rows(5100); top += 13) {
      const next = nextWindow(win, input(top));
      if (next.start !== win.start || next.end !== win.end) moves++;
      const view = windowRange({ ...input(top), overscan: 0 });
      expect(next.start).toBeLessThanOrEqual(view.start);
      expect(next.end).toBeGreaterThanOrEqual(view.end);
      expect(next.padTop + (next.end - next.start) * 72 + next.padBottom).toBe(10_000 * 72);
      win = next;
    }
    // Once every overscan - guard + 1 = 9 rows, not on every row.
    expect(moves).toBeGreaterThanOrEqual(10);
    expect(moves).toBeLessThanOrEqual(12);
    expect(nextWindow(first, input(rows(5000) + 71))).toEqual(first);
  });

  it('keeps a window that already reaches an end of the list', () => {
    const top = nextWindow(null, input(0));
    expect(nextWindow(top, input(rows(1)))).toEqual(top);
    const bottom = nextWindow(null, input(rows(10_000) - 720));
    expect(bottom.end).toBe(10_000);
    expect(nextWindow(bottom, input(rows(10_000) - 720 - rows(1)))).toEqual(bottom);
  });

  it('after a jump renders the view with jumpOverscan rows only', () => {
    const win = nextWindow(null, input(0));
    const jumped = nextWindow(win, { ...input(rows(6000)), jumpOverscan: 1 });
    expect(jumped.start).toBe(6000 - 1);
    expect(jumped.end).toBe(6000 + 11 + 1);
    // Without jumpOverscan, or when the view still overlaps the window, the full overscan.
    expect(nextWindow(win, input(rows(6000)))).toEqual(windowRange(input(rows(6000))));
    expect(nextWindow(win, { ...input(rows(15)), jumpOverscan: 1 })).toEqual(windowRange(input(rows(15))));
  });

  it('starts afresh when the list shrank under the window or there is none', () => {
    const win = nextWindow(null, input(rows(5000)));
    expect(nextWindow(win, { ...input(0), count: 50 })).toEqual(windowRange({ ...input(0), count: 50 }));
    expect(nextWindow(null, { ...input(0), count: 0 })).toEqual({
      start: 0,
      end: 0,
      padTop: 0,
      padBottom: 0,
    });
  });
});
