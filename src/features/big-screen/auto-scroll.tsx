import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { rankingPageAt, rankingPages } from './select-screen-data';
import { useReducedMotion } from './use-reduced-motion';

/** Design px a second: a row of about 60 px passes in two seconds, slow enough to read across a hall. */
const SPEED = 28;
/** Under reduced motion each page of rows stands this long, then the next replaces it without movement. */
const PAGE_MS = 10_000;

export interface ScrollRow {
  key: string;
  node: ReactNode;
}

/**
 * A board that runs by itself: when its rows are taller than the box it scrolls smoothly round and round
 * (a CSS animation over a doubled list, compositor only, no script per frame), pausing on hover. Under
 * reduced motion it pages instead, each page of whole rows replacing the last with no movement at all.
 * Rows that fit stand still. Rows are `<li>`; the first copy carries the test ids.
 */
export function AutoScroll({
  rows,
  rem,
  className,
  testId,
  rowTestId,
}: {
  rows: ScrollRow[];
  rem: number;
  className?: string;
  testId?: string;
  /** On the first copy's rows only, so a test counts each row once. */
  rowTestId?: string;
}) {
  const reduced = useReducedMotion();
  const boxRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [fit, setFit] = useState<{ overflows: boolean; perPage: number; listPx: number }>({
    overflows: false,
    perPage: rows.length,
    listPx: 0,
  });
  const [now, setNow] = useState(() => Date.now());

  useLayoutEffect(() => {
    const box = boxRef.current;
    const list = listRef.current;
    if (!box || !list) return;
    const measure = () => {
      const first = [...list.children].filter((c) => !c.hasAttribute('aria-hidden')) as HTMLElement[];
      const shownPx = first.reduce((s, c) => s + c.offsetHeight, 0);
      const rowPx = first.length > 0 ? shownPx / first.length : 1;
      // While paging only a page is in the list: the whole board's height is estimated from its rows.
      const one = first.length === rows.length ? shownPx : rowPx * rows.length;
      setFit({
        overflows: one > box.clientHeight + 2,
        perPage: Math.max(1, Math.floor(box.clientHeight / rowPx)),
        listPx: one,
      });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    return () => ro.disconnect();
  }, [rows.length, reduced]);

  const paging = reduced && fit.overflows;
  useEffect(() => {
    if (!paging) return;
    const id = setInterval(() => setNow(Date.now()), PAGE_MS / 4);
    return () => clearInterval(id);
  }, [paging]);

  const scrolling = fit.overflows && !reduced;
  const pages = paging ? rankingPages(rows, fit.perPage) : [rows];
  const shown = pages[rankingPageAt(pages.length, now, PAGE_MS)] ?? rows;
  const seconds = Math.max(10, fit.listPx / ((SPEED * rem) / 16));
  const copy = (c: number) =>
    (c === 0 ? shown : rows).map((r) => (
      <li
        key={`${c}-${r.key}`}
        aria-hidden={c > 0 ? true : undefined}
        className="bs-scroll-row"
        data-testid={c === 0 ? rowTestId : undefined}
      >
        {r.node}
      </li>
    ));

  return (
    <div
      className="bs-scroll-box"
      ref={boxRef}
      data-testid={testId}
      data-scroll={scrolling ? 'scroll' : paging ? 'page' : 'still'}
    >
      <ol
        ref={listRef}
        className={`bs-scroll-list${scrolling ? ' scrolling' : paging ? '' : ' fill'}${className ? ` ${className}` : ''}`}
        style={scrolling ? ({ '--scroll-duration': `${seconds.toFixed(1)}s` } as CSSProperties) : undefined}
      >
        {copy(0)}
        {scrolling ? copy(1) : null}
      </ol>
    </div>
  );
}
