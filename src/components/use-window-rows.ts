import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

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
export function windowRange({ count, rowHeight, scrollTop, viewportHeight, overscan }: WindowInput): WindowRange {
  if (count <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  if (!(rowHeight > 0)) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
  const first = clamp(Math.floor(Math.max(0, scrollTop) / rowHeight), 0, count - 1);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = clamp(first - overscan, 0, count);
  const end = clamp(first + visible + overscan, start, count);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
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
  overscan?: number;
  /** The scrolling element (the table's own scroll box). */
  scrollRef: RefObject<HTMLElement | null>;
  /** The element holding the rows (tbody); rows to measure carry `data-vrow`. */
  bodyRef: RefObject<HTMLElement | null>;
}

const PRINT = '(print)';

/**
 * Windowing for a long table inside its own scroll box: only the rows in view (plus overscan) are in the
 * DOM, spacer rows keep the scroll height. While printing, every row is rendered (beforeprint, or the
 * print media query for headless PDF), so a printout is never cut to what happened to be on screen.
 */
export function useWindowRows({ count, enabled, estimateRowHeight, overscan = 8, scrollRef, bodyRef }: UseWindowRowsOptions): WindowRange & { all: boolean } {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(800);
  const [rowHeight, setRowHeight] = useState(estimateRowHeight);
  const [printing, setPrinting] = useState(false);
  // What the scroll handler needs without touching layout: reading offsetTop or clientHeight there forced a
  // layout on every scroll event (issue 6 profile). They change only on resize.
  const geometry = useRef({ header: 0, viewport: 800, rowHeight: estimateRowHeight, start: -1, end: -1 });
  useLayoutEffect(() => {
    geometry.current.rowHeight = rowHeight;
  }, [rowHeight]);

  const onScroll = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const g = geometry.current;
    const top = box.scrollTop - g.header;
    // Re-render only when the rows to show change, not on every pixel of scrolling.
    const r = windowRange({ count, rowHeight: g.rowHeight, scrollTop: top, viewportHeight: g.viewport, overscan });
    if (r.start === g.start && r.end === g.end) return;
    g.start = r.start;
    g.end = r.end;
    setScrollTop(top);
  }, [scrollRef, count, overscan]);

  const onResize = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const g = geometry.current;
    g.header = bodyRef.current?.offsetTop ?? 0;
    g.viewport = box.clientHeight || 800;
    g.start = g.end = -1;
    setViewportHeight(g.viewport);
    onScroll();
  }, [scrollRef, bodyRef, onScroll]);

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

  useEffect(() => {
    if (!enabled) return;
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    const mq = window.matchMedia?.(PRINT);
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    mq?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      mq?.removeEventListener?.('change', change);
    };
  }, [enabled]);

  const range = windowRange({ count, rowHeight, scrollTop, viewportHeight, overscan });
  const all = !enabled || printing;

  // Rows are fixed-height by CSS; measuring corrects the estimate for the real font size and theme. Only when
  // the list or the font size changes: measuring forces a layout, which on every scroll frame cost more than
  // rendering the rows (issue 6 profile).
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
