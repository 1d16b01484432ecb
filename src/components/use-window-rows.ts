import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { usePrinting } from './use-printing';

/** Which rows of a long list to render: [start, end) plus the space the others take above and below. */
export interface WindowRange {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

export interface WindowInput {
  count: number;
  /** Height of every row in px (rows are fixed-height). */
  rowHeight: number;
  /** Scroll offset of the list's first row from the top of the viewport, in px. */
  scrollTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge, so fast scrolling and keyboard focus rarely meet a gap. */
  overscan: number;
}

/** Pure range maths, unit-tested: never out of [0, count], pads add up to the rows not rendered. */
export function windowRange({
  count,
  rowHeight,
  scrollTop,
  viewportHeight,
  overscan,
}: WindowInput): WindowRange {
  if (count <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  if (!(rowHeight > 0)) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
  const first = clamp(Math.floor(Math.max(0, scrollTop) / rowHeight), 0, count - 1);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = clamp(first - overscan, 0, count);
  const end = clamp(first + visible + overscan, start, count);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * The window to render next, given the one rendered now: kept as it is while the rows in view stay at least
 * `guard` rows inside it (or it already reaches that end of the list), else a new window with `overscan`
 * rows beyond each edge of the view. So scrolling changes the rows in the DOM once every `overscan - guard`
 * rows (plus one) instead of on every row, and the frames in between only move pixels (profiled in Chromium: each
 * change costs a style, layout, paint and compositing update; a scroll alone is done by the compositor).
 *
 * A jump (the view shares no row with the window, as in a fling, a drag of the scroll bar or End) gets
 * `jumpOverscan` rows instead, when given: rows beyond the view would be thrown away at the next frame of a
 * fast scroll, and every row costs layout. The caller fills in the overscan once the scroll rests.
 */
export function nextWindow(
  prev: { start: number; end: number } | null,
  input: WindowInput & { guard: number; jumpOverscan?: number },
): WindowRange {
  const { count, rowHeight, guard, jumpOverscan } = input;
  if (!prev || !(rowHeight > 0) || prev.end > count || prev.start > prev.end) return windowRange(input);
  const view = windowRange({ ...input, overscan: 0 });
  const above = prev.start === 0 || view.start - prev.start >= guard;
  const below = prev.end === count || prev.end - view.end >= guard;
  if (above && below && view.start >= prev.start && view.end <= prev.end) {
    return {
      start: prev.start,
      end: prev.end,
      padTop: prev.start * rowHeight,
      padBottom: (count - prev.end) * rowHeight,
    };
  }
  const jump = view.start >= prev.end || view.end <= prev.start;
  return windowRange(
    jump && jumpOverscan !== undefined
      ? { ...input, overscan: Math.min(jumpOverscan, input.overscan) }
      : input,
  );
}

/** Mean height of the rendered rows; null when there are none or they have no layout (jsdom, display: none). */
export function measureRowHeight(rows: ArrayLike<Element>): number | null {
  if (rows.length === 0) return null;
  const first = rows[0]!.getBoundingClientRect();
  const last = rows[rows.length - 1]!.getBoundingClientRect();
  const h = (last.bottom - first.top) / rows.length;
  return h > 0 ? h : null;
}

export interface UseWindowRowsOptions {
  count: number;
  enabled: boolean;
  /** First guess of the row height in px; corrected by measuring the rendered rows. */
  estimateRowHeight: number;
  /** Rows rendered beyond each edge of the view when the window moves. */
  overscan?: number;
  /** The window moves when the view comes within this many rows of its edge (see nextWindow). */
  guard?: number;
  /** Rows beyond the view after a jump, until the scroll rests (see nextWindow). */
  jumpOverscan?: number;
  /** The scrolling element (the table's own scroll box). */
  scrollRef: RefObject<HTMLElement | null>;
  /** The element holding the rows (tbody); rows to measure carry `data-vrow`. */
  bodyRef: RefObject<HTMLElement | null>;
}

/** Quiet time after the last scroll event before a window chosen for a jump gets its full overscan. */
const FILL_MS = 120;

/**
 * Windowing for a long table inside its own scroll box: only the rows in view (plus overscan) are in the
 * DOM, spacer rows keep the scroll height. The window moves in steps (nextWindow), not row by row. While
 * printing, every row is rendered (beforeprint, or the print media query for headless PDF), so a printout
 * is never cut to what happened to be on screen.
 */
export function useWindowRows({
  count,
  enabled,
  estimateRowHeight,
  overscan = 10,
  guard = 2,
  jumpOverscan = 1,
  scrollRef,
  bodyRef,
}: UseWindowRowsOptions): WindowRange & { all: boolean } {
  // The window last chosen by the scroll handler, with the scroll offset it was chosen at.
  const [win, setWin] = useState<{ start: number; end: number; top: number } | null>(null);
  const [viewportHeight, setViewportHeight] = useState(800);
  const [rowHeight, setRowHeight] = useState(estimateRowHeight);
  const printing = usePrinting(enabled);
  // What the scroll handler needs without touching layout: reading offsetTop or clientHeight there forced a
  // layout on every scroll event (seen in a profile). They change only on resize. start/end: the window
  // rendered (or about to be); -1 when it must be chosen afresh.
  const geometry = useRef({ header: 0, viewport: 800, rowHeight: estimateRowHeight, start: -1, end: -1 });
  useLayoutEffect(() => {
    geometry.current.rowHeight = rowHeight;
  }, [rowHeight]);

  // After a jump the window has little overscan; once the scroll rests (no scroll event for FILL_MS), it
  // gets the full overscan, for keyboard focus and the next small scroll.
  const fillTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const update = useCallback(
    (jumps: boolean) => {
      const box = scrollRef.current;
      if (!box) return;
      const g = geometry.current;
      const top = box.scrollTop - g.header;
      const input = {
        count,
        rowHeight: g.rowHeight,
        scrollTop: top,
        viewportHeight: g.viewport,
        overscan,
        guard,
      };
      const prev = g.start < 0 ? null : { start: g.start, end: g.end };
      let r: WindowRange;
      if (jumps) {
        // Re-render only when the window has to move, not on every row or pixel of scrolling.
        r = nextWindow(prev, { ...input, jumpOverscan });
      } else {
        const full = windowRange(input);
        r = prev && prev.start <= full.start && prev.end >= full.end ? nextWindow(prev, input) : full;
      }
      if (r.start === g.start && r.end === g.end) return;
      g.start = r.start;
      g.end = r.end;
      setWin({ start: r.start, end: r.end, top });
    },
    [scrollRef, count, overscan, guard, jumpOverscan],
  );
  const onScroll = useCallback(() => {
    update(true);
    if (fillTimer.current !== null) clearTimeout(fillTimer.current);
    fillTimer.current = setTimeout(() => {
      fillTimer.current = null;
      update(false);
    }, FILL_MS);
  }, [update]);
  useEffect(
    () => () => {
      if (fillTimer.current !== null) clearTimeout(fillTimer.current);
    },
    [],
  );

  const onResize = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const g = geometry.current;
    g.header = bodyRef.current?.offsetTop ?? 0;
    g.viewport = box.clientHeight || 800;
    g.start = g.end = -1;
    setViewportHeight(g.viewport);
    update(false);
  }, [scrollRef, bodyRef, update]);

  useEffect(() => {
    const box = scrollRef.current;
    if (!enabled || !box) return;
    onResize();
    box.addEventListener('scroll', onScroll, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    ro?.observe(box);
    return () => {
      box.removeEventListener('scroll', onScroll);
      ro?.disconnect();
    };
  }, [enabled, onResize, onScroll, scrollRef]);

  // The chosen window while it still covers the view; a fresh one when the list, the row height or the
  // viewport changed under it.
  const range = nextWindow(win, {
    count,
    rowHeight,
    scrollTop: win?.top ?? 0,
    viewportHeight,
    overscan,
    guard: 0,
  });
  const all = !enabled || printing;
  useLayoutEffect(() => {
    const g = geometry.current;
    if (g.start >= 0) {
      g.start = range.start;
      g.end = range.end;
    }
  }, [range.start, range.end]);

  // Rows are fixed-height by CSS; measuring corrects the estimate for the real font size and theme. Only when
  // the list or the font size changes: measuring forces a layout, which on every scroll frame cost more than
  // rendering the rows (seen in a profile).
  useLayoutEffect(() => {
    if (all) return;
    const measured = measureRowHeight(bodyRef.current?.querySelectorAll('tr[data-vrow]') ?? []);
    if (measured !== null && Math.abs(measured - geometry.current.rowHeight) > 0.5) {
      geometry.current.start = geometry.current.end = -1;
      setRowHeight(measured);
    }
  }, [all, bodyRef, count, estimateRowHeight]);

  return all ? { start: 0, end: count, padTop: 0, padBottom: 0, all: true } : { ...range, all: false };
}
